#include "search/moved_blocks.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "score/band.h"
#include "score/pair_scores.h"
#include "search/bead_search.h"

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
  std::optional<Block> operator()(IndexRange s, IndexRange t) {
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
    const auto first = std::find_if(beads.begin(), beads.end(), paired);
    if (first == beads.end()) {
      return std::nullopt;
    }
    const auto last = std::find_if(beads.rbegin(), beads.rend(), paired).base();
    Block block{{first->source.begin, (last - 1)->source.end},
                {first->target.begin, (last - 1)->target.end},
                std::vector<Bead>(first, last)};
    if (!translates(block)) {
      return std::nullopt;
    }
    return block;
  }

 private:
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
    const double threshold = 0.5 * (params_.link_rate + params_.chance_link_rate);
    return paired_source >= kMinMovedSentences && paired_target >= kMinMovedSentences &&
           2 * paired_source >= block.source.size() && 2 * paired_target >= block.target.size() &&
           2 * one_to_one >= kMinMovedSentences && linked.weight > 0.0 &&
           linked.linked / linked.weight >= threshold;
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
  return result;
}

}  // namespace

std::vector<Bead> find_moved_blocks(std::vector<Bead> beads,
                                    const score::SideFeatures& source,
                                    const score::SideFeatures& target,
                                    const score::LinkTable& links,
                                    const score::ScoringParameters& params,
                                    const BlockSearchSettings& settings) {
  const Stretches stretches = stretches_of(beads);
  if (stretches.source.empty() || stretches.target.empty()) {
    return beads;
  }
  const std::vector<Vote> pairs = candidates(stretches, source, target, links);
  BlockSearch search(source, target, links, params, settings);
  std::vector<bool> source_used(stretches.source.size(), false);
  std::vector<bool> target_used(stretches.target.size(), false);
  std::vector<uint32_t> tries(stretches.source.size(), 0);
  std::vector<Block> blocks;
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
  if (blocks.empty()) {
    return beads;
  }
  return splice_blocks(std::move(beads), std::move(blocks),
                       static_cast<uint32_t>(source.sentence_count()),
                       static_cast<uint32_t>(target.sentence_count()));
}

}  // namespace parallax::search
