// The distinct changes of a diff across the document: the substitution table.
#pragma once

#include <vector>

#include <parallax/diff.h>

namespace parallax::diff {

// Every edit of beads grouped by (kind, a, b), the texts compared lowercased except for Case
// and Typography edits (about the exact form) and whole sentences; most frequent first, then
// by kind, a and b.
// O(E log E) for E edits.
std::vector<Change> change_table(const std::vector<DiffBead>& beads);

}  // namespace parallax::diff
