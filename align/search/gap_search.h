// A long gap in the middle of a text without anchors (issue #13): an English text against a
// Chinese one without an en–zh dictionary, one of them lacking a long stretch (a chapter).
//
// Notation: i ∈ [0,m) source sentences, j ∈ [0,n) target sentences; a bead's confidence is its
// posterior probability (search/bead_search.h).
//
// Without anchors the search goes by lengths and by the lexicon learned from its own beads, and
// across a long gap it pairs the sentences of the stretch one side leaves out with the other
// side's next ones, stretched until it catches up (en–zh Bible, an English text lacking 803
// verses: 1,500 English sentences paired with the wrong Chinese ones). Those beads are mostly
// of low confidence (0.35–0.45 on average over 200 beads, 0.9–0.98 where the beads are right).
// The confident beads that stand among confident ones (trusted_beads) are an anchor chain, and
// the chain crosses the stretch in one unbalanced step: anchor_path_through makes the side with
// the excess a gap of the region there (search/anchor_path.h), and the text is searched again
// with a lexicon learned on the trusted beads only (the wrong beads taught it their pairings).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include <parallax/types.h>

#include "search/anchor_path.h"

namespace parallax::search {

// A bead is trusted when the mean confidence of the beads within kTrustWindow of it (itself
// included, null beads too) is at least kMinWindowConfidence; a trusted 1-1 bead with at least
// kAnchorConfidence is an anchor. Chosen on the development case 001-forward-0 of gap-en-zh.
inline constexpr uint32_t kTrustWindow = 20;
inline constexpr double kMinWindowConfidence = 0.8;
inline constexpr float kAnchorConfidence = 0.9F;

// A run of at least kMinDoubtfulRun beads that are not trusted is a doubtful stretch; a gap
// of the chain counts only where it meets one (the ratio of a text drifts, and where every bead
// is trusted a step of the chain may still look unbalanced: 1-1 translations 1.3 and 0.8 times
// as long by turns, a "gap" of 26 sentences, FewAnchors.FirstSearchStartsFromTheLengthPath).
inline constexpr uint32_t kMinDoubtfulRun = kTrustWindow;

struct TrustedBeads {
  std::vector<Bead> beads;                             // in order
  std::vector<std::pair<uint32_t, uint32_t>> anchors;  // (i, j) of the anchors, increasing
  // The source and target sentences of each doubtful stretch, in order.
  std::vector<IndexRange> doubtful_source;
  std::vector<IndexRange> doubtful_target;
};

// The trusted beads of a monotone alignment (beads in order). O(number of beads).
TrustedBeads trusted_beads(const std::vector<Bead>& beads);

// The anchors with the table's corners added where the chain ends at least kMinCornerSpan
// sentences of both sides, and of either side at least kMinCornerShare of the other's, before
// them (three anchors each: a run of the chain has at least three, anchor_path.cc): the beads
// between the chain's end and the corner then pair
// sentences of both sides, and a stretch one side leaves out there is a gap too (en–zh Bible,
// Chinese 2210–4222 left out, taken by the length region search for an uncovered beginning:
// English 0–1650 paired with Chinese 2396–4226, the chain's first anchor at English 1656). An
// uncovered end, where the chain ends near one side's border, gets no corner (a Chinese prefix
// of 399 sentences against 6,301: the chain ends some 30 English and 5,800 Chinese sentences
// before the corner). O(anchors).
inline constexpr uint32_t kMinCornerSpan = kMinDoubtfulRun;
inline constexpr double kMinCornerShare = 0.1;

std::vector<std::pair<uint32_t, uint32_t>> with_corners(
    std::vector<std::pair<uint32_t, uint32_t>> anchors, uint32_t m, uint32_t n);

// Whether the region has a gap in the middle on either side.
bool has_middle_gap(const CoveredRegion& region) noexcept;

// The region with only the gaps that meet a doubtful stretch of their side. O(gaps · stretches).
CoveredRegion doubtful_gaps(CoveredRegion region, const TrustedBeads& trusted);

// The band half-width that lets a search around path.centre place a gap of the region
// anywhere in its step: the line crosses it at the middle of the other side (anchor_path.cc,
// gap_knots), the true path anywhere between the step's ends, so the band reaches half the
// target sentences the line jumps over at one row (a target gap), or half the target sentences
// beside a source gap, plus base. O(m).
uint32_t gap_half_width(const AnchorPath& path, uint32_t base);

}  // namespace parallax::search
