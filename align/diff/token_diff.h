// The shortest edit script between two sequences of ids (Myers 1986, "An O(ND) Difference
// Algorithm and Its Variations", Algorithmica 1:251–266, the greedy forward algorithm of §3 with
// the trace kept for the path).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace parallax::diff {

// a[a_begin, a_end) and b[b_begin, b_end): equal runs have the same length and equal ids; a
// change run has at least one side non-empty (a replacement when both are).
struct DiffRun {
  uint32_t a_begin = 0;
  uint32_t a_end = 0;
  uint32_t b_begin = 0;
  uint32_t b_end = 0;
  bool equal = false;

  bool operator==(const DiffRun&) const = default;
};

// Runs covering a and b in order, equal and change runs alternating (no two change runs
// adjacent), with as few changed ids as possible (a longest common subsequence) while at
// most max_changes ids differ; beyond that, the part between the common prefix and suffix
// is one change run. Time O((n + m)·d), memory O(d²) for d changed ids.
std::vector<DiffRun> diff_sequences(std::span<const uint32_t> a,
                                    std::span<const uint32_t> b,
                                    uint32_t max_changes = 2000);

}  // namespace parallax::diff
