#include "search/gap_search.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "search/cumulative_lengths.h"

namespace parallax::search {

TrustedBeads trusted_beads(const std::vector<Bead>& beads) {
  // Prefix sums of the confidences: each window's mean in O(1).
  std::vector<double> prefix(beads.size() + 1, 0.0);
  for (size_t k = 0; k < beads.size(); ++k) {
    prefix[k + 1] = prefix[k] + beads[k].confidence;
  }
  TrustedBeads trusted;
  size_t doubtful_from = 0;  // the first bead of the current run of untrusted beads
  const auto close_run = [&](size_t end) {
    if (end - doubtful_from >= kMinDoubtfulRun) {
      const Bead& first = beads[doubtful_from];
      const Bead& last = beads[end - 1];
      trusted.doubtful_source.push_back({first.source.begin, last.source.end});
      trusted.doubtful_target.push_back({first.target.begin, last.target.end});
    }
  };
  for (size_t k = 0; k < beads.size(); ++k) {
    const size_t first = k > kTrustWindow ? k - kTrustWindow : 0;
    const size_t last = std::min(beads.size(), k + kTrustWindow + 1);
    const double mean = (prefix[last] - prefix[first]) / static_cast<double>(last - first);
    if (mean < kMinWindowConfidence) {
      continue;
    }
    close_run(k);
    doubtful_from = k + 1;
    const Bead& bead = beads[k];
    trusted.beads.push_back(bead);
    if (bead.confidence >= kAnchorConfidence && bead.source.size() == 1 &&
        bead.target.size() == 1) {
      trusted.anchors.emplace_back(bead.source.begin, bead.target.begin);
    }
  }
  close_run(beads.size());
  return trusted;
}

namespace {

// Whether a stretch of a and b sentences between the chain's end and a corner pairs sentences
// of both sides (a gap in it is the search's to find), not one side's uncovered end.
bool both_sides(uint32_t a, uint32_t b) noexcept {
  return std::min(a, b) >= kMinCornerSpan &&
         static_cast<double>(std::min(a, b)) >= kMinCornerShare * std::max(a, b);
}

}  // namespace

std::vector<std::pair<uint32_t, uint32_t>> with_corners(
    std::vector<std::pair<uint32_t, uint32_t>> anchors, uint32_t m, uint32_t n) {
  constexpr uint32_t kCornerAnchors = 3;
  if (anchors.empty() || m < kMinCornerSpan + kCornerAnchors ||
      n < kMinCornerSpan + kCornerAnchors) {
    return anchors;
  }
  const auto [first_i, first_j] = anchors.front();
  if (both_sides(first_i, first_j)) {
    for (uint32_t k = 0; k < kCornerAnchors; ++k) {
      anchors.insert(anchors.begin() + k, {k, k});
    }
  }
  const auto [last_i, last_j] = anchors.back();
  if (both_sides(m - last_i - 1, n - last_j - 1)) {
    for (uint32_t k = kCornerAnchors; k > 0; --k) {
      anchors.emplace_back(m - k, n - k);
    }
  }
  return anchors;
}

bool has_middle_gap(const CoveredRegion& region) noexcept {
  return !region.source_gaps.empty() || !region.target_gaps.empty();
}

CoveredRegion doubtful_gaps(CoveredRegion region, const TrustedBeads& trusted) {
  const auto meets = [](const IndexRange& gap, const std::vector<IndexRange>& stretches) {
    return std::any_of(stretches.begin(), stretches.end(), [&](const IndexRange& stretch) {
      return stretch.begin < gap.end && gap.begin < stretch.end;
    });
  };
  std::erase_if(region.source_gaps,
                [&](const IndexRange& gap) { return !meets(gap, trusted.doubtful_source); });
  std::erase_if(region.target_gaps,
                [&](const IndexRange& gap) { return !meets(gap, trusted.doubtful_target); });
  return region;
}

namespace {

// A gap's step: DP cells from (first_row, start), after the anchor before the gap, to
// (last_row, end), before the anchor after it.
struct Step {
  uint32_t first_row;
  uint32_t last_row;
  uint32_t start;
  uint32_t end;
  bool target_gap;  // the target sentences of the step hold the stretch, else the source's
};

// A cell of a path, with the score of the path's beads before it (or after it).
struct PathCell {
  uint32_t row;
  uint32_t column;
  double score;
};

// The step of each gap of path.covered, between the anchors the gap lies between.
std::vector<Step> gap_steps(const AnchorPath& path) {
  std::vector<Step> steps;
  const auto& anchors = path.anchors;
  for (size_t k = 0; k + 1 < anchors.size(); ++k) {
    const auto [i0, j0] = anchors[k];
    const auto [i1, j1] = anchors[k + 1];
    const auto step = [&](const std::vector<IndexRange>& gaps, uint32_t begin, uint32_t end) {
      return std::any_of(gaps.begin(), gaps.end(), [&](const IndexRange& gap) {
        return gap.begin == begin && gap.end == end;
      });
    };
    const bool target_gap = step(path.covered.target_gaps, j0 + 1, j1);
    if (target_gap || step(path.covered.source_gaps, i0 + 1, i1)) {
      steps.push_back(Step{i0 + 1, i1, j0 + 1, j1, target_gap});
    }
  }
  return steps;
}

// The column where a path (its cells in order) first enters each row first_row ..
// first_row + rows − 1, never less than the row before's (as path_of for a whole text).
std::vector<double> entry_line(const std::vector<PathCell>& cells,
                               uint32_t first_row,
                               size_t rows) {
  std::vector<double> line(rows, -1.0);
  for (const PathCell& cell : cells) {
    const size_t r = cell.row - first_row;
    if (r < rows && line[r] < 0.0) {
      line[r] = cell.column;
    }
  }
  for (size_t r = 0; r < rows; ++r) {
    line[r] = std::max(line[r], r == 0 ? 0.0 : line[r - 1]);
  }
  return line;
}

// The cells where the beads begin and end, in order (no score).
std::vector<PathCell> bead_cells(const std::vector<Bead>& beads) {
  std::vector<PathCell> cells;
  cells.reserve(2 * beads.size());
  for (const Bead& bead : beads) {
    cells.push_back({bead.source.begin, bead.target.begin, 0.0});
    cells.push_back({bead.source.end, bead.target.end, 0.0});
  }
  return cells;
}

// A stripe across a gap's step: DP rows first_row .. first_row + line.size() − 1, paths from
// (first_row, start) to (the last row, end), in a band of half-width kStripeHalfWidth around
// line (one column per row). Anchored at its first row (forward) or at its last: the end where
// its line is known to be right.
struct Stripe {
  std::vector<double> line;
  uint32_t first_row;
  uint32_t start;
  uint32_t end;
  bool forward;
  double ratio;                 // target per source characters of the line beyond what was followed
  SearchResult result;          // the last search's
  std::vector<size_t> touches;  // stripe rows where its path touches the band's edge
};

void search_stripe(Stripe& stripe, uint32_t n, const BandSearch& search) {
  const std::vector<uint32_t> widths(stripe.line.size(), kStripeHalfWidth);
  const score::Band band =
      score::make_window_band(stripe.line, n, widths, stripe.first_row, stripe.start, stripe.end);
  stripe.result = search(band);
  // A touch where the window, not the width, bounds the band (its first and last rows, a row
  // clipped to the step) is no reason to move it.
  stripe.touches.clear();
  for (const uint32_t row : stripe.result.edge_rows) {
    const size_t r = row - stripe.first_row;
    if (band.lo[r] > stripe.start && band.hi[r] < stripe.end) {
      stripe.touches.push_back(r);
    }
  }
}

// The line of a stripe, whose length ratio is off by some percent over a stretch of a book
// (en–zh Bible, a step of 1,525 verses: the region's ratio put its far end 240 verses off),
// moved onto its path up to the first touch from the anchored end, and continued from there
// at the ratio the path kept up to it. Only touches on the anchored side of row `join` count
// (beyond it the stripe is not the path). Returns whether it moved.
bool follow(Stripe& stripe,
            size_t join,
            const std::vector<double>& cs,
            const std::vector<double>& ct) {
  const size_t rows = stripe.line.size();
  std::optional<size_t> touch;
  for (const size_t r : stripe.touches) {
    if (stripe.forward ? r < join && (!touch || r < *touch) : r > join && (!touch || r > *touch)) {
      touch = r;
    }
  }
  if (!touch) {
    return false;
  }
  const std::vector<double> path =
      entry_line(bead_cells(stripe.result.beads), stripe.first_row, rows);
  const size_t anchor = stripe.forward ? 0 : rows - 1;
  const auto row_of = [&](size_t r) { return stripe.first_row + static_cast<uint32_t>(r); };
  const double source_span = std::abs(cs[row_of(*touch)] - cs[row_of(anchor)]);
  const double target_span =
      std::abs(cumulative_at(ct, path[*touch]) - cumulative_at(ct, path[anchor]));
  if (source_span > 0.0 && target_span > 0.0) {
    stripe.ratio = target_span / source_span;
  }
  const double from = cumulative_at(ct, path[*touch]);
  for (size_t r = 0; r < rows; ++r) {
    const bool followed = stripe.forward ? r <= *touch : r >= *touch;
    stripe.line[r] = followed ? path[r]
                              : cumulative_position(
                                    ct, from + stripe.ratio * (cs[row_of(r)] - cs[row_of(*touch)]),
                                    stripe.start, stripe.end);
  }
  return true;
}

// The cells of a path from (row, column), each with the score of the beads before it.
std::vector<PathCell> prefix_cells(const SearchResult& path, uint32_t row, uint32_t column) {
  std::vector<PathCell> cells{{row, column, 0.0}};
  double sum = 0.0;
  for (size_t k = 0; k < path.beads.size(); ++k) {
    sum += path.scores[k];
    cells.push_back({path.beads[k].source.end, path.beads[k].target.end, sum});
  }
  return cells;
}

// ... each with the score of the beads after it.
std::vector<PathCell> suffix_cells(const SearchResult& path, uint32_t row, uint32_t column) {
  std::vector<PathCell> cells = prefix_cells(path, row, column);
  const double total = cells.back().score;
  for (PathCell& cell : cells) {
    cell.score = total - cell.score;
  }
  return cells;
}

// The best path through a step made of a cell of the first stripe's path (the prefix up to
// it), a run of null beads of the gap's side (gap_null_score a sentence) and a cell of the
// second stripe's path (the suffix from it): the indices of the two cells.
struct Join {
  size_t before;
  size_t after;
};

std::optional<Join> best_join(const std::vector<PathCell>& before,
                              const std::vector<PathCell>& after,
                              bool target_gap,
                              float gap_null_score) {
  // The run keeps one coordinate (the row of a target gap) and moves the other. Both paths are
  // monotone: the cells of one row (column) are consecutive, so one pass over both in order of
  // the kept coordinate meets every join.
  const auto kept = [&](const PathCell& cell) { return target_gap ? cell.row : cell.column; };
  const auto moved = [&](const PathCell& cell) { return target_gap ? cell.column : cell.row; };
  double best = -std::numeric_limits<double>::infinity();
  std::optional<Join> join;
  size_t first = 0;
  for (size_t b = 0; b < before.size(); ++b) {
    while (first < after.size() && kept(after[first]) < kept(before[b])) {
      ++first;
    }
    for (size_t a = first; a < after.size() && kept(after[a]) == kept(before[b]); ++a) {
      if (moved(after[a]) < moved(before[b])) {
        continue;
      }
      const double score = before[b].score + after[a].score +
                           gap_null_score * static_cast<double>(moved(after[a]) - moved(before[b]));
      if (score > best) {
        best = score;
        join = Join{b, a};
      }
    }
  }
  return join;
}

}  // namespace

std::vector<double> place_gaps(const AnchorPath& path,
                               const score::ScoreVector& source_lengths,
                               const score::ScoreVector& target_lengths,
                               float gap_null_score,
                               const BandSearch& search) {
  const std::vector<double> cs = cumulative_lengths(source_lengths);
  const std::vector<double> ct = cumulative_lengths(target_lengths);
  const auto n = static_cast<uint32_t>(ct.size() - 1);
  const double ratio = path.covered.ratio;
  std::vector<double> centre = path.centre;
  for (const Step& step : gap_steps(path)) {
    if (step.last_row < step.first_row || step.end < step.start) {
      continue;
    }
    const size_t rows = step.last_row - step.first_row + 1;
    // The first stripe is the path if the stretch comes last (from the anchor before it along
    // the ratio), the second if it comes first (to the anchor after it).
    Stripe first{
        std::vector<double>(rows), step.first_row, step.start, step.end, true, ratio, {}, {}};
    Stripe second = first;
    second.forward = false;
    for (size_t k = 0; k < rows; ++k) {
      const uint32_t r = step.first_row + static_cast<uint32_t>(k);
      first.line[k] = cumulative_position(ct, ct[step.start] + ratio * (cs[r] - cs[step.first_row]),
                                          step.start, step.end);
      second.line[k] = cumulative_position(ct, ct[step.end] - ratio * (cs[step.last_row] - cs[r]),
                                           step.start, step.end);
    }
    search_stripe(first, n, search);
    search_stripe(second, n, search);
    std::vector<PathCell> before;
    std::vector<PathCell> after;
    std::optional<Join> join;
    for (uint32_t attempt = 1;; ++attempt) {
      before = prefix_cells(first.result, step.first_row, step.start);
      after = suffix_cells(second.result, step.first_row, step.start);
      join = best_join(before, after, step.target_gap, gap_null_score);
      if (!join || attempt == kStripeAttempts) {
        break;
      }
      // Each stripe is the path on its anchored side of the join only: only touches there
      // move it.
      const size_t first_join = before[join->before].row - step.first_row;
      const size_t second_join = after[join->after].row - step.first_row;
      const bool moved_first = follow(first, first_join, cs, ct);
      const bool moved_second = follow(second, second_join, cs, ct);
      if (!moved_first && !moved_second) {
        break;
      }
      if (moved_first) {
        search_stripe(first, n, search);
      }
      if (moved_second) {
        search_stripe(second, n, search);
      }
    }
    if (!join) {
      continue;  // the stripes never meet in a row (column): keep the line through the middle
    }
    // The line enters each row of the step where the joined path does.
    std::vector<PathCell> joined(before.begin(), before.begin() + join->before + 1);
    joined.insert(joined.end(), after.begin() + join->after, after.end());
    const std::vector<double> line = entry_line(joined, step.first_row, rows);
    std::copy(line.begin(), line.end(), centre.begin() + step.first_row);
  }
  for (size_t r = 1; r < centre.size(); ++r) {
    centre[r] = std::max(centre[r], centre[r - 1]);
  }
  return centre;
}

}  // namespace parallax::search
