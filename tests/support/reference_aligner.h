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

}  // namespace parallax::testing
