// Searching a long document again only where it is needed. When the best path touched the
// band's edge in a few places, the band is widened there (align.cc): rows of width 0 keep the
// path found, and each stretch of wider rows is searched alone, between two points of that
// path, so that a re-search costs the stretches and not the whole document (at 200k sentences a
// re-search of every row with the rest pinned cost a first search's 0.9 s; a few stretches cost
// milliseconds).
#pragma once

#include <cstdint>
#include <vector>

#include <parallax/types.h>

#include "search/bead_search.h"

namespace parallax::search {

// DP rows [first_row, last_row] searched again, for paths from (first_row, start) to
// (last_row, end): two bead boundaries of the earlier path.
struct PathWindow {
  uint32_t first_row = 0;
  uint32_t last_row = 0;
  uint32_t start = 0;
  uint32_t end = 0;
};

// The maximal stretches of rows r with widths[r] > 0, each widened to the bead boundaries of
// beads (a partition of m source and n target sentences, in order) that enclose it (with the
// null beads of its first and last rows), merged where they meet; in increasing order.
std::vector<PathWindow> path_windows(const std::vector<Bead>& beads,
                                     const std::vector<uint32_t>& widths);

// The earlier result with the beads of each window replaced by those of its search (one
// result per window, in the same order); edge rows are those of the window searches.
SearchResult splice(const SearchResult& earlier,
                    const std::vector<PathWindow>& windows,
                    std::vector<SearchResult> searched);

}  // namespace parallax::search
