#include "search/length_centre.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "score/band.h"
#include "score/length_model.h"
#include "search/cumulative_lengths.h"

namespace parallax::search {

namespace {

struct Shape {
  uint32_t source;
  uint32_t target;
  float log_prior;
};

// Gale & Church's priors (as align.cc's default shapes) and the null beads, each side at
// most kMaxSide units.
constexpr uint32_t kMaxSide = 3;
const std::array<Shape, 8> kShapes = {{
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
constexpr uint8_t kStart = UINT8_MAX;

// The best path's corners (source sentence, target sentence), from (0,0) to (m,n) inside band.
std::vector<std::pair<uint32_t, uint32_t>> best_path(const std::vector<double>& cs,
                                                     const std::vector<double>& ct,
                                                     const score::Band& band) {
  const score::LengthModel model{static_cast<float>(ct.back() / std::max(1.0, cs.back())),
                                 score::LengthModel{}.variance};
  const score::TailTable tail;
  std::vector<float> scores(band.cells(), kNone);
  std::vector<uint8_t> back(band.cells(), kStart);
  for (uint32_t r = 0; r < band.rows(); ++r) {
    for (uint32_t c = band.lo[r]; c <= band.hi[r]; ++c) {
      float best = r == 0 && c == 0 ? 0.0F : kNone;
      uint8_t from = kStart;
      for (uint8_t s = 0; s < kShapes.size(); ++s) {
        const Shape& shape = kShapes[s];
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
    const Shape& shape = kShapes[back[band.index(r, c)]];
    r -= shape.source;
    c -= shape.target;
    corners.emplace_back(r, c);
  }
  std::reverse(corners.begin(), corners.end());
  return corners;
}

}  // namespace

std::vector<double> length_centre(const score::ScoreVector& source_lengths,
                                  const score::ScoreVector& target_lengths,
                                  const std::vector<double>& around) {
  const auto m = static_cast<uint32_t>(source_lengths.size());
  const auto n = static_cast<uint32_t>(target_lengths.size());
  const auto width = static_cast<uint32_t>(std::min<uint64_t>(
      std::max<uint64_t>(kMaxCentreCells / (2 * (uint64_t{m} + 1)), kMinCentreWidth), n));
  const score::Band band = score::make_band(around, n, width);
  const std::vector<double> cs = cumulative_lengths(source_lengths);
  const std::vector<std::pair<uint32_t, uint32_t>> corners =
      best_path(cs, cumulative_lengths(target_lengths), band);
  std::vector<double> centre(m + 1, 0.0);
  for (size_t k = 1; k < corners.size(); ++k) {
    const auto [r0, c0] = corners[k - 1];
    const auto [r1, c1] = corners[k];
    for (uint32_t r = r0; r <= r1; ++r) {
      const double span = cs[r1] - cs[r0];
      centre[r] = span > 0.0 ? c0 + (c1 - c0) * (cs[r] - cs[r0]) / span : c1;
    }
  }
  return centre;
}

}  // namespace parallax::search
