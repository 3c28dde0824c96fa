#include "reference_aligner.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace parallax::testing {

std::vector<Bead> reference_align(const score::BeadScorer& scorer,
                                  uint32_t m,
                                  uint32_t n,
                                  const std::vector<score::Shape>& shapes) {
  const double impossible = -std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> best(m + 1, std::vector<double>(n + 1, impossible));
  std::vector<std::vector<int>> back(m + 1, std::vector<int>(n + 1, -1));
  best[0][0] = 0.0;
  for (uint32_t r = 0; r <= m; ++r) {
    for (uint32_t j = 0; j <= n; ++j) {
      for (size_t k = 0; k < shapes.size(); ++k) {
        const uint32_t a = shapes[k].source;
        const uint32_t b = shapes[k].target;
        if (a > r || b > j || best[r - a][j - b] == impossible) {
          continue;
        }
        const double s = best[r - a][j - b] + scorer.score(r - a, a, j - b, b, shapes[k].log_prior);
        if (s > best[r][j]) {
          best[r][j] = s;
          back[r][j] = static_cast<int>(k);
        }
      }
    }
  }
  std::vector<Bead> beads;
  for (uint32_t r = m, j = n; r > 0 || j > 0;) {
    const auto& shape = shapes[static_cast<size_t>(back[r][j])];
    beads.push_back(Bead{{r - shape.source, r}, {j - shape.target, j}, 0.0F, {}});
    r -= shape.source;
    j -= shape.target;
  }
  std::reverse(beads.begin(), beads.end());
  return beads;
}

namespace {

using Matrix = std::vector<std::vector<double>>;

double log_add(double x, double y) {
  if (x < y) {
    std::swap(x, y);
  }
  return y == -std::numeric_limits<double>::infinity() ? x : x + std::log1p(std::exp(y - x));
}

double shape_prior(const std::vector<score::Shape>& shapes, uint32_t a, uint32_t b) {
  for (const score::Shape& shape : shapes) {
    if (shape.source == a && shape.target == b) {
      return shape.log_prior;
    }
  }
  return std::nan("");  // a bead of a shape not searched: the test compares NaN and fails
}

}  // namespace

std::vector<double> reference_posteriors(const score::BeadScorer& scorer,
                                         uint32_t m,
                                         uint32_t n,
                                         const std::vector<score::Shape>& shapes,
                                         float temperature,
                                         const std::vector<Bead>& beads) {
  const double impossible = -std::numeric_limits<double>::infinity();
  const auto step = [&](uint32_t r, uint32_t a, uint32_t j, uint32_t b, float log_prior) {
    return static_cast<double>(scorer.score(r, a, j, b, log_prior)) / temperature;
  };
  Matrix forward(m + 1, std::vector<double>(n + 1, impossible));
  forward[0][0] = 0.0;
  for (uint32_t r = 0; r <= m; ++r) {
    for (uint32_t j = 0; j <= n; ++j) {
      for (const score::Shape& shape : shapes) {
        if (shape.source <= r && shape.target <= j) {
          const uint32_t r0 = r - shape.source;
          const uint32_t j0 = j - shape.target;
          forward[r][j] =
              log_add(forward[r][j],
                      forward[r0][j0] + step(r0, shape.source, j0, shape.target, shape.log_prior));
        }
      }
    }
  }
  Matrix backward(m + 1, std::vector<double>(n + 1, impossible));
  backward[m][n] = 0.0;
  for (uint32_t r = m + 1; r-- > 0;) {
    for (uint32_t j = n + 1; j-- > 0;) {
      for (const score::Shape& shape : shapes) {
        if (r + shape.source <= m && j + shape.target <= n) {
          backward[r][j] =
              log_add(backward[r][j], backward[r + shape.source][j + shape.target] +
                                          step(r, shape.source, j, shape.target, shape.log_prior));
        }
      }
    }
  }
  std::vector<double> posteriors;
  for (const Bead& bead : beads) {
    const uint32_t a = bead.source.size();
    const uint32_t b = bead.target.size();
    const double s = step(bead.source.begin, a, bead.target.begin, b,
                          static_cast<float>(shape_prior(shapes, a, b)));
    posteriors.push_back(std::exp(forward[bead.source.begin][bead.target.begin] + s +
                                  backward[bead.source.end][bead.target.end] - forward[m][n]));
  }
  return posteriors;
}

}  // namespace parallax::testing
