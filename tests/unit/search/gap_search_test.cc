#include "search/gap_search.h"

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "documents.h"
#include "partition.h"
#include "score/bead_scorer.h"
#include "score/link_table.h"
#include "score/pair_scores.h"
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
}

// A text with a stretch of `count` sentences left out at `cut` in the target (or, swapped, in
// the source), and a chain of anchors that stops 10 sentences before the stretch and resumes
// 50 after it (a search that paired the sentences around it wrong; the step's middle is not
// the stretch's place): place_gaps against the search in a band as wide as the gap.
struct PlantedGap {
  score::SideFeatures source;
  score::SideFeatures target;
  score::LinkTable links;
  AnchorPath path;
  score::ScoringParameters params;

  PlantedGap(uint32_t m, uint32_t cut, uint32_t count, bool swapped) {
    auto [with, without] = with_gap(m, cut, count);
    if (!swapped) {
      std::swap(with, without);  // the target has the stretch
    }
    text::Tokenizer tokenizer("en");
    source = score::extract_features(testing::make_document(with, "en"), tokenizer);
    target = score::extract_features(testing::make_document(without, "en"), tokenizer);
    score::LinkTableBuilder builder(source.vocabulary.size(), target.vocabulary.size());
    score::add_surface_links(source, target, true, true, builder);
    links = builder.build();
    std::vector<std::pair<uint32_t, uint32_t>> anchors;
    for (uint32_t k = 0; k < m; ++k) {
      if (k + 10 < cut || k >= cut + count + 50) {
        const uint32_t short_index = k < cut ? k : k - count;
        anchors.emplace_back(swapped ? k : short_index, swapped ? short_index : k);
      }
    }
    path = anchor_path_through(anchors, source, target);
    params.covered_source = path.covered.source;
    params.covered_target = path.covered.target;
    params.source_gaps = path.covered.source_gaps;
    params.target_gaps = path.covered.target_gaps;
  }

  uint32_t columns() const { return static_cast<uint32_t>(target.sentence_count()); }

  SearchResult search(const score::Band& band) const {
    const std::vector<score::Shape> shapes = {{1, 1, -0.15F}, {1, 0, -4.6F}, {0, 1, -4.6F},
                                              {1, 2, -3.1F},  {2, 1, -3.1F}, {2, 2, -4.5F}};
    const score::PairScores pairs = score::compute_pair_scores(source, target, links, band, 2);
    const score::BeadScorer scorer(source, target, pairs, params, false);
    return search_beads(scorer, band, shapes, 1.0F);
  }

  std::vector<double> placed() const {
    return place_gaps(path, source.length, target.length, params.uncovered_null_score,
                      [this](const score::Band& band) { return search(band); });
  }
};

std::vector<std::pair<IndexRange, IndexRange>> sides(const std::vector<Bead>& beads) {
  std::vector<std::pair<IndexRange, IndexRange>> out;
  for (const Bead& bead : beads) {
    out.emplace_back(bead.source, bead.target);
  }
  return out;
}

// The gap found in a narrow band around the placed line is the one found in a band that holds
// every place of the gap in its step, and the line jumps where the text does.
TEST(GapSearch, PlacedGapsFindWhatABandAsWideAsTheGapFinds) {
  for (const bool swapped : {false, true}) {
    const PlantedGap planted(400, 150, 100, swapped);
    const uint32_t m = swapped ? 400 : 300;
    const uint32_t n = planted.columns();
    ASSERT_EQ(planted.path.covered.source_gaps.size() + planted.path.covered.target_gaps.size(),
              1U);
    const std::vector<double> centre = planted.placed();
    ASSERT_EQ(centre.size(), m + 1);
    if (swapped) {
      // Source 150–249 left out at target 150: the line stays at column 150 across them.
      EXPECT_NEAR(centre[150], 150.0, 2.0);
      EXPECT_NEAR(centre[250], 150.0, 2.0);
    } else {
      // Target 150–249 left out at source row 150: the line jumps there, in one row.
      EXPECT_NEAR(centre[150], 150.0, 2.0);
      EXPECT_NEAR(centre[151], 251.0, 2.0);
    }
    const SearchResult narrow = planted.search(score::make_band(centre, n, 12));
    const SearchResult wide = planted.search(score::make_band(planted.path.centre, n, 12 + 100));
    testing::expect_partition(Alignment{narrow.beads}, m, n);
    EXPECT_EQ(sides(narrow.beads), sides(wide.beads)) << (swapped ? "source gap" : "target gap");
    EXPECT_TRUE(narrow.edge_rows.empty());
  }
}

// Without place_gaps the narrow band around the chain's line, which crosses the step at its
// middle, misses the gap's place (the test above would fail with the line unplaced).
TEST(GapSearch, TheLineThroughTheStepsMiddleMissesTheGap) {
  const PlantedGap planted(400, 150, 100, false);
  const uint32_t n = planted.columns();
  const SearchResult unplaced = planted.search(score::make_band(planted.path.centre, n, 12));
  const SearchResult wide = planted.search(score::make_band(planted.path.centre, n, 12 + 100));
  EXPECT_NE(sides(unplaced.beads), sides(wide.beads));
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
