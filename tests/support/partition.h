// Test helper: checks the partition invariant of an alignment.
#pragma once

#include <cstddef>

#include <parallax/types.h>

namespace parallax::testing {

// Asserts (GoogleTest) that every source sentence in [0,m) and target sentence in [0,n) is
// in exactly one bead, that beads are contiguous and monotone (except that the beads of a moved
// block, Bead::moved, take their target sentences elsewhere: contiguous among themselves, and
// skipped by the other beads), that no bead is empty on both sides and that confidences are in
// [0,1].
void expect_partition(const Alignment& alignment, size_t m, size_t n);

}  // namespace parallax::testing
