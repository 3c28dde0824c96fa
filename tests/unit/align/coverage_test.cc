#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/coverage.h>

namespace parallax {
namespace {

Bead bead(IndexRange source, IndexRange target) {
  return Bead{source, target, 1.0F, {}};
}

// A 12-sentence excerpt of a 40-sentence text (sentences 10–21), with one ordinary omission
// inside and an insertion on the excerpt's side.
TEST(Coverage, FindsTheCoveredStretchAndTheLongRunsOnly) {
  Alignment alignment;
  for (uint32_t i = 0; i < 10; ++i) {
    alignment.beads.push_back(bead({i, i + 1}, {0, 0}));
  }
  alignment.beads.push_back(bead({10, 11}, {0, 0}));  // an omission of one sentence
  alignment.beads.push_back(bead({0, 0}, {0, 1}));    // an insertion: does not break the run
  for (uint32_t i = 11; i < 22; ++i) {
    alignment.beads.push_back(bead({i, i + 1}, {i - 10, i - 9}));
  }
  for (uint32_t i = 22; i < 40; ++i) {
    alignment.beads.push_back(bead({i, i + 1}, {0, 0}));
  }
  const Coverage coverage = coverage_of(alignment);
  EXPECT_TRUE(coverage.partial());
  EXPECT_EQ(coverage.source.sentences, 40U);
  EXPECT_EQ(coverage.source.uncovered, 29U);
  EXPECT_EQ(coverage.source.covered, (IndexRange{11, 22}));
  ASSERT_EQ(coverage.source.gaps.size(), 2U);
  EXPECT_EQ(coverage.source.gaps[0], (IndexRange{0, 11}));
  EXPECT_EQ(coverage.source.gaps[1], (IndexRange{22, 40}));
  EXPECT_EQ(coverage.target.sentences, 12U);
  EXPECT_EQ(coverage.target.uncovered, 1U);
  EXPECT_EQ(coverage.target.covered, (IndexRange{1, 12}));
  EXPECT_TRUE(coverage.target.gaps.empty());
}

TEST(Coverage, ShortRunsAreNotPartialAndNothingPairedIsEmpty) {
  Alignment alignment;
  for (uint32_t i = 0; i < kMinUncoveredRun - 1; ++i) {
    alignment.beads.push_back(bead({i, i + 1}, {0, 0}));
  }
  alignment.beads.push_back(bead({kMinUncoveredRun - 1, kMinUncoveredRun}, {0, 1}));
  EXPECT_FALSE(coverage_of(alignment).partial());
  EXPECT_EQ(coverage_of(alignment).source.uncovered, kMinUncoveredRun - 1);

  const Alignment unpaired{{bead({0, 1}, {0, 0}), bead({0, 0}, {0, 1})}};
  const Coverage none = coverage_of(unpaired);
  EXPECT_TRUE(none.source.covered.empty());
  EXPECT_TRUE(none.target.covered.empty());
  EXPECT_FALSE(none.partial());
  EXPECT_TRUE(coverage_of(Alignment{}).source.covered.empty());
}

// Source 0–9 against a target with source 2–4 moved after source 7 (moved block 1): every
// sentence is covered, and the block is reported with its place on both sides.
TEST(Coverage, CountsMovedBlocksAsCoveredAndListsThem) {
  Alignment alignment;
  const std::vector<std::pair<uint32_t, uint32_t>> pairs = {{0, 0}, {1, 1}, {2, 5}, {3, 6}, {4, 7},
                                                            {5, 2}, {6, 3}, {7, 4}, {8, 8}, {9, 9}};
  for (const auto& [i, j] : pairs) {
    alignment.beads.push_back(bead({i, i + 1}, {j, j + 1}));
    alignment.beads.back().moved = i >= 2 && i < 5 ? 1 : 0;
  }
  const Coverage coverage = coverage_of(alignment);
  EXPECT_FALSE(coverage.partial());
  EXPECT_EQ(coverage.target.covered, (IndexRange{0, 10}));
  EXPECT_EQ(coverage.target.uncovered, 0U);
  ASSERT_EQ(coverage.moved.size(), 1U);
  EXPECT_EQ(coverage.moved[0], (MovedBlock{1, {2, 5}, {5, 8}}));
}

}  // namespace
}  // namespace parallax
