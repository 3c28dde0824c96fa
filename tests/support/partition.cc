#include "partition.h"

#include <vector>

#include <gtest/gtest.h>

namespace parallax::testing {

void expect_partition(const Alignment& alignment, size_t m, size_t n) {
  // The target sentences of moved blocks: the other beads skip them.
  std::vector<int> moved_uses(n, 0);
  for (const Bead& bead : alignment.beads) {
    if (bead.moved != 0) {
      for (uint32_t j = bead.target.begin; j < bead.target.end && j < n; ++j) {
        ++moved_uses[j];
      }
    }
  }
  const auto skip_moved = [&](size_t j) {
    while (j < n && moved_uses[j] > 0) {
      ++j;
    }
    return j;
  };
  size_t next_source = 0;
  size_t next_target = skip_moved(0);
  size_t block_next = 0;
  uint32_t block = 0;
  for (size_t k = 0; k < alignment.beads.size(); ++k) {
    const Bead& bead = alignment.beads[k];
    EXPECT_EQ(bead.source.begin, next_source) << "bead " << k << " source is not contiguous";
    if (bead.moved == 0) {
      EXPECT_EQ(bead.target.begin, next_target) << "bead " << k << " target is not contiguous";
      next_target = skip_moved(bead.target.end);
    } else {
      if (bead.moved == block) {
        EXPECT_EQ(bead.target.begin, block_next) << "bead " << k << " breaks its moved block";
      } else {
        EXPECT_GT(bead.moved, block) << "bead " << k << ": moved block ids out of order";
      }
      for (uint32_t j = bead.target.begin; j < bead.target.end && j < n; ++j) {
        EXPECT_EQ(moved_uses[j], 1) << "target sentence " << j << " in two moved beads";
      }
      block_next = bead.target.end;
    }
    block = bead.moved;
    EXPECT_LE(bead.source.begin, bead.source.end) << "bead " << k;
    EXPECT_LE(bead.target.begin, bead.target.end) << "bead " << k;
    EXPECT_FALSE(bead.source.empty() && bead.target.empty()) << "bead " << k << " is empty";
    EXPECT_GE(bead.confidence, 0.0F) << "bead " << k;
    EXPECT_LE(bead.confidence, 1.0F) << "bead " << k;
    next_source = bead.source.end;
  }
  EXPECT_EQ(next_source, m) << "source sentences not all covered";
  EXPECT_EQ(next_target, n) << "target sentences not all covered";
}

}  // namespace parallax::testing
