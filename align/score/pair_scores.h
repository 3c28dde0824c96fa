// Lexical evidence between a sentence and a short window of sentences of the other side,
// computed sparsely inside the band.
//
// Notation: i ∈ [0,m) source sentences, j ∈ [0,n) target sentences, w(x) the rarity weight
// of token x, ℓ(x,y) ∈ (0,1] the strength of the link between source token x and target
// token y, k ∈ [1, max_side] a window length. For a sentence and a window:
//   source_matched(i, j, k) = Σ_{x ∈ i} w(x) · max_{y ∈ j..j+k−1} ℓ(x,y)
//   target_matched(i, j, k) = Σ_{y ∈ j} w(y) · max_{x ∈ i..i+k−1} ℓ(x,y)
// The maximum over the whole window (not a sum over its sentences) counts a token linked in
// two neighbouring sentences once, so that near-identical neighbours ("if thy right eye…",
// "if thy right hand…") are not merged for twice the evidence.
// Only cells that a bead inside the band can use are stored: sentence i with
// j ∈ [lo[i − max_side + 1], hi[i + max_side]). Computed from posting lists, so the cost is
// proportional to the linked token occurrences inside the band, not to m·w·|tokens|².
// For a window band (band.h) only the sentences of its rows store cells.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "score/band.h"
#include "score/link_table.h"
#include "score/sentence_features.h"

namespace parallax::score {

struct PairScores {
  uint32_t max_window = 1;
  std::vector<uint32_t> lo;           // per source sentence: first stored target sentence
  std::vector<uint32_t> hi;           // per source sentence: one past the last
  std::vector<uint64_t> offset;       // per source sentence: flat index of (i, lo[i])
  std::vector<float> source_matched;  // [(k−1)·cells + cell(i,j)]
  std::vector<float> target_matched;  // [(k−1)·cells + cell(i,j)]

  uint64_t cells() const { return offset.back(); }

  // Cells outside the stored range have no evidence.
  float source_at(uint32_t i, uint32_t j, uint32_t k) const noexcept {
    return j >= lo[i] && j < hi[i] ? source_matched[(k - 1) * cells() + offset[i] + j - lo[i]]
                                   : 0.0F;
  }

  float target_at(uint32_t i, uint32_t j, uint32_t k) const noexcept {
    return j >= lo[i] && j < hi[i] ? target_matched[(k - 1) * cells() + offset[i] + j - lo[i]]
                                   : 0.0F;
  }
};

// source_matched and target_matched (k = 1) of single pairs of sentences, for scattered pairs
// where a band would be wasted. Cost O(linked tokens of the pair).
// The linked content weight of sentence pairs against their whole content weight W (sentence
// features), each side's linked weight capped at its own: for a pair (i, j),
//   linked = min(source_matched(i, j, 1), W(i)) + min(target_matched(i, j, 1), W(j)),
//   weight = W(i) + W(j); summed over pairs, linked / weight is a link rate.
struct LinkedShare {
  double linked = 0.0;
  double weight = 0.0;

  LinkedShare& operator+=(const LinkedShare& other) noexcept {
    linked += other.linked;
    weight += other.weight;
    return *this;
  }
};

class PairEvidence {
 public:
  PairEvidence(const SideFeatures& source, const SideFeatures& target, const LinkTable& links);

  // {source_matched(i, j, 1), target_matched(i, j, 1)}
  std::pair<float, float> operator()(uint32_t i, uint32_t j);

  LinkedShare linked_share(uint32_t i, uint32_t j);

 private:
  const SideFeatures& source_;
  const SideFeatures& target_;
  const LinkTable& links_;
  // seen[id] == stamp_ when token id occurs in the sentence being matched against.
  std::vector<uint32_t> source_seen_;
  std::vector<uint32_t> target_seen_;
  uint32_t stamp_ = 0;
};

PairScores compute_pair_scores(const SideFeatures& source,
                               const SideFeatures& target,
                               const LinkTable& links,
                               const Band& band,
                               uint32_t max_side);

}  // namespace parallax::score
