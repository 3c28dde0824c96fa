#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/errors.h>
#include <parallax/validate.h>

namespace parallax {
namespace {

Alignment beads(const std::vector<std::pair<IndexRange, IndexRange>>& sides) {
  Alignment alignment;
  for (const auto& [source, target] : sides) {
    alignment.beads.push_back(Bead{source, target, 1.0F, {}});
  }
  return alignment;
}

// The message of the OptionError validate_alignment throws, "" when it throws none.
std::string error_of(const Alignment& alignment, size_t m, size_t n) {
  try {
    validate_alignment(alignment, m, n, "translation 1 (memo.txt)");
  } catch (const OptionError& e) {
    return e.what();
  }
  return "";
}

TEST(ValidateAlignment, AcceptsAMonotonePartitionWithNullBeads) {
  EXPECT_EQ(error_of(beads({{{0, 1}, {0, 1}}, {{1, 2}, {1, 1}}, {{2, 2}, {1, 3}}}), 2, 3), "");
  EXPECT_EQ(error_of(Alignment{}, 0, 0), "");
}

// Source 0–5 against target 0, 3, 4, 1, 2, 5: source 1–2 stand at target 3–4 (moved block 1).
Alignment with_moved_block() {
  Alignment alignment = beads({{{0, 1}, {0, 1}},
                               {{1, 2}, {3, 4}},
                               {{2, 3}, {4, 5}},
                               {{3, 4}, {1, 2}},
                               {{4, 5}, {2, 3}},
                               {{5, 6}, {5, 6}}});
  alignment.beads[1].moved = 1;
  alignment.beads[2].moved = 1;
  return alignment;
}

TEST(ValidateAlignment, AcceptsAMovedBlockAndRejectsAnUnmarkedCrossing) {
  Alignment alignment = with_moved_block();
  EXPECT_EQ(error_of(alignment, 6, 6), "");
  alignment.beads[2].moved = 0;  // the bead crosses the others without being part of a block
  EXPECT_NE(error_of(alignment, 6, 6), "");
  alignment = with_moved_block();
  alignment.beads[2].target = {3, 5};  // a moved sentence taken twice
  EXPECT_NE(error_of(alignment, 6, 6), "");
  alignment = with_moved_block();
  alignment.beads[3].target = {1, 4};  // an unmoved bead running into the block's sentences
  alignment.beads[4].target = {4, 4};
  EXPECT_NE(error_of(alignment, 6, 6), "");
}

TEST(ValidateAlignment, RejectsGapsOverlapsEmptyBeadsAndShortCoverage) {
  // A source sentence skipped, a target sentence in two beads, a bead with no sentence, the
  // last sentences in no bead.
  const std::string gap = error_of(beads({{{0, 1}, {0, 1}}, {{2, 3}, {1, 2}}}), 3, 2);
  EXPECT_NE(gap.find("translation 1 (memo.txt): bead 1 does not continue"), std::string::npos)
      << gap;
  EXPECT_NE(error_of(beads({{{0, 1}, {0, 2}}, {{1, 2}, {1, 2}}}), 2, 2), "");
  EXPECT_NE(error_of(beads({{{0, 1}, {0, 1}}, {{1, 1}, {1, 1}}, {{1, 2}, {1, 2}}}), 2, 2), "");
  const std::string short_of = error_of(beads({{{0, 1}, {0, 1}}}), 2, 1);
  EXPECT_NE(short_of.find("covers 1 of 2 source and 1 of 1 target"), std::string::npos) << short_of;
}

}  // namespace
}  // namespace parallax
