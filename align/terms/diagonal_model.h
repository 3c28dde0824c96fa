// IBM Model 2 with a diagonal alignment prior, trained by EM on the beads of one document pair:
// the reparameterisation of fast_align (Dyer, Chahuneau and Smith 2013, "A Simple, Fast, and
// Effective Reparameterization of IBM Model 2", NAACL, eq. 2-3). One direction: each word of
// the generated side comes from one word of the given side or from NULL.
//
// Notation: a training pair is given words e_0..e_{m-1} and generated words f_0..f_{n-1}
// (vocabulary ids); a_j ∈ {NULL, 0..m-1} is the word f_j comes from.
//   p(a_j = i | j, m, n) = (1 - p0) · exp(-λ·h(i, j)) / Z_j,   h(i, j) = |(i+½)/m - (j+½)/n|
//   p(a_j = NULL)        = p0
//   p(f_j | a_j = i)     = t(f_j | e_i),   t(f | e) ∝ c(f, e) + prior(e, f)
// λ (tension) and p0 are fixed, as in fast_align without its tension optimisation. The prior
// (dictionary, identical words, cognates: word_aligner.h) enters as pseudo-counts added to the
// expected counts of every M step and as the first iteration's t, so that rare words with a
// known translation align from the start.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include <Eigen/Core>

namespace parallax::terms {

// One training or aligned pair (spans into the caller's storage).
struct IdPair {
  std::span<const uint32_t> given;      // e
  std::span<const uint32_t> generated;  // f
};

// Every cell (i, j) of every training pair as an index into the model's table of distinct
// (e, f), row-major (i · n + j); pair k's cells start at index[begin[k]].
struct CellIndex {
  std::vector<uint32_t> index;
  std::vector<size_t> begin;
};

struct DiagonalModelOptions {
  // EM iterations. Range 1..20; cost linear.
  uint32_t iterations = 5;
  // λ: how sharply alignments prefer the diagonal. Range (0, 100]; 4 is fast_align's default
  // start.
  float tension = 4.0F;
  // A pair whose longer side has fewer words than this gets λ · max(m, n) / min_length: the
  // prior's reach is then at least min_length / λ words, not a fixed share of the pair. On
  // normalised positions a two-word heading weighs the crossed pair by e^-2 against the
  // straight one, which outweighs the dictionary where a genitive pair turns into an English
  // compound ("Ширина дорожки" / "Track Width"). Range ≥ 1 (1: off).
  uint32_t min_length = 40;
  // p0: probability that a word comes from NULL. Range [0, 1).
  float null_probability = 0.08F;
};

// λ for an m × n pair: options.tension, weakened for short pairs (DiagonalModelOptions::
// min_length).
float tension_for(size_t m, size_t n, const DiagonalModelOptions& options) noexcept;

// a(i | j) for every (i, j) of an m × n pair, without the (1 - p0) factor: column j holds
// exp(-λ·h(i, j)) normalised over i (λ: tension).
Eigen::ArrayXXf diagonal(size_t m, size_t n, float tension);

class DiagonalModel {
 public:
  // Trains on pairs. prior(e, f) ≥ 0 is called once per distinct co-occurring (e, f) and adds
  // that many pseudo-counts. Time O(iterations · Σ m·n) plus sorting the distinct pairs;
  // memory O(Σ m·n). Deterministic.
  DiagonalModel(const std::vector<IdPair>& pairs,
                const std::function<float(uint32_t, uint32_t)>& prior,
                const DiagonalModelOptions& options);

  // The most probable a_j of every generated word (kNull for NULL). Pairs unseen in training
  // get a small floor probability. Time O(m·n) (a hash lookup per cell).
  std::vector<uint32_t> viterbi(IdPair pair) const;

  // The posteriors of pair's alignment: p(a_j = i | e, f) ∝ (1 - p0) · D(i, j) · t(f_j | e_i)
  // at (i, j), and p(a_j = NULL | e, f) ∝ p0 · t(f_j | NULL) at (m, j), each column summing
  // to 1; an (m + 1) × n matrix (zero when m or n is 0). Time O(m·n).
  Eigen::MatrixXf posteriors(IdPair pair) const;

  // The emissions of pair: t(f_j | e_i) at (i, j) and t(f_j | NULL) at (m, j), an (m + 1) × n
  // matrix. Time O(m·n) (a hash lookup per cell).
  Eigen::MatrixXf emissions(IdPair pair) const;

  // The posteriors from a pair's emissions (emissions(pair)) with another alignment prior in
  // place of diagonal(m, n, tension): alignment is m × n, each column summing to 1
  // (anchored_diagonal.h). Time O(m·n), no lookup: a second decoding with another prior
  // reuses the emissions.
  Eigen::MatrixXf posteriors(const Eigen::MatrixXf& emissions,
                             const Eigen::ArrayXXf& alignment) const;

  const DiagonalModelOptions& options() const { return options_; }

  // t(f | e); a floor for unseen pairs.
  float translation(uint32_t e, uint32_t f) const;

  // t(f | NULL); a floor for unseen words.
  float null_translation(uint32_t f) const;

  static constexpr uint32_t kNull = UINT32_MAX;

 private:
  // The M step: t(f | e) ∝ counts (by entry of keys_) + the prior's pseudo-counts, t(f | NULL)
  // ∝ null_counts (by f). Time O(table size).
  void maximise(const std::vector<float>& counts, const std::vector<float>& null_counts);

  // Fills slots_ from keys_.
  void index_keys();
  // The first slot to probe for key.
  size_t home(uint64_t key) const noexcept;
  // Index of (e, f) in keys_, or kNull: a hash lookup (a binary search over keys_ made viterbi
  // a sixth of the rendering report's time).
  uint32_t find(uint32_t e, uint32_t f) const;

  DiagonalModelOptions options_;
  std::vector<uint64_t> keys_;  // e << 32 | f, sorted, distinct
  std::vector<float> t_;        // parallel to keys_
  std::vector<float> pseudo_;   // the prior's pseudo-counts, parallel to keys_
  std::vector<float> null_t_;   // t(f | NULL) by f (empty past the trained vocabulary)
  // Open addressing over keys_ with linear probing: slots_[s] is an index into keys_ or
  // kNull (empty); a key's probe starts at home(key); size a power of two, at most 3/4 full.
  std::vector<uint32_t> slots_;
  uint32_t shift_ = 60;  // 64 − log2(slots_.size())
};

}  // namespace parallax::terms
