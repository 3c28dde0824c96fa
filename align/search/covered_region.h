// The stretch of both sides that translate each other (issue #13).
#pragma once

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

  bool partial() const { return leading_gap || trailing_gap; }
};

}  // namespace parallax::search
