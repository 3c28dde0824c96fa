// The bead model of the searches by sentence lengths alone (length_region.h, length_gap.h): bead
// shapes with their priors, the null bead's prior, and each side's log lengths of runs of 1..3
// units with their mean and variance over the side (the background terms). One definition, so
// that the gap search's D(m,n) is the region search's whole-diagonal score
// (LengthGap.DiagonalIsTheRegionSearchs).
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>
#include <vector>

namespace parallax::search::length_model {

inline constexpr uint32_t kMaxShapeSide = 3;

struct Shape {
  uint32_t source;
  uint32_t target;
  double log_prior;
};

// Shape priors over that of a 1-1 bead: a 1-1 bead pays nothing for its shape, so that a bead
// of translations gains what its lengths' likelihood ratio gives (about +0.8 on the en–zh
// Bible, where y − x has a spread of 0.21 against 0.48 for y alone). Gale & Church's (1-2
// 0.15, 2-2 0.03 of 0.6) made the 1-2 beads of translations score −1.3 each, and texts split
// differently have many (6,301 Chinese sentences to 5,000 English ones in the en–zh Bible).
inline constexpr size_t kShapeCount = 6;
inline const std::array<Shape, kShapeCount> kShapes = {{
    {1, 1, 0.0},
    {1, 2, std::log(0.4)},
    {2, 1, std::log(0.4)},
    {2, 2, std::log(0.1)},
    {1, 3, std::log(0.1)},
    {3, 1, std::log(0.1)},
}};
inline const double kNullLogPrior = std::log(0.02);

// The floor of the spread σ measured on a path's 1-1 beads (log units).
inline constexpr double kMinSpread = 0.1;

// log N(y; mean, variance) up to nothing: the full density, so that two models compare.
inline double log_normal(double y, double mean, double variance) noexcept {
  const double d = y - mean;
  return -0.5 * std::log(2.0 * std::numbers::pi * variance) - d * d / (2.0 * variance);
}

// One side's log lengths of every run of 1..3 units ending at u ([k][u]: units (u−k, u], 0 for
// u < k), from its cumulative lengths (units + 1 entries, from 0), and their mean and variance.
struct RunLengths {
  std::array<std::vector<double>, kMaxShapeSide + 1> log_length;
  std::array<double, kMaxShapeSide + 1> mean{};
  std::array<double, kMaxShapeSide + 1> variance{};

  explicit RunLengths(const std::vector<double>& cumulative) {
    const size_t units = cumulative.size() - 1;
    for (uint32_t k = 1; k <= kMaxShapeSide; ++k) {
      log_length[k].assign(units + 1, 0.0);
      double sum = 0.0;
      double squares = 0.0;
      size_t seen = 0;
      for (size_t u = k; u <= units; ++u) {
        const double value = std::log(std::max(1.0, cumulative[u] - cumulative[u - k]));
        log_length[k][u] = value;
        sum += value;
        squares += value * value;
        ++seen;
      }
      mean[k] = seen > 0 ? sum / static_cast<double>(seen) : 0.0;
      variance[k] =
          seen > 1 ? std::max(0.01, squares / static_cast<double>(seen) - mean[k] * mean[k]) : 1.0;
    }
  }
};

}  // namespace parallax::search::length_model
