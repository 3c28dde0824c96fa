#include "search/path_windows.h"

#include <random>

#include <gtest/gtest.h>

#include "documents.h"
#include "partition.h"
#include "score/band.h"
#include "score/bead_scorer.h"
#include "score/link_table.h"
#include "score/pair_scores.h"
#include "score/sentence_features.h"

namespace parallax {
namespace {

using testing::make_document;

Bead bead(uint32_t i0, uint32_t i1, uint32_t j0, uint32_t j1) {
  return Bead{{i0, i1}, {j0, j1}, 1.0F, {}};
}

// 6 source and 6 target sentences: 1-1, 1-1, 0-1, 2-1, 1-0, 1-1, 1-2.
std::vector<Bead> path() {
  return {bead(0, 1, 0, 1), bead(1, 2, 1, 2), bead(2, 2, 2, 3), bead(2, 4, 3, 4),
          bead(4, 5, 4, 4), bead(5, 6, 4, 5), bead(6, 6, 5, 6)};
}

TEST(PathWindows, StretchesWidenedToTheEnclosingBeadBoundaries) {
  // Rows 3 and 4 are wide: row 3 lies inside the 2-1 bead (2,3) → (4,4), so the window starts
  // at (2, 2), before the 0-1 bead of row 2, and ends at (4, 4).
  const std::vector<search::PathWindow> windows =
      search::path_windows(path(), {0, 0, 0, 5, 5, 0, 0});
  ASSERT_EQ(windows.size(), 1U);
  EXPECT_EQ(windows[0].first_row, 2U);
  EXPECT_EQ(windows[0].start, 2U);
  EXPECT_EQ(windows[0].last_row, 4U);
  EXPECT_EQ(windows[0].end, 4U);
}

TEST(PathWindows, StretchesThatMeetAreMerged) {
  // A 3-1 bead (1, 1) → (4, 2) holds rows 2 and 3: rows 0-2 end at (4, 2), where row 4
  // starts: one window.
  const std::vector<Bead> long_bead = {bead(0, 1, 0, 1), bead(1, 4, 1, 2), bead(4, 5, 2, 3),
                                       bead(5, 6, 3, 4)};
  const std::vector<search::PathWindow> windows =
      search::path_windows(long_bead, {5, 5, 5, 0, 5, 0, 0});
  ASSERT_EQ(windows.size(), 1U);
  EXPECT_EQ(windows[0].first_row, 0U);
  EXPECT_EQ(windows[0].start, 0U);
  EXPECT_EQ(windows[0].last_row, 4U);
  EXPECT_EQ(windows[0].end, 2U);
  // Rows 0-1 and 5-6: two windows, the last one ending at (6, 6) after the path's last bead.
  const std::vector<search::PathWindow> two = search::path_windows(path(), {5, 5, 0, 0, 0, 5, 5});
  ASSERT_EQ(two.size(), 2U);
  EXPECT_EQ(two[0].last_row, 1U);
  EXPECT_EQ(two[0].end, 1U);
  EXPECT_EQ(two[1].first_row, 5U);
  EXPECT_EQ(two[1].start, 4U);
  EXPECT_EQ(two[1].last_row, 6U);
  EXPECT_EQ(two[1].end, 6U);
}

TEST(PathWindows, SpliceReplacesTheWindowsBeads) {
  search::SearchResult earlier{path(), std::vector<float>(path().size(), -1.0F), {}};
  const std::vector<search::PathWindow> windows = {{2, 4, 2, 4}};
  search::SearchResult window{{bead(2, 3, 2, 3), bead(3, 4, 3, 4)}, {-2.0F, -2.0F}, {3}};
  const search::SearchResult result = search::splice(earlier, windows, {window});
  const std::vector<Bead> expected = {bead(0, 1, 0, 1), bead(1, 2, 1, 2), bead(2, 3, 2, 3),
                                      bead(3, 4, 3, 4), bead(4, 5, 4, 4), bead(5, 6, 4, 5),
                                      bead(6, 6, 5, 6)};
  ASSERT_EQ(result.beads.size(), expected.size());
  for (size_t k = 0; k < expected.size(); ++k) {
    EXPECT_EQ(result.beads[k].source, expected[k].source) << k;
    EXPECT_EQ(result.beads[k].target, expected[k].target) << k;
  }
  EXPECT_EQ(result.scores, (std::vector<float>{-1, -1, -2, -2, -1, -1, -1}));
  EXPECT_EQ(result.edge_rows, std::vector<uint32_t>{3});
}

std::vector<std::string> random_sentences(std::mt19937& rng, size_t count) {
  std::uniform_int_distribution<int> word(0, 200);
  std::uniform_int_distribution<int> length(2, 14);
  std::vector<std::string> sentences;
  for (size_t k = 0; k < count; ++k) {
    std::string s;
    for (int w = length(rng); w > 0; --w) {
      s += "w" + std::to_string(word(rng)) + " ";
    }
    sentences.push_back(s);
  }
  return sentences;
}

// A stretch searched alone between two points of the best path of all rows finds that path's
// beads between them (the best path's parts are best between their ends), and the pair scores
// of a window band equal those of the full band where both store a cell.
TEST(PathWindows, AWindowSearchFindsTheFullPathBetweenItsPoints) {
  std::mt19937 rng(1204);
  const std::vector<score::Shape> shapes = {{1, 1, -0.15F}, {1, 0, -4.6F}, {0, 1, -4.6F},
                                            {1, 2, -3.1F},  {2, 1, -3.1F}, {2, 2, -4.5F}};
  for (int round = 0; round < 10; ++round) {
    std::vector<std::string> source = random_sentences(rng, 30 + static_cast<size_t>(round));
    std::vector<std::string> target = source;
    target.erase(target.begin() + 5 + round);
    target[10] += " " + target[11];
    target.erase(target.begin() + 11);
    const Document source_document = make_document(source, "en");
    const Document target_document = make_document(target, "en");
    text::Tokenizer tokenizer("en");
    const score::SideFeatures s = score::extract_features(source_document, tokenizer);
    const score::SideFeatures t = score::extract_features(target_document, tokenizer);
    score::LinkTableBuilder builder(s.vocabulary.size(), t.vocabulary.size());
    score::add_surface_links(s, t, true, true, builder);
    const score::LinkTable links = builder.build();
    const auto m = static_cast<uint32_t>(source.size());
    const auto n = static_cast<uint32_t>(target.size());
    const score::Band full = score::make_band(std::vector<double>(m + 1, 0.0), n, n + m);
    const score::PairScores full_pairs = score::compute_pair_scores(s, t, links, full, 2);
    const score::BeadScorer full_scorer(s, t, full_pairs, {}, false);
    const search::SearchResult whole = search::search_beads(full_scorer, full, shapes, 1.0F);
    testing::expect_partition(Alignment{whole.beads}, m, n);

    const Bead& first = whole.beads[3];
    const Bead& last = whole.beads[whole.beads.size() - 4];
    const search::PathWindow window{first.source.begin, last.source.end, first.target.begin,
                                    last.target.end};
    const uint32_t rows = window.last_row - window.first_row + 1;
    const score::Band band = score::make_window_band(std::vector<double>(rows, window.start), n,
                                                     std::vector<uint32_t>(rows, n),
                                                     window.first_row, window.start, window.end);
    const score::PairScores pairs = score::compute_pair_scores(s, t, links, band, 2);
    for (uint32_t i = window.first_row; i < window.last_row; ++i) {
      for (uint32_t j = pairs.lo[i]; j < pairs.hi[i]; ++j) {
        for (uint32_t k = 1; k <= 2; ++k) {
          ASSERT_EQ(pairs.source_at(i, j, k), full_pairs.source_at(i, j, k)) << i << " " << j;
          ASSERT_EQ(pairs.target_at(i, j, k), full_pairs.target_at(i, j, k)) << i << " " << j;
        }
      }
    }
    const score::BeadScorer scorer(s, t, pairs, {}, false);
    const search::SearchResult part = search::search_beads(scorer, band, shapes, 1.0F);
    const std::vector<Bead> expected(whole.beads.begin() + 3, whole.beads.end() - 3);
    ASSERT_EQ(part.beads.size(), expected.size()) << "round " << round;
    for (size_t k = 0; k < expected.size(); ++k) {
      EXPECT_EQ(part.beads[k].source, expected[k].source) << "round " << round << " bead " << k;
      EXPECT_EQ(part.beads[k].target, expected[k].target) << "round " << round << " bead " << k;
    }
    const search::SearchResult spliced = search::splice(whole, {window}, {part});
    testing::expect_partition(Alignment{spliced.beads}, m, n);
    EXPECT_EQ(spliced.beads.size(), whole.beads.size());
  }
}

}  // namespace
}  // namespace parallax
