#include "search/gap_search.h"

#include <algorithm>

namespace parallax::search {

TrustedBeads trusted_beads(const std::vector<Bead>& beads) {
  // Prefix sums of the confidences: each window's mean in O(1).
  std::vector<double> prefix(beads.size() + 1, 0.0);
  for (size_t k = 0; k < beads.size(); ++k) {
    prefix[k + 1] = prefix[k] + beads[k].confidence;
  }
  TrustedBeads trusted;
  size_t doubtful_from = 0;  // the first bead of the current run of untrusted beads
  const auto close_run = [&](size_t end) {
    if (end - doubtful_from >= kMinDoubtfulRun) {
      const Bead& first = beads[doubtful_from];
      const Bead& last = beads[end - 1];
      trusted.doubtful_source.push_back({first.source.begin, last.source.end});
      trusted.doubtful_target.push_back({first.target.begin, last.target.end});
    }
  };
  for (size_t k = 0; k < beads.size(); ++k) {
    const size_t first = k > kTrustWindow ? k - kTrustWindow : 0;
    const size_t last = std::min(beads.size(), k + kTrustWindow + 1);
    const double mean = (prefix[last] - prefix[first]) / static_cast<double>(last - first);
    if (mean < kMinWindowConfidence) {
      continue;
    }
    close_run(k);
    doubtful_from = k + 1;
    const Bead& bead = beads[k];
    trusted.beads.push_back(bead);
    if (bead.confidence >= kAnchorConfidence && bead.source.size() == 1 &&
        bead.target.size() == 1) {
      trusted.anchors.emplace_back(bead.source.begin, bead.target.begin);
    }
  }
  close_run(beads.size());
  return trusted;
}

namespace {

// Whether a stretch of a and b sentences between the chain's end and a corner pairs sentences
// of both sides (a gap in it is the search's to find), not one side's uncovered end.
bool both_sides(uint32_t a, uint32_t b) noexcept {
  return std::min(a, b) >= kMinCornerSpan &&
         static_cast<double>(std::min(a, b)) >= kMinCornerShare * std::max(a, b);
}

}  // namespace

std::vector<std::pair<uint32_t, uint32_t>> with_corners(
    std::vector<std::pair<uint32_t, uint32_t>> anchors, uint32_t m, uint32_t n) {
  constexpr uint32_t kCornerAnchors = 3;
  if (anchors.empty() || m < kMinCornerSpan + kCornerAnchors ||
      n < kMinCornerSpan + kCornerAnchors) {
    return anchors;
  }
  const auto [first_i, first_j] = anchors.front();
  if (both_sides(first_i, first_j)) {
    for (uint32_t k = 0; k < kCornerAnchors; ++k) {
      anchors.insert(anchors.begin() + k, {k, k});
    }
  }
  const auto [last_i, last_j] = anchors.back();
  if (both_sides(m - last_i - 1, n - last_j - 1)) {
    for (uint32_t k = kCornerAnchors; k > 0; --k) {
      anchors.emplace_back(m - k, n - k);
    }
  }
  return anchors;
}

bool has_middle_gap(const CoveredRegion& region) noexcept {
  return !region.source_gaps.empty() || !region.target_gaps.empty();
}

CoveredRegion doubtful_gaps(CoveredRegion region, const TrustedBeads& trusted) {
  const auto meets = [](const IndexRange& gap, const std::vector<IndexRange>& stretches) {
    return std::any_of(stretches.begin(), stretches.end(), [&](const IndexRange& stretch) {
      return stretch.begin < gap.end && gap.begin < stretch.end;
    });
  };
  std::erase_if(region.source_gaps,
                [&](const IndexRange& gap) { return !meets(gap, trusted.doubtful_source); });
  std::erase_if(region.target_gaps,
                [&](const IndexRange& gap) { return !meets(gap, trusted.doubtful_target); });
  return region;
}

uint32_t gap_half_width(const AnchorPath& path, uint32_t base) {
  const std::vector<double>& centre = path.centre;
  double reach = 0.0;
  if (!path.covered.target_gaps.empty()) {
    for (size_t r = 0; r + 1 < centre.size(); ++r) {
      reach = std::max(reach, 0.5 * (centre[r + 1] - centre[r]));
    }
  }
  for (const IndexRange& gap : path.covered.source_gaps) {
    const size_t last = std::min<size_t>(gap.end, centre.size() - 1);
    reach = std::max(reach, 0.5 * (centre[last] - centre[std::min<size_t>(gap.begin, last)]));
  }
  return base + static_cast<uint32_t>(reach);
}

}  // namespace parallax::search
