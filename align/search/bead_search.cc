#include "search/bead_search.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

#include <Eigen/Core>

#include "score/types.h"

namespace parallax::search {

namespace {

constexpr double kImpossible = -std::numeric_limits<double>::infinity();
constexpr uint8_t kNoShape = 0xFF;
constexpr size_t kMaxShapes = 16;
// The forward pass keeps every bead score for the backward pass and the traceback when they
// fit in this many bytes (scoring is the costliest part of the DP; 3 evaluations become 1).
constexpr uint64_t kMaxScoreCacheBytes = uint64_t{1} << 30;

// Path scores grow with the document (−10⁵ at 20k sentences), where a float's step is 10⁻²:
// posteriors exp(F + s + B − total) and near-tied paths came out as noise. Doubles keep
// 10⁻¹¹.
using PathScores = Eigen::ArrayXd;
using Terms = Eigen::Array<double, kMaxShapes, 1>;

// log(Σ exp(values)), −inf if all are −inf. Fixed size, so that Eigen evaluates the
// exponentials in SIMD registers (they were an eighth of the alignment time, one by one).
double log_sum_exp(const Terms& values) noexcept {
  const double peak = values.maxCoeff();
  if (peak == kImpossible) {
    return kImpossible;
  }
  return peak + std::log((values - peak).exp().sum());
}

}  // namespace

SearchResult search_beads(const score::BeadScorer& scorer,
                          const score::Band& band,
                          const std::vector<score::Shape>& shapes,
                          float temperature) {
  assert(!shapes.empty() && shapes.size() <= kMaxShapes);
  const uint32_t rows = band.rows();
  const uint32_t m = rows - 1;
  const uint32_t n = band.columns;
  const auto cells = static_cast<score::Index>(band.cells());
  PathScores best = PathScores::Constant(cells, kImpossible);
  PathScores forward = PathScores::Constant(cells, kImpossible);
  std::vector<uint8_t> back(static_cast<size_t>(cells), kNoShape);
  const double inverse_temperature = 1.0 / temperature;

  const size_t shape_count = shapes.size();
  const bool cached = band.cells() * shape_count * sizeof(float) <= kMaxScoreCacheBytes;
  std::vector<float> scores(cached ? band.cells() * shape_count : 0,
                            -std::numeric_limits<float>::infinity());
  // s(bead of shape k ending at (r, j)), from the cache or computed again.
  const auto bead_score = [&](uint32_t r, uint32_t j, size_t k) {
    if (cached) {
      return scores[band.index(r, j) * shape_count + k];
    }
    const uint32_t a = shapes[k].source;
    const uint32_t b = shapes[k].target;
    return scorer.score(r - a, a, j - b, b, shapes[k].log_prior);
  };

  Terms terms = Terms::Constant(kImpossible);
  for (uint32_t r = 0; r < rows; ++r) {
    for (uint32_t j = band.lo[r]; j <= band.hi[r]; ++j) {
      const auto cell = static_cast<score::Index>(band.index(r, j));
      if (r == 0 && j == 0) {
        best(cell) = 0.0;
        forward(cell) = 0.0;
        continue;
      }
      double best_score = kImpossible;
      uint8_t best_shape = kNoShape;
      for (size_t k = 0; k < shapes.size(); ++k) {
        terms(static_cast<Eigen::Index>(k)) = kImpossible;
        const uint32_t a = shapes[k].source;
        const uint32_t b = shapes[k].target;
        if (a > r || b > j || !band.contains(r - a, j - b)) {
          continue;
        }
        const auto from = static_cast<score::Index>(band.index(r - a, j - b));
        if (best(from) == kImpossible) {
          continue;
        }
        const float s = scorer.score(r - a, a, j - b, b, shapes[k].log_prior);
        assert(!std::isnan(s));
        if (cached) {
          scores[static_cast<size_t>(cell) * shape_count + k] = s;
        }
        if (best(from) + s > best_score) {
          best_score = best(from) + s;
          best_shape = static_cast<uint8_t>(k);
        }
        terms(static_cast<Eigen::Index>(k)) = forward(from) + s * inverse_temperature;
      }
      best(cell) = best_score;
      back[static_cast<size_t>(cell)] = best_shape;
      forward(cell) = log_sum_exp(terms);
    }
  }

  PathScores backward = PathScores::Constant(cells, kImpossible);
  for (uint32_t r = rows; r-- > 0;) {
    for (uint32_t j = band.hi[r] + 1; j-- > band.lo[r];) {
      const auto cell = static_cast<score::Index>(band.index(r, j));
      if (r == m && j == n) {
        backward(cell) = 0.0;
        continue;
      }
      for (size_t k = 0; k < shapes.size(); ++k) {
        terms(static_cast<Eigen::Index>(k)) = kImpossible;
        const uint32_t a = shapes[k].source;
        const uint32_t b = shapes[k].target;
        if (r + a > m || j + b > n || !band.contains(r + a, j + b)) {
          continue;
        }
        const auto to = static_cast<score::Index>(band.index(r + a, j + b));
        if (backward(to) == kImpossible) {
          continue;
        }
        terms(static_cast<Eigen::Index>(k)) =
            backward(to) + bead_score(r + a, j + b, k) * inverse_temperature;
      }
      backward(cell) = log_sum_exp(terms);
    }
  }

  SearchResult result;
  const double total = forward(static_cast<score::Index>(band.index(m, n)));
  uint32_t r = m;
  uint32_t j = n;
  while (r > 0 || j > 0) {
    const uint8_t k = back[band.index(r, j)];
    assert(k != kNoShape);
    const uint32_t a = shapes[k].source;
    const uint32_t b = shapes[k].target;
    const float s = bead_score(r, j, k);
    const double log_posterior = forward(static_cast<score::Index>(band.index(r - a, j - b))) +
                                 s * inverse_temperature +
                                 backward(static_cast<score::Index>(band.index(r, j))) - total;
    const double posterior = std::clamp(std::exp(log_posterior), 0.0, 1.0);
    result.beads.push_back(Bead{
        {r - a, r}, {j - b, j}, std::isnan(posterior) ? 0.0F : static_cast<float>(posterior), {}});
    result.scores.push_back(s);
    if ((j == band.lo[r] && band.lo[r] > 0) || (j == band.hi[r] && band.hi[r] < n)) {
      result.touches_edge = true;
    }
    r -= a;
    j -= b;
  }
  std::reverse(result.beads.begin(), result.beads.end());
  std::reverse(result.scores.begin(), result.scores.end());
  return result;
}

}  // namespace parallax::search
