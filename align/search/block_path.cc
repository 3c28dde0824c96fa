#include "search/block_path.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <Eigen/Core>

namespace parallax::search {

namespace {

constexpr uint32_t kBlock = 32;
constexpr Eigen::Index kDimensions = 64;
// The band of blocks: an eighth of the document on each side, at least 8 and at most 256
// blocks (8k sentences, enough for a long chapter; the memory stays at 2 × 513 floats a row).
constexpr uint32_t kMinBandBlocks = 8;
constexpr uint32_t kMaxBandBlocks = 256;
// What a step that skips a block loses; blocks that translate each other have cosines of 0.3
// to 0.8, unrelated ones about 0.
constexpr float kSkipCost = 0.1F;
constexpr float kMinLinkStrength = 0.5F;

using BlockVectors = Eigen::Matrix<float, Eigen::Dynamic, kDimensions, Eigen::RowMajor>;

// Signed bucket of a source token id (a multiplicative hash: neighbouring ids spread).
std::pair<Eigen::Index, float> bucket(uint32_t concept_id) {
  const uint32_t h = concept_id * 2654435761U;
  return {static_cast<Eigen::Index>(h >> 26), (h & 0x100U) != 0 ? 1.0F : -1.0F};
}

// Rows: blocks of kBlock sentences; each token occurrence adds weight · sign to its bucket.
// concept[id] maps the side's token ids to source token ids (UINT32_MAX: none).
BlockVectors block_vectors(const score::SideFeatures& side,
                           const std::vector<uint32_t>& concept_of,
                           const score::SideFeatures& source) {
  const auto sentences = static_cast<uint32_t>(side.sentence_count());
  const uint32_t blocks = (sentences + kBlock - 1) / kBlock;
  BlockVectors vectors = BlockVectors::Zero(blocks, kDimensions);
  for (uint32_t i = 0; i < sentences; ++i) {
    for (uint32_t t = side.token_begin[i]; t < side.token_begin[i + 1]; ++t) {
      const uint32_t concept_id = concept_of[side.token_ids[t]];
      if (concept_id == UINT32_MAX) {
        continue;
      }
      const auto [column, sign] = bucket(concept_id);
      vectors(i / kBlock, column) += sign * source.token_weight(concept_id);
    }
  }
  for (Eigen::Index row = 0; row < vectors.rows(); ++row) {
    const float norm = vectors.row(row).norm();
    if (norm > 0.0F) {
      vectors.row(row) /= norm;
    }
  }
  return vectors;
}

}  // namespace

std::vector<double> block_path(const score::SideFeatures& source,
                               const score::SideFeatures& target,
                               const score::LinkTable& links) {
  const auto m = static_cast<uint32_t>(source.sentence_count());
  const auto n = static_cast<uint32_t>(target.sentence_count());
  if (m < kBlockPathAbove || n == 0) {
    return {};
  }
  // Source tokens stand for themselves; a target token for its strongest linked source token.
  std::vector<uint32_t> source_concept(source.vocabulary.size(), UINT32_MAX);
  for (uint32_t x = 0; x < source_concept.size(); ++x) {
    if (source.token_weight(x) > 0.0F) {
      source_concept[x] = x;
    }
  }
  std::vector<uint32_t> target_concept(target.vocabulary.size(), UINT32_MAX);
  for (uint32_t y = 0; y < target_concept.size(); ++y) {
    float best = 0.0F;
    for (uint32_t l = links.backward.begin[y]; l < links.backward.begin[y + 1]; ++l) {
      const uint32_t x = links.backward.other[l];
      const float strength = links.backward.strength[l];
      if (strength < kMinLinkStrength || source.token_weight(x) <= 0.0F) {
        continue;
      }
      if (strength > best || (strength == best && x < target_concept[y])) {
        best = strength;
        target_concept[y] = x;
      }
    }
  }
  const BlockVectors source_blocks = block_vectors(source, source_concept, source);
  const BlockVectors target_blocks = block_vectors(target, target_concept, source);
  const auto rows = static_cast<uint32_t>(source_blocks.rows());
  const auto columns = static_cast<uint32_t>(target_blocks.rows());
  const uint32_t half = std::clamp(columns / 8, kMinBandBlocks, kMaxBandBlocks);

  // DP over corners (I, J): I source and J target blocks consumed; J within half of I's
  // diagonal. best(I, J) in a flat band; back: 0 diagonal, 1 skip a source block, 2 a target
  // block.
  std::vector<uint32_t> low(rows + 1);
  std::vector<uint32_t> high(rows + 1);
  for (uint32_t row = 0; row <= rows; ++row) {
    const auto centre = static_cast<int64_t>(static_cast<double>(row) * columns / rows);
    low[row] = static_cast<uint32_t>(std::clamp<int64_t>(centre - half, 0, columns));
    high[row] = static_cast<uint32_t>(std::clamp<int64_t>(centre + half, 0, columns));
  }
  const uint32_t width = 2 * half + 2;
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  std::vector<float> best(static_cast<size_t>(rows + 1) * width, kNone);
  std::vector<uint8_t> back(best.size(), 0);
  const auto at = [&](uint32_t row, uint32_t column) -> size_t {
    return static_cast<size_t>(row) * width + (column - low[row]);
  };
  const auto inside = [&](uint32_t row, uint32_t column) {
    return column >= low[row] && column <= high[row];
  };
  Eigen::VectorXf cosines(width);
  for (uint32_t row = 0; row <= rows; ++row) {
    const uint32_t first = low[row];
    const uint32_t last = high[row];
    // Cosines of source block row − 1 with the target blocks [from, last) that diagonal steps
    // into this row come from.
    const uint32_t from = std::max(first, 1U) - 1;
    if (row > 0) {
      for (uint32_t block = from; block < last; ++block) {
        cosines(block - from) = target_blocks.row(block).dot(source_blocks.row(row - 1));
      }
    }
    for (uint32_t column = first; column <= last; ++column) {
      if (row == 0 && column == 0) {
        best[at(0, 0)] = 0.0F;
        continue;
      }
      float value = kNone;
      uint8_t step = 0;
      if (row > 0 && column > 0 && inside(row - 1, column - 1)) {
        value = best[at(row - 1, column - 1)] + cosines(column - 1 - from);
      }
      if (row > 0 && inside(row - 1, column) && best[at(row - 1, column)] - kSkipCost > value) {
        value = best[at(row - 1, column)] - kSkipCost;
        step = 1;
      }
      if (column > first && best[at(row, column - 1)] - kSkipCost > value) {
        value = best[at(row, column - 1)] - kSkipCost;
        step = 2;
      }
      best[at(row, column)] = value;
      back[at(row, column)] = step;
    }
  }

  // The diagonal steps of the best path to (rows, columns), as block centres.
  std::vector<std::pair<double, double>> knots;
  uint32_t row = rows;
  uint32_t column = columns;
  if (!inside(row, column) || best[at(row, column)] == kNone) {
    return {};
  }
  while (row > 0 || column > 0) {
    const uint8_t step = back[at(row, column)];
    if (step == 0) {
      knots.emplace_back((row - 0.5) * kBlock, (column - 0.5) * kBlock);
      --row;
      --column;
    } else if (step == 1) {
      --row;
    } else {
      --column;
    }
  }
  knots.emplace_back(0.0, 0.0);
  std::reverse(knots.begin(), knots.end());
  knots.emplace_back(m, n);
  // Piecewise linear between the knots, by sentence index.
  std::vector<double> path(m, 0.0);
  size_t k = 0;
  for (uint32_t i = 0; i < m; ++i) {
    const double x = i + 0.5;
    while (k + 2 < knots.size() && knots[k + 1].first <= x) {
      ++k;
    }
    const auto [x0, y0] = knots[k];
    const auto [x1, y1] = knots[k + 1];
    const double y = x1 > x0 ? y0 + (x - x0) * (y1 - y0) / (x1 - x0) : y1;
    path[i] = std::clamp(y, 0.0, static_cast<double>(n));
    if (i > 0) {
      path[i] = std::max(path[i], path[i - 1]);
    }
  }
  return path;
}

}  // namespace parallax::search
