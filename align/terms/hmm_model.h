// The HMM alignment model (Vogel, Ney and Tillmann 1996, "HMM-Based Word Alignment in
// Statistical Translation", COLING, eq. 1-4; the empty word as in Och and Ney 2003, "A
// Systematic Comparison of Various Statistical Alignment Models", Computational Linguistics
// 29(1), section 2.1.1), trained by forward-backward EM on the beads of one document pair,
// starting from the lexical table of IBM Model 2 with a diagonal prior (diagonal_model.h). One
// direction: each word of the generated side comes from one word of the given side or from
// NULL.
//
// Notation: a training pair is given words e_0..e_{m-1} and generated words f_0..f_{n-1}
// (vocabulary ids); a_j ∈ {NULL, 0..m-1} is the word f_j comes from, and i is the last
// non-NULL a before j (the start, −1, before the first; a NULL first word remembers a position
// drawn as a first word's a_0, as Och and Ney's initial NULL states).
//   p(a_j = k | i, j)  = (1 - p0) · c(k - i)^w · D(k, j) / Σ_k' c(k' - i)^w · D(k', j)
//   p(a_j = NULL | i)  = p0, and the next jump starts from i again
//   p(f_j | a_j = k)   = t(f_j | e_k),   p(f_j | NULL) = t(f_j | NULL)
// c(d) is one table of jump widths for all pairs (d clamped to ±max_jump), learned with t;
// D(k, j) = exp(-λ·|(k+½)/m - (j+½)/n|) is Model 2's diagonal (same λ). The jump is weighted
// (w < 1) and multiplied by the diagonal, a log-linear mix of both distortion models: the
// plain HMM (D = 1, w = 1) trained on a few hundred beads learns jumps so sure of "the next
// word" (p(+1) ≈ 0.8) that they overrule the lexicon wherever a translation reorders a
// phrase, and its lexicon collects rare-word garbage; on the four dev rendering pairs it
// rendered 234 of 294 right, Model 2 277 (docs/EVALUATION.md).
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include <Eigen/Core>

#include "terms/diagonal_model.h"

namespace parallax::terms {

struct HmmModelOptions {
  // Forward-backward EM iterations after Model 2's; 0: the model is Model 2 (no jumps). Range
  // 0..10; each costs O(Σ m²·n) over the training pairs. 0 by default: with agreement decoding
  // (word_aligner.h), 2 iterations render as many of the six dev pairs right as without (443 of
  // 473) for 20% more CPU, and alone fewer (436; docs/EVALUATION.md); they keep repeated words
  // in order.
  uint32_t iterations = 0;
  // Jumps longer than this (either way) share the count of this one. Range 1..100.
  uint32_t max_jump = 10;
  // w: the weight of the jump model against the diagonal (an exponent). Range (0, 1].
  float jump_weight = 0.25F;
};

class HmmModel {
 public:
  // Trains Model 2 (model options, which also give p0 and λ) on pairs, then
  // options.iterations of the HMM from its table. prior(e, f) as DiagonalModel's. Time
  // O(model iterations · Σ m·n + iterations · Σ m²·n); memory O(Σ m·n). Deterministic.
  HmmModel(const std::vector<IdPair>& pairs,
           const std::function<float(uint32_t, uint32_t)>& prior,
           const DiagonalModelOptions& model,
           const HmmModelOptions& options);

  // The posteriors of pair's alignment: p(a_j = i | e, f) at (i, j), and p(a_j = NULL | e, f)
  // at (m, j); an (m + 1) × n matrix. Time O(m²·n) (Model 2: O(m·n)).
  Eigen::MatrixXf posteriors(IdPair pair) const;

  // t(f | e); a floor for unseen pairs.
  float translation(uint32_t e, uint32_t f) const { return lexicon_.translation(e, f); }

  // t(f | NULL); a floor for unseen words.
  float null_translation(uint32_t f) const { return lexicon_.null_translation(f); }

  // p(a_j = to | i = from, j) of an m × n pair without the (1 - p0) factor; from =
  // DiagonalModel::kNull: the start (j = 0). For tests. Time O(m²).
  float transition(uint32_t from, uint32_t to, uint32_t j, uint32_t m, uint32_t n) const;

 private:
  // Trains as the public constructor, cells receiving Model 2's cell index (only when there
  // are HMM iterations: it holds every training cell).
  HmmModel(const std::vector<IdPair>& pairs,
           const std::function<float(uint32_t, uint32_t)>& prior,
           const DiagonalModelOptions& model,
           const HmmModelOptions& options,
           CellIndex cells);

  // One EM iteration over pairs (cells: their index into lexicon_'s table).
  void train(const std::vector<IdPair>& pairs, const CellIndex& cells);

  // The jump weights of an m-word given side: c(k - i)^w at (i, k) and the start's c(k + 1)^w.
  Eigen::MatrixXf jump_weights(Eigen::Index m) const;
  Eigen::VectorXf start_weights(Eigen::Index m) const;

  // t(f_j | e_i) at (i, j) and t(f_j | NULL) of pair.
  Eigen::MatrixXf emissions(IdPair pair) const;
  Eigen::VectorXf null_emissions(IdPair pair) const;

  DiagonalModel lexicon_;
  DiagonalModelOptions model_;
  HmmModelOptions options_;
  // c(d) at jumps_[d + max_jump], d ∈ [-max_jump, max_jump].
  std::vector<float> jumps_;
};

}  // namespace parallax::terms
