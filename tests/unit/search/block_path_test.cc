#include "search/block_path.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "documents.h"
#include "score/link_table.h"
#include "score/sentence_features.h"

namespace parallax::search {
namespace {

struct Pair {
  text::Tokenizer tokenizer{"en"};
  score::SideFeatures source;
  score::SideFeatures target;
  score::LinkTable links;
};

// m random sentences over a large vocabulary, and a copy without target sentences
// [cut, cut + count): a chapter missing from the translation.
void make_pair(Pair& pair, uint32_t m, uint32_t cut, uint32_t count) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> word(0, 20000);
  std::uniform_int_distribution<int> length(4, 14);
  std::vector<std::string> source;
  std::vector<std::string> target;
  for (uint32_t i = 0; i < m; ++i) {
    std::string sentence;
    for (int k = length(rng); k > 0; --k) {
      sentence += "w" + std::to_string(word(rng)) + " ";
    }
    source.push_back(sentence);
    if (i < cut || i >= cut + count) {
      target.push_back(sentence);
    }
  }
  pair.source = score::extract_features(testing::make_document(source, "en"), pair.tokenizer);
  pair.target = score::extract_features(testing::make_document(target, "en"), pair.tokenizer);
  score::LinkTableBuilder builder(pair.source.vocabulary.size(), pair.target.vocabulary.size());
  score::add_surface_links(pair.source, pair.target, true, true, builder);
  pair.links = builder.build();
}

// After a cut of 600 sentences the true path runs 300 sentences off the length diagonal in the
// middle of the document; the block path follows it to within a block or two.
TEST(BlockPath, FollowsALongOmission) {
  Pair pair;
  constexpr uint32_t kSentences = 6000;
  constexpr uint32_t kCut = 3000;
  constexpr uint32_t kCount = 600;
  make_pair(pair, kSentences, kCut, kCount);
  const std::vector<double> path = block_path(pair.source, pair.target, pair.links);
  ASSERT_EQ(path.size(), kSentences);
  for (const uint32_t i : {100U, 1500U, 2900U, 3700U, 4500U, 5900U}) {
    const double truth = i < kCut ? i : i - kCount;
    EXPECT_NEAR(path[i], truth, 64.0) << "sentence " << i;
  }
  for (uint32_t i = 1; i < kSentences; ++i) {
    ASSERT_GE(path[i], path[i - 1]);
  }
}

TEST(BlockPath, NoneForShortDocuments) {
  Pair pair;
  make_pair(pair, kBlockPathAbove - 1, 10, 5);
  EXPECT_TRUE(block_path(pair.source, pair.target, pair.links).empty());
}

// The reference: the same recurrence as best_block_steps over every corner (no band), in
// double, written plainly over a full (rows + 1) × (columns + 1) table. corners: every corner
// of the best path, from the end back to (0, 0).
struct Reference {
  BlockSteps steps;
  std::vector<std::pair<uint32_t, uint32_t>> corners;
};

Reference unbanded_block_steps(const BlockVectors& source, const BlockVectors& target) {
  constexpr double kSkip = 0.1;
  const auto rows = static_cast<uint32_t>(source.rows());
  const auto columns = static_cast<uint32_t>(target.rows());
  const double none = -std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> best(rows + 1, std::vector<double>(columns + 1, none));
  std::vector<std::vector<int>> back(rows + 1, std::vector<int>(columns + 1, 0));
  best[0][0] = 0.0;
  for (uint32_t i = 0; i <= rows; ++i) {
    for (uint32_t j = 0; j <= columns; ++j) {
      if (i == 0 && j == 0) {
        continue;
      }
      double value = none;
      int step = 0;
      if (i > 0 && j > 0) {
        double cosine = 0.0;
        for (Eigen::Index d = 0; d < kBlockDimensions; ++d) {
          cosine += static_cast<double>(source(i - 1, d)) * static_cast<double>(target(j - 1, d));
        }
        value = best[i - 1][j - 1] + cosine;
      }
      if (i > 0 && best[i - 1][j] - kSkip > value) {
        value = best[i - 1][j] - kSkip;
        step = 1;
      }
      if (j > 0 && best[i][j - 1] - kSkip > value) {
        value = best[i][j - 1] - kSkip;
        step = 2;
      }
      best[i][j] = value;
      back[i][j] = step;
    }
  }
  Reference reference;
  reference.steps.reached = true;
  reference.steps.score = static_cast<float>(best[rows][columns]);
  for (uint32_t i = rows, j = columns; i > 0 || j > 0;) {
    reference.corners.emplace_back(i, j);
    const int step = back[i][j];
    if (step == 0) {
      reference.steps.diagonal.emplace_back(i, j);
    }
    i -= step == 2 ? 0 : 1;
    j -= step == 1 ? 0 : 1;
  }
  std::reverse(reference.steps.diagonal.begin(), reference.steps.diagonal.end());
  return reference;
}

// rows unit vectors; a share of them near copies of the other side's (so that real diagonal
// runs exist), the others random.
BlockVectors random_blocks(uint32_t rows, std::mt19937& rng, const BlockVectors* near = nullptr) {
  std::normal_distribution<float> normal(0.0F, 1.0F);
  BlockVectors blocks(rows, kBlockDimensions);
  for (uint32_t r = 0; r < rows; ++r) {
    for (Eigen::Index d = 0; d < kBlockDimensions; ++d) {
      blocks(r, d) = normal(rng);
    }
    if (near != nullptr && near->rows() > 0 && rng() % 3 != 0) {
      const Eigen::Index other = std::min<Eigen::Index>(r * near->rows() / rows, near->rows() - 1);
      blocks.row(r) = 0.3F * blocks.row(r) + near->row(other);
    }
    blocks.row(r) /= blocks.row(r).norm();
  }
  return blocks;
}

// Every corner of the reference path lies in the band of half-width half (the band's own
// rule: |J − ⌊I · columns / rows⌋| ≤ half).
bool inside_band(const Reference& reference, uint32_t rows, uint32_t columns, uint32_t half) {
  return std::all_of(reference.corners.begin(), reference.corners.end(), [&](const auto& corner) {
    const auto centre = static_cast<int64_t>(static_cast<double>(corner.first) * columns / rows);
    return std::abs(static_cast<int64_t>(corner.second) - centre) <= static_cast<int64_t>(half);
  });
}

// The banded block DP equals the unbanded reference: always when the band covers the grid,
// and whenever the reference path lies inside the band.
TEST(BlockPath, BandedDpEqualsUnbandedReference) {
  std::mt19937 rng(2026);
  std::uniform_int_distribution<uint32_t> size(1, 14);
  std::uniform_int_distribution<uint32_t> narrow(1, 4);
  uint32_t compared_in_narrow_band = 0;
  for (int trial = 0; trial < 300; ++trial) {
    const uint32_t rows = size(rng);
    const uint32_t columns = size(rng);
    const BlockVectors source = random_blocks(rows, rng);
    const BlockVectors target = random_blocks(columns, rng, &source);
    const Reference reference = unbanded_block_steps(source, target);
    for (const uint32_t half : {columns, narrow(rng)}) {
      const BlockSteps banded = best_block_steps(source, target, half);
      if (half < columns && !inside_band(reference, rows, columns, half)) {
        continue;
      }
      compared_in_narrow_band += half < columns ? 1 : 0;
      SCOPED_TRACE("trial " + std::to_string(trial) + ", " + std::to_string(rows) + " × " +
                   std::to_string(columns) + " blocks, half " + std::to_string(half));
      ASSERT_TRUE(banded.reached);
      EXPECT_NEAR(banded.score, reference.steps.score, 1e-4);
      EXPECT_EQ(banded.diagonal, reference.steps.diagonal);
    }
  }
  EXPECT_GT(compared_in_narrow_band, 50U);  // the narrow band is really exercised
}

}  // namespace
}  // namespace parallax::search
