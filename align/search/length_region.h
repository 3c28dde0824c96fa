// The covered region from sentence lengths alone, for texts that share too few anchors
// (issue #13): a Chinese excerpt against an English text without an en–zh dictionary has no
// digit, Latin letter or ASCII punctuation mark in common with it, so the anchor chain is
// empty and the region used to be the whole table.
//
// Notation: r ∈ [0,M], c ∈ [0,N] DP cells over units (sentences, or blocks of k sentences when
// m·n is large); bead (a,b) of a source and b target units; x = log of the bead's source
// characters, y = log of its target characters.
//
// Each bead scores the log likelihood ratio of "these units translate each other" against
// "their lengths are independent":
//   s(a,b) = log prior(a,b) + log N(y; x + μ, σ²) − ½ log N(y; m_b, v_b) − ½ log N(x; m_a, v_a)
//   s(1,0) = s(0,1) = log prior(null)
// with μ the log length ratio, σ² the spread of y − x − μ over translations, and m_b, v_b the
// mean and variance of the log length of b consecutive target units anywhere in the text (half
// each side's, so that the order of the files does not matter), the priors over a 1-1's. A
// stretch that translates scores about +1 a bead, unrelated stretches several below 0, and a
// unit left outside the region scores 0 (nothing to explain). Covering more units is not
// rewarded for itself (an earlier version with a fixed gain per unit favoured extreme ratios).
//
// The overlap path (free end gaps: it starts anywhere on the top or left border and ends
// anywhere on the bottom or right one) is compared with the whole diagonal (from (0,0) to
// (M,N)): a region is accepted only when it beats the diagonal by kMinLengthAdvantage and by
// kAdvantagePerUnit for each unit it leaves out, so that a whole document keeps the whole table. μ
// starts as the log ratio of the sides' median sentence lengths; μ and σ are then measured on the
// 1-1 beads of the path found, and the search is run once more.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "search/covered_region.h"

namespace parallax::search {

// cs, ct: cumulative lengths of the sides (size m + 1 and n + 1, from 0, increasing; as
// anchor_path.cc builds them). The region, or nullopt when none is found that leaves at least
// kMinLengthGap sentences of a side uncovered and clearly beats the whole diagonal. Time
// O(m·n) over at most kMaxLengthCells cells (longer texts are searched in blocks of
// sentences), 8 times (the 7 of the μ grid, then the measured μ); memory one byte a cell.
// reference: the slow reference that the unit tests compare with (every row's bead shapes one
// pass each, the whole diagonal's score in every search, as before session 11); the same
// result to the bit.
std::optional<CoveredRegion> length_region(const std::vector<double>& cs,
                                           const std::vector<double>& ct,
                                           bool reference = false);

// The last search's scores (nullopt where length_region searches nothing), for the unit tests
// that compare the fast search with the reference: the best overlap path's, the whole
// diagonal's, and the μ and σ measured on the grid's best path.
struct LengthScores {
  double overlap;
  double diagonal;
  double mu;
  double spread;
};

std::optional<LengthScores> length_scores(const std::vector<double>& cs,
                                          const std::vector<double>& ct,
                                          bool reference);

// The DP cells one search may take: some tenths of a second, 24 MB of back pointers. In blocks
// of 2 sentences the lengths say next to nothing (an en–zh excerpt of 2,806 sentences against
// 6,301, 17.7 M cells: the best overlap scored 56 at every μ, where one sentence a unit finds
// the region); the whole en–zh document (31.5 M cells) is still searched in blocks of 2.
constexpr uint64_t kMaxLengthCells = uint64_t{24} << 20;

}  // namespace parallax::search
