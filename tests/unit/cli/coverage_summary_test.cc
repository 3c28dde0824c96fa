#include "coverage_summary.h"

#include <gtest/gtest.h>

namespace parallax::cli {
namespace {

// A translation that leaves out two chapters: both runs are named, and they split the covered
// stretch in three (the two-gap development cases of make_partial.py, docs/EVALUATION.md).
TEST(CoverageSummary, NamesEveryLongRun) {
  Coverage coverage;
  coverage.source = {128, 41, {0, 128}, {{21, 46}, {67, 83}}};
  coverage.target = {87, 0, {0, 87}, {}};
  const std::vector<std::string> lines = coverage_summary(coverage);
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_EQ(lines[0],
            "translation covers original sentences 1–21, 47–67, 84–128 of 128; 41 original "
            "sentences have no counterpart (22–46, 68–83)");
}

// One run on each side: one line each.
TEST(CoverageSummary, OneLinePerSide) {
  Coverage coverage;
  coverage.source = {115, 14, {0, 115}, {{35, 48}}};
  coverage.target = {118, 20, {0, 118}, {{46, 64}}};
  const std::vector<std::string> lines = coverage_summary(coverage);
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[0],
            "translation covers original sentences 1–35, 49–115 of 115; 14 original sentences "
            "have no counterpart (36–48)");
  EXPECT_EQ(lines[1],
            "original covers translation sentences 1–46, 65–118 of 118; 20 translation sentences "
            "have no counterpart (47–64)");
}

// A sentence paired alone between two long runs is its number, not "28–28".
TEST(CoverageSummary, ALoneSentenceIsItsNumber) {
  Coverage coverage;
  coverage.target = {61, 46, {4, 61}, {{18, 27}, {28, 36}, {43, 60}}};
  const std::vector<std::string> lines = coverage_summary(coverage);
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_EQ(lines[0],
            "original covers translation sentences 5–18, 28, 37–43, 61 of 61; 46 translation "
            "sentences have no counterpart (19–27, 29–36, 44–60)");
}

}  // namespace
}  // namespace parallax::cli
