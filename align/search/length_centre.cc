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

}  // namespace

// Cell by cell, each cell compares the 8 shapes in kShapes' order (ties keep the earlier). Here
// shape by shape over a row's columns, each cell still compares them in that order with the
// same float operations, so that scores and back pointers are those of the cell-by-cell DP
// (LengthCentre.PathIsTheCellByCellPath): the band's bounds are checked once per row and shape
// instead of per cell, the target lengths of each column and the null beads' tail terms are
// computed once (the source null's per row, the target null's per column) instead of per cell.
// best_path was 9–12% of an en–zh alignment (perf of 001-forward-1-prefix-src-55, session 13).
std::vector<std::pair<uint32_t, uint32_t>> length_path(const std::vector<double>& cs,
                                                       const std::vector<double>& ct,
                                                       const score::Band& band) {
  const score::LengthModel model{static_cast<float>(ct.back() / std::max(1.0, cs.back())),
                                 score::LengthModel{}.variance};
  const score::TailTable tail;
  const uint32_t n = band.columns;
  // target_length[b][c]: the characters of target sentences (c − b, c]; the target null's
  // tail term at column c.
  std::array<std::vector<float>, kMaxSide + 1> target_length;
  for (uint32_t b = 1; b <= kMaxSide; ++b) {
    target_length[b].assign(n + 1, 0.0F);
    for (uint32_t c = b; c <= n; ++c) {
      target_length[b][c] = static_cast<float>(ct[c] - ct[c - b]);
    }
  }
  std::vector<float> target_null(n + 1, 0.0F);
  for (uint32_t c = 1; c <= n; ++c) {
    target_null[c] = tail(model.delta(0.0F, target_length[1][c]));
  }
  std::vector<float> scores(band.cells(), kNone);
  std::vector<uint8_t> back(band.cells(), kStart);
  for (uint32_t r = 0; r < band.rows(); ++r) {
    const uint32_t lo = band.lo[r];
    const uint32_t hi = band.hi[r];
    float* const row = scores.data() + band.offset[r];  // row[c − lo]
    uint8_t* const from = back.data() + band.offset[r];
    if (r == 0 && lo == 0) {
      row[0] = 0.0F;
    }
    for (uint8_t s = 0; s + 1U < kShapes.size(); ++s) {
      const Shape& shape = kShapes[s];
      if (shape.source > r) {
        continue;
      }
      const uint32_t above = r - shape.source;
      const uint32_t first = std::max({lo, band.lo[above] + shape.target, shape.target});
      const uint32_t last = std::min(hi, band.hi[above] + shape.target);
      const float* const before_row = scores.data() + band.offset[above];  // [c − lo[above]]
      const auto ls = static_cast<float>(cs[r] - cs[above]);
      const float* const lengths = target_length[shape.target].data();
      const float null_tail = tail(model.delta(ls, 0.0F));  // the source null's (b = 0)
      for (uint32_t c = first; c <= last; ++c) {
        const float before = before_row[c - shape.target - band.lo[above]];
        if (before == kNone) {
          continue;
        }
        const float value = before + shape.log_prior +
                            (shape.target == 0 ? null_tail : tail(model.delta(ls, lengths[c])));
        if (value > row[c - lo]) {
          row[c - lo] = value;
          from[c - lo] = s;
        }
      }
    }
    // The target null (the last shape) comes from the cell to the left, complete by then.
    constexpr auto kTargetNull = static_cast<uint8_t>(kShapes.size() - 1);
    const float prior = kShapes[kTargetNull].log_prior;
    for (uint32_t c = lo + 1; c <= hi; ++c) {
      const float before = row[c - 1 - lo];
      if (before == kNone) {
        continue;
      }
      const float value = before + prior + target_null[c];
      if (value > row[c - lo]) {
        row[c - lo] = value;
        from[c - lo] = kTargetNull;
      }
    }
  }
  const uint32_t m = band.rows() - 1;
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
      length_path(cs, cumulative_lengths(target_lengths), band);
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
