// A coarse alignment of blocks of sentences, for long documents: where a translation drops or
// adds a long passage (a chapter), the true path leaves the length diagonal by half the passage,
// too far for the anchors that are searched near it (anchor_path.h) and for the DP band.
//
// Each side is cut into blocks of kBlock sentences. A block is summarised by a vector: its
// weighted tokens hashed into kDimensions signed buckets, target tokens first mapped to their
// most strongly linked source token, so that both sides share one space (a bag-of-translations
// sketch). The blocks are aligned by dynamic programming in a wide band around the length
// diagonal: a diagonal step gains the cosine of the two blocks, a step that skips a block loses
// a little. Cost O(blocks · band · kDimensions).
#pragma once

#include <cstdint>
#include <vector>

#include "score/link_table.h"
#include "score/sentence_features.h"

namespace parallax::search {

// Documents with fewer source sentences than this get no block path (their bands are searched
// again whole, which finds long omissions; see align.cc).
constexpr uint32_t kBlockPathAbove = 4000;

// For each source sentence i ∈ [0, m), the target position (fractional) where the block path
// puts it; empty when the document is too short. Non-decreasing.
std::vector<double> block_path(const score::SideFeatures& source,
                               const score::SideFeatures& target,
                               const score::LinkTable& links);

}  // namespace parallax::search
