// The stretch of both sides that translate each other (issue #13).
#pragma once

#include <vector>

#include <parallax/types.h>

namespace parallax::search {

// A partial translation, an excerpt or a fragment leaves a leading or trailing run of one side
// without counterpart. Sentences outside the region are expected in null beads; the length
// ratio of the bead scores is that of the region, not of the whole documents (a 60-sentence
// excerpt of a 419-sentence text has a whole-document ratio of 0.14, which made 4-1 beads look
// right). Found from the anchor chain (anchor_path.h) or, with too few anchors, from the
// sentence lengths alone (length_region.h).
struct CoveredRegion {
  IndexRange source;
  IndexRange target;
  double ratio = 1.0;         // target characters per source character inside the region
  bool leading_gap = false;   // one side has uncovered sentences before the region
  bool trailing_gap = false;  // ... after it
  // Stretches inside the region that the other side leaves out (a chapter missing from a
  // translation), in order: each lies between two anchors, the other side's sentences between
  // those anchors translating only part of it (which part is the search's to find).
  std::vector<IndexRange> source_gaps;
  std::vector<IndexRange> target_gaps;

  bool partial() const {
    return leading_gap || trailing_gap || !source_gaps.empty() || !target_gaps.empty();
  }
};

}  // namespace parallax::search
