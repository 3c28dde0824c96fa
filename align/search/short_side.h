// A very short text against a long one (issue #13): an excerpt of a few sentences.
//
// Notation: k sentences on the short side, N on the long side.
//
// With so few sentences the anchor chain is mostly stray anchors (a rare word of the excerpt
// recurs by chance somewhere in the long text: the chain of a 9-verse excerpt of Genesis 37–40
// held no true anchor at all) and the covered region found from it was wrong. The table is
// small, k·N cells, so the first pass searches all of it, with free end gaps: a null bead of
// the long side scores as uncovered where none or all of the short side is consumed
// (ScoringParameters::short_side), and costs what it costs elsewhere. The short text is placed
// in the one stretch where its beads score best (semi-global alignment; Needleman & Wunsch
// with end gaps free on one sequence).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include <parallax/coverage.h>
#include <parallax/types.h>

#include "score/bead_scorer.h"
#include "score/sentence_features.h"
#include "search/covered_region.h"

namespace parallax::search {

// A side of at most this many sentences is short when the other is at least kShortSideFactor
// times as long and kMinUncoveredRun sentences longer.
constexpr uint32_t kMaxShortSide = 24;
constexpr uint32_t kShortSideFactor = 2;

// Which side of m source and n target sentences is short, if one is.
inline score::ShortSide short_side(uint32_t m, uint32_t n) noexcept {
  const uint32_t k = std::min(m, n);
  const uint32_t long_side = std::max(m, n);
  if (k == 0 || k > kMaxShortSide || long_side < kShortSideFactor * k ||
      long_side < k + kMinUncoveredRun) {
    return score::ShortSide::None;
  }
  return m <= n ? score::ShortSide::Source : score::ShortSide::Target;
}

// The covered region of a short side placed by the first pass's beads: the short side whole,
// the long side from its first to its last sentence paired with the short side, continued at
// the ratio of those beads over the short sentences before and after them. The whole table
// when no bead pairs the two sides. O(m + n).
CoveredRegion short_side_region(const std::vector<Bead>& beads,
                                score::ShortSide side,
                                const score::SideFeatures& source,
                                const score::SideFeatures& target);

}  // namespace parallax::search
