// The Myers diff against a full LCS table (the slow reference) on random sequences.
#include "diff/token_diff.h"

#include <cstdint>
#include <random>
#include <vector>

#include <gtest/gtest.h>

namespace parallax::diff {
namespace {

// Length of a longest common subsequence, by the O(nm) table.
size_t lcs_length(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<std::vector<size_t>> table(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1
                                         : std::max(table[i - 1][j], table[i][j - 1]);
    }
  }
  return table[a.size()][b.size()];
}

// The runs cover both sequences in order, alternate, and equal runs hold equal ids; returns
// the number of ids in equal runs.
size_t check_runs(const std::vector<DiffRun>& runs,
                  const std::vector<uint32_t>& a,
                  const std::vector<uint32_t>& b) {
  uint32_t x = 0;
  uint32_t y = 0;
  size_t equal = 0;
  for (size_t r = 0; r < runs.size(); ++r) {
    const DiffRun& run = runs[r];
    EXPECT_EQ(run.a_begin, x);
    EXPECT_EQ(run.b_begin, y);
    if (r > 0) {
      EXPECT_NE(run.equal, runs[r - 1].equal) << "run " << r;
    }
    if (run.equal) {
      EXPECT_EQ(run.a_end - run.a_begin, run.b_end - run.b_begin);
      for (uint32_t t = 0; t < run.a_end - run.a_begin; ++t) {
        EXPECT_EQ(a[run.a_begin + t], b[run.b_begin + t]);
      }
      equal += run.a_end - run.a_begin;
    } else {
      EXPECT_TRUE(run.a_end > run.a_begin || run.b_end > run.b_begin);
    }
    x = run.a_end;
    y = run.b_end;
  }
  EXPECT_EQ(x, a.size());
  EXPECT_EQ(y, b.size());
  return equal;
}

TEST(TokenDiff, FindsALongestCommonSubsequenceOnRandomInputs) {
  std::mt19937 random(12);
  for (int round = 0; round < 400; ++round) {
    std::uniform_int_distribution<int> length(0, 30);
    std::uniform_int_distribution<uint32_t> symbol(0, round % 2 == 0 ? 3 : 12);
    std::vector<uint32_t> a(static_cast<size_t>(length(random)));
    std::vector<uint32_t> b(static_cast<size_t>(length(random)));
    for (uint32_t& id : a) {
      id = symbol(random);
    }
    for (uint32_t& id : b) {
      id = symbol(random);
    }
    const std::vector<DiffRun> runs = diff_sequences(a, b);
    EXPECT_EQ(check_runs(runs, a, b), lcs_length(a, b)) << "round " << round;
  }
}

TEST(TokenDiff, EqualAndEmptySequences) {
  const std::vector<uint32_t> a{1, 2, 3};
  EXPECT_EQ(diff_sequences(a, a), (std::vector<DiffRun>{{0, 3, 0, 3, true}}));
  EXPECT_TRUE(diff_sequences({}, {}).empty());
  EXPECT_EQ(diff_sequences(a, {}), (std::vector<DiffRun>{{0, 3, 0, 0, false}}));
}

TEST(TokenDiff, BeyondTheChangeLimitTheMiddleIsOneRun) {
  const std::vector<uint32_t> a{7, 1, 2, 3, 4, 9};
  const std::vector<uint32_t> b{7, 5, 6, 9};
  EXPECT_EQ(diff_sequences(a, b, 2),
            (std::vector<DiffRun>{{0, 1, 0, 1, true}, {1, 5, 1, 3, false}, {5, 6, 3, 4, true}}));
}

}  // namespace
}  // namespace parallax::diff
