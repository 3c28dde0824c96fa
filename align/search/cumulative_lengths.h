// Cumulative characters of a side, the axis of the length diagonal and of the covered-region
// searches (anchor_path.cc, length_region.h, length_centre.cc).
#pragma once

#include <cstddef>
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

}  // namespace parallax::search
