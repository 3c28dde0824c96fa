#include "search/block_path.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <Eigen/Core>

namespace parallax::search {

namespace {

constexpr uint32_t kBlock = 32;
// The band of blocks: an eighth of the document on each side, at least 8 and at most 256
// blocks (8k sentences, enough for a long chapter; the memory stays at 2 × 513 floats a row).
constexpr uint32_t kMinBandBlocks = 8;
constexpr uint32_t kMaxBandBlocks = 256;
// What a step that skips a block loses; blocks that translate each other have cosines of 0.3
// to 0.8, unrelated ones about 0.
constexpr float kSkipCost = 0.1F;
constexpr float kMinLinkStrength = 0.5F;

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
  BlockVectors vectors = BlockVectors::Zero(blocks, kBlockDimensions);
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

// Source tokens stand for themselves; a target token for its strongest linked source token
// (ties: the smaller id). Per side, token id → source token id, UINT32_MAX for none.
struct Concepts {
  std::vector<uint32_t> source;
  std::vector<uint32_t> target;
};

Concepts concepts(const score::SideFeatures& source,
                  const score::SideFeatures& target,
                  const score::LinkTable& links) {
  Concepts concepts{std::vector<uint32_t>(source.vocabulary.size(), UINT32_MAX),
                    std::vector<uint32_t>(target.vocabulary.size(), UINT32_MAX)};
  for (uint32_t x = 0; x < concepts.source.size(); ++x) {
    if (source.token_weight(x) > 0.0F) {
      concepts.source[x] = x;
    }
  }
  for (uint32_t y = 0; y < concepts.target.size(); ++y) {
    float best = 0.0F;
    for (uint32_t l = links.backward.begin[y]; l < links.backward.begin[y + 1]; ++l) {
      const uint32_t x = links.backward.other[l];
      const float strength = links.backward.strength[l];
      if (strength < kMinLinkStrength || source.token_weight(x) <= 0.0F) {
        continue;
      }
      if (strength > best || (strength == best && x < concepts.target[y])) {
        best = strength;
        concepts.target[y] = x;
      }
    }
  }
  return concepts;
}

constexpr float kNone = -std::numeric_limits<float>::infinity();

// The DP over corners (I, J): I source and J target blocks consumed; J within half of I's
// diagonal, [low[I], high[I]]. best(I, J) in a flat band, width cells a row; back: 0
// diagonal, 1 skip a source block, 2 a target block.
struct BlockTables {
  BlockTables(uint32_t source_blocks, uint32_t target_blocks, uint32_t half)
      : rows(source_blocks),
        columns(target_blocks),
        low(rows + 1),
        high(rows + 1),
        width(2 * half + 2) {
    for (uint32_t row = 0; row <= rows; ++row) {
      const auto centre = static_cast<int64_t>(static_cast<double>(row) * columns / rows);
      low[row] = static_cast<uint32_t>(std::clamp<int64_t>(centre - half, 0, columns));
      high[row] = static_cast<uint32_t>(std::clamp<int64_t>(centre + half, 0, columns));
    }
    best.assign(static_cast<size_t>(rows + 1) * width, kNone);
    back.assign(best.size(), 0);
  }

  size_t at(uint32_t row, uint32_t column) const {
    return static_cast<size_t>(row) * width + (column - low[row]);
  }

  bool inside(uint32_t row, uint32_t column) const {
    return column >= low[row] && column <= high[row];
  }

  uint32_t rows;
  uint32_t columns;
  std::vector<uint32_t> low;
  std::vector<uint32_t> high;
  uint32_t width;
  std::vector<float> best;
  std::vector<uint8_t> back;
};

// Fills best and back row by row: a diagonal step gains the cosine of the two blocks, a step
// that skips a block loses kSkipCost.
void fill_block_tables(const BlockVectors& source_blocks,
                       const BlockVectors& target_blocks,
                       BlockTables& tables) {
  Eigen::VectorXf cosines(tables.width);
  for (uint32_t row = 0; row <= tables.rows; ++row) {
    const uint32_t first = tables.low[row];
    const uint32_t last = tables.high[row];
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
        tables.best[tables.at(0, 0)] = 0.0F;
        continue;
      }
      float value = kNone;
      uint8_t step = 0;
      if (row > 0 && column > 0 && tables.inside(row - 1, column - 1)) {
        value = tables.best[tables.at(row - 1, column - 1)] + cosines(column - 1 - from);
      }
      if (row > 0 && tables.inside(row - 1, column) &&
          tables.best[tables.at(row - 1, column)] - kSkipCost > value) {
        value = tables.best[tables.at(row - 1, column)] - kSkipCost;
        step = 1;
      }
      if (column > first && tables.best[tables.at(row, column - 1)] - kSkipCost > value) {
        value = tables.best[tables.at(row, column - 1)] - kSkipCost;
        step = 2;
      }
      tables.best[tables.at(row, column)] = value;
      tables.back[tables.at(row, column)] = step;
    }
  }
}

// The diagonal steps of the best path to (rows, columns), traced back from the end corner.
BlockSteps trace_steps(const BlockTables& tables) {
  BlockSteps steps;
  uint32_t row = tables.rows;
  uint32_t column = tables.columns;
  if (!tables.inside(row, column) || tables.best[tables.at(row, column)] == kNone) {
    return steps;
  }
  steps.reached = true;
  steps.score = tables.best[tables.at(row, column)];
  while (row > 0 || column > 0) {
    const uint8_t step = tables.back[tables.at(row, column)];
    if (step == 0) {
      steps.diagonal.emplace_back(row, column);
      --row;
      --column;
    } else if (step == 1) {
      --row;
    } else {
      --column;
    }
  }
  std::reverse(steps.diagonal.begin(), steps.diagonal.end());
  return steps;
}

// The knots of the block path in sentences: (0, 0), the centre of each diagonal step's blocks,
// (m, n).
std::vector<std::pair<double, double>> knots_of(const BlockSteps& steps, uint32_t m, uint32_t n) {
  std::vector<std::pair<double, double>> knots{{0.0, 0.0}};
  for (const auto& [row, column] : steps.diagonal) {
    knots.emplace_back((row - 0.5) * kBlock, (column - 0.5) * kBlock);
  }
  knots.emplace_back(m, n);
  return knots;
}

// Piecewise linear between the knots, by sentence index, clamped to [0, n] and non-decreasing.
std::vector<double> interpolate(const std::vector<std::pair<double, double>>& knots,
                                uint32_t m,
                                uint32_t n) {
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

}  // namespace

BlockSteps best_block_steps(const BlockVectors& source_blocks,
                            const BlockVectors& target_blocks,
                            uint32_t half) {
  BlockTables tables(static_cast<uint32_t>(source_blocks.rows()),
                     static_cast<uint32_t>(target_blocks.rows()), half);
  fill_block_tables(source_blocks, target_blocks, tables);
  return trace_steps(tables);
}

std::vector<double> block_path(const score::SideFeatures& source,
                               const score::SideFeatures& target,
                               const score::LinkTable& links) {
  const auto m = static_cast<uint32_t>(source.sentence_count());
  const auto n = static_cast<uint32_t>(target.sentence_count());
  if (m < kBlockPathAbove || n == 0) {
    return {};
  }
  const Concepts concept_of = concepts(source, target, links);
  const BlockVectors source_blocks = block_vectors(source, concept_of.source, source);
  const BlockVectors target_blocks = block_vectors(target, concept_of.target, source);
  const auto columns = static_cast<uint32_t>(target_blocks.rows());
  const BlockSteps steps = best_block_steps(
      source_blocks, target_blocks, std::clamp(columns / 8, kMinBandBlocks, kMaxBandBlocks));
  if (!steps.reached) {
    return {};
  }
  return interpolate(knots_of(steps, m, n), m, n);
}

}  // namespace parallax::search
