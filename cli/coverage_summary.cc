#include "coverage_summary.h"

#include <fmt/format.h>

namespace parallax::cli {

namespace {

// "61–419, 500–510, 600": the stretches, 1-based and inclusive; one sentence alone is its number
// (a lone sentence paired inside a long run was printed "28–28").
std::string runs(const std::vector<IndexRange>& gaps) {
  std::string out;
  for (const IndexRange& gap : gaps) {
    out += out.empty() ? "" : ", ";
    out +=
        gap.size() == 1 ? fmt::format("{}", gap.end) : fmt::format("{}–{}", gap.begin + 1, gap.end);
  }
  return out;
}

// The covered stretch without the long runs inside it, 1-based: "1–45, 76–120" when the other
// text leaves out sentences 46–75 (a chapter missing from a translation).
std::string covered_stretches(const SideCoverage& side) {
  std::vector<IndexRange> stretches{side.covered};
  for (const IndexRange& gap : side.gaps) {
    if (gap.begin > stretches.back().begin && gap.end < stretches.back().end) {
      const uint32_t end = stretches.back().end;
      stretches.back().end = gap.begin;
      stretches.push_back({gap.end, end});
    }
  }
  return runs(stretches);
}

// The line for `side` (named `name`), covered by the other text (named `other`).
std::string side_line(const SideCoverage& side, const char* name, const char* other) {
  const std::string covered =
      side.covered.empty()
          ? fmt::format("{} covers none of the {} {} sentences", other, side.sentences, name)
          : fmt::format("{} covers {} sentences {} of {}", other, name, covered_stretches(side),
                        side.sentences);
  const std::string gaps = side.gaps.empty() ? "" : fmt::format(" ({})", runs(side.gaps));
  return fmt::format("{}; {} {} sentence{} {} no counterpart{}", covered, side.uncovered, name,
                     side.uncovered == 1 ? "" : "s", side.uncovered == 1 ? "has" : "have", gaps);
}

}  // namespace

std::string moved_summary(const Coverage& coverage) {
  if (coverage.moved.empty()) {
    return {};
  }
  std::string blocks;
  for (const MovedBlock& block : coverage.moved) {
    blocks += fmt::format("{}original sentences {}–{} ↔ translation sentences {}–{}",
                          blocks.empty() ? "" : "; ", block.source.begin + 1, block.source.end,
                          block.target.begin + 1, block.target.end);
  }
  return fmt::format("{} moved passage{}: {}", coverage.moved.size(),
                     coverage.moved.size() == 1 ? "" : "s", blocks);
}

std::vector<std::string> coverage_summary(const Coverage& coverage) {
  std::vector<std::string> lines;
  if (!coverage.source.gaps.empty()) {
    lines.push_back(side_line(coverage.source, "original", "translation"));
  }
  if (!coverage.target.gaps.empty()) {
    lines.push_back(side_line(coverage.target, "translation", "original"));
  }
  return lines;
}

}  // namespace parallax::cli
