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
#include <utility>
#include <vector>

#include <Eigen/Core>

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

// The block level, exposed for the reference test (tests/unit/search/block_path_test.cc runs it
// against an unbanded DP). A row per block: its unit-length bag-of-translations vector.
constexpr Eigen::Index kBlockDimensions = 64;
using BlockVectors = Eigen::Matrix<float, Eigen::Dynamic, kBlockDimensions, Eigen::RowMajor>;

// The best monotone path from corner (0, 0) to (rows, columns), where corner (I, J) has consumed
// I source and J target blocks: a diagonal step into (I, J) gains the cosine (dot product) of
// source block I − 1 and target block J − 1, a step that skips a block loses kSkipCost (0.1).
// Only corners with |J − ⌊I · columns / rows⌋| ≤ half are searched. Ties prefer the diagonal
// step, then skipping a source block.
struct BlockSteps {
  bool reached = false;  // the end corner lies in the band (always when half ≥ columns)
  float score = 0.0F;    // of the best path
  std::vector<std::pair<uint32_t, uint32_t>> diagonal;  // corners entered diagonally, in order
};

// Time and memory O(rows · half) (plus the cosines, O(rows · half · kBlockDimensions)).
BlockSteps best_block_steps(const BlockVectors& source_blocks,
                            const BlockVectors& target_blocks,
                            uint32_t half);

}  // namespace parallax::search
