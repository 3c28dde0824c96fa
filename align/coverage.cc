#include <algorithm>
#include <utility>

#include <parallax/coverage.h>

namespace parallax {

namespace {

// Follows one side through the beads: runs of null beads of this side are not broken by null
// beads of the other side (they do not advance this side).
class SideTracker {
 public:
  void add(IndexRange mine, bool paired) {
    if (mine.empty()) {
      return;
    }
    coverage_.sentences = std::max(coverage_.sentences, mine.end);
    if (paired) {
      close_run();
      if (coverage_.covered.empty()) {
        coverage_.covered.begin = mine.begin;
      }
      coverage_.covered.end = mine.end;
      return;
    }
    coverage_.uncovered += mine.size();
    if (run_.empty()) {
      run_.begin = mine.begin;
    }
    run_.end = mine.end;
  }

  SideCoverage finish() {
    close_run();
    return coverage_;
  }

 private:
  void close_run() {
    if (run_.size() >= kMinUncoveredRun) {
      coverage_.gaps.push_back(run_);
    }
    run_ = {};
  }

  SideCoverage coverage_;
  IndexRange run_;
};

}  // namespace

Coverage coverage_of(const Alignment& alignment) {
  // Each side in its own order: the beads of moved blocks are out of the target's.
  std::vector<std::pair<IndexRange, bool>> source_ranges;
  std::vector<std::pair<IndexRange, bool>> target_ranges;
  std::vector<MovedBlock> moved;
  for (const Bead& bead : alignment.beads) {
    const bool paired = !bead.source.empty() && !bead.target.empty();
    source_ranges.emplace_back(bead.source, paired);
    target_ranges.emplace_back(bead.target, paired);
    if (bead.moved != 0) {
      if (moved.empty() || moved.back().id != bead.moved) {
        moved.push_back({bead.moved, bead.source, bead.target});
      }
      MovedBlock& block = moved.back();
      const auto widen = [](IndexRange& range, IndexRange part) {
        if (part.empty()) {
          return;
        }
        range = range.empty()
                    ? part
                    : IndexRange{std::min(range.begin, part.begin), std::max(range.end, part.end)};
      };
      widen(block.source, bead.source);
      widen(block.target, bead.target);
    }
  }
  const auto side = [](std::vector<std::pair<IndexRange, bool>>& ranges) {
    std::stable_sort(ranges.begin(), ranges.end(),
                     [](const auto& x, const auto& y) { return x.first.begin < y.first.begin; });
    SideTracker tracker;
    for (const auto& [range, paired] : ranges) {
      tracker.add(range, paired);
    }
    return tracker.finish();
  };
  return Coverage{side(source_ranges), side(target_ranges), std::move(moved)};
}

}  // namespace parallax
