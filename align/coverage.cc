#include <algorithm>

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
  SideTracker source;
  SideTracker target;
  for (const Bead& bead : alignment.beads) {
    const bool paired = !bead.source.empty() && !bead.target.empty();
    source.add(bead.source, paired);
    target.add(bead.target, paired);
  }
  return Coverage{source.finish(), target.finish()};
}

}  // namespace parallax
