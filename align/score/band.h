// The DP band: for every DP row r ∈ [0,m] (r source sentences consumed) the admissible target
// positions j ∈ [lo[r], hi[r]]. Storage is one flat array with a per-row offset, so memory is
// linear in m·w instead of m·n.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace parallax::score {

// A band may also cover a window of the rows only (make_window_band): then its rows are the
// DP rows first_row, first_row + 1, ..., lo, hi and offset are indexed from first_row (band row
// r is DP row first_row + r), and paths run from (first_row, lo[0]) to the last row's hi
// instead of from (0, 0) to (m, n).
struct Band {
  uint32_t columns = 0;          // n: the last admissible target position
  uint32_t first_row = 0;        // the DP row of band row 0
  std::vector<uint32_t> lo;      // per band row, inclusive
  std::vector<uint32_t> hi;      // per band row, inclusive
  std::vector<uint64_t> offset;  // offset[r] = flat index of (r, lo[r]); offset[rows] = cells

  uint32_t rows() const { return static_cast<uint32_t>(lo.size()); }

  uint64_t cells() const { return offset.back(); }

  bool contains(uint32_t r, uint32_t j) const noexcept { return j >= lo[r] && j <= hi[r]; }

  uint64_t index(uint32_t r, uint32_t j) const noexcept { return offset[r] + (j - lo[r]); }
};

// The band of make_band over the DP rows first_row .. first_row + centre.size() − 1 only
// (centre and widths are given for those rows), for paths from (first_row, start) to
// (first_row + centre.size() − 1, end): the search of one stretch between two fixed points of
// an earlier path. Requires start <= end <= n.
inline Band make_window_band(const std::vector<double>& centre,
                             uint32_t n,
                             const std::vector<uint32_t>& widths,
                             uint32_t first_row,
                             uint32_t start,
                             uint32_t end) {
  const size_t rows = centre.size();
  Band band;
  band.columns = n;
  band.first_row = first_row;
  band.lo.resize(rows);
  band.hi.resize(rows);
  const auto clip = [start, end](double x) {
    return static_cast<uint32_t>(
        std::clamp(x, static_cast<double>(start), static_cast<double>(end)));
  };
  for (size_t r = 0; r < rows; ++r) {
    const double before = centre[r == 0 ? 0 : r - 1];
    const double after = centre[r + 1 < rows ? r + 1 : r];
    band.lo[r] = clip(std::floor(std::min(before, centre[r])) - widths[r]);
    band.hi[r] = clip(std::ceil(std::max(after, centre[r])) + widths[r]);
  }
  band.lo.front() = start;
  band.hi.back() = end;
  for (size_t r = 1; r < rows; ++r) {
    band.lo[r] = std::max(band.lo[r], band.lo[r - 1]);
  }
  for (size_t r = rows - 1; r-- > 0;) {
    band.hi[r] = std::min(band.hi[r], band.hi[r + 1]);
  }
  for (size_t r = 1; r < rows; ++r) {
    // Keep rows overlapping so that a 1-0 step exists between every pair of rows.
    band.lo[r] = std::min(band.lo[r], band.hi[r - 1]);
    band.hi[r - 1] = std::max(band.hi[r - 1], band.lo[r]);
  }
  band.offset.resize(rows + 1);
  band.offset[0] = 0;
  for (size_t r = 0; r < rows; ++r) {
    band.offset[r + 1] = band.offset[r] + (band.hi[r] - band.lo[r] + 1);
  }
  return band;
}

// Builds the band around centre (m+1 monotone target positions, one per row) with half-width
// widths[r] in row r. Row r covers [min(centre[r-1], centre[r]) − w_r,
// max(centre[r], centre[r+1]) + w_r], clipped to [0,n] and made monotone, so that consecutive
// rows overlap and a path always exists.
inline Band make_band(const std::vector<double>& centre,
                      uint32_t n,
                      const std::vector<uint32_t>& widths) {
  return make_window_band(centre, n, widths, 0, 0, n);
}

// The band of the same half-width w in every row.
inline Band make_band(const std::vector<double>& centre, uint32_t n, uint32_t w) {
  return make_band(centre, n, std::vector<uint32_t>(centre.size(), w));
}

}  // namespace parallax::score
