#include "search/moved_blocks.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "score/band.h"
#include "score/pair_scores.h"
#include "search/bead_search.h"
#include "search/moved_blocks_anchors.h"

namespace parallax::search {

namespace {

// A target token in more sentences than this casts no vote: it is no evidence of where a
// passage went, and the cap keeps the votes linear in the text.
constexpr size_t kMaxPostings = 64;
// A pair of stretches is searched when at least this share of each one's weight links into the
// other (the true-bead rate r is 0.3–0.8 on the evaluation sets, the chance rate r0 0.01–0.15).
constexpr float kMinVote = 0.15F;
// Half-width of the band around a pair's diagonal: a block inside a stretch may sit off it by up
// to this many sentences.
constexpr uint32_t kMovedBand = 24;
// Searches per stretch at most, failed ones included: bounds the pass at O(Σ|S| · kMovedBand).
constexpr uint32_t kMaxTriesPerStretch = 3;
// The searches of the pass take at most this many DP cells per sentence of the texts (or
// kMinCells): a stretch facing a much longer one has a wide band, and a long partial text may
// have many such pairs. The monotone pass takes about 2 · (2 · 12 + 1) per source sentence.
constexpr uint64_t kCellsPerSentence = 16;
constexpr uint64_t kMinCells = uint64_t{1} << 20;
// Runs of off-path anchors tried as blocks (moved_blocks_anchors.h), heaviest first, and the
// sentences by which a run's hull is widened on each side (its anchors need not lie in the
// block's first and last sentences).
constexpr size_t kMaxRuns = 3;
constexpr uint32_t kRunMargin = 3;

struct Stretch {
  IndexRange range;
  uint32_t run = 0;  // index of its run of null beads
};

struct Stretches {
  std::vector<Stretch> source;
  std::vector<Stretch> target;
};

Stretches stretches_of(const std::vector<Bead>& beads) {
  Stretches result;
  uint32_t run = 0;
  IndexRange source_run;
  IndexRange target_run;
  const auto close = [&] {
    if (source_run.size() >= kMinMovedSentences) {
      result.source.push_back({source_run, run});
    }
    if (target_run.size() >= kMinMovedSentences) {
      result.target.push_back({target_run, run});
    }
    source_run = {};
    target_run = {};
    ++run;
  };
  const auto extend = [](IndexRange& range, IndexRange part) {
    if (part.empty()) {
      return;
    }
    if (range.empty()) {
      range = part;
    } else {
      range.end = part.end;
    }
  };
  for (const Bead& bead : beads) {
    if (!bead.source.empty() && !bead.target.empty()) {
      close();
      continue;
    }
    extend(source_run, bead.source);
    extend(target_run, bead.target);
  }
  close();
  return result;
}

// votes[(a, b)] = share of the weight of from-stretch a whose tokens link into a sentence of
// to-stretch b (step 1 of the header), for every pair with a vote, sorted by (a, b).
struct Vote {
  uint32_t from = 0;
  uint32_t to = 0;
  float share = 0.0F;
};

std::vector<Vote> votes(const std::vector<Stretch>& from,
                        const score::SideFeatures& from_side,
                        const std::vector<Stretch>& to,
                        const score::SideFeatures& to_side,
                        const score::LinkRows& rows) {
  std::vector<uint32_t> to_stretch(to_side.sentence_count(), UINT32_MAX);
  for (uint32_t b = 0; b < to.size(); ++b) {
    std::fill(to_stretch.begin() + to[b].range.begin, to_stretch.begin() + to[b].range.end, b);
  }
  std::vector<uint32_t> token_seen(from_side.vocabulary.size(), UINT32_MAX);
  std::vector<uint64_t> reached(to.size(), UINT64_MAX);
  std::vector<float> sums(to.size(), 0.0F);
  std::vector<uint32_t> touched;
  std::vector<Vote> result;
  uint64_t stamp = 0;
  for (uint32_t a = 0; a < from.size(); ++a) {
    float total = 0.0F;
    for (uint32_t i = from[a].range.begin; i < from[a].range.end; ++i) {
      for (uint32_t k = from_side.token_begin[i]; k < from_side.token_begin[i + 1]; ++k) {
        const uint32_t x = from_side.token_ids[k];
        const float weight = from_side.token_weight(x);
        if (weight <= 0.0F || token_seen[x] == a) {
          continue;
        }
        token_seen[x] = a;
        total += weight;
        ++stamp;
        for (uint32_t l = rows.begin[x]; l < rows.begin[x + 1]; ++l) {
          const std::vector<uint32_t>& postings = to_side.postings[rows.other[l]];
          if (postings.size() > kMaxPostings) {
            continue;
          }
          for (const uint32_t j : postings) {
            const uint32_t b = to_stretch[j];
            if (b == UINT32_MAX || to[b].run == from[a].run || reached[b] == stamp) {
              continue;
            }
            reached[b] = stamp;
            if (sums[b] == 0.0F) {
              touched.push_back(b);
            }
            sums[b] += weight;
          }
        }
      }
    }
    std::sort(touched.begin(), touched.end());
    for (const uint32_t b : touched) {
      result.push_back({a, b, total > 0.0F ? sums[b] / total : 0.0F});
      sums[b] = 0.0F;
    }
    touched.clear();
  }
  return result;
}

// Pairs (source stretch, target stretch) whose votes both ways reach kMinVote, best first.
std::vector<Vote> candidates(const Stretches& stretches,
                             const score::SideFeatures& source,
                             const score::SideFeatures& target,
                             const score::LinkTable& links) {
  const std::vector<Vote> forward =
      votes(stretches.source, source, stretches.target, target, links.forward);
  std::vector<Vote> backward =
      votes(stretches.target, target, stretches.source, source, links.backward);
  for (Vote& vote : backward) {
    std::swap(vote.from, vote.to);
  }
  const auto by_pair = [](const Vote& x, const Vote& y) {
    return std::tie(x.from, x.to) < std::tie(y.from, y.to);
  };
  std::sort(backward.begin(), backward.end(), by_pair);
  std::vector<Vote> result;
  auto other = backward.begin();
  for (const Vote& vote : forward) {
    other = std::lower_bound(other, backward.end(), vote, by_pair);
    if (other != backward.end() && other->from == vote.from && other->to == vote.to) {
      const float share = std::min(vote.share, other->share);
      if (share >= kMinVote) {
        result.push_back({vote.from, vote.to, share});
      }
    }
  }
  std::stable_sort(result.begin(), result.end(),
                   [](const Vote& x, const Vote& y) { return x.share > y.share; });
  return result;
}

struct Block {
  IndexRange source;
  IndexRange target;
  std::vector<Bead> beads;
  bool from_run = false;  // found from a run of anchors (add_run_blocks)
};

class BlockSearch {
 public:
  BlockSearch(const score::SideFeatures& source,
              const score::SideFeatures& target,
              const score::LinkTable& links,
              const score::ScoringParameters& params,
              const BlockSearchSettings& settings)
      : source_(source),
        target_(target),
        links_(links),
        params_(params),
        settings_(settings),
        evidence_(source, target, links) {
    // A moved block lies where the monotone pass saw a gap: score it as covered text.
    params_.covered_source = {0, UINT32_MAX};
    params_.covered_target = {0, UINT32_MAX};
    params_.source_gaps.clear();
    params_.target_gaps.clear();
    params_.short_side = score::ShortSide::None;
    params_.source_left_out.clear();
    params_.target_left_out.clear();
    budget_ = std::max<uint64_t>(
        kMinCells, kCellsPerSentence * (source.sentence_count() + target.sentence_count()));
  }

  // The block that source stretch s and target stretch t hold, if they translate each other.
  // With trim_ends (a block from a run of anchors), its ends are trimmed (trimmed_ends).
  std::optional<Block> operator()(IndexRange s, IndexRange t, bool trim_ends = false) {
    const uint32_t rows = s.size() + 1;
    std::vector<double> centre(rows);
    for (uint32_t r = 0; r < rows; ++r) {
      centre[r] = t.begin + static_cast<double>(r) * t.size() / s.size();
    }
    const std::vector<uint32_t> widths(rows, std::min(kMovedBand, std::max(s.size(), t.size())));
    const score::Band band = score::make_window_band(
        centre, static_cast<uint32_t>(target_.sentence_count()), widths, s.begin, t.begin, t.end);
    if (spent_ + band.cells() > budget_) {
      return std::nullopt;
    }
    spent_ += band.cells();
    const score::PairScores pairs =
        score::compute_pair_scores(source_, target_, links_, band, settings_.max_side);
    const score::BeadScorer scorer(source_, target_, pairs, params_, settings_.use_paragraphs);
    std::vector<Bead> beads =
        search_beads(scorer, band, settings_.shapes, settings_.temperature).beads;
    const auto paired = [](const Bead& bead) {
      return !bead.source.empty() && !bead.target.empty();
    };
    auto first = std::find_if(beads.begin(), beads.end(), paired);
    if (first == beads.end()) {
      return std::nullopt;
    }
    auto last = std::find_if(beads.rbegin(), beads.rend(), paired).base();
    if (trim_ends) {
      std::tie(first, last) = trimmed_ends(first, last);
      if (first == last) {
        return std::nullopt;
      }
    }
    Block block{{first->source.begin, (last - 1)->source.end},
                {first->target.begin, (last - 1)->target.end},
                std::vector<Bead>(first, last)};
    if (!translates(block)) {
      return std::nullopt;
    }
    return block;
  }

  // The beads [first, last) without their ends outside the densest linked stretch: the stretch
  // maximising Σ (share(bead) − c), with share the linked share of weight of a bead's sentence
  // pairs (0 for a null bead) and c halfway from the chance rate r0 to the true-bead rate r (a
  // maximum-sum subarray, O(beads)). The hull of a run of anchors, widened, holds sentences
  // beside the block that its search pairs by chance rather than leave out (linked shares
  // 0.00–0.12 against 0.13–0.78 inside the block on moved-textberg-de-fr-dev reverse-1).
  std::pair<std::vector<Bead>::iterator, std::vector<Bead>::iterator> trimmed_ends(
      std::vector<Bead>::iterator first, std::vector<Bead>::iterator last) {
    double best = 0.0;
    double sum = 0.0;
    auto best_first = first;
    auto best_last = first;
    auto start = first;
    for (auto it = first; it != last; ++it) {
      score::LinkedShare share;
      if (!it->source.empty() && !it->target.empty()) {
        for (uint32_t i = it->source.begin; i < it->source.end; ++i) {
          for (uint32_t j = it->target.begin; j < it->target.end; ++j) {
            share += evidence_.linked_share(i, j);
          }
        }
      }
      const double value = (share.weight > 0.0 ? share.linked / share.weight : 0.0) - threshold();
      if (sum <= 0.0) {
        sum = 0.0;
        start = it;
      }
      sum += value;
      if (sum > best) {
        best = sum;
        best_first = start;
        best_last = it + 1;
      }
    }
    return {best_first, best_last};
  }

  // The linked share of weight of the 1-1 beads among beads (0 when there are none).
  double linked_share(const std::vector<Bead>& beads) {
    score::LinkedShare linked;
    for (const Bead& bead : beads) {
      if (bead.source.size() == 1 && bead.target.size() == 1) {
        linked += evidence_.linked_share(bead.source.begin, bead.target.begin);
      }
    }
    return linked.weight > 0.0 ? linked.linked / linked.weight : 0.0;
  }

  // Whether a block from a run of anchors (moved_blocks_anchors.h) is a better place for its
  // sentences than where the monotone beads put them: fewer than a quarter of its beads with
  // both sides are beads of the monotone path (the search of a run's hull beside the path may
  // return to it), and its 1-1 beads are linked more than the monotone 1-1 beads that hold its
  // sentences, by a quarter of the way from r0 to r. A passage that the text repeats translates
  // in both places, and stays where it is.
  bool better_than_in_place(const Block& block, const std::vector<Bead>& monotone) {
    std::vector<Bead> one_to_one;
    uint32_t paired = 0;
    uint32_t same = 0;
    for (const Bead& bead : monotone) {
      if (bead.source.empty() || bead.target.empty() ||
          (!overlaps(bead.source, block.source) && !overlaps(bead.target, block.target))) {
        continue;
      }
      if (bead.source.size() == 1 && bead.target.size() == 1) {
        one_to_one.push_back(bead);
      }
      same += static_cast<uint32_t>(
          std::count_if(block.beads.begin(), block.beads.end(), [&](const Bead& other) {
            return other.source == bead.source && other.target == bead.target;
          }));
    }
    for (const Bead& bead : block.beads) {
      paired += !bead.source.empty() && !bead.target.empty() ? 1 : 0;
    }
    const double margin = 0.25 * (params_.link_rate - params_.chance_link_rate);
    const double there = linked_share(one_to_one);
    return 4 * same < paired && linked_share(block.beads) >= there + margin;
  }

 private:
  static bool overlaps(IndexRange x, IndexRange y) { return x.begin < y.end && y.begin < x.end; }

  double threshold() const { return 0.5 * (params_.link_rate + params_.chance_link_rate); }

  // Step 3 of the header: enough sentences paired, and the 1-1 beads linked like true beads.
  bool translates(const Block& block) {
    uint32_t paired_source = 0;
    uint32_t paired_target = 0;
    uint32_t one_to_one = 0;
    score::LinkedShare linked;
    for (const Bead& bead : block.beads) {
      if (bead.source.empty() || bead.target.empty()) {
        continue;
      }
      paired_source += bead.source.size();
      paired_target += bead.target.size();
      if (bead.source.size() == 1 && bead.target.size() == 1) {
        linked += evidence_.linked_share(bead.source.begin, bead.target.begin);
        ++one_to_one;
      }
    }
    return paired_source >= kMinMovedSentences && paired_target >= kMinMovedSentences &&
           2 * paired_source >= block.source.size() && 2 * paired_target >= block.target.size() &&
           2 * one_to_one >= kMinMovedSentences && linked.weight > 0.0 &&
           linked.linked / linked.weight >= threshold();
  }

  const score::SideFeatures& source_;
  const score::SideFeatures& target_;
  const score::LinkTable& links_;
  score::ScoringParameters params_;
  const BlockSearchSettings& settings_;
  score::PairEvidence evidence_;
  // DP cells of the searches so far, and their bound (kCellsPerSentence per sentence).
  uint64_t spent_ = 0;
  uint64_t budget_ = 0;
};

// Each 0-1 bead's empty source at the end of the bead before it (beads are in source order): a
// bead that dissolve() made, or one that moved behind a block, stands where it now is.
void place_empty_sources(std::vector<Bead>& beads) {
  uint32_t cursor = 0;
  for (Bead& bead : beads) {
    if (bead.source.empty()) {
      bead.source = {cursor, cursor};
    }
    cursor = bead.source.end;
  }
}

// The beads with every bead with both sides that holds a sentence of a block (a block from a
// run of anchors takes sentences that the monotone path pairs) split into one null bead per
// sentence: 1-0 beads, then 0-1 beads.
std::vector<Bead> dissolve(std::vector<Bead> beads,
                           const std::vector<uint32_t>& source_block,
                           const std::vector<uint32_t>& target_block) {
  const auto in_block = [](const std::vector<uint32_t>& block_of, IndexRange range) {
    return std::any_of(block_of.begin() + range.begin, block_of.begin() + range.end,
                       [](uint32_t k) { return k != UINT32_MAX; });
  };
  std::vector<Bead> result;
  result.reserve(beads.size());
  for (Bead& bead : beads) {
    if (bead.source.empty() || bead.target.empty() ||
        (!in_block(source_block, bead.source) && !in_block(target_block, bead.target))) {
      result.push_back(std::move(bead));
      continue;
    }
    for (uint32_t i = bead.source.begin; i < bead.source.end; ++i) {
      result.push_back(Bead{{i, i + 1}, {bead.target.begin, bead.target.begin}, 0.0F, {}});
    }
    for (uint32_t j = bead.target.begin; j < bead.target.end; ++j) {
      result.push_back(Bead{{bead.source.end, bead.source.end}, {j, j + 1}, 0.0F, {}});
    }
  }
  return result;
}

// The beads with each block's beads in place of its 1-0 beads and its 0-1 beads removed.
std::vector<Bead> splice_blocks(std::vector<Bead> beads,
                                std::vector<Block> blocks,
                                uint32_t m,
                                uint32_t n) {
  std::sort(blocks.begin(), blocks.end(),
            [](const Block& x, const Block& y) { return x.source.begin < y.source.begin; });
  std::vector<uint32_t> source_block(m, UINT32_MAX);
  std::vector<uint32_t> target_block(n, UINT32_MAX);
  for (uint32_t k = 0; k < blocks.size(); ++k) {
    std::fill(source_block.begin() + blocks[k].source.begin,
              source_block.begin() + blocks[k].source.end, k);
    std::fill(target_block.begin() + blocks[k].target.begin,
              target_block.begin() + blocks[k].target.end, k);
  }
  beads = dissolve(std::move(beads), source_block, target_block);
  std::vector<Bead> result;
  result.reserve(beads.size());
  // The beads outside blocks continue in the target at the next sentence no block takes: a 1-0
  // bead's empty target is put there (parallax/validate.h).
  uint32_t target_cursor = 0;
  const auto skip_moved = [&](uint32_t j) {
    while (j < n && target_block[j] != UINT32_MAX) {
      ++j;
    }
    return j;
  };
  for (Bead& bead : beads) {
    if (!(bead.source.empty() && !bead.target.empty() &&
          target_block[bead.target.begin] != UINT32_MAX) &&
        !(bead.target.empty() && source_block[bead.source.begin] != UINT32_MAX)) {
      target_cursor = skip_moved(target_cursor);
      if (bead.target.empty()) {
        bead.target = {target_cursor, target_cursor};
      }
      target_cursor = std::max(target_cursor, bead.target.end);
    }
    if (bead.target.empty() && source_block[bead.source.begin] != UINT32_MAX) {
      const uint32_t k = source_block[bead.source.begin];
      if (bead.source.begin == blocks[k].source.begin) {
        for (Bead& moved : blocks[k].beads) {
          moved.moved = k + 1;
          result.push_back(std::move(moved));
        }
      }
    } else if (!(bead.source.empty() && target_block[bead.target.begin] != UINT32_MAX)) {
      result.push_back(std::move(bead));
    }
  }
  place_empty_sources(result);
  return result;
}

// Sentences of both sides that a block holds.
uint32_t held(const Block& block) {
  return block.source.size() + block.target.size();
}

bool overlaps(const Block& block, IndexRange source, IndexRange target) {
  const auto meet = [](IndexRange x, IndexRange y) { return x.begin < y.end && y.begin < x.end; };
  return meet(block.source, source) || meet(block.target, target);
}

// A run's hull widened by kRunMargin, but not into a block that lies beside it.
IndexRange widened(IndexRange hull, uint32_t count, const std::vector<IndexRange>& taken) {
  IndexRange range{hull.begin > kRunMargin ? hull.begin - kRunMargin : 0,
                   std::min(count, hull.end + kRunMargin)};
  for (const IndexRange& other : taken) {
    if (other.end <= hull.begin) {
      range.begin = std::max(range.begin, other.end);
    } else if (other.begin >= hull.end) {
      range.end = std::min(range.end, other.begin);
    }
  }
  return range;
}

// Blocks from the kMaxRuns heaviest runs of anchors off the path (moved_blocks_anchors.h): each
// run's hull, widened, searched as a pair of stretches with its ends trimmed, and kept when the
// block translates and is a better place for its sentences than where the monotone beads put
// them. A block from the stretches that the run overlaps is replaced when the run's block holds
// more sentences (the stretches held part of a block whose rest the path paired wrongly:
// moved-bible-ru-en 04-ruth-1-4-forward-1); a run that overlaps a run's block is skipped.
void add_run_blocks(const std::vector<Bead>& beads,
                    const score::SideFeatures& source,
                    const score::SideFeatures& target,
                    const score::LinkTable& links,
                    BlockSearch& search,
                    std::vector<Block>& blocks) {
  const auto m = static_cast<uint32_t>(source.sentence_count());
  const auto n = static_cast<uint32_t>(target.sentence_count());
  std::vector<AnchorRun> runs = off_path_runs(beads, source, target, links);
  runs.resize(std::min(runs.size(), kMaxRuns));
  for (const AnchorRun& run : runs) {
    uint32_t replaced = 0;
    std::vector<IndexRange> source_taken;
    std::vector<IndexRange> target_taken;
    bool skip = false;
    for (const Block& block : blocks) {
      if (!overlaps(block, run.source, run.target)) {
        source_taken.push_back(block.source);
        target_taken.push_back(block.target);
      } else {
        skip = skip || block.from_run;
        replaced += held(block);
      }
    }
    if (skip) {
      continue;
    }
    std::optional<Block> block =
        search(widened(run.source, m, source_taken), widened(run.target, n, target_taken), true);
    if (!block || held(*block) <= replaced || !search.better_than_in_place(*block, beads)) {
      continue;
    }
    std::erase_if(blocks, [&](const Block& other) {
      return overlaps(other, block->source, block->target) ||
             overlaps(other, run.source, run.target);
    });
    block->from_run = true;
    blocks.push_back(std::move(*block));
  }
}

// The beads outside moved blocks continue in the target at the next sentence that no block
// takes: each 1-0 bead's empty target is put there (parallax/validate.h). Returns whether each
// of those beads with a target begins there, that is whether the beads outside blocks are in
// order.
bool place_empty_targets(std::vector<Bead>& beads, uint32_t n) {
  std::vector<bool> taken(n, false);
  for (const Bead& bead : beads) {
    if (bead.moved != 0) {
      std::fill(taken.begin() + bead.target.begin, taken.begin() + bead.target.end, true);
    }
  }
  uint32_t cursor = 0;
  bool in_order = true;
  for (Bead& bead : beads) {
    if (bead.moved != 0) {
      continue;
    }
    while (cursor < n && taken[cursor]) {
      ++cursor;
    }
    if (bead.target.empty()) {
      bead.target = {cursor, cursor};
    }
    in_order = in_order && bead.target.begin == cursor;
    cursor = bead.target.end;
  }
  place_empty_sources(beads);
  return in_order;
}

}  // namespace

void unmark_blocks_in_order(std::vector<Bead>& beads, uint32_t n) {
  uint32_t blocks = 0;
  for (const Bead& bead : beads) {
    blocks = std::max(blocks, bead.moved);
  }
  std::vector<uint32_t> renumbered(blocks + 1, 0);
  uint32_t kept = 0;
  for (uint32_t k = 1; k <= blocks; ++k) {
    std::vector<Bead> unmarked = beads;
    const auto first = std::find_if(unmarked.begin(), unmarked.end(),
                                    [k](const Bead& bead) { return bead.moved == k; });
    const auto last =
        std::find_if(first, unmarked.end(), [k](const Bead& bead) { return bead.moved != k; });
    for (auto it = first; it != last; ++it) {
      it->moved = 0;
    }
    // 0-1 beads at the block's source position that come after its target in order stand
    // before it only because a moved block's target is elsewhere: they go after it.
    auto before = first;
    while (before != unmarked.begin() && std::prev(before)->source.empty() &&
           std::prev(before)->moved == 0 &&
           std::prev(before)->target.begin >= (last - 1)->target.end) {
      --before;
    }
    std::rotate(before, first, last);
    if (place_empty_targets(unmarked, n)) {
      beads = std::move(unmarked);
    } else {
      renumbered[k] = ++kept;
    }
  }
  for (Bead& bead : beads) {
    bead.moved = renumbered[bead.moved];
  }
}

std::vector<Bead> find_moved_blocks(std::vector<Bead> beads,
                                    const score::SideFeatures& source,
                                    const score::SideFeatures& target,
                                    const score::LinkTable& links,
                                    const score::ScoringParameters& params,
                                    const BlockSearchSettings& settings) {
  const Stretches stretches = stretches_of(beads);
  BlockSearch search(source, target, links, params, settings);
  std::vector<Block> blocks;
  const std::vector<Vote> pairs = stretches.source.empty() || stretches.target.empty()
                                      ? std::vector<Vote>{}
                                      : candidates(stretches, source, target, links);
  std::vector<bool> source_used(stretches.source.size(), false);
  std::vector<bool> target_used(stretches.target.size(), false);
  std::vector<uint32_t> tries(stretches.source.size(), 0);
  for (const Vote& pair : pairs) {
    if (source_used[pair.from] || target_used[pair.to] || tries[pair.from] >= kMaxTriesPerStretch) {
      continue;
    }
    ++tries[pair.from];
    std::optional<Block> block =
        search(stretches.source[pair.from].range, stretches.target[pair.to].range);
    if (block) {
      source_used[pair.from] = true;
      target_used[pair.to] = true;
      blocks.push_back(std::move(*block));
    }
  }
  add_run_blocks(beads, source, target, links, search, blocks);
  if (blocks.empty()) {
    return beads;
  }
  return splice_blocks(std::move(beads), std::move(blocks),
                       static_cast<uint32_t>(source.sentence_count()),
                       static_cast<uint32_t>(target.sentence_count()));
}

}  // namespace parallax::search
