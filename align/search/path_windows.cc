#include "search/path_windows.h"

#include <cassert>

namespace parallax::search {

namespace {

// The bead boundaries of a path: point k is where bead k starts, the last where the path ends.
struct Boundaries {
  std::vector<uint32_t> row;
  std::vector<uint32_t> column;

  explicit Boundaries(const std::vector<Bead>& beads) {
    row.reserve(beads.size() + 1);
    column.reserve(beads.size() + 1);
    for (const Bead& bead : beads) {
      row.push_back(bead.source.begin);
      column.push_back(bead.target.begin);
    }
    row.push_back(beads.empty() ? 0 : beads.back().source.end);
    column.push_back(beads.empty() ? 0 : beads.back().target.end);
  }
};

}  // namespace

std::vector<PathWindow> path_windows(const std::vector<Bead>& beads,
                                     const std::vector<uint32_t>& widths) {
  const Boundaries points(beads);
  const size_t last_point = points.row.size() - 1;
  std::vector<PathWindow> windows;
  size_t k = 0;  // the boundaries before k are behind the windows found so far
  const auto rows = static_cast<uint32_t>(widths.size());
  for (uint32_t r = 0; r < rows;) {
    if (widths[r] == 0) {
      ++r;
      continue;
    }
    uint32_t last = r;
    while (last + 1 < rows && widths[last + 1] > 0) {
      ++last;
    }
    // The first boundary of the last boundary row at or before r ...
    while (k + 1 <= last_point && points.row[k + 1] <= r) {
      ++k;
    }
    size_t first_point = k;
    while (first_point > 0 && points.row[first_point - 1] == points.row[first_point]) {
      --first_point;
    }
    // ... and the last boundary of the first boundary row at or after last.
    size_t end_point = k;
    while (end_point < last_point && points.row[end_point] < last) {
      ++end_point;
    }
    while (end_point < last_point && points.row[end_point + 1] == points.row[end_point]) {
      ++end_point;
    }
    if (!windows.empty() && points.row[first_point] <= windows.back().last_row) {
      windows.back().last_row = points.row[end_point];
      windows.back().end = points.column[end_point];
    } else {
      windows.push_back(PathWindow{points.row[first_point], points.row[end_point],
                                   points.column[first_point], points.column[end_point]});
    }
    k = end_point;
    r = points.row[end_point] + 1;
  }
  return windows;
}

SearchResult splice(const SearchResult& earlier,
                    const std::vector<PathWindow>& windows,
                    std::vector<SearchResult> searched) {
  assert(windows.size() == searched.size());
  SearchResult result;
  size_t k = 0;
  const auto keep_until = [&](uint32_t row, uint32_t column) {
    while (k < earlier.beads.size() &&
           (earlier.beads[k].source.begin < row || earlier.beads[k].target.begin < column)) {
      result.beads.push_back(earlier.beads[k]);
      result.scores.push_back(earlier.scores[k]);
      ++k;
    }
  };
  for (size_t w = 0; w < windows.size(); ++w) {
    keep_until(windows[w].first_row, windows[w].start);
    SearchResult& window = searched[w];
    result.beads.insert(result.beads.end(), window.beads.begin(), window.beads.end());
    result.scores.insert(result.scores.end(), window.scores.begin(), window.scores.end());
    result.edge_rows.insert(result.edge_rows.end(), window.edge_rows.begin(),
                            window.edge_rows.end());
    while (k < earlier.beads.size() && (earlier.beads[k].source.begin < windows[w].last_row ||
                                        earlier.beads[k].target.begin < windows[w].end)) {
      ++k;
    }
  }
  keep_until(UINT32_MAX, UINT32_MAX);
  return result;
}

}  // namespace parallax::search
