// The centre line from sentence lengths alone, for texts that share too few anchors to draw it
// (issue #13 item 5): an English text against a Chinese one without an en–zh dictionary
// shares no token but some numbers and punctuation marks. The line was then the length
// diagonal, which strays up to 157 sentences from the gold path of the en–zh Bible (58 on
// average), so that the first bead search touched its band's edge 7 times in a row and
// searched 4.3 M cells in 8 attempts; around this line it searches 137 k once.
//
// Notation: r ∈ [0,m], c ∈ [0,n] DP cells over sentences; bead (a,b) of a source and b target
// sentences with ls and lt characters.
//
// A Gale & Church (1993) DP from (0,0) to (m,n) inside a band around a first line (the length
// diagonal): a bead scores log prior(a,b) + log P(|δ|) (score::LengthModel at the documents'
// length ratio, its default variance), a null bead log prior(null) + log P(|δ|) against an
// empty other side. Between the corners of the path found, the line follows the cumulative
// source length.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "score/band.h"
#include "score/types.h"

namespace parallax::search {

// One target position per source sentence boundary r ∈ [0,m], non-decreasing, from 0 to n (as
// AnchorPath::centre), from a band of half-width kMaxCentreCells / 2(m + 1) sentences (at
// least kMinCentreWidth) around `around` (m + 1 non-decreasing positions from 0 to n).
// source_lengths, target_lengths: characters per sentence, both sides non-empty. Time and
// memory (5 bytes a cell) O(max(kMaxCentreCells, m · kMinCentreWidth)) cells; en–zh Bible:
// 2 M cells, 0.15–0.23 s wall on a loaded machine.
std::vector<double> length_centre(const score::ScoreVector& source_lengths,
                                  const score::ScoreVector& target_lengths,
                                  const std::vector<double>& around);

// The corners (source sentence, target sentence) of the best path of that DP from (0,0) to
// (m,n) inside band (cs, ct: cumulative lengths as search/cumulative_lengths.h); the band's
// columns are n. For length_centre and the unit tests.
std::vector<std::pair<uint32_t, uint32_t>> length_path(const std::vector<double>& cs,
                                                       const std::vector<double>& ct,
                                                       const score::Band& band);

// The DP cells one search may take: on the en–zh Bible (5,000 sentences) a half-width of 209
// sentences, beyond the diagonal's 157 (a path that leaves the band hugs its edge there, and
// the bead search widens its own band as before).
constexpr uint64_t kMaxCentreCells = uint64_t{2} << 20;
constexpr uint32_t kMinCentreWidth = 16;

}  // namespace parallax::search
