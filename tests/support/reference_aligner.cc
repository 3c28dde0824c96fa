#include "reference_aligner.h"

#include <algorithm>
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

}  // namespace parallax::testing
