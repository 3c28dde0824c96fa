// Which surface form of a target stem a source word is translated by, for the word aligner.
//
// Notation: e a source word (vocabulary id: its stem), f a target word, s(f) its stem (the
// target vocabulary id) and f itself its surface form (folded: NFKC + case folding).
//
// The word aligner's models (diagonal_model.h) see stems: t(s(f) | e). Snowball's English stems
// merge derivations that are different words with different translations: "calculator" and
// "calculate" are both "calcul", "document" and "documentation" both "document". In "Калькулятор
// ширины дорожки вычисляет …" / "The Track Width tool calculates …" the models cannot tell which
// of "Калькулятор" (dictionary: calculator) and "вычисляет" (dictionary: calculate) "calculates"
// translates, and the diagonal decides (KiCad: "калькулятор" rendered "calculates"; maint-guide
// 56: "документацию" / "документа" crossed to "document" / "documentation").
//
// So the emission is split in two levels, stem then surface form:
//   t(f | e) = t(s(f) | e) · p(f | s(f), e)
// with p(f | s(f), e) estimated from the expected links of the trained models (the posteriors
// of both directions, averaged, over the training beads) and smoothed toward the document's
// share of the form, p(f | s(f)) (its tokens over the stem's tokens), with α = 1 pseudo-link:
//   p(f | s(f), e) = (c(e, f) + α · p(f | s(f))) / (c(e, s(f)) + α)
// NULL emits the form with p(f | s(f)). Dividing every emission of a column by p(f | s(f))
// leaves the posteriors unchanged, so factor() returns p(f | s(f), e) / p(f | s(f)), which is
// 1 for NULL, for a word without links to the stem, and for a stem with one form in the
// document. The same factor applies to the backward direction: by Bayes,
//   p(e | f) = p(e | s(f)) · p(f | s(f), e) / p(f | s(f)).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include <Eigen/Core>

#include "terms/diagonal_model.h"
#include "terms/token_stream.h"

namespace parallax::terms {

class SurfaceShares {
 public:
  SurfaceShares() = default;

  // Learns p(f | s(f), e) from the posteriors of forward (target from source) and backward
  // (source from target) on pairs, the training beads (given: source ids, generated: target
  // ids); surfaces[k] holds the surface form ids of pair k's target words. The shares
  // p(f | s(f)) count the tokens of target. Time O(Σ m·n) over the pairs (a hash lookup per
  // cell, as one EM iteration per direction); memory O(distinct (e, f) with expected links),
  // only for stems with two forms or more.
  SurfaceShares(const TokenStream& target,
                const std::vector<IdPair>& pairs,
                const std::vector<std::vector<uint32_t>>& surfaces,
                const DiagonalModel& forward,
                const DiagonalModel& backward);

  // p(f | s(f), e) / p(f | s(f)) for source id e, target stem id stem and surface form id
  // surface (TokenStream::folded_ids); 1 when the stem has one form. O(1).
  float factor(uint32_t e, uint32_t stem, uint32_t surface) const;

  // Multiplies the emissions of one bead (DiagonalModel::emissions: forward (m + 1) × n,
  // backward (n + 1) × m) by factor() at every word pair; NULL rows stay. surfaces: the
  // target words' surface form ids. O(m·n).
  void apply(const std::vector<uint32_t>& source_ids,
             const std::vector<uint32_t>& target_ids,
             const std::vector<uint32_t>& surfaces,
             Eigen::MatrixXf& forward_emissions,
             Eigen::MatrixXf& backward_emissions) const;

 private:
  // Expected links below this (of the two directions' averaged posteriors) are not counted:
  // they keep the tables small and change no factor by more than a few per cent.
  static constexpr float kMinMass = 0.01F;
  // α, the pseudo-links drawn toward p(f | s(f)).
  static constexpr float kSmoothing = 1.0F;

  std::vector<float> share_;  // p(f | s(f)) by surface id; 0 for a stem with one form
  std::unordered_map<uint64_t, float> surface_links_;  // c(e, f) by e << 32 | surface
  std::unordered_map<uint64_t, float> stem_links_;     // c(e, s(f)) by e << 32 | stem
};

}  // namespace parallax::terms
