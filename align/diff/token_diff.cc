// Notation: a has n ids, b has m; a point (x, y) of the edit graph has taken x ids of a and y
// of b; diagonal k = x − y; V_d[k] is the furthest x on diagonal k with d changes (Myers §3).
#include "diff/token_diff.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace parallax::diff {

namespace {

enum class Step : uint8_t { Equal, Delete, Insert };

// The steps of a shortest edit script of a and b (both without common prefix or suffix
// needed), or an empty vector when more than max_changes ids differ.
std::vector<Step> myers_steps(std::span<const uint32_t> a,
                              std::span<const uint32_t> b,
                              uint32_t max_changes,
                              bool& too_many) {
  const auto n = static_cast<int64_t>(a.size());
  const auto m = static_cast<int64_t>(b.size());
  const int64_t limit = std::min<int64_t>(n + m, max_changes);
  std::vector<std::vector<int64_t>> trace;  // trace[d][k + d] = V_d[k]
  int64_t found = -1;
  for (int64_t d = 0; d <= limit && found < 0; ++d) {
    std::vector<int64_t> v(static_cast<size_t>(2 * d + 1), 0);
    const auto previous = [&](int64_t k) { return trace.back()[static_cast<size_t>(k + d - 1)]; };
    for (int64_t k = -d; k <= d; k += 2) {
      int64_t x = 0;
      if (d == 0) {
        x = 0;
      } else if (k == -d || (k != d && previous(k - 1) < previous(k + 1))) {
        x = previous(k + 1);  // down: b[y] inserted
      } else {
        x = previous(k - 1) + 1;  // right: a[x] deleted
      }
      int64_t y = x - k;
      while (x < n && y < m && a[static_cast<size_t>(x)] == b[static_cast<size_t>(y)]) {
        ++x;
        ++y;
      }
      v[static_cast<size_t>(k + d)] = x;
      if (x >= n && y >= m) {
        found = d;
      }
    }
    trace.push_back(std::move(v));
  }
  if (found < 0) {
    too_many = true;
    return {};
  }
  std::vector<Step> steps;
  int64_t x = n;
  int64_t y = m;
  for (int64_t d = found; d > 0; --d) {
    const std::vector<int64_t>& before = trace[static_cast<size_t>(d - 1)];
    const auto at = [&](int64_t k) { return before[static_cast<size_t>(k + d - 1)]; };
    const int64_t k = x - y;
    const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
    const int64_t previous_k = down ? k + 1 : k - 1;
    const int64_t previous_x = at(previous_k);
    const int64_t mid_x = down ? previous_x : previous_x + 1;
    for (; x > mid_x; --x, --y) {
      steps.push_back(Step::Equal);
    }
    steps.push_back(down ? Step::Insert : Step::Delete);
    x = previous_x;
    y = previous_x - previous_k;
  }
  for (; x > 0; --x) {
    steps.push_back(Step::Equal);
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

// Appends one step to runs, extending the last run when it is of the same sort.
void push(
    std::vector<DiffRun>& runs, bool equal, uint32_t da, uint32_t db, uint32_t& x, uint32_t& y) {
  if (runs.empty() || runs.back().equal != equal) {
    runs.push_back(DiffRun{x, x, y, y, equal});
  }
  x += da;
  y += db;
  runs.back().a_end = x;
  runs.back().b_end = y;
}

}  // namespace

std::vector<DiffRun> diff_sequences(std::span<const uint32_t> a,
                                    std::span<const uint32_t> b,
                                    uint32_t max_changes) {
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
    ++prefix;
  }
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  const std::span<const uint32_t> middle_a = a.subspan(prefix, a.size() - prefix - suffix);
  const std::span<const uint32_t> middle_b = b.subspan(prefix, b.size() - prefix - suffix);
  std::vector<DiffRun> runs;
  uint32_t x = 0;
  uint32_t y = 0;
  for (size_t i = 0; i < prefix; ++i) {
    push(runs, true, 1, 1, x, y);
  }
  bool too_many = false;
  const std::vector<Step> steps = myers_steps(middle_a, middle_b, max_changes, too_many);
  if (too_many) {
    push(runs, false, static_cast<uint32_t>(middle_a.size()),
         static_cast<uint32_t>(middle_b.size()), x, y);
  }
  for (const Step step : steps) {
    push(runs, step == Step::Equal, step == Step::Insert ? 0 : 1, step == Step::Delete ? 0 : 1, x,
         y);
  }
  for (size_t i = 0; i < suffix; ++i) {
    push(runs, true, 1, 1, x, y);
  }
  return runs;
}

}  // namespace parallax::diff
