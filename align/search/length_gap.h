// A long gap in the middle from sentence lengths alone (issue #13): an English text against a
// Chinese one without an en–zh dictionary, one of them lacking a long stretch (a chapter), and no
// anchor to tell where. The covered-region search by lengths (length_region.h) looks for a
// leading and a trailing uncovered run only: on gap-en-zh 001-reverse-0 (English 932–2315 facing
// nothing) it found no region, the first line was the length diagonal, 440–940 sentences off the
// gold path, and every bead was wrong (strict F1 0.004).
//
// Notation: r ∈ [0,m], c ∈ [0,n] DP cells over sentences; bead (a,b) of a source and b target
// sentences; s(a,b) the bead scores of length_region.h (the log likelihood ratio of "these
// sentences translate each other" against "their lengths are independent", null beads
// log prior(null)).
//
// Two channels from (0,0) to (m,n): D(r,c) without a gap, H(r,c) after one gap: a run of one
// side's sentences left out at a cost of 0 each (a sentence outside the region scores 0 in
// length_region.h too: nothing to explain), the run entered from D:
//   J(r,c) = max(D(r,c−1), J(r,c−1))        a target gap on row r
//   K(r,c) = max(D(r−1,c), K(r−1,c))        a source gap on column c
//   H(r,c) = max(H(r−a,c−b) + s(a,b), H(r−1,c) + s(1,0), H(r,c−1) + s(0,1), J(r,c), K(r,c))
// H(m,n) − D(m,n) is what the gap gains over the best path without one. A third channel, F(r,c),
// is the region search's overlap path (free start on the top and left borders, free end on the
// bottom and right ones: an uncovered run at either end, no gap in the middle); a gap counts
// only where H(m,n) beats it too (an excerpt's path with a "gap" at the end pairs a few stray
// sentences after it, and scores below F). μ (log length ratio) starts from the region search's
// and is measured again on the gap path's 1-1 beads, the search run again, until it settles
// (length_gap.cc, kMaxGapRuns).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <parallax/types.h>

namespace parallax::search {

struct LengthGap {
  // The side whose sentences [left_out.begin, left_out.end) face nothing; the path jumps over
  // them at the other side's position `at` (a target gap: row `at`, columns left_out).
  bool target_gap = true;
  IndexRange left_out;
  uint32_t at = 0;
  // H(m,n) − D(m,n) of the last search.
  double advantage = 0.0;
  double mu = 0.0;
  double spread = 0.0;
  // The gap path's target position at each source sentence boundary r ∈ [0,m] (where it first
  // enters row r; non-decreasing, from 0 to n): a centre line as AnchorPath::centre.
  std::vector<double> centre;
};

// The gap path's gain over D must be at least kMinGapAdvantage and kGapAdvantagePerSentence for
// each sentence it leaves out, its gain over F at least kMinGapAdvantage, and the gap at least
// kMinUncoveredRun sentences with as many of both sides before and after it. On the whole en–zh
// Bible (no gap) the best gap path at its settled μ leaves out 17–27 sentences and beats D by
// 19–21 and F by 18–20; on the development gap cases it beats D by 1.2–2.8 a sentence left out
// and F by 90–660 (docs/EVALUATION.md, "Unequal texts", session 14).
inline constexpr double kMinGapAdvantage = 25.0;
inline constexpr double kGapAdvantagePerSentence = 0.5;

// Single sentences only: the gap is searched when m · n ≤ kMaxGapCells, the en–zh Bible's 5,000
// × 6,301 (in blocks of 2 the lengths no longer tell where the gap is: on the four gap-en-zh
// cases its place came out at random). Longer texts keep the region search's answer.
inline constexpr uint64_t kMaxGapCells = uint64_t{32} << 20;

// cs, ct: cumulative lengths of the sides (size m + 1 and n + 1, from 0, increasing, as
// cumulative_lengths.h builds them); mu: the log length ratio to start from (the region
// search's, length_region_and_model). The gap, or nullopt when none clears the thresholds above
// (or the table is larger than kMaxGapCells). When the region search found a region
// (region_found), the first search must already beat F by kMinGapAdvantage, else it stops
// there: an excerpt's uncovered ends are what F finds (H − F −3 to 9 on the four partial-en-zh
// cases; 118–437 where the region search took a gap's side for an uncovered end, development
// and gap-en-zh cases), and the searches after the first cost 0.1–0.5 s of CPU on those. Any
// later search that beats D by less than kMinGapAdvantage ends it too (a text without a gap:
// the whole en–zh Bible stops after 2 searches instead of 4). When every search gained over D
// and the last gap still missed a threshold (μ settled at a wrong place), μ starts again a
// quarter either side of mu (length_gap.cc, kSecondStart): 2 more searches, and kMaxGapRuns
// from the better start (gap-en-zh development case seed 102 forward-1, strict F1 0.039 →
// 0.959; no other case of the 16 reaches it). Time
// O(m · n): at most 2 · kMaxGapRuns + 2 searches of the table in float, vectorised (0.15–0.2 s
// of CPU each on the en–zh Bible's 31.5 M cells, loaded machine); memory 2 bytes a cell (back
// pointers, 63 MB at kMaxGapCells) and O(n). Throws only std::bad_alloc; no shared state.
std::optional<LengthGap> length_gap(const std::vector<double>& cs,
                                    const std::vector<double>& ct,
                                    double mu,
                                    bool region_found);

// For the unit tests: one search at mu, spread: D(m,n), H(m,n), the best F and the gap path (as
// LengthGap, whatever its advantage; mu and spread those measured on its 1-1 beads).
struct LengthGapSearch {
  double diagonal;  // D(m,n)
  double with_gap;  // H(m,n)
  double overlap;   // the best path with free ends, no gap in the middle (length_region.h)
  LengthGap gap;
};

LengthGapSearch length_gap_search(const std::vector<double>& cs,
                                  const std::vector<double>& ct,
                                  double mu,
                                  double spread);

// For the unit tests: the best overlap F of one search at mu, spread searched alone, as
// length_gap reads it in its last search (length_gap_search's `overlap` to the bit).
double length_gap_overlap(const std::vector<double>& cs,
                          const std::vector<double>& ct,
                          double mu,
                          double spread);

// For the unit tests: the target nulls along one row as the searches run them, row[c] =
// max(row[c], row[c − 1] + log prior(null)) for c = 1, 2, … in turn, code[c] set to 8 (a target
// null) where the null wins. row and code of the same size.
void length_gap_target_nulls(std::vector<float>& row, std::vector<float>& code);

}  // namespace parallax::search
