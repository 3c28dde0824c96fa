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
#include <functional>
#include <utility>
#include <vector>

#include <parallax/types.h>

#include "score/band.h"
#include "score/types.h"
#include "search/anchor_path.h"
#include "search/bead_search.h"

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

// The best path in a band (a window band of a gap's step, score/band.h) with the scores of the
// round (align.cc): search_best_path, the confidences are not needed.
using BandSearch = std::function<SearchResult(const score::Band&)>;

// The centre line of path with each gap of its covered region placed where the beads put it.
// path.centre crosses a gap's step at its middle (anchor_path.cc, gap_knots), and the true
// path jumps anywhere between the step's anchors: a band that holds every such path is as
// wide as the gap on every row of the step, rows · gap cells, which grows with the square of a
// book's length (gap-en-zh forward-1: 721 MB, 9.5 s). Instead, two stripes of half-width
// kStripeHalfWidth are searched across the step: one from the anchor before it along the
// length ratio (the path if the stretch comes last), one to the anchor after it (the stretch
// first). The path that follows the first stripe, leaves out the stretch in one run of null
// beads (gap_null_score a sentence) and follows the second is the best one at the row (a
// target gap) or column (a source gap) where the sum of the stripes' prefix and suffix bead
// scores and the run's cost is highest. The line follows that path across the step, jumping
// at one row; a band of the usual width around it holds the true path when the stripes do.
// A stripe is moved onto its path while that touches the band's edge (kStripeAttempts
// searches at most). Time O(stripe cells + path cells) a gap, linear in the step's rows;
// memory that of one stripe's search.
inline constexpr uint32_t kStripeHalfWidth = 40;
inline constexpr uint32_t kStripeAttempts = 6;

std::vector<double> place_gaps(const AnchorPath& path,
                               const score::ScoreVector& source_lengths,
                               const score::ScoreVector& target_lengths,
                               float gap_null_score,
                               const BandSearch& search);

}  // namespace parallax::search
