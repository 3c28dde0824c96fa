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

#include <array>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "search/covered_region.h"

namespace parallax::search {

// How length_region searches the grid of μ and the measured μ: in a band, the cells on paths
// near the best at the grid's middle μ (found by a float search forward and one backward over
// the whole table), falling back to the whole table when a path found touches the band's edge;
// or over the whole table (the reference the unit tests compare the band with).
enum class LengthRegionSearch { Banded, Whole };

// cs, ct: cumulative lengths of the sides (size m + 1 and n + 1, from 0, increasing; as
// anchor_path.cc builds them). The region, or nullopt when none is found that leaves at least
// kMinLengthGap sentences of a side uncovered and clearly beats the whole diagonal. Time
// O(m·n) over at most kMaxLengthCells cells (longer texts are searched in blocks of
// sentences). Whole: the 7 μ of the grid in float (scores only), those of them that may be the
// best again in double (the best; all whose float score is near it), then the measured μ with
// the whole diagonal; memory one byte a cell. Banded: three float searches of the whole table
// (the band's two, the whole diagonal's at the measured μ) and the rest in the band; memory 2
// bytes a cell.
std::optional<CoveredRegion> length_region(const std::vector<double>& cs,
                                           const std::vector<double>& ct,
                                           LengthRegionSearch how = LengthRegionSearch::Banded);

// The same, with the length model the search settled on (μ and σ measured on the best overlap
// path), also when it finds no region: where to start the gap search (length_gap.h). μ and σ
// are 0 when the texts are too short to search.
struct LengthRegion {
  std::optional<CoveredRegion> region;
  double mu = 0.0;
  double spread = 0.0;
};

LengthRegion length_region_and_model(const std::vector<double>& cs,
                                     const std::vector<double>& ct,
                                     LengthRegionSearch how = LengthRegionSearch::Banded);

// For the unit tests, which compare the search with a brute-force DP over the same bead scores.
// One search over single sentences at μ and σ, with the whole diagonal's score: the best
// overlap path's score and its first and last cells, the whole diagonal's score, μ and σ
// measured on the path's 1-1 beads, and the scores of every path end. With band_margin > 0,
// the path's values are those of the search again in a band of that margin around the path
// found (as length_region's banded search does), its ends those in the band.
struct LengthSearchResult {
  double overlap;
  double diagonal;
  uint32_t first_row, first_column, last_row, last_column;
  double mu;
  double spread;
  // The best path's score to each cell where a path may end: the right column's (rows 0 to
  // M − 1), then the bottom row's.
  std::vector<double> ends;
  // The best overlap's score from the float search of the grid's first pass, and the most it
  // may differ from `overlap` (an estimate from the rounding of float).
  double rough_overlap;
  double rough_tolerance;
  // The whole diagonal's score from the float search of it alone, and the most it may differ
  // from `diagonal`.
  double rough_diagonal;
  double rough_diagonal_tolerance;
  // The banded search's path touches the band's edge.
  bool touches;
};

LengthSearchResult length_search(const std::vector<double>& cs,
                                 const std::vector<double>& ct,
                                 double mu,
                                 double spread,
                                 uint32_t band_margin = 0);

// The bead shapes (source, target sentences) in the order a cell compares them (after its free
// start and before the source null, then the target null; ties keep the earlier), and a null
// bead's score.
std::array<std::pair<uint32_t, uint32_t>, 6> length_shapes();
double length_null_score();

// s of the bead of shape k (length_shapes) ending at cell (r, c): element (k·(m + 1) + r)·(n + 1)
// + c, −∞ where the shape does not fit.
std::vector<double> length_bead_scores(const std::vector<double>& cs,
                                       const std::vector<double>& ct,
                                       double mu,
                                       double spread);

// The DP cells one search may take: some tenths of a second, 24 MB of back pointers. In blocks
// of 2 sentences the lengths say next to nothing (an en–zh excerpt of 2,806 sentences against
// 6,301, 17.7 M cells: the best overlap scored 56 at every μ, where one sentence a unit finds
// the region); the whole en–zh document (31.5 M cells) is still searched in blocks of 2.
constexpr uint64_t kMaxLengthCells = uint64_t{24} << 20;

}  // namespace parallax::search
