#include "search/gap_search.h"

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "documents.h"
#include "score/sentence_features.h"
#include "search/anchor_path.h"
#include "text/tokenizer.h"

namespace parallax::search {
namespace {

// count 1-1 beads (k, k) with the given confidence.
std::vector<Bead> one_to_one(uint32_t count, float confidence) {
  std::vector<Bead> beads;
  for (uint32_t k = 0; k < count; ++k) {
    beads.push_back(Bead{{k, k + 1}, {k, k + 1}, confidence, {}});
  }
  return beads;
}

TEST(TrustedBeads, AStretchOfDoubtfulBeadsIsLeftOutWithItsEdges) {
  std::vector<Bead> beads = one_to_one(300, 0.98F);
  for (uint32_t k = 100; k < 200; ++k) {
    beads[k].confidence = 0.3F;
  }
  const TrustedBeads trusted = trusted_beads(beads);
  // A bead is trusted while its window's mean reaches 0.8: 0.98 · (41 − d) + 0.3 · d ≥ 32.8
  // for d ≤ 10 doubtful beads in the window of 41.
  ASSERT_FALSE(trusted.anchors.empty());
  for (const auto& [i, j] : trusted.anchors) {
    EXPECT_TRUE(i < 100 || i >= 200) << i;
    EXPECT_EQ(i, j);
  }
  EXPECT_EQ(trusted.anchors.size(), trusted.beads.size());
  EXPECT_EQ(trusted.beads.size(), 300U - 100U - 2U * 10U);
}

TEST(TrustedBeads, DoubtfulStretchesAreRunsOfUntrustedBeads) {
  std::vector<Bead> beads = one_to_one(300, 0.98F);
  for (uint32_t k = 100; k < 200; ++k) {
    beads[k].confidence = 0.3F;
  }
  beads[250].confidence = 0.0F;  // one doubtful bead among trusted ones
  const TrustedBeads trusted = trusted_beads(beads);
  ASSERT_EQ(trusted.doubtful_source.size(), 1U);
  EXPECT_EQ(trusted.doubtful_source[0], (IndexRange{90, 210}));
  EXPECT_EQ(trusted.doubtful_target[0], (IndexRange{90, 210}));

  CoveredRegion region{{0, 300}, {0, 300}, 1.0, false, false, {{150, 160}}, {{220, 240}}};
  const CoveredRegion kept = doubtful_gaps(region, trusted);
  EXPECT_EQ(kept.source_gaps, (std::vector<IndexRange>{{150, 160}}));
  EXPECT_TRUE(kept.target_gaps.empty());  // every bead around it trusted
}

TEST(TrustedBeads, OnlyConfidentOneToOneBeadsAnchor) {
  std::vector<Bead> beads = one_to_one(100, 0.99F);
  beads[10].confidence = 0.85F;                     // trusted, no anchor
  beads[20] = Bead{{20, 21}, {20, 20}, 1.0F, {}};   // a null bead
  beads[30] = Bead{{30, 31}, {30, 30}, 0.95F, {}};  // (indices need not chain here)
  const TrustedBeads trusted = trusted_beads(beads);
  EXPECT_EQ(trusted.beads.size(), 100U);
  EXPECT_EQ(trusted.anchors.size(), 97U);
}

using Anchors = std::vector<std::pair<uint32_t, uint32_t>>;

// A chain that starts 1,656 and 4,226 sentences in (beads before it paired, doubtfully) gets
// the corner; one that ends 30 sentences before one side's end and 5,800 before the other's
// (that side's uncovered end) does not, nor one that starts 10 sentences in.
TEST(GapSearch, CornersWhereTheChainEndsInsideBothSides) {
  const Anchors chain = {{1656, 4226}, {1700, 4280}, {3000, 6000}};
  Anchors expected = {{0, 0}, {1, 1}, {2, 2}};
  expected.insert(expected.end(), chain.begin(), chain.end());
  expected.insert(expected.end(), {{3237, 6297}, {3238, 6298}, {3239, 6299}});
  EXPECT_EQ(with_corners(chain, 3240, 6300), expected);

  const Anchors prefix = {{10, 10}, {200, 180}, {493, 369}};
  EXPECT_EQ(with_corners(prefix, 6301, 399), prefix);
  EXPECT_TRUE(with_corners({}, 100, 100).empty());
}

// m sentences of distinct lengths, and a copy without [cut, cut + count).
std::pair<std::vector<std::string>, std::vector<std::string>> with_gap(uint32_t m,
                                                                       uint32_t cut,
                                                                       uint32_t count) {
  std::mt19937 rng(5);
  std::uniform_int_distribution<int> length(4, 14);
  std::vector<std::string> source;
  std::vector<std::string> target;
  for (uint32_t i = 0; i < m; ++i) {
    std::string sentence;
    for (int k = length(rng); k > 0; --k) {
      sentence += "w" + std::to_string(i) + "x" + std::to_string(k) + " ";
    }
    source.push_back(sentence);
    if (i < cut || i >= cut + count) {
      target.push_back(sentence);
    }
  }
  return {source, target};
}

// The anchors of a search that paired the sentences before and after a stretch right, and
// those around it wrong (none trusted there): the chain crosses the stretch in one step, long
// on the side that has it, which becomes a gap of the region holding the stretch.
TEST(GapSearch, TheChainAcrossAStretchOneSideLacksMakesAGap) {
  const auto [long_side, short_side] = with_gap(400, 150, 100);
  text::Tokenizer tokenizer("en");
  const score::SideFeatures with =
      score::extract_features(testing::make_document(long_side, "en"), tokenizer);
  const score::SideFeatures without =
      score::extract_features(testing::make_document(short_side, "en"), tokenizer);
  std::vector<std::pair<uint32_t, uint32_t>> anchors;
  for (uint32_t i = 0; i < 400; ++i) {
    if (i < 120 || i >= 280) {
      anchors.emplace_back(i, i < 150 ? i : i - 100);
    }
  }
  const AnchorPath path = anchor_path_through(anchors, with, without);
  ASSERT_TRUE(has_middle_gap(path.covered));
  ASSERT_EQ(path.covered.source_gaps.size(), 1U);
  EXPECT_TRUE(path.covered.target_gaps.empty());
  EXPECT_EQ(path.covered.source_gaps[0].begin, 120U);
  EXPECT_EQ(path.covered.source_gaps[0].end, 280U);
  // Half the 60 target sentences beside the gap, and the base.
  EXPECT_NEAR(gap_half_width(path, 12), 12 + 30, 3);

  // The other order: the target has the stretch.
  std::vector<std::pair<uint32_t, uint32_t>> swapped;
  for (const auto& [i, j] : anchors) {
    swapped.emplace_back(j, i);
  }
  const AnchorPath other = anchor_path_through(swapped, without, with);
  ASSERT_EQ(other.covered.target_gaps.size(), 1U);
  EXPECT_TRUE(other.covered.source_gaps.empty());
  EXPECT_EQ(other.covered.target_gaps[0].begin, 120U);
  EXPECT_EQ(other.covered.target_gaps[0].end, 280U);
  // The line jumps over the 100 target sentences the source lacks at one row.
  EXPECT_NEAR(gap_half_width(other, 12), 12 + 50, 3);
}

TEST(GapSearch, AChainThatKeepsToTheRatioMakesNoGap) {
  const auto [source, target] = with_gap(400, 0, 0);
  text::Tokenizer tokenizer("en");
  const score::SideFeatures a =
      score::extract_features(testing::make_document(source, "en"), tokenizer);
  const score::SideFeatures b =
      score::extract_features(testing::make_document(target, "en"), tokenizer);
  std::vector<std::pair<uint32_t, uint32_t>> anchors;
  for (uint32_t i = 0; i < 400; i += 3) {
    anchors.emplace_back(i, i);
  }
  EXPECT_FALSE(has_middle_gap(anchor_path_through(anchors, a, b).covered));
}

}  // namespace
}  // namespace parallax::search
