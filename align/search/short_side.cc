#include "search/short_side.h"

#include <cmath>

namespace parallax::search {

namespace {

// Characters of sentences [range) of a side.
double length_of(const score::SideFeatures& side, IndexRange range) {
  return range.empty() ? 0.0 : side.length.segment(range.begin, range.size()).sum();
}

// How many sentences of a side, walking from sentence `from` by `step` (+1 or −1) up to
// `limit` (exclusive: −1 or the side's count), it takes to hold `characters`.
uint32_t sentences_for(
    const score::SideFeatures& side, int64_t from, int64_t step, int64_t limit, double characters) {
  uint32_t count = 0;
  double held = 0.0;
  for (int64_t k = from; held < characters && k != limit; k += step) {
    held += side.length(k);
    ++count;
  }
  return count;
}

}  // namespace

CoveredRegion short_side_region(const std::vector<Bead>& beads,
                                score::ShortSide side,
                                const score::SideFeatures& source,
                                const score::SideFeatures& target) {
  const auto m = static_cast<uint32_t>(source.sentence_count());
  const auto n = static_cast<uint32_t>(target.sentence_count());
  CoveredRegion region{{0, m}, {0, n}, 1.0, false, false, {}, {}};
  const bool source_short = side == score::ShortSide::Source;
  const auto short_of = [&](const Bead& bead) { return source_short ? bead.source : bead.target; };
  const auto long_of = [&](const Bead& bead) { return source_short ? bead.target : bead.source; };
  IndexRange paired_short{UINT32_MAX, 0};
  IndexRange paired_long{UINT32_MAX, 0};
  for (const Bead& bead : beads) {
    if (!bead.source.empty() && !bead.target.empty()) {
      paired_short = {std::min(paired_short.begin, short_of(bead).begin),
                      std::max(paired_short.end, short_of(bead).end)};
      paired_long = {std::min(paired_long.begin, long_of(bead).begin),
                     std::max(paired_long.end, long_of(bead).end)};
    }
  }
  if (paired_short.begin >= paired_short.end) {
    return region;
  }
  const score::SideFeatures& short_side = source_short ? source : target;
  const score::SideFeatures& long_side = source_short ? target : source;
  const auto long_count = static_cast<uint32_t>(long_side.sentence_count());
  // Long characters per short character in the paired stretch.
  const double ratio = std::max(1.0, length_of(long_side, paired_long)) /
                       std::max(1.0, length_of(short_side, paired_short));
  const double before = ratio * length_of(short_side, {0, paired_short.begin});
  const double after =
      ratio *
      length_of(short_side, {paired_short.end, static_cast<uint32_t>(short_side.sentence_count())});
  IndexRange stretch = paired_long;
  stretch.begin -= sentences_for(long_side, int64_t{paired_long.begin} - 1, -1, -1, before);
  stretch.end += sentences_for(long_side, paired_long.end, 1, long_count, after);
  (source_short ? region.target : region.source) = stretch;
  region.leading_gap = stretch.begin > 0;
  region.trailing_gap = stretch.end < long_count;
  return region;
}

}  // namespace parallax::search
