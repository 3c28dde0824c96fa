#include "search/moved_blocks_anchors.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

#include "search/anchor_path.h"

namespace parallax::search {

namespace {

// An anchor this many target sentences or fewer outside its source sentence's bead is on the
// path (a 2-2 bead's neighbour, an anchor word in the next verse).
constexpr uint32_t kOffPath = 3;
// Steps of a run: at most this many sentences on each side, and within this many target
// sentences of what the sentence ratio makes of the source step.
constexpr uint32_t kMaxStep = 8;
constexpr double kMaxDrift = 3.0;
constexpr uint32_t kMinRunAnchors = 5;

struct Point {
  uint32_t i = 0;
  uint32_t j = 0;
  float weight = 0.0F;
};

// [lo, hi) per source sentence: the target of its bead, or the empty range where a 1-0 bead
// stands.
std::vector<IndexRange> path_targets(const std::vector<Bead>& beads, uint32_t m) {
  std::vector<IndexRange> result(m);
  uint32_t cursor = 0;
  for (const Bead& bead : beads) {
    const IndexRange target = bead.target.empty() ? IndexRange{cursor, cursor} : bead.target;
    for (uint32_t i = bead.source.begin; i < bead.source.end; ++i) {
      result[i] = target;
    }
    cursor = std::max(cursor, bead.target.end);
  }
  return result;
}

// Step 1 of the header: one point per pair of sentences, weights of its tokens summed, sorted
// by (i, j).
std::vector<Point> off_path_anchors(const std::vector<IndexRange>& path,
                                    const score::SideFeatures& source,
                                    const score::SideFeatures& target,
                                    const score::LinkTable& links) {
  std::vector<Point> points;
  for (uint32_t x = 0; x < source.vocabulary.size(); ++x) {
    const std::vector<uint32_t>& source_postings = source.postings[x];
    if (source.token_weight(x) <= 0.0F || source_postings.size() > kMaxAnchorFrequency) {
      continue;
    }
    for (uint32_t l = links.forward.begin[x]; l < links.forward.begin[x + 1]; ++l) {
      const std::vector<uint32_t>& target_postings = target.postings[links.forward.other[l]];
      if (links.forward.strength[l] < kMinAnchorStrength ||
          target_postings.size() > kMaxAnchorFrequency) {
        continue;
      }
      const float weight = links.forward.strength[l] * source.token_weight(x);
      for (const uint32_t i : source_postings) {
        for (const uint32_t j : target_postings) {
          if (j + kOffPath < path[i].begin || j >= path[i].end + kOffPath) {
            points.push_back(Point{i, j, weight});
          }
        }
      }
    }
  }
  std::sort(points.begin(), points.end(),
            [](const Point& a, const Point& b) { return std::tie(a.i, a.j) < std::tie(b.i, b.j); });
  size_t kept = 0;
  for (const Point& point : points) {
    if (kept > 0 && points[kept - 1].i == point.i && points[kept - 1].j == point.j) {
      points[kept - 1].weight += point.weight;
    } else {
      points[kept++] = point;
    }
  }
  points.resize(kept);
  return points;
}

}  // namespace

std::vector<AnchorRun> off_path_runs(const std::vector<Bead>& beads,
                                     const score::SideFeatures& source,
                                     const score::SideFeatures& target,
                                     const score::LinkTable& links) {
  const auto m = static_cast<uint32_t>(source.sentence_count());
  const auto n = static_cast<uint32_t>(target.sentence_count());
  const std::vector<Point> points = off_path_anchors(path_targets(beads, m), source, target, links);
  const double ratio = static_cast<double>(n) / std::max(1U, m);
  // Step 2: best[k] = weight of the heaviest run ending at point k, previous[k] its point before.
  std::vector<float> best(points.size());
  std::vector<size_t> previous(points.size(), SIZE_MAX);
  for (size_t k = 0; k < points.size(); ++k) {
    best[k] = points[k].weight;
    for (size_t q = k; q-- > 0 && points[q].i + kMaxStep >= points[k].i;) {
      const uint32_t di = points[k].i - points[q].i;
      if (di == 0 || points[q].j >= points[k].j || points[k].j - points[q].j > kMaxStep) {
        continue;
      }
      const double drift = std::abs(static_cast<double>(points[k].j - points[q].j) - ratio * di);
      if (drift <= kMaxDrift && best[q] + points[k].weight > best[k]) {
        best[k] = best[q] + points[k].weight;
        previous[k] = q;
      }
    }
  }
  std::vector<size_t> ends(points.size());
  std::iota(ends.begin(), ends.end(), size_t{0});
  std::stable_sort(ends.begin(), ends.end(), [&](size_t x, size_t y) { return best[x] > best[y]; });
  std::vector<bool> used(points.size(), false);
  std::vector<AnchorRun> runs;
  for (const size_t end : ends) {
    AnchorRun run;
    size_t first = end;
    for (size_t k = end; k != SIZE_MAX && !used[k]; k = previous[k]) {
      used[k] = true;
      run.weight += points[k].weight;
      ++run.anchors;
      first = k;
    }
    if (run.anchors >= kMinRunAnchors) {
      run.source = {points[first].i, points[end].i + 1};
      run.target = {points[first].j, points[end].j + 1};
      runs.push_back(run);
    }
  }
  std::stable_sort(runs.begin(), runs.end(),
                   [](const AnchorRun& x, const AnchorRun& y) { return x.weight > y.weight; });
  return runs;
}

}  // namespace parallax::search
