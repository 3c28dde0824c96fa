#include "search/anchor_path.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <optional>

#include <parallax/coverage.h>

#include "search/cumulative_lengths.h"
#include "search/length_gap.h"
#include "search/length_region.h"

namespace parallax::search {

namespace {

// A more frequent token still anchors where it is locally unique: no other occurrence within
// kIsolation sentences on either side, and its partner found within kIsolation / 4 of the
// length diagonal. Book-length text repeats its names and rare words (and a corpus built by
// concatenation repeats everything); these occurrences still pin the path down.
constexpr uint32_t kIsolation = 400;
// The covered region (CoveredRegion) is estimated from at least this many anchors; an end of a
// side counts as uncovered from kMinGap sentences on (the size from which coverage_of reports a
// run, parallax/coverage.h), and only when they are at least
// kMinGapShare of the stretch between the border and the outermost anchor (a ratio measured on
// the chain is off by some percent; a real gap is most of that stretch).
constexpr size_t kMinCoverageAnchors = 3;
constexpr double kMinGap = kMinUncoveredRun;
constexpr double kMinGapShare = 0.5;
constexpr double kMinRunShare = 0.25;
// Steps of the anchor chain whose log length ratios are within this of the cluster's centre
// count as keeping to one ratio (a 1-1 pair of verses differs by some 20% in length).
constexpr double kRatioSpread = 0.25;
constexpr double kRunDrift = 0.1;
// A short run of anchors at either end of the chain beyond a gap counts when it keeps to the
// ratio, and the ratio takes it to the corner of the table, within this many sentences.
constexpr double kCornerSlack = 2.0;

struct Point {
  uint32_t i = 0;
  uint32_t j = 0;
  float weight = 0.0F;
  // Tokens that make it an anchor locally only (see kIsolation); 0 for a rare-token anchor.
  uint32_t local_support = 0;
};

// Heaviest chain strictly increasing in i and j (Fenwick tree of prefix maxima over j).
std::vector<Point> heaviest_chain(std::vector<Point> points, uint32_t n) {
  std::sort(points.begin(), points.end(), [](const Point& x, const Point& y) {
    return x.i != y.i ? x.i < y.i : x.j > y.j;  // equal i never chain: visit larger j first
  });
  std::vector<float> tree_value(n + 1, 0.0F);
  std::vector<int64_t> tree_index(n + 1, -1);
  std::vector<float> chain_weight(points.size());
  std::vector<int64_t> previous(points.size(), -1);
  for (size_t k = 0; k < points.size(); ++k) {
    // Best chain ending with j' < j: prefix query over [1, j].
    float best = 0.0F;
    int64_t best_index = -1;
    for (uint32_t x = points[k].j; x > 0; x -= x & (~x + 1)) {
      if (tree_value[x] > best) {
        best = tree_value[x];
        best_index = tree_index[x];
      }
    }
    chain_weight[k] = best + points[k].weight;
    previous[k] = best_index;
    for (uint32_t x = points[k].j + 1; x <= n; x += x & (~x + 1)) {
      if (chain_weight[k] > tree_value[x]) {
        tree_value[x] = chain_weight[k];
        tree_index[x] = static_cast<int64_t>(k);
      }
    }
  }
  std::vector<Point> chain;
  if (points.empty()) {
    return chain;
  }
  auto k = static_cast<int64_t>(std::max_element(chain_weight.begin(), chain_weight.end()) -
                                chain_weight.begin());
  for (; k >= 0; k = previous[static_cast<size_t>(k)]) {
    chain.push_back(points[static_cast<size_t>(k)]);
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

// The centre line through knots (row, column), increasing in both: between two knots it
// follows the cumulative character lengths (the Gale–Church diagonal of that stretch).
std::vector<double> centre_through(const std::vector<std::pair<double, double>>& knots,
                                   const std::vector<double>& cs,
                                   const std::vector<double>& ct) {
  const auto m = static_cast<uint32_t>(cs.size() - 1);
  const auto n = static_cast<uint32_t>(ct.size() - 1);
  std::vector<double> centre(m + 1, 0.0);
  size_t knot = 0;
  for (uint32_t r = 0; r <= m; ++r) {
    while (knot + 2 < knots.size() && knots[knot + 1].first <= r) {
      ++knot;
    }
    const auto [r0, c0] = knots[knot];
    const auto [r1, c1] = knots[knot + 1];
    const double s0 = cumulative_at(cs, r0);
    const double s1 = cumulative_at(cs, r1);
    const double t0 = cumulative_at(ct, c0);
    const double t1 = cumulative_at(ct, c1);
    const double fraction = s1 > s0 ? (cs[r] - s0) / (s1 - s0) : 1.0;
    const double value = t0 + std::clamp(fraction, 0.0, 1.0) * (t1 - t0);
    centre[r] = cumulative_position(ct, value, static_cast<uint32_t>(c0),
                                    static_cast<uint32_t>(std::ceil(c1)));
  }
  for (uint32_t r = 1; r <= m; ++r) {
    centre[r] = std::max(centre[r], centre[r - 1]);
  }
  centre[0] = 0.0;
  centre[m] = n;
  return centre;
}

// Target characters per source character along the chain: the ratio of its heaviest cluster
// of steps (the weighted median of the steps within 2 · kRatioSpread of each other in log
// ratio that carry the most weight, a step weighing what its lighter anchor weighs), so that
// stray anchors do not move it. In a partial text the heaviest chain also runs through the
// uncovered stretch, on rare words that recur by chance there, one long step on one side after
// another: as many steps as the covered part may have, and a plain median between the two.
std::optional<double> chain_ratio(const std::vector<Point>& chain,
                                  const std::vector<double>& cs,
                                  const std::vector<double>& ct) {
  std::vector<std::pair<double, double>> steps;  // (log ratio, weight)
  for (size_t k = 1; k < chain.size(); ++k) {
    const double source_span = cs[chain[k].i] - cs[chain[k - 1].i];
    const double target_span = ct[chain[k].j] - ct[chain[k - 1].j];
    steps.emplace_back(std::log(target_span / source_span),
                       std::min(chain[k].weight, chain[k - 1].weight));
  }
  if (steps.size() + 1 < kMinCoverageAnchors) {
    return std::nullopt;
  }
  std::sort(steps.begin(), steps.end());
  size_t best_begin = 0;
  size_t best_end = 0;
  double best_weight = -1.0;
  double weight = 0.0;
  for (size_t begin = 0, end = 0; begin < steps.size(); ++begin) {
    while (end < steps.size() && steps[end].first - steps[begin].first <= 2.0 * kRatioSpread) {
      weight += steps[end++].second;
    }
    if (weight > best_weight) {
      best_weight = weight;
      best_begin = begin;
      best_end = end;
    }
    weight -= steps[begin].second;
  }
  double below = 0.0;
  size_t k = best_begin;
  while (k + 1 < best_end && below + steps[k].second < 0.5 * best_weight) {
    below += steps[k++].second;
  }
  return std::exp(steps[k].first);
}

// Position (fractional) on a side whose cumulative length is value.
double position_of(const std::vector<double>& cumulative_lengths, double value) {
  return cumulative_position(cumulative_lengths, value, 0,
                             static_cast<uint32_t>(cumulative_lengths.size() - 1));
}

// An end of a side is uncovered when continuing the chain from its outermost anchor at the
// chain's ratio reaches the other side's border at least kMinGap sentences and
// kMinGapShare of the way before this side's border.
bool uncovered(double gap, double stretch) {
  return gap >= kMinGap && gap >= kMinGapShare * stretch;
}

// Whether the step between two anchors of the chain keeps to the ratio: the target span
// within kMinGap average target sentences, or a quarter of the step, of what the ratio makes
// of the source span (in characters: positions are clipped at the end of a side). A chain
// crossing an uncovered stretch takes a long step on one side only.
bool balanced_step(const Point& from,
                   const Point& to,
                   double ratio,
                   const std::vector<double>& cs,
                   const std::vector<double>& ct,
                   double share = 0.25) {
  const double sentence = ct.back() / static_cast<double>(ct.size() - 1);
  const double target_span = ct[to.j] - ct[from.j];
  const double expected = ratio * (cs[to.i] - cs[from.i]);
  return std::abs(target_span - expected) <=
         std::max(kMinGap * sentence, share * std::max(target_span, expected));
}

// Sentences that one side has between two anchors beyond what the chain's ratio makes of the
// other side's span, in average sentences of that side: positive when the target has them,
// negative when the source has them.
double excess_sentences(const Point& from,
                        const Point& to,
                        double ratio,
                        const std::vector<double>& cs,
                        const std::vector<double>& ct) {
  const double excess = (ct[to.j] - ct[from.j]) - ratio * (cs[to.i] - cs[from.i]);
  const double sentence = excess > 0.0 ? ct.back() / static_cast<double>(ct.size() - 1)
                                       : ratio * cs.back() / static_cast<double>(cs.size() - 1);
  return excess / sentence;
}

// The trusted chain, and the steps of it that cross a stretch one side leaves out.
struct TrustedChain {
  std::vector<Point> anchors;
  // k such that the step from anchors[k] to anchors[k + 1] crosses such a stretch.
  std::vector<size_t> gap_steps;
};

// The chain cut into runs where a step is unbalanced or the run drifts by more than kRunDrift
// of its span from its first anchor (run r is chain[begin[r], begin[r + 1])), and what decides
// which runs are kept.
class ChainRuns {
 public:
  ChainRuns(const std::vector<Point>& chain,
            double ratio,
            const std::vector<double>& cs,
            const std::vector<double>& ct)
      : chain_(chain), ratio_(ratio), cs_(cs), ct_(ct), begin_{0} {
    for (size_t k = 1; k < chain.size(); ++k) {
      if (!balanced_step(chain[k - 1], chain[k], ratio, cs, ct) ||
          !balanced_step(chain[begin_.back()], chain[k], ratio, cs, ct, kRunDrift)) {
        begin_.push_back(k);
      }
    }
    begin_.push_back(chain.size());
    for (size_t r = 1; r < runs(); ++r) {
      if (weight_of(r) > weight_of(heaviest_)) {
        heaviest_ = r;
      }
    }
  }

  size_t runs() const { return begin_.size() - 1; }

  size_t heaviest() const { return heaviest_; }

  const Point& first(size_t r) const { return chain_[begin_[r]]; }

  const Point& last(size_t r) const { return chain_[begin_[r + 1] - 1]; }

  size_t size_of(size_t r) const { return begin_[r + 1] - begin_[r]; }

  // At least kMinCoverageAnchors anchors and kMinRunShare of the heaviest run's.
  bool long_enough(size_t r) const {
    return size_of(r) >= kMinCoverageAnchors &&
           static_cast<double>(size_of(r)) >=
               kMinRunShare * static_cast<double>(size_of(heaviest_));
  }

  // Whether run r joins the kept anchors through the step from `from` to `to` (in chain order,
  // one of them run r's end nearest to the kept anchors) and the one to its far end `far`: both
  // balanced, or (gap set) across a stretch that one side leaves out: run r lies kMinGap or
  // more sentences of one side further than the ratio says, and is a run of its own
  // (gap_run).
  bool joins(size_t r, const Point& from, const Point& to, const Point& far, bool& gap) const {
    gap = false;
    const bool outward = r < heaviest_;
    if (balanced_step(from, to, ratio_, cs_, ct_) &&
        (outward ? balanced_step(far, to, ratio_, cs_, ct_)
                 : balanced_step(from, far, ratio_, cs_, ct_))) {
      return true;
    }
    gap = gap_run(r) && std::abs(excess_sentences(from, to, ratio_, cs_, ct_)) >= kMinGap;
    return gap;
  }

 private:
  float weight_of(size_t r) const {
    float weight = 0.0F;
    for (size_t k = begin_[r]; k < begin_[r + 1]; ++k) {
      weight += chain_[k].weight;
    }
    return weight;
  }

  // A run beyond a gap is long enough and spans kMinGap sentences of each side (a shorter one
  // keeps to the ratio within the slack of balanced_step whatever its anchors: a stray run of
  // 3 anchors over 7 sentences made a prefix of Ruth 1-4 a text with a gap), or it is a run at
  // either end of the chain that keeps to the ratio, and that the ratio takes to the corner of
  // the table, within kCornerSlack sentences (pinned there, it may be short: 4 anchors before a
  // gap 9 verses into 1 Kings 18).
  bool gap_run(size_t r) const {
    const Point& a = first(r);
    const Point& b = last(r);
    if (long_enough(r) && b.i - a.i >= kMinGap && b.j - a.j >= kMinGap) {
      return true;
    }
    const Point corner{static_cast<uint32_t>(cs_.size() - 1),
                       static_cast<uint32_t>(ct_.size() - 1)};
    const bool at_corner =
        (r == 0 && std::abs(excess_sentences(Point{}, a, ratio_, cs_, ct_)) <= kCornerSlack) ||
        (r + 1 == runs() &&
         std::abs(excess_sentences(b, corner, ratio_, cs_, ct_)) <= kCornerSlack);
    return at_corner && size_of(r) >= kMinCoverageAnchors &&
           std::abs(excess_sentences(a, b, ratio_, cs_, ct_)) <= kCornerSlack;
  }

  const std::vector<Point>& chain_;
  double ratio_;
  const std::vector<double>& cs_;
  const std::vector<double>& ct_;
  std::vector<size_t> begin_;
  size_t heaviest_ = 0;
};

// The chain without the stray anchors it takes in an uncovered stretch. The heaviest chain
// also takes rare words that recur by chance there (a number, a name): one step after another
// each a little long on one side, drifting away from the covered part's line. The chain is cut
// into runs (ChainRuns); the heaviest run is kept, and every other run whose ends are balanced
// steps from the kept anchors next to them (outward from the heaviest run), so that a wrong
// anchor inside the covered part does not cut it; or that lies beyond a stretch one side
// leaves out (a chapter missing from a translation: the chain crosses it in one step). Kept
// runs at either end with fewer than kMinCoverageAnchors anchors or kMinRunShare of the
// heaviest run's are dropped, unless beyond such a stretch.
TrustedChain trusted_chain(const std::vector<Point>& chain,
                           double ratio,
                           const std::vector<double>& cs,
                           const std::vector<double>& ct) {
  const ChainRuns runs(chain, ratio, cs, ct);
  const size_t count = runs.runs();
  const size_t heaviest = runs.heaviest();
  std::vector<bool> joined(count, false);
  std::vector<bool> gap_before(count, false);  // the step into run r from the kept run before
  std::vector<bool> across_gap(count, false);  // run r joined across a gap
  joined[heaviest] = true;
  size_t first_run = heaviest;  // the kept run nearest to the next run out
  for (size_t r = heaviest; r-- > 0;) {
    bool gap = false;
    if (runs.joins(r, runs.last(r), runs.first(first_run), runs.first(r), gap)) {
      joined[r] = true;
      across_gap[r] = gap;
      gap_before[first_run] = gap;
      first_run = r;
    }
  }
  const Point* last_anchor = &runs.last(heaviest);
  for (size_t r = heaviest + 1; r < count; ++r) {
    bool gap = false;
    if (runs.joins(r, *last_anchor, runs.first(r), runs.last(r), gap)) {
      joined[r] = true;
      across_gap[r] = gap;
      gap_before[r] = gap;
      last_anchor = &runs.last(r);
    }
  }
  const auto kept = [&](size_t r) { return joined[r] && (runs.long_enough(r) || across_gap[r]); };
  size_t first = 0;
  size_t last = count - 1;
  while (first < last && !kept(first)) {
    ++first;
  }
  while (last > first && !kept(last)) {
    --last;
  }
  TrustedChain trusted;
  for (size_t r = first; r <= last; ++r) {
    if (joined[r]) {
      if (gap_before[r] && !trusted.anchors.empty()) {
        trusted.gap_steps.push_back(trusted.anchors.size() - 1);
      }
      trusted.anchors.insert(trusted.anchors.end(), &runs.first(r), &runs.last(r) + 1);
    }
  }
  return trusted;
}

// The covered region, the anchors inside it, and the steps of those that cross a stretch one
// side leaves out.
struct Region {
  CoveredRegion covered;
  std::vector<Point> chain;
  std::vector<size_t> gap_steps;
  // The centre line when the lengths drew it (a gap found by length_gap.h), else empty.
  std::vector<double> centre;
};

// Too few anchors to find the region (texts with no token in common: no dictionary, no shared
// script): the region from the sentence lengths (length_region.h), with the anchors inside it;
// else, when the lengths find a long gap in the middle (length_gap.h), the whole table with that
// gap and the gap path for the centre line; else the whole table and the chain.
Region region_by_length(const CoveredRegion& whole,
                        const std::vector<Point>& chain,
                        const std::vector<double>& cs,
                        const std::vector<double>& ct) {
  const LengthRegion found = length_region_and_model(cs, ct);
  std::optional<LengthGap> gap;
  if (found.spread > 0.0) {
    gap = length_gap(cs, ct, found.mu, found.region.has_value());
  }
  if (gap) {
    CoveredRegion covered = whole;
    (gap->target_gap ? covered.target_gaps : covered.source_gaps).push_back(gap->left_out);
    const double left_out = gap->target_gap ? ct[gap->left_out.end] - ct[gap->left_out.begin]
                                            : cs[gap->left_out.end] - cs[gap->left_out.begin];
    covered.ratio = gap->target_gap ? (ct.back() - left_out) / std::max(1.0, cs.back())
                                    : ct.back() / std::max(1.0, cs.back() - left_out);
    return {covered, {}, {}, std::move(gap->centre)};
  }
  if (!found.region) {
    return {whole, chain, {}, {}};
  }
  const std::optional<CoveredRegion>& region = found.region;
  std::vector<Point> inside;
  for (const Point& p : chain) {
    if (p.i >= region->source.begin && p.i < region->source.end && p.j >= region->target.begin &&
        p.j < region->target.end) {
      inside.push_back(p);
    }
  }
  return {*region, inside, {}, {}};
}

// Where each side's covered stretch begins and ends: the chain continued from its first and
// last anchors at the ratio, to the border of the table.
void covered_ends(CoveredRegion& region,
                  const Point& first,
                  const Point& last,
                  double ratio,
                  const std::vector<double>& cs,
                  const std::vector<double>& ct) {
  const auto m = static_cast<uint32_t>(cs.size() - 1);
  const auto n = static_cast<uint32_t>(ct.size() - 1);
  // Characters before the first anchor on each side, and after the last one.
  const double target_before = ct[first.j] - ratio * cs[first.i];
  if (target_before > 0.0 && uncovered(position_of(ct, target_before), first.j)) {
    region.target.begin = static_cast<uint32_t>(std::lround(position_of(ct, target_before)));
    region.leading_gap = true;
  } else if (target_before < 0.0 && uncovered(position_of(cs, -target_before / ratio), first.i)) {
    region.source.begin =
        static_cast<uint32_t>(std::lround(position_of(cs, -target_before / ratio)));
    region.leading_gap = true;
  }
  const double source_after = cs.back() - cs[last.i + 1];
  const double target_after = ct.back() - ct[last.j + 1] - ratio * source_after;
  if (target_after > 0.0 &&
      uncovered(n - position_of(ct, ct.back() - target_after), n - last.j - 1)) {
    region.target.end =
        static_cast<uint32_t>(std::lround(position_of(ct, ct.back() - target_after)));
    region.trailing_gap = true;
  } else if (target_after < 0.0) {
    const double end = position_of(cs, cs.back() + target_after / ratio);
    if (uncovered(m - end, m - last.i - 1)) {
      region.source.end = static_cast<uint32_t>(std::lround(end));
      region.trailing_gap = true;
    }
  }
}

// The covered region of the two sides, and the anchors inside it (the trusted chain). A step
// of the chain across a stretch that one side leaves out makes the sentences of that side
// between its two anchors a gap of the region.
Region covered_region(const std::vector<Point>& full_chain,
                      const std::vector<double>& cs,
                      const std::vector<double>& ct) {
  const auto m = static_cast<uint32_t>(cs.size() - 1);
  const auto n = static_cast<uint32_t>(ct.size() - 1);
  CoveredRegion region{{0, m}, {0, n}, ct.back() / std::max(1.0, cs.back()), false, false, {}, {}};
  std::optional<double> ratio = chain_ratio(full_chain, cs, ct);
  if (!ratio || *ratio <= 0.0) {
    return region_by_length(region, full_chain, cs, ct);
  }
  TrustedChain trusted = trusted_chain(full_chain, *ratio, cs, ct);
  const std::vector<Point>& chain = trusted.anchors;
  ratio = chain_ratio(chain, cs, ct);
  if (!ratio || *ratio <= 0.0) {
    return {region, full_chain, {}, {}};
  }
  covered_ends(region, chain.front(), chain.back(), *ratio, cs, ct);
  for (const size_t k : trusted.gap_steps) {
    const Point& from = chain[k];
    const Point& to = chain[k + 1];
    if (excess_sentences(from, to, *ratio, cs, ct) > 0.0) {
      region.target_gaps.push_back({from.j + 1, to.j});
    } else {
      region.source_gaps.push_back({from.i + 1, to.i});
    }
  }
  if (!region.partial()) {
    return {region, full_chain, {}, {}};
  }
  region.ratio = *ratio;
  return {region, std::move(trusted.anchors), std::move(trusted.gap_steps), {}};
}

// Knots of the centre line across the gap between anchors from and to: the side without
// counterpart is crossed at the middle of the other side's sentences between them, the rest
// of the step keeping to the ratio (where in the step the stretch lies is the search's to
// find; the band reaches as far as the other side's sentences between the anchors).
std::array<std::pair<double, double>, 2> gap_knots(const Point& from,
                                                   const Point& to,
                                                   double ratio,
                                                   const std::vector<double>& cs,
                                                   const std::vector<double>& ct) {
  if (excess_sentences(from, to, ratio, cs, ct) > 0.0) {
    const uint32_t row = (from.i + 1 + to.i) / 2;
    const double before = ct[from.j + 1] + ratio * (cs[row] - cs[from.i + 1]);
    const double after = ct[to.j] - ratio * (cs[to.i] - cs[row]);
    const double first = cumulative_position(ct, before, from.j + 1, to.j);
    return {
        {{row, first}, {row, std::max(first, cumulative_position(ct, after, from.j + 1, to.j))}}};
  }
  const uint32_t column = (from.j + 1 + to.j) / 2;
  const double before = cs[from.i + 1] + (ct[column] - ct[from.j + 1]) / ratio;
  const double after = cs[to.i] - (ct[to.j] - ct[column]) / ratio;
  const double first = cumulative_position(cs, before, from.i + 1, to.i);
  return {{{first, column},
           {std::max(first, cumulative_position(cs, after, from.i + 1, to.i)), column}}};
}

// Candidate anchors: pairs of sentences that share rare tokens, or locally unique ones near
// the diagonal; one point per pair of sentences.
std::vector<Point> candidate_anchors(const score::SideFeatures& source,
                                     const score::SideFeatures& target,
                                     const score::LinkTable& links,
                                     const std::vector<double>& block_diagonal,
                                     const std::vector<double>& cs,
                                     const std::vector<double>& ct) {
  const auto m = static_cast<uint32_t>(source.sentence_count());
  const auto n = static_cast<uint32_t>(target.sentence_count());
  const double ratio = ct.back() / std::max(1.0, cs.back());
  const auto isolated = [](const std::vector<uint32_t>& postings, size_t k) {
    return (k == 0 || postings[k] - postings[k - 1] >= kIsolation) &&
           (k + 1 == postings.size() || postings[k + 1] - postings[k] >= kIsolation);
  };
  std::vector<Point> points;
  for (uint32_t x = 0; x < source.vocabulary.size(); ++x) {
    const auto& source_postings = source.postings[x];
    // Occurrences kIsolation apart: at most m / kIsolation + 1 of them.
    if (source.token_weight(x) <= 0.0F ||
        source_postings.size() > m / kIsolation + 1 + kMaxAnchorFrequency) {
      continue;
    }
    const bool rare = source_postings.size() <= kMaxAnchorFrequency;
    for (uint32_t l = links.forward.begin[x]; l < links.forward.begin[x + 1]; ++l) {
      if (links.forward.strength[l] < kMinAnchorStrength) {
        continue;
      }
      const auto& target_postings = target.postings[links.forward.other[l]];
      const float weight = links.forward.strength[l] * source.token_weight(x);
      if (rare && target_postings.size() <= kMaxAnchorFrequency) {
        for (const uint32_t i : source_postings) {
          for (const uint32_t j : target_postings) {
            points.push_back(Point{i, j, weight, 0});
          }
        }
        continue;
      }
      for (size_t k = 0; k < source_postings.size(); ++k) {
        if (!isolated(source_postings, k)) {
          continue;
        }
        const uint32_t i = source_postings[k];
        const double diagonal =
            block_diagonal.empty()
                ? cumulative_position(ct, (cs[i] + 0.5 * (cs[i + 1] - cs[i])) * ratio, 0, n)
                : block_diagonal[i];
        const auto near =
            std::lower_bound(target_postings.begin(), target_postings.end(),
                             static_cast<uint32_t>(std::max(0.0, diagonal - kIsolation / 4.0)));
        if (near != target_postings.end() && *near <= diagonal + kIsolation / 4.0 &&
            isolated(target_postings, static_cast<size_t>(near - target_postings.begin()))) {
          points.push_back(Point{i, *near, weight, 1});
        }
      }
    }
  }
  // Several tokens may anchor the same pair of sentences: their weights add up. One locally
  // unique token alone is no anchor: a word and a dictionary translation of it that each
  // occur once in a chapter are often in different verses; two such tokens in one pair of
  // sentences rarely are.
  std::sort(points.begin(), points.end(),
            [](const Point& a, const Point& b) { return a.i != b.i ? a.i < b.i : a.j < b.j; });
  size_t kept = 0;
  for (size_t k = 0; k < points.size(); ++k) {
    if (kept > 0 && points[kept - 1].i == points[k].i && points[kept - 1].j == points[k].j) {
      Point& merged = points[kept - 1];
      merged.weight += points[k].weight;
      // A rare-token anchor stays one (support 0).
      merged.local_support = merged.local_support == 0 || points[k].local_support == 0
                                 ? 0
                                 : merged.local_support + points[k].local_support;
    } else {
      points[kept++] = points[k];
    }
  }
  points.resize(kept);
  std::erase_if(points, [](const Point& p) { return p.local_support == 1; });
  return points;
}

// The centre line and covered region through a chain of anchors increasing in both i and j.
AnchorPath path_through(const std::vector<Point>& full_chain,
                        const std::vector<double>& cs,
                        const std::vector<double>& ct) {
  const auto m = static_cast<uint32_t>(cs.size() - 1);
  const auto n = static_cast<uint32_t>(ct.size() - 1);
  AnchorPath path;
  Region region = covered_region(full_chain, cs, ct);
  path.covered = region.covered;
  if (!region.centre.empty()) {
    path.centre = std::move(region.centre);
    return path;
  }

  // Knots (row, column) of the centre line: the start, where the covered region begins (when a
  // side has uncovered sentences before it), each anchor's middle, where the region ends, the
  // end. Between the start and the region's beginning the line runs along a border of the
  // table (a run of null beads), not across it; across a gap in the middle it runs along one
  // side only (gap_knots).
  std::vector<std::pair<double, double>> knots{{0.0, 0.0}};
  if (path.covered.leading_gap) {
    knots.emplace_back(path.covered.source.begin, path.covered.target.begin);
  }
  auto gap = region.gap_steps.begin();
  for (size_t k = 0; k < region.chain.size(); ++k) {
    const Point& p = region.chain[k];
    knots.emplace_back(p.i + 0.5, p.j + 0.5);
    path.anchors.emplace_back(p.i, p.j);
    if (gap != region.gap_steps.end() && *gap == k) {
      for (const auto& knot : gap_knots(p, region.chain[k + 1], region.covered.ratio, cs, ct)) {
        knots.push_back(knot);
      }
      ++gap;
    }
  }
  if (path.covered.trailing_gap) {
    knots.emplace_back(path.covered.source.end, path.covered.target.end);
  }
  knots.emplace_back(m, n);
  path.centre = centre_through(knots, cs, ct);
  return path;
}

}  // namespace

AnchorPath anchor_path(const score::SideFeatures& source,
                       const score::SideFeatures& target,
                       const score::LinkTable& links,
                       const std::vector<double>& block_diagonal) {
  const auto n = static_cast<uint32_t>(target.sentence_count());
  const std::vector<double> cs = cumulative_lengths(source.length);
  const std::vector<double> ct = cumulative_lengths(target.length);
  return path_through(
      heaviest_chain(candidate_anchors(source, target, links, block_diagonal, cs, ct), n), cs, ct);
}

AnchorPath anchor_path_through(const std::vector<std::pair<uint32_t, uint32_t>>& anchors,
                               const score::SideFeatures& source,
                               const score::SideFeatures& target) {
  std::vector<Point> chain;
  chain.reserve(anchors.size());
  for (const auto& [i, j] : anchors) {
    assert(chain.empty() || (chain.back().i < i && chain.back().j < j));
    chain.push_back(Point{i, j, 1.0F, 0});
  }
  return path_through(chain, cumulative_lengths(source.length), cumulative_lengths(target.length));
}

std::vector<double> path_of(const std::vector<Bead>& beads, uint32_t m) {
  std::vector<double> centre(m + 1, 0.0);
  std::vector<bool> seen(m + 1, false);
  for (const Bead& bead : beads) {
    if (!seen[bead.source.begin]) {
      centre[bead.source.begin] = bead.target.begin;
      seen[bead.source.begin] = true;
    }
    if (!seen[bead.source.end]) {
      centre[bead.source.end] = bead.target.end;
      seen[bead.source.end] = true;
    }
  }
  for (uint32_t r = 1; r <= m; ++r) {
    if (!seen[r]) {
      centre[r] = centre[r - 1];
    }
  }
  return centre;
}

}  // namespace parallax::search
