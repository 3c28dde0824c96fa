// Banded dynamic programming over bead shapes: the best monotone partition (Viterbi) and the
// posterior probability of each of its beads (forward–backward).
//
// Notation: DP cell (r, j) = r source and j target sentences consumed, r ∈ [0,m], j ∈ [0,n].
// A bead of shape (a,b) moves from (r−a, j−b) to (r, j) with score s(bead) (BeadScorer).
//   V(r,j) = max_shape V(r−a, j−b) + s          (best path)
//   F(r,j) = logsumexp_shape F(r−a, j−b) + s/τ  (all paths, temperature τ)
//   B(r,j) = logsumexp_shape B(r+a, j+b) + s/τ
//   P(bead) = exp(F(start) + s/τ + B(end) − F(m,n))
// Cells outside the band are −inf. Time O(cells · shapes · max_side²); memory O(cells).
#pragma once

#include <cstdint>
#include <vector>

#include <parallax/types.h>

#include "score/band.h"
#include "score/bead_scorer.h"

namespace parallax::search {

struct SearchResult {
  std::vector<Bead> beads;    // confidence = posterior probability of the bead
  std::vector<float> scores;  // s(bead) of each bead
  // Rows where the best path runs along the band's edge (where the band may have cut off a
  // better path: widen there and redo), in increasing order.
  std::vector<uint32_t> edge_rows;
};

// Requires band.rows() == m+1 (or a window band, score::make_window_band: then the beads
// cover its rows only, from its start to its end), band.columns == n and a non-empty shape
// list containing 1-0 and 0-1 (so that a path always exists). No allocation beyond the DP tables;
// no exceptions other than std::bad_alloc. The forward pass keeps every bead score for the backward
// pass and the traceback when they fit in score_cache_bytes (otherwise they are computed again).
constexpr uint64_t kDefaultScoreCacheBytes = uint64_t{1} << 30;

SearchResult search_beads(const score::BeadScorer& scorer,
                          const score::Band& band,
                          const std::vector<score::Shape>& shapes,
                          float temperature,
                          uint64_t score_cache_bytes = kDefaultScoreCacheBytes);

// The best path of search_beads (the same beads, scores and edge rows) without posteriors
// (every confidence 0): the Viterbi pass alone, without the forward sums and the backward
// pass, and without keeping the bead scores (9 bytes a cell instead of 73 with 12 shapes).
// Same requirements.
SearchResult search_best_path(const score::BeadScorer& scorer,
                              const score::Band& band,
                              const std::vector<score::Shape>& shapes);

}  // namespace parallax::search
