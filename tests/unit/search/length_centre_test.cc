#include "search/length_centre.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include <gtest/gtest.h>

namespace parallax::search {
namespace {

// The straight line from (0,0) to (m,n).
std::vector<double> diagonal(uint32_t m, uint32_t n) {
  std::vector<double> line(m + 1);
  for (uint32_t r = 0; r <= m; ++r) {
    line[r] = static_cast<double>(n) * r / m;
  }
  return line;
}

// The length diagonal: the target position whose cumulative length is the source's times the
// documents' ratio (as anchor_path.cc draws the line without anchors).
std::vector<double> length_diagonal(const score::ScoreVector& source,
                                    const score::ScoreVector& target) {
  const auto cumulative = [](const score::ScoreVector& lengths) {
    std::vector<double> sums{0.0};
    for (score::Index k = 0; k < lengths.size(); ++k) {
      sums.push_back(sums.back() + lengths(k));
    }
    return sums;
  };
  const std::vector<double> cs = cumulative(source);
  const std::vector<double> ct = cumulative(target);
  std::vector<double> line;
  for (const double s : cs) {
    const double value = s * ct.back() / cs.back();
    const auto it = std::lower_bound(ct.begin(), ct.end(), value);
    const auto j = static_cast<double>(it - ct.begin());
    line.push_back(it == ct.begin() ? 0.0 : j - 1.0 + (value - *(it - 1)) / (*it - *(it - 1)));
  }
  return line;
}

// 1-1 translations whose length ratio alternates every 50 sentences (1.3, then 0.8): the
// length diagonal is off the true path (row r at column r) by several sentences, the length
// path is not.
TEST(LengthCentre, FollowsTheLengthsWhereTheDiagonalDrifts) {
  const uint32_t m = 400;
  std::mt19937 random(7);
  std::uniform_int_distribution<int> length(20, 200);
  score::ScoreVector source(m);
  score::ScoreVector target(m);
  for (uint32_t i = 0; i < m; ++i) {
    source(i) = static_cast<float>(length(random));
    target(i) = std::floor(((i / 50) % 2 == 0 ? 1.3F : 0.8F) * source(i));
  }
  const std::vector<double> around = length_diagonal(source, target);
  const std::vector<double> centre = length_centre(source, target, around);
  ASSERT_EQ(centre.size(), m + 1);
  double worst = 0.0;
  double worst_around = 0.0;
  for (uint32_t r = 0; r <= m; ++r) {
    worst = std::max(worst, std::abs(centre[r] - r));
    worst_around = std::max(worst_around, std::abs(around[r] - r));
  }
  EXPECT_GT(worst_around, 5.0);
  EXPECT_LE(worst, 1.0);
}

// Fewer sentences than the band's minimum half-width: the band is the whole table.
TEST(LengthCentre, TinyTexts) {
  score::ScoreVector source(3);
  source << 40.0F, 10.0F, 40.0F;
  score::ScoreVector target(2);
  target << 40.0F, 50.0F;
  const std::vector<double> centre = length_centre(source, target, diagonal(3, 2));
  ASSERT_EQ(centre.size(), 4U);
  EXPECT_EQ(centre.front(), 0.0);
  EXPECT_EQ(centre.back(), 2.0);
  EXPECT_TRUE(std::is_sorted(centre.begin(), centre.end()));
  EXPECT_NEAR(centre[1], 1.0, 1e-9);  // the first sentences translate each other
}

}  // namespace
}  // namespace parallax::search
