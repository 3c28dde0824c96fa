// Cumulative characters of a side, the axis of the length diagonal and of the covered-region
// searches (anchor_path.cc, length_region.h, length_centre.cc).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "score/types.h"

namespace parallax::search {

// Characters before each sentence, and in all (lengths.size() + 1 entries, from 0). Each
// sentence counts one more than its characters, so that an empty one still advances the
// diagonal.
inline std::vector<double> cumulative_lengths(const score::ScoreVector& lengths) {
  std::vector<double> out(static_cast<size_t>(lengths.size()) + 1, 0.0);
  for (score::Index k = 0; k < lengths.size(); ++k) {
    out[static_cast<size_t>(k) + 1] = out[static_cast<size_t>(k)] + lengths(k) + 1.0;
  }
  return out;
}

// The cumulative length at a position (fractional sentences), interpolated inside a sentence;
// the last entry beyond the end. O(1).
inline double cumulative_at(const std::vector<double>& cumulative, double position) {
  const auto whole = static_cast<size_t>(position);
  const double fraction = position - static_cast<double>(whole);
  return whole + 1 < cumulative.size()
             ? cumulative[whole] + fraction * (cumulative[whole + 1] - cumulative[whole])
             : cumulative.back();
}

// The position (fractional sentences) within [lo, hi] whose cumulative length is `value`: the
// inverse of cumulative_at, interpolated inside a sentence. O(log(hi − lo)).
inline double cumulative_position(const std::vector<double>& cumulative,
                                  double value,
                                  uint32_t lo,
                                  uint32_t hi) {
  const auto begin = cumulative.begin() + lo;
  const auto end = cumulative.begin() + hi + 1;
  const auto it = std::lower_bound(begin, end, value);
  if (it == begin) {
    return lo;
  }
  if (it == end) {
    return hi;
  }
  const double high = *it;
  const double low = *(it - 1);
  const auto j = static_cast<double>(it - cumulative.begin());
  return high > low ? j - 1.0 + (value - low) / (high - low) : j;
}

}  // namespace parallax::search
