// The alignment pipeline (Moore 2002, with lexical anchors):
//   1. tokenize both documents; link their vocabularies (dictionary, identical tokens,
//      transliterated names and cognates);
//   2. find a cheap anchor path (for long documents, near a coarse alignment of blocks of
//      sentences that follows long omissions), search the best beads in a band around it;
//   3. re-estimate the length ratio and variance and the link rates from that first
//      alignment, learn word translations (IBM Model 1) from its confident beads;
//   4. search again in a narrow band around the first alignment.
// While the best path touches the band's edge, the band is moved onto it, then widened.
#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include <parallax/align.h>
#include <parallax/errors.h>

#include "lexicon/model1.h"
#include "pipeline.h"
#include "score/band.h"
#include "score/bead_scorer.h"
#include "score/link_evidence.h"
#include "score/link_table.h"
#include "score/pair_scores.h"
#include "score/sentence_features.h"
#include "search/anchor_path.h"
#include "search/bead_search.h"
#include "search/block_path.h"
#include "search/gap_search.h"
#include "search/length_centre.h"
#include "search/moved_blocks.h"
#include "search/path_windows.h"
#include "search/short_side.h"
#include "search_tuning.h"
#include "text/tokenizer.h"

namespace parallax {

namespace {

using score::Shape;

// Half-widths of the first and second searches. The anchor path rarely strays far (more than 24
// sentences on 147 rows of 100k on the repeated Bible), and where the best path touches the
// band's edge the band is moved and widened: 12 costs half of 24 and lost no F1 on any set.
constexpr uint32_t kFirstBand = 12;
constexpr uint32_t kSecondBand = 10;
// Times the band is moved onto the last path before it is also widened.
constexpr uint32_t kRecentreAttempts = 4;
// How much larger than the first band a widened band may get, and how many first bands' worth
// of cells the searches of one pass may take together, unless they stay below
// kAlwaysAffordableCells (a band of about 1 GB of DP tables).
constexpr uint64_t kMaxBandGrowth = 2;
constexpr uint64_t kSearchBudget = 3;
constexpr uint64_t kAlwaysAffordableCells = uint64_t{16} << 20;
// A bound on the searches of one pass (16 doublings cover any band).
constexpr uint32_t kMaxAttempts = 20;
// Beads at least this probable train the learned lexicon.
constexpr float kTrainingConfidence = 0.9F;
constexpr size_t kMaxTrainingBeads = 20000;
constexpr float kTemperature = 1.0F;

struct DefaultShape {
  uint8_t source;
  uint8_t target;
  float probability;
};

// Gale & Church (1993) priors, with room for the 1-3/3-1 beads of literary text.
constexpr std::array<DefaultShape, 12> kDefaultShapes = {{
    {1, 1, 0.86F},
    {1, 0, 0.01F},
    {0, 1, 0.01F},
    {1, 2, 0.045F},
    {2, 1, 0.045F},
    {2, 2, 0.011F},
    {1, 3, 0.005F},
    {3, 1, 0.005F},
    {2, 3, 0.002F},
    {3, 2, 0.002F},
    {1, 4, 0.001F},
    {4, 1, 0.001F},
}};

std::vector<Shape> default_shapes(uint32_t max_side) {
  std::vector<Shape> shapes;
  for (const DefaultShape& d : kDefaultShapes) {
    const bool is_null = d.source == 0 || d.target == 0;
    if (is_null ||
        (d.source <= max_side && d.target <= max_side && d.source + d.target <= max_side + 1U)) {
      shapes.push_back(Shape{d.source, d.target, std::log(d.probability)});
    }
  }
  return shapes;
}

struct Aligner {
  const score::SideFeatures& source;
  const score::SideFeatures& target;
  const AlignOptions& options;
  const SearchTuning& tuning;
  uint32_t m = static_cast<uint32_t>(source.sentence_count());
  uint32_t n = static_cast<uint32_t>(target.sentence_count());

  // Searches around centre. While the best path touches the band's edge somewhere, the
  // search is repeated: the band is moved onto the path (it leans towards where the true
  // path lies) and, after a few moves, doubled. Beyond tuning.local_search_above sentences
  // this is done only within tuning.widen_reach rows of the touches, and elsewhere the path
  // found is kept with its posteriors (search_tuning.h, search/path_windows.h).
  search::SearchResult run(std::vector<double> centre,
                           uint32_t half_width,
                           const score::LinkTable& links,
                           const score::ScoringParameters& params,
                           uint32_t max_side) const {
    const std::vector<Shape> shapes = default_shapes(max_side);
    const uint32_t base = options.band > 0 ? options.band : half_width;
    const uint32_t widest = std::max(m, n);
    std::vector<uint32_t> widths(m + 1, base);
    search::SearchResult previous;
    uint64_t first_cells = 0;
    uint64_t searched_cells = 0;
    for (uint32_t attempt = 1;; ++attempt) {
      const std::vector<search::PathWindow> windows =
          attempt == 1 ? std::vector<search::PathWindow>{{0, m, 0, n}}
                       : search::path_windows(previous.beads, widths);
      std::vector<score::Band> bands;
      uint64_t cells = 0;
      for (const search::PathWindow& window : windows) {
        const auto rows = [&](const auto& values) {
          return std::vector(values.begin() + window.first_row,
                             values.begin() + window.last_row + 1);
        };
        bands.push_back(score::make_window_band(rows(centre), n, rows(widths), window.first_row,
                                                window.start, window.end));
        cells += bands.back().cells();
      }
      if (attempt == 1) {
        first_cells = cells;
      } else if (cells > std::max(kMaxBandGrowth * first_cells, kAlwaysAffordableCells) ||
                 searched_cells + cells >
                     std::max(kSearchBudget * first_cells, 4 * kAlwaysAffordableCells)) {
        // No bead path fits (e.g. 850 sentences of one side per sentence of the other): keep
        // the last path rather than let time and memory grow towards m × n.
        return previous;
      }
      searched_cells += cells;
      std::vector<search::SearchResult> searched;
      for (const score::Band& band : bands) {
        searched.push_back(search_band(band, shapes, links, params, max_side));
      }
      search::SearchResult result = attempt == 1
                                        ? std::move(searched.front())
                                        : search::splice(previous, windows, std::move(searched));
      const std::vector<uint32_t> edges = open_edge_rows(result.edge_rows, widths);
      if (edges.empty()) {
        return result;
      }
      std::vector<uint32_t> next(m + 1, 0);
      const bool local = static_cast<uint64_t>(m) + n > tuning.local_search_above;
      for (const uint32_t row : edges) {
        const uint32_t reach = local ? std::max(2 * widths[row], tuning.widen_reach) : m;
        const uint32_t first = row > reach ? row - reach : 0;
        const uint32_t last = std::min(m, row + reach);
        for (uint32_t r = first; r <= last; ++r) {
          const uint32_t width = std::max(widths[r], base);
          next[r] = attempt >= kRecentreAttempts ? std::min(widest, 2 * width) : width;
        }
      }
      if ((attempt >= kRecentreAttempts && next == widths) || attempt == kMaxAttempts) {
        return result;  // as wide as it gets where it touches, or searched long enough
      }
      widths = std::move(next);
      centre = search::path_of(result.beads, m);
      previous = std::move(result);
    }
  }

  // The best beads in one band, with their posteriors or (posteriors false) without.
  search::SearchResult search_band(const score::Band& band,
                                   const std::vector<Shape>& shapes,
                                   const score::LinkTable& links,
                                   const score::ScoringParameters& params,
                                   uint32_t max_side,
                                   bool posteriors = true) const {
    const score::PairScores pairs =
        score::compute_pair_scores(source, target, links, band, max_side);
    const score::BeadScorer scorer(source, target, pairs, params, options.use_paragraphs);
    return posteriors ? search::search_beads(scorer, band, shapes, kTemperature)
                      : search::search_best_path(scorer, band, shapes);
  }

  // Edge rows that are not the pinning itself: rows of a band pinned to a path (width 0), and
  // those within kSecondBand rows of them (where the band narrows onto the pinned path), touch
  // by construction.
  std::vector<uint32_t> open_edge_rows(const std::vector<uint32_t>& edge_rows,
                                       const std::vector<uint32_t>& widths) const {
    std::vector<uint32_t> distance(m + 1, UINT32_MAX);
    uint32_t since = UINT32_MAX;
    for (uint32_t r = 0; r <= m; ++r) {
      since = widths[r] == 0 ? 0 : (since == UINT32_MAX ? since : since + 1);
      distance[r] = since;
    }
    since = UINT32_MAX;
    for (uint32_t r = m + 1; r-- > 0;) {
      since = widths[r] == 0 ? 0 : (since == UINT32_MAX ? since : since + 1);
      distance[r] = std::min(distance[r], since);
    }
    std::vector<uint32_t> open;
    for (const uint32_t row : edge_rows) {
      if (distance[row] > kSecondBand) {
        open.push_back(row);
      }
    }
    return open;
  }

  // Link rates r and r0 (BeadScorer): the linked share of weight in the 1-1 beads of an
  // alignment, and in pairs displaced from them by ±3 sentences.
  void estimate_link_rates(const std::vector<Bead>& beads,
                           const score::LinkTable& links,
                           score::ScoringParameters& params) const {
    score::PairEvidence evidence(source, target, links);
    score::LinkedShare paired;
    score::LinkedShare chance;
    for (const Bead& bead : beads) {
      if (bead.source.size() != 1 || bead.target.size() != 1) {
        continue;
      }
      const uint32_t i = bead.source.begin;
      const uint32_t j = bead.target.begin;
      paired += evidence.linked_share(i, j);
      for (const int shift : {-3, 3}) {
        const int64_t other = static_cast<int64_t>(j) + shift;
        if (other >= 0 && other < static_cast<int64_t>(n)) {
          chance += evidence.linked_share(i, static_cast<uint32_t>(other));
        }
      }
    }
    if (paired.weight <= 0.0 || chance.weight <= 0.0) {
      return;
    }
    const double r0 = std::clamp(chance.linked / chance.weight, 0.005, 0.5);
    const double r = std::clamp(paired.linked / paired.weight, r0 + 0.05, 0.95);
    params.chance_link_rate = static_cast<float>(r0);
    params.link_rate = static_cast<float>(r);
  }

  void estimate_length(const std::vector<Bead>& beads, score::ScoringParameters& params) const {
    double ls_total = 0.0;
    double lt_total = 0.0;
    std::vector<std::pair<double, double>> lengths;
    for (const Bead& bead : beads) {
      if (bead.source.size() == 1 && bead.target.size() == 1 && bead.confidence > 0.5F) {
        const double ls = source.length(bead.source.begin);
        const double lt = target.length(bead.target.begin);
        ls_total += ls;
        lt_total += lt;
        lengths.emplace_back(ls, lt);
      }
    }
    if (lengths.size() < 10 || ls_total <= 0.0) {
      return;
    }
    const double ratio = lt_total / ls_total;
    double variance = 0.0;
    for (const auto& [ls, lt] : lengths) {
      const double d = lt - ratio * ls;
      variance += d * d / std::max(1.0, 0.5 * (ratio * ls + lt));
    }
    variance /= static_cast<double>(lengths.size());
    params.length.ratio = static_cast<float>(ratio);
    params.length.variance = static_cast<float>(std::clamp(variance, 1.0, 100.0));
  }

  std::vector<lexicon::LearnedLink> learn(const std::vector<Bead>& beads) const {
    std::vector<std::vector<uint32_t>> sources;
    std::vector<std::vector<uint32_t>> targets;
    // Only weighted tokens: stop-like ones never become links, and skipping them makes
    // training several times cheaper.
    const auto gather = [](const score::SideFeatures& side, IndexRange range) {
      std::vector<uint32_t> ids;
      for (uint32_t i = range.begin; i < range.end; ++i) {
        for (uint32_t k = side.token_begin[i]; k < side.token_begin[i + 1]; ++k) {
          if (side.token_weight(side.token_ids[k]) > 0.0F) {
            ids.push_back(side.token_ids[k]);
          }
        }
      }
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      return ids;
    };
    std::vector<const Bead*> confident;
    for (const Bead& bead : beads) {
      if (bead.confidence >= kTrainingConfidence && !bead.source.empty() && !bead.target.empty()) {
        confident.push_back(&bead);
      }
    }
    // Model 1 saturates long before book length: train on at most kMaxTrainingBeads, evenly
    // spread over the document, so that its cost stays bounded.
    const size_t step = confident.size() / kMaxTrainingBeads + 1;
    for (size_t k = 0; k < confident.size(); k += step) {
      sources.push_back(gather(source, confident[k]->source));
      targets.push_back(gather(target, confident[k]->target));
    }
    return lexicon::learn_links(sources, targets, source.vocabulary.size(),
                                target.vocabulary.size(), lexicon::Model1Options{});
  }
};

// The 1-1 beads nearest to a centre line, in the rows of the covered region: a rough alignment
// to estimate link rates from (outside the region, and across its gaps, the line runs along a
// border and pairs sentences that do not translate each other).
std::vector<Bead> beads_along(const std::vector<double>& centre,
                              uint32_t n,
                              const search::CoveredRegion& region) {
  const auto in_gap = [](uint32_t k, const std::vector<IndexRange>& gaps) {
    return std::any_of(gaps.begin(), gaps.end(),
                       [k](const IndexRange& gap) { return k >= gap.begin && k < gap.end; });
  };
  std::vector<Bead> beads;
  for (size_t r = region.source.begin; r < region.source.end && r + 1 < centre.size(); ++r) {
    const double middle = 0.5 * (centre[r] + centre[r + 1]);
    const auto j = static_cast<uint32_t>(std::clamp(middle, 0.0, static_cast<double>(n - 1)));
    const auto i = static_cast<uint32_t>(r);
    if (!in_gap(i, region.source_gaps) && !in_gap(j, region.target_gaps)) {
      beads.push_back(Bead{{i, i + 1}, {j, j + 1}, 0.0F, {}});
    }
  }
  return beads;
}

// The 1-1 beads of the anchors.
std::vector<Bead> beads_at(const std::vector<std::pair<uint32_t, uint32_t>>& anchors) {
  std::vector<Bead> beads;
  beads.reserve(anchors.size());
  for (const auto& [i, j] : anchors) {
    beads.push_back(Bead{{i, i + 1}, {j, j + 1}, 0.0F, {}});
  }
  return beads;
}

// Target length per unit of source length inside the covered region, its gaps left out.
float length_ratio(const score::SideFeatures& source,
                   const score::SideFeatures& target,
                   const search::CoveredRegion& region) {
  const auto length = [](const score::SideFeatures& side, IndexRange range,
                         const std::vector<IndexRange>& gaps) {
    float sum = side.length.segment(range.begin, range.size()).sum();
    for (const IndexRange& gap : gaps) {
      sum -= side.length.segment(gap.begin, gap.size()).sum();
    }
    return sum;
  };
  const float source_length = length(source, region.source, region.source_gaps);
  const float target_length = length(target, region.target, region.target_gaps);
  return std::max(1.0F, target_length) / std::max(1.0F, source_length);
}

std::string_view origin_name(score::LinkOrigin origin) {
  switch (origin) {
    case score::LinkOrigin::Dictionary:
      return "dictionary";
    case score::LinkOrigin::Identical:
      return "identical";
    case score::LinkOrigin::Cognate:
      return "cognate";
    case score::LinkOrigin::Learned:
      return "learned";
  }
  return "";
}

// The strongest link inside the bead, as "source=target (origin)". seen[y] == stamp marks the
// target tokens of the bead (stamp is new for each bead; a hash set per bead was 2% of an
// alignment).
std::string evidence_of(const Bead& bead,
                        const score::SideFeatures& source,
                        const score::SideFeatures& target,
                        const score::LinkTable& links,
                        std::vector<uint32_t>& seen,
                        uint32_t stamp) {
  for (uint32_t k = target.token_begin[bead.target.begin]; k < target.token_begin[bead.target.end];
       ++k) {
    seen[target.token_ids[k]] = stamp;
  }
  float best = 0.0F;
  uint32_t best_source = 0;
  uint32_t best_link = UINT32_MAX;
  for (uint32_t k = source.token_begin[bead.source.begin]; k < source.token_begin[bead.source.end];
       ++k) {
    const uint32_t x = source.token_ids[k];
    for (uint32_t l = links.forward.begin[x]; l < links.forward.begin[x + 1]; ++l) {
      const float value = source.token_weight(x) * links.forward.strength[l];
      if (value > best && seen[links.forward.other[l]] == stamp) {
        best = value;
        best_source = x;
        best_link = l;
      }
    }
  }
  if (best_link == UINT32_MAX) {
    return {};
  }
  return fmt::format("{}={} ({})", source.vocabulary[best_source].key,
                     target.vocabulary[links.forward.other[best_link]].key,
                     origin_name(links.forward.origin[best_link]));
}

void report(const AlignOptions& options, std::string_view stage, uint64_t done, uint64_t total) {
  if (options.on_progress) {
    options.on_progress(Progress{std::string(stage), done, total});
  }
}

void check_lexicon(const Document& source, const Document& target, const PreparedLexicon& lexicon) {
  if (!lexicon.empty() && (lexicon.source_language() != source.language ||
                           lexicon.target_language() != target.language)) {
    throw OptionError(fmt::format("the lexicon is prepared for {}-{}, the documents are {}-{}",
                                  lexicon.source_language(), lexicon.target_language(),
                                  source.language, target.language));
  }
}

// The beads when a document has no sentence: each sentence of the other on its own.
Alignment unpaired(uint32_t m, uint32_t n) {
  Alignment result;
  for (uint32_t i = 0; i < m; ++i) {
    result.beads.push_back(Bead{{i, i + 1}, {0, 0}, 1.0F, {}});
  }
  for (uint32_t j = 0; j < n; ++j) {
    result.beads.push_back(Bead{{0, 0}, {j, j + 1}, 1.0F, {}});
  }
  return result;
}

// The centre line of the first search: the anchor path's, or with fewer than kFewAnchors
// anchors (the anchor chain too short to draw it: a language pair without a dictionary shares
// some numbers at most) a Gale–Church path in a band around it (search/length_centre.h). On the
// en–zh Bible the length diagonal strays up to 157 sentences from the gold path, the length path
// 11 (3 at the 99th percentile). In a partial text whose region came from the lengths
// (search/length_region.h) the path runs inside the covered region, from its first corner to its
// last, and the line keeps to the border outside it: with the diagonal across the region the
// first search of three of the four en–zh excerpts touched its band's edge 3–7 times (4–8
// attempts, 0.5–2.4 M cells); now each is one attempt of 56–123 k cells (docs/PERFORMANCE.md).
constexpr size_t kFewAnchors = 3;

std::vector<double> first_centre(const search::AnchorPath& path,
                                 const score::SideFeatures& source,
                                 const score::SideFeatures& target) {
  const search::CoveredRegion& region = path.covered;
  if (path.anchors.size() >= kFewAnchors) {
    return path.centre;
  }
  if (!region.partial()) {
    return search::length_centre(source.length, target.length, path.centre);
  }
  const IndexRange rows = region.source;
  const IndexRange columns = region.target;
  if (!region.source_gaps.empty() || !region.target_gaps.empty() || rows.size() == 0 ||
      columns.size() == 0) {
    return path.centre;
  }
  // The line inside the region, in the region's own coordinates, from its corner to its corner.
  std::vector<double> around(rows.size() + 1);
  for (uint32_t k = 0; k <= rows.size(); ++k) {
    around[k] = std::clamp(path.centre[rows.begin + k] - columns.begin, 0.0,
                           static_cast<double>(columns.size()));
  }
  around.front() = 0.0;
  around.back() = columns.size();
  const std::vector<double> inside =
      search::length_centre(source.length.segment(rows.begin, rows.size()),
                            target.length.segment(columns.begin, columns.size()), around);
  std::vector<double> centre = path.centre;
  for (uint32_t k = 0; k <= rows.size(); ++k) {
    centre[rows.begin + k] = columns.begin + inside[k];
  }
  centre.front() = 0.0;
  centre.back() = static_cast<double>(target.sentence_count());
  return centre;
}

// Where the first pass searches: around the centre line, at that half-width, and which
// sentences have a counterpart; and the beads to measure its link rates on.
struct FirstPass {
  std::vector<double> centre;
  uint32_t half_width = kFirstBand;
  uint32_t second_half_width = kSecondBand;
  search::CoveredRegion covered;
  std::vector<Bead> rate_beads;
  // The first search had no lexical evidence to go by (fewer than kFewAnchors anchors: its line
  // and beads come from the lengths), so the lexicon learned from its beads is a rough one.
  bool lengths_only = false;
};

// The anchor path (search/anchor_path.h) and the covered region it finds, or, for a very short
// text against a long one, the whole table with free end gaps (search/short_side.h). In a partial
// text (an excerpt, a partial translation) the centre line is off in places and the 1-1 beads along
// it gave link rates near each other (r 0.23, r0 0.13 on a Bible excerpt), which made unrelated
// sentences cheap to pair and 4-1 beads win over null beads. There the rates come from the anchors'
// pairs of sentences (r somewhat high: they were chosen for their links), and the second pass
// measures them on the first pass's beads. With gaps in the middle only, the line is the anchors'
// on both sides of each gap: the beads along it outside the gaps give the rates (from the anchors,
// textberg-de-fr-dev, whose French has 36 sentences the German lacks, fell from 0.886 to 0.881 on
// main 52de275; along the line 0.889).
FirstPass first_pass(const Aligner& aligner,
                     const score::LinkTable& links,
                     score::ScoringParameters& params) {
  const score::SideFeatures& source = aligner.source;
  const score::SideFeatures& target = aligner.target;
  const uint32_t m = aligner.m;
  const uint32_t n = aligner.n;
  search::AnchorPath path =
      search::anchor_path(source, target, links, search::block_path(source, target, links));
  params.short_side = search::short_side(m, n);
  if (params.short_side != score::ShortSide::None) {
    // The lengths of the short text's sentences against the long one's, as if they paired 1-1
    // (the whole documents' ratio made 4-1 beads of a 9-sentence excerpt look right); the
    // link rates as they are (the anchors are mostly stray).
    params.length.ratio = (std::max(1.0F, target.length.sum()) / static_cast<float>(n)) /
                          (std::max(1.0F, source.length.sum()) / static_cast<float>(m));
    return {std::move(path.centre),
            std::max(m, n),
            std::max(m, n),
            search::CoveredRegion{{0, m}, {0, n}, 1.0, false, false, {}, {}},
            {},
            false};
  }
  std::vector<Bead> rate_beads = path.covered.leading_gap || path.covered.trailing_gap
                                     ? beads_at(path.anchors)
                                     : beads_along(path.centre, n, path.covered);
  const bool lengths_only = path.anchors.size() < kFewAnchors;
  return {first_centre(path, source, target),
          kFirstBand,
          kSecondBand,
          path.covered,
          std::move(rate_beads),
          lengths_only};
}

// One more round for a text whose first search went by lengths alone (FirstPass::lengths_only):
// the lexicon is learned again, from scratch, on the second search's beads, which are far better
// than the first's (en–zh Bible: strict F1 0.867 first, 0.962 second), and the beads are searched
// again around the second search's path. Without a dictionary the learned lexicon is all the
// lexical evidence there is, and one learned from the first search's beads linked a share of
// r = 0.10 of the words in the 1-1 beads of an en–zh excerpt of 1,741 sentences (0.18 on the
// whole document); learned again on the second search's beads of that excerpt's covered part,
// 0.14 → 0.21, strict F1 0.926 → 0.946. A fourth round changed nothing (docs/EVALUATION.md,
// partial-en-zh 0.921 → 0.970). Costs one Model 1 training and one narrow search.
search::SearchResult learn_again(const Aligner& aligner,
                                 score::LinkTableBuilder builder,
                                 search::SearchResult second,
                                 uint32_t half_width,
                                 score::LinkTable& links,
                                 score::ScoringParameters& params) {
  for (const lexicon::LearnedLink& link : aligner.learn(second.beads)) {
    builder.add(link.source, link.target, link.probability, score::LinkOrigin::Learned);
  }
  links = builder.build();
  aligner.estimate_length(second.beads, params);
  aligner.estimate_link_rates(second.beads, links, params);
  return aligner.run(search::path_of(second.beads, aligner.m), half_width, links, params,
                     aligner.options.max_side);
}

// A long gap in the middle of a text without anchors (search/gap_search.h), after learn_again:
// the confident beads that stand among confident ones are taken as anchors; when their chain
// crosses a stretch that one side leaves out, the lexicon is learned again on those beads only,
// and the text is searched again with that stretch a gap of the region (a null bead there costs
// uncovered_null_score a sentence) in a band that reaches across it. The search's beads are
// read again, kGapRounds times at most, while a gap is found: each round narrows the stretch
// of wrong beads (gap-en-zh 001-forward-0, strict F1 0.598 → 0.746 one round, 0.768 three).
// The length ratio stays the one measured on the beads (that of the region without its gaps
// counts the wrong beads' stretch out too: 0.527). Each gap is placed first (search::place_gaps:
// two stripes across its step, best paths only) and the text searched in a band of the usual
// width around the line that jumps there: per round one Model 1 training, a few stripe
// searches of the step's rows · 2 · kStripeHalfWidth cells and a search of m · 2 · kFirstBand,
// linear in the length (a band as wide as the gap on every row cost m · gap cells: gap-en-zh
// forward-1 704 MB, 10.3 s; docs/PERFORMANCE.md, "gap search"). A text whose confident beads
// find no such gap (the whole en–zh Bible, its excerpts) keeps its beads. docs/EVALUATION.md,
// "Unequal texts".
constexpr int kGapRounds = 3;

search::SearchResult search_gaps(const Aligner& aligner,
                                 const score::LinkTableBuilder& unlearned,
                                 search::SearchResult second,
                                 score::LinkTable& links,
                                 score::ScoringParameters& params) {
  for (int round = 0; round < kGapRounds; ++round) {
    const search::TrustedBeads trusted = search::trusted_beads(second.beads);
    search::AnchorPath path =
        search::anchor_path_through(search::with_corners(trusted.anchors, aligner.m, aligner.n),
                                    aligner.source, aligner.target);
    path.covered = search::doubtful_gaps(std::move(path.covered), trusted);
    if (!search::has_middle_gap(path.covered)) {
      break;
    }
    score::LinkTableBuilder builder = unlearned;
    for (const lexicon::LearnedLink& link : aligner.learn(trusted.beads)) {
      builder.add(link.source, link.target, link.probability, score::LinkOrigin::Learned);
    }
    links = builder.build();
    aligner.estimate_link_rates(trusted.beads, links, params);
    params.covered_source = path.covered.source;
    params.covered_target = path.covered.target;
    params.source_gaps = path.covered.source_gaps;
    params.target_gaps = path.covered.target_gaps;
    const uint32_t max_side = aligner.options.max_side;
    const std::vector<Shape> shapes = default_shapes(max_side);
    const std::vector<double> centre = search::place_gaps(
        path, aligner.source.length, aligner.target.length, params.uncovered_null_score,
        [&](const score::Band& band) {
          return aligner.search_band(band, shapes, links, params, max_side, false);
        });
    second = aligner.run(centre, kFirstBand, links, params, max_side);
  }
  return second;
}

// The source and target stretches of each moved block (Bead::moved), in block order.
std::vector<std::pair<IndexRange, IndexRange>> moved_stretches(const std::vector<Bead>& beads) {
  std::vector<std::pair<IndexRange, IndexRange>> blocks;
  for (const Bead& bead : beads) {
    if (bead.moved == 0) {
      continue;
    }
    if (blocks.size() < bead.moved) {
      blocks.resize(bead.moved, {{UINT32_MAX, 0}, {UINT32_MAX, 0}});
    }
    auto& [source, target] = blocks[bead.moved - 1];
    source = {std::min(source.begin, bead.source.begin), std::max(source.end, bead.source.end)};
    target = {std::min(target.begin, bead.target.begin), std::max(target.end, bead.target.end)};
  }
  return blocks;
}

// Sentences of both sides in moved blocks.
uint32_t moved_sentences(const std::vector<Bead>& beads) {
  uint32_t count = 0;
  for (const Bead& bead : beads) {
    if (bead.moved != 0) {
      count += bead.source.size() + bead.target.size();
    }
  }
  return count;
}

bool overlaps(IndexRange x, IndexRange y) {
  return x.begin < y.end && y.begin < x.end;
}

// The scoring of the monotone search without the moved blocks: each block's stretches are
// left out (no bead with both sides holds them) and are gaps of their side (a null bead there
// costs uncovered_null_score a sentence, as one omission), and an uncovered end or a gap of the
// first pass that a block's stretch overlaps is dropped: it was the block, seen from the
// anchors as a stretch without counterpart, and it made the sentences beside the block that do
// pair cheap to leave out too.
void leave_out_moved(const std::vector<std::pair<IndexRange, IndexRange>>& blocks,
                     uint32_t m,
                     uint32_t n,
                     score::ScoringParameters& params) {
  const auto side = [&](IndexRange& covered, std::vector<IndexRange>& gaps, uint32_t count,
                        bool source) {
    std::vector<IndexRange> moved;
    for (const auto& [s, t] : blocks) {
      moved.push_back(source ? s : t);
    }
    const auto hit = [&](IndexRange range) {
      return std::any_of(moved.begin(), moved.end(),
                         [&](IndexRange block) { return overlaps(range, block); });
    };
    const uint32_t end = std::min(covered.end, count);
    if (covered.begin > 0 && hit({0, covered.begin})) {
      covered.begin = 0;
    }
    if (end < count && hit({end, count})) {
      covered.end = UINT32_MAX;
    }
    std::erase_if(gaps, hit);
    gaps.insert(gaps.end(), moved.begin(), moved.end());
    (source ? params.source_left_out : params.target_left_out) = moved;
  };
  side(params.covered_source, params.source_gaps, m, true);
  side(params.covered_target, params.target_gaps, n, false);
}

// The moved pass (search/moved_blocks.h), and when it finds blocks, the monotone path searched
// again without them (leave_out_moved) and the moved pass again on that path. A moved block
// pulls the monotone path with it (the "drag case"): its runs of null beads, which the moved
// pass pairs, hold part of the block and some of its neighbours, and the block found is part of
// the true one (moved-bible-ru-en 09-isa-40-41-forward-1 strict F1 0.690 → 0.757,
// 03-judg-6-7-forward-0 0.836 → 0.915). Kept when its blocks hold at
// least as many sentences as the first ones. Costs one narrow search when a block is found.
// docs/EVALUATION.md, "Moved passages": moved-bible-ru-en 01–10 0.904 → 0.909.
std::vector<Bead> moved_pass(const Aligner& aligner,
                             const std::vector<Bead>& monotone,
                             const score::LinkTable& links,
                             const score::ScoringParameters& params) {
  const AlignOptions& options = aligner.options;
  const search::BlockSearchSettings settings{default_shapes(options.max_side), options.max_side,
                                             kTemperature, options.use_paragraphs};
  const auto find_moved = [&](std::vector<Bead> beads, const score::ScoringParameters& p) {
    return search::find_moved_blocks(std::move(beads), aligner.source, aligner.target, links, p,
                                     settings);
  };
  std::vector<Bead> beads = find_moved(monotone, params);
  const std::vector<std::pair<IndexRange, IndexRange>> blocks = moved_stretches(beads);
  if (blocks.empty()) {
    return beads;
  }
  score::ScoringParameters without = params;
  leave_out_moved(blocks, aligner.m, aligner.n, without);
  search::SearchResult again = aligner.run(search::path_of(monotone, aligner.m), kSecondBand, links,
                                           without, options.max_side);
  std::vector<Bead> straightened = find_moved(std::move(again.beads), without);
  if (moved_sentences(straightened) < moved_sentences(beads)) {
    straightened = std::move(beads);
  }
  search::unmark_blocks_in_order(straightened, aligner.n);
  return straightened;
}

constexpr uint64_t kStages = 4;

}  // namespace

void AlignOptions::validate() const {
  if (max_side < 1 || max_side > 4) {
    throw OptionError(fmt::format("--max-side must be in 1..4 (got {})", max_side));
  }
}

Alignment align(const Document& source,
                const Document& target,
                const AlignOptions& options,
                const Lexicon& lexicon) {
  return align(source, target, options, PreparedLexicon(lexicon, source.language, target.language));
}

Alignment align(const Document& source,
                const Document& target,
                const AlignOptions& options,
                const PreparedLexicon& lexicon) {
  return align(source, target, options, lexicon, SearchTuning{});
}

Alignment align(const Document& source,
                const Document& target,
                const AlignOptions& options,
                const PreparedLexicon& lexicon,
                const SearchTuning& tuning) {
  options.validate();
  check_lexicon(source, target, lexicon);
  if (source.sentences.empty() || target.sentences.empty()) {
    return unpaired(static_cast<uint32_t>(source.sentences.size()),
                    static_cast<uint32_t>(target.sentences.size()));
  }
  report(options, "tokenize", 0, kStages);
  text::Tokenizer source_tokenizer(source.language);
  text::Tokenizer target_tokenizer(target.language);
  return align_features(source, target, score::extract_features(source, source_tokenizer),
                        score::extract_features(target, target_tokenizer), options, lexicon,
                        tuning);
}

Alignment align_features(const Document& source,
                         const Document& target,
                         const score::SideFeatures& source_features,
                         const score::SideFeatures& target_features,
                         const AlignOptions& options,
                         const PreparedLexicon& lexicon,
                         const SearchTuning& tuning) {
  options.validate();
  check_lexicon(source, target, lexicon);
  const auto m = static_cast<uint32_t>(source.sentences.size());
  const auto n = static_cast<uint32_t>(target.sentences.size());
  if (m == 0 || n == 0) {
    return unpaired(m, n);
  }
  Alignment result;
  report(options, "anchors", 1, kStages);
  score::LinkTableBuilder builder(source_features.vocabulary.size(),
                                  target_features.vocabulary.size());
  score::add_dictionary_links(lexicon, source_features, target_features, builder);
  const bool same_language = !source.language.empty() && source.language == target.language;
  score::add_surface_links(source_features, target_features, same_language,
                           score::spellings_comparable(source.language, target.language), builder);
  score::LinkTable links = builder.build();

  const Aligner aligner{source_features, target_features, options, tuning};
  score::ScoringParameters params;
  params.length.ratio = static_cast<float>(std::max(1.0F, target_features.length.sum()) /
                                           std::max(1.0F, source_features.length.sum()));
  const FirstPass pass = first_pass(aligner, links, params);
  if (pass.covered.partial()) {
    params.length.ratio = length_ratio(source_features, target_features, pass.covered);
    params.covered_source = pass.covered.source;
    params.covered_target = pass.covered.target;
    params.source_gaps = pass.covered.source_gaps;
    params.target_gaps = pass.covered.target_gaps;
  }
  aligner.estimate_link_rates(pass.rate_beads, links, params);

  report(options, "align", 2, kStages);
  search::SearchResult first =
      aligner.run(pass.centre, pass.half_width, links, params, options.max_side);

  // Measured before the learned links exist: they are trained on these beads and would find
  // evidence in any pairing, even of unrelated texts.
  result.evidence = score::link_evidence(first.beads, source_features, target_features, links);

  report(options, "realign", 3, kStages);
  if (params.short_side != score::ShortSide::None) {
    // The short side placed (search/short_side.h): the second pass searches the stretch found.
    const search::CoveredRegion placed =
        search::short_side_region(first.beads, params.short_side, source_features, target_features);
    params.short_side = score::ShortSide::None;
    params.covered_source = placed.source;
    params.covered_target = placed.target;
    params.length.ratio = length_ratio(source_features, target_features, placed);
  }
  aligner.estimate_length(first.beads, params);
  const bool again = pass.lengths_only && options.learn_lexicon;
  // The links without the learned ones, for learn_again (empty when it does not run).
  const score::LinkTableBuilder unlearned =
      again ? builder
            : score::LinkTableBuilder(source_features.vocabulary.size(),
                                      target_features.vocabulary.size());
  if (options.learn_lexicon) {
    for (const lexicon::LearnedLink& link : aligner.learn(first.beads)) {
      builder.add(link.source, link.target, link.probability, score::LinkOrigin::Learned);
    }
    links = builder.build();
  }
  aligner.estimate_link_rates(first.beads, links, params);
  search::SearchResult second = aligner.run(search::path_of(first.beads, m), pass.second_half_width,
                                            links, params, options.max_side);

  if (again) {
    second =
        learn_again(aligner, unlearned, std::move(second), pass.second_half_width, links, params);
    second = search_gaps(aligner, unlearned, std::move(second), links, params);
  }
  result.beads = options.find_moved ? moved_pass(aligner, second.beads, links, params)
                                    : std::move(second.beads);
  std::vector<uint32_t> seen(target_features.vocabulary.size(), 0);
  uint32_t stamp = 0;
  for (Bead& bead : result.beads) {
    bead.evidence = evidence_of(bead, source_features, target_features, links, seen, ++stamp);
  }
  report(options, "done", kStages, kStages);
  return result;
}

}  // namespace parallax
