// What an alignment says about how much of each text the other one covers: a partial
// translation, an excerpt or a fragment leaves runs of sentences without counterpart (in null
// beads). Computed from the beads alone; printing it is the caller's business.
#pragma once

#include <cstdint>
#include <vector>

#include <parallax/types.h>

namespace parallax {

// Runs shorter than this are ordinary omissions and insertions, not uncovered stretches (the
// covered region of the search, align/search/anchor_path.h, starts at the same size).
constexpr uint32_t kMinUncoveredRun = 8;

struct SideCoverage {
  uint32_t sentences = 0;  // sentences of this side
  uint32_t uncovered = 0;  // sentences in null beads: no counterpart on the other side
  // From the first to the last sentence in a bead with the other side; empty when none is.
  IndexRange covered;
  // Runs of at least kMinUncoveredRun consecutive sentences without counterpart, in order.
  std::vector<IndexRange> gaps;
};

// A passage present in both texts at different places (Bead::moved): the sentences of its
// beads on either side.
struct MovedBlock {
  uint32_t id = 0;  // Bead::moved of its beads
  IndexRange source;
  IndexRange target;

  bool operator==(const MovedBlock&) const = default;
};

struct Coverage {
  SideCoverage source;
  SideCoverage target;
  std::vector<MovedBlock> moved;  // in source order (= by id)

  // Some stretch of either text has no counterpart in the other.
  bool partial() const { return !source.gaps.empty() || !target.gaps.empty(); }
};

// Coverage of both sides of a complete alignment (every sentence in one bead), monotone except
// for moved blocks (their sentences count as covered). O(beads · log beads). Thread-safe.
Coverage coverage_of(const Alignment& alignment);

}  // namespace parallax
