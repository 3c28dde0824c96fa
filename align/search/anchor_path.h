// The first, cheap path that the DP band is centred on.
//
// Candidate anchors are pairs (i, j) of sentences that share a rare linked token (document
// frequency ≤ kMaxAnchorFrequency on both sides: names, numbers, rare words with a dictionary
// link). The heaviest chain of anchors increasing in both i and j (weighted longest increasing
// subsequence, O(K log K) for K candidates) is kept; between anchors, and where there are
// none, the path follows the cumulative character lengths (the Gale–Church diagonal).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include <parallax/types.h>

#include "score/link_table.h"
#include "score/sentence_features.h"
#include "search/covered_region.h"

namespace parallax::search {

// A candidate anchor's token is in at most this many sentences of each side and linked at
// least this strongly (also the anchors of moved blocks, moved_blocks_anchors.h).
inline constexpr uint32_t kMaxAnchorFrequency = 3;
inline constexpr float kMinAnchorStrength = 0.5F;

struct AnchorPath {
  // One target position per DP row r ∈ [0,m], non-decreasing, from 0 to n.
  std::vector<double> centre;
  CoveredRegion covered;
  // The anchors the line goes through, (source, target) sentence, increasing in both.
  std::vector<std::pair<uint32_t, uint32_t>> anchors;
};

// The centre line through the anchor chain. Locally unique tokens are searched near
// block_diagonal (block_path.h; one target position per source sentence) when it is given,
// else near the length diagonal. Outside the covered region the line runs along the border of
// the DP table. O(K log K) for K candidate anchors, plus O(m + n).
AnchorPath anchor_path(const score::SideFeatures& source,
                       const score::SideFeatures& target,
                       const score::LinkTable& links,
                       const std::vector<double>& block_diagonal = {});

// The centre line and covered region through a given chain of anchors (source, target)
// sentences, strictly increasing in both, each weighing 1: the confident 1-1 beads of a search
// (search/gap_search.h). The chain is trusted as anchor_path trusts its own (its runs, its
// steps across a stretch one side leaves out). O(K log K + m + n) for K anchors.
AnchorPath anchor_path_through(const std::vector<std::pair<uint32_t, uint32_t>>& anchors,
                               const score::SideFeatures& source,
                               const score::SideFeatures& target);

// The path of an alignment, as the same kind of centre line.
std::vector<double> path_of(const std::vector<Bead>& beads, uint32_t m);

}  // namespace parallax::search
