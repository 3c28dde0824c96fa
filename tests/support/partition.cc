#include "partition.h"

#include <gtest/gtest.h>

namespace parallax::testing {

void expect_partition(const Alignment& alignment, size_t m, size_t n) {
  size_t next_source = 0;
  size_t next_target = 0;
  for (size_t k = 0; k < alignment.beads.size(); ++k) {
    const Bead& bead = alignment.beads[k];
    EXPECT_EQ(bead.source.begin, next_source) << "bead " << k << " source is not contiguous";
    EXPECT_EQ(bead.target.begin, next_target) << "bead " << k << " target is not contiguous";
    EXPECT_LE(bead.source.begin, bead.source.end) << "bead " << k;
    EXPECT_LE(bead.target.begin, bead.target.end) << "bead " << k;
    EXPECT_FALSE(bead.source.empty() && bead.target.empty()) << "bead " << k << " is empty";
    EXPECT_GE(bead.confidence, 0.0F) << "bead " << k;
    EXPECT_LE(bead.confidence, 1.0F) << "bead " << k;
    next_source = bead.source.end;
    next_target = bead.target.end;
  }
  EXPECT_EQ(next_source, m) << "source sentences not all covered";
  EXPECT_EQ(next_target, n) << "target sentences not all covered";
}

}  // namespace parallax::testing
