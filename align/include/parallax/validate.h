// The one check that an alignment given from outside (to terms, to the report) is a partition:
// every sentence of either document in exactly one bead, in order (moved blocks aside).
#pragma once

#include <cstddef>
#include <string_view>

#include <parallax/types.h>

namespace parallax {

// Throws OptionError unless alignment is a partition of [0, m) × [0, n) in the order align()
// gives: each bead starts where the previous one ended (the first at 0, 0), has end ≥ begin on
// both sides and at least one sentence, and the last ends at m, n; except that the beads of a
// moved block (Bead::moved, consecutive, ids increasing) take their target sentences elsewhere:
// those sentences are skipped by the other beads, and a block's beads are monotone among
// themselves. what names the alignment in the message
// ("translation 2 (memo.en.txt)"). O(beads). Thread-safe.
void validate_alignment(const Alignment& alignment, size_t m, size_t n, std::string_view what);

}  // namespace parallax
