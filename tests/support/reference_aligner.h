// Test oracle: the full m×n dynamic programme over every bead shape, in double precision.
// Slow (O(m·n·shapes)) and for tests only.
#pragma once

#include <cstdint>
#include <vector>

#include <parallax/types.h>

#include "score/bead_scorer.h"

namespace parallax::testing {

// The best monotone partition under scorer, without a band.
std::vector<Bead> reference_align(const score::BeadScorer& scorer,
                                  uint32_t m,
                                  uint32_t n,
                                  const std::vector<score::Shape>& shapes);

// The posterior probability of each of beads among all monotone partitions, every path
// weighted by exp(Σ s(bead) / temperature): forward–backward over the full (m+1)×(n+1) matrix,
// in double (bead_search.h gives the formulas that search_beads computes in its band).
std::vector<double> reference_posteriors(const score::BeadScorer& scorer,
                                         uint32_t m,
                                         uint32_t n,
                                         const std::vector<score::Shape>& shapes,
                                         float temperature,
                                         const std::vector<Bead>& beads);

}  // namespace parallax::testing
