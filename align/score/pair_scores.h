// Lexical evidence between single sentences, computed sparsely inside the band.
//
// Notation: i ∈ [0,m) source sentences, j ∈ [0,n) target sentences, w(x) the rarity weight
// of token x, ℓ(x,y) ∈ (0,1] the strength of the link between source token x and target
// token y. For a pair (i,j):
//   source_matched(i,j) = Σ_{x ∈ i} w(x) · max_{y ∈ j} ℓ(x,y)
//   target_matched(i,j) = Σ_{y ∈ j} w(y) · max_{x ∈ i} ℓ(x,y)
// Only pairs that a bead inside the band can contain are stored: sentence i pairs with
// j ∈ [lo[i − max_side + 1], hi[i + max_side]). Computed from posting lists, so the cost is
// proportional to the number of linked token occurrences inside the band, not to m·w·|tokens|².
#pragma once

#include <cstdint>
#include <vector>

#include "score/band.h"
#include "score/link_table.h"
#include "score/sentence_features.h"

namespace parallax::score {

struct PairScores {
  std::vector<uint32_t> lo;      // per source sentence: first stored target sentence
  std::vector<uint32_t> hi;      // per source sentence: one past the last
  std::vector<uint64_t> offset;  // per source sentence: flat index of (i, lo[i])
  std::vector<float> source_matched;
  std::vector<float> target_matched;

  // Pairs outside the stored range have no evidence.
  float source_at(uint32_t i, uint32_t j) const noexcept {
    return j >= lo[i] && j < hi[i] ? source_matched[offset[i] + j - lo[i]] : 0.0F;
  }

  float target_at(uint32_t i, uint32_t j) const noexcept {
    return j >= lo[i] && j < hi[i] ? target_matched[offset[i] + j - lo[i]] : 0.0F;
  }
};

PairScores compute_pair_scores(const SideFeatures& source, const SideFeatures& target,
                               const LinkTable& links, const Band& band, uint32_t max_side);

}  // namespace parallax::score
