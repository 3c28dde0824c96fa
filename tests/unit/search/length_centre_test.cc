#include "search/length_centre.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "score/band.h"
#include "score/length_model.h"

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

// The DP of length_path as it was written first, cell by cell: each cell compares the 8 shapes
// in order, checking the band for each; the reference of the shape-by-shape length_path.
std::vector<std::pair<uint32_t, uint32_t>> cell_by_cell_path(const std::vector<double>& cs,
                                                             const std::vector<double>& ct,
                                                             const score::Band& band) {
  struct Shape {
    uint32_t source;
    uint32_t target;
    float log_prior;
  };

  const std::array<Shape, 8> shapes = {{
      {1, 1, std::log(0.86F)},
      {1, 2, std::log(0.045F)},
      {2, 1, std::log(0.045F)},
      {2, 2, std::log(0.011F)},
      {1, 3, std::log(0.005F)},
      {3, 1, std::log(0.005F)},
      {1, 0, std::log(0.01F)},
      {0, 1, std::log(0.01F)},
  }};
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  const score::LengthModel model{static_cast<float>(ct.back() / std::max(1.0, cs.back())),
                                 score::LengthModel{}.variance};
  const score::TailTable tail;
  std::vector<float> scores(band.cells(), kNone);
  std::vector<uint8_t> back(band.cells(), 0);
  for (uint32_t r = 0; r < band.rows(); ++r) {
    for (uint32_t c = band.lo[r]; c <= band.hi[r]; ++c) {
      float best = r == 0 && c == 0 ? 0.0F : kNone;
      uint8_t from = 0;
      for (uint8_t s = 0; s < shapes.size(); ++s) {
        const Shape& shape = shapes[s];
        if (shape.source > r || shape.target > c ||
            !band.contains(r - shape.source, c - shape.target)) {
          continue;
        }
        const float before = scores[band.index(r - shape.source, c - shape.target)];
        if (before == kNone) {
          continue;
        }
        const auto ls = static_cast<float>(cs[r] - cs[r - shape.source]);
        const auto lt = static_cast<float>(ct[c] - ct[c - shape.target]);
        const float value = before + shape.log_prior + tail(model.delta(ls, lt));
        if (value > best) {
          best = value;
          from = s;
        }
      }
      scores[band.index(r, c)] = best;
      back[band.index(r, c)] = from;
    }
  }
  const uint32_t m = band.rows() - 1;
  const uint32_t n = band.columns;
  std::vector<std::pair<uint32_t, uint32_t>> corners{{m, n}};
  for (uint32_t r = m, c = n; r > 0 || c > 0;) {
    const Shape& shape = shapes[back[band.index(r, c)]];
    r -= shape.source;
    c -= shape.target;
    corners.emplace_back(r, c);
  }
  std::reverse(corners.begin(), corners.end());
  return corners;
}

// Random texts (1-1, 1-2, 2-1 translations with sentences left out), bands narrow and wide:
// the shape-by-shape DP finds the path of the cell-by-cell one, corner for corner.
TEST(LengthCentre, PathIsTheCellByCellPath) {
  std::mt19937 random(13);
  std::uniform_int_distribution<int> length(1, 300);
  std::uniform_int_distribution<int> kind(0, 9);
  for (int trial = 0; trial < 40; ++trial) {
    std::vector<double> cs{0.0};
    std::vector<double> ct{0.0};
    const int units = 20 + 7 * trial;
    for (int u = 0; u < units; ++u) {
      const double words = length(random);
      const int k = kind(random);
      if (k != 0) {
        cs.push_back(cs.back() + words + 1.0);
      }
      if (k != 1) {
        const double translated = std::floor(words * (trial % 2 == 0 ? 1.4 : 0.6)) + 1.0;
        if (k == 2) {
          ct.push_back(ct.back() + std::floor(translated / 2.0) + 1.0);
          ct.push_back(ct.back() + std::ceil(translated / 2.0) + 1.0);
        } else {
          ct.push_back(ct.back() + translated + 1.0);
        }
      }
    }
    const auto m = static_cast<uint32_t>(cs.size() - 1);
    const auto n = static_cast<uint32_t>(ct.size() - 1);
    for (const uint32_t width : {1U, 4U, 16U, 1000U}) {
      const score::Band band = score::make_band(diagonal(m, n), n, width);
      EXPECT_EQ(length_path(cs, ct, band), cell_by_cell_path(cs, ct, band))
          << "trial " << trial << ", half-width " << width;
    }
  }
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
