// The log-score of one bead: shape prior + length + lexical evidence − paragraph crossings.
//
// Notation: bead (a,b) starting at source sentence i0 and target sentence j0; W the total
// rarity weight of its tokens (both sides), M the part of W linked across the bead
// (PairScores: each token counted once, at its strongest link into the other side). Each token is
// linked with probability r in a true bead and r0 in a random pair of sentences, so the
// log-likelihood ratio of the bead against the null hypothesis is (Moore 2002; Vecalign's
// normalisation by random pairs, Thompson & Koehn 2019, sec. 3.2)
//   lex = λ · (M · log(r/r0) + (W − M) · log((1 − r)/(1 − r0)))
// where λ < 1 discounts the dependence between tokens. Null beads (1-0, 0-1) score their
// prior plus the length term a typical 1-1 bead gets, and no lexical term.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include <parallax/types.h>

#include "score/length_model.h"
#include "score/pair_scores.h"
#include "score/sentence_features.h"

namespace parallax::score {

struct Shape {
  uint8_t source = 1;
  uint8_t target = 1;
  float log_prior = 0.0F;
};

// Which side is a very short text placed in a long one (search/short_side.h), if one is.
enum class ShortSide : uint8_t { None, Source, Target };

struct ScoringParameters {
  LengthModel length;
  float link_rate = 0.35F;         // r: share of weight linked in true beads
  float chance_link_rate = 0.04F;  // r0: share linked in random pairs
  float lexical_weight = 0.7F;     // λ (tuned on textberg-de-fr-dev; docs/EVALUATION.md)
  float length_weight = 1.0F;
  float null_length_score = -1.15F;  // log P(|δ| ≥ 1), the length term of a typical bead
  float paragraph_crossing = 3.0F;   // penalty per paragraph boundary inside one side
  // The sentences that have a counterpart, as far as the anchors show (search/anchor_path.h,
  // CoveredRegion); everything by default. A null bead of sentences outside scores
  // uncovered_null_score per sentence instead of its prior and length term: a run of
  // sentences that a partial text does not cover is one omission, not one per sentence, and
  // at 5.8 per sentence many-to-one beads of unrelated sentences were cheaper than nulls.
  IndexRange covered_source{0, UINT32_MAX};
  IndexRange covered_target{0, UINT32_MAX};
  // Stretches inside the covered range that the other side leaves out (CoveredRegion's gaps,
  // in order): a null bead inside one scores as one outside the covered range.
  std::vector<IndexRange> source_gaps;
  std::vector<IndexRange> target_gaps;
  // With a short side, a null bead of the other side also scores as uncovered where none or
  // all of the short side is consumed (free end gaps, search/short_side.h).
  ShortSide short_side = ShortSide::None;
  float uncovered_null_score = -0.1F;
  // Sentences that no bead with both sides may hold: the moved blocks (search/moved_blocks.h)
  // when the monotone path is searched again without them. They should also lie in a gap (a
  // null bead of them then scores uncovered_null_score a sentence).
  std::vector<IndexRange> source_left_out;
  std::vector<IndexRange> target_left_out;
  // The lexical term of a 1-1 bead is never below this. It sums one term per unlinked token as
  // if tokens were independent, but misses come together (names spelled differently, a
  // dictionary gap): without the floor, two long sentences with few links scored below a 1-0
  // plus a 0-1 bead, and a plausible 1-1 was split (Matthew 1:3 and 1:9, KJV against WEB:
  // −14.5 against 2 × −5.8). At −8, a 1-1 without any link still beats the split when its
  // length term is above −3.4 (|δ| < 2.6). No evaluation set moved (docs/EVALUATION.md).
  float one_to_one_lexical_floor = -8.0F;
  // A line of at most this many words and numbers ("and", "3.", "Chapter I") counts in a
  // window of the other side's bead by its content, min(1, content weight / the side's mean),
  // instead of as a whole sentence (see BeadScorer::window_gain).
  float short_line_words = 2.0F;
  // A null bead of lines without a word or a number (a row of dots, OCR debris such as "- _-"
  // or "* , *^") scores this per line instead of its prior and length term: what the prior
  // of a 1-1 bead and a typical length term cost together (log 0.86 − 1.15), so that standing
  // alone costs such a line no more than being paired. Nothing in it links it to a neighbour,
  // and at the null prior (−5.8) it always joined one: the sentence next to it became a 1-2
  // bead (textberg-de-fr-dev: "....." and "- _-" joined the sentence before them as a 1-4).
  float wordless_null_score = -1.3F;
};

// Everything the DP needs to score a bead, in flat arrays. Cheap to evaluate; no allocation.
class BeadScorer {
 public:
  static constexpr uint32_t kMaxSide = 4;

  BeadScorer(const SideFeatures& source,
             const SideFeatures& target,
             const PairScores& pairs,
             const ScoringParameters& parameters,
             bool use_paragraphs)
      : source_(source), target_(target), pairs_(pairs), parameters_(parameters) {
    prefix(source.length, source_length_);
    prefix(target.length, target_length_);
    // A token facing b sentences of the other side is linked by chance with probability
    // 1 − (1 − r0)^b, and in a true bead with 1 − (1 − r)(1 − r0)^(b−1): larger beads make
    // each link weaker evidence, so chance links to neighbours do not pull beads together.
    // The unmatched cost does not depend on b; the gain is tabulated for fractional b
    // (window_gain).
    const float r = parameters.link_rate;
    const float r0 = parameters.chance_link_rate;
    for (uint32_t b = 1; b < kMaxSide + 1; ++b) {
      const float chance = 1.0F - std::pow(1.0F - r0, static_cast<float>(b));
      const float rate = 1.0F - (1.0F - r) * std::pow(1.0F - r0, static_cast<float>(b - 1));
      unmatched_cost_[b] = -parameters.lexical_weight * std::log((1.0F - rate) / (1.0F - chance));
    }
    for (size_t k = 0; k < gain_.size(); ++k) {
      const float b = 1.0F + static_cast<float>(k) / static_cast<float>(kExtentSteps);
      const float chance = 1.0F - std::pow(1.0F - r0, b);
      const float rate = 1.0F - (1.0F - r) * std::pow(1.0F - r0, b - 1.0F);
      gain_[k] = parameters.lexical_weight * std::log(rate / chance);
    }
    extents(source, parameters.short_line_words, source_extent_);
    extents(target, parameters.short_line_words, target_extent_);
    paragraph_penalty_ = use_paragraphs ? parameters.paragraph_crossing : 0.0F;
    left_out_counts(parameters.source_left_out, source.sentence_count(), source_left_out_);
    left_out_counts(parameters.target_left_out, target.sentence_count(), target_left_out_);
    has_empty_ = (source.length.array() == 0.0F).any() || (target.length.array() == 0.0F).any();
  }

  // Scores of count beads of shape (a, b) starting at (i0, j0), (i0, j0 + 1), ...: out[t] ==
  // score(i0, a, j0 + t, b, log_prior). The DP scores a band row at a time, in Eigen arrays.
  void score_row(uint32_t i0,
                 uint32_t a,
                 uint32_t j0,
                 uint32_t b,
                 uint32_t count,
                 float log_prior,
                 float* out) const;

  float score(uint32_t i0, uint32_t a, uint32_t j0, uint32_t b, float log_prior) const noexcept {
    const auto ls = static_cast<float>(source_length_[i0 + a] - source_length_[i0]);
    const auto lt = static_cast<float>(target_length_[j0 + b] - target_length_[j0]);
    if (a == 0 || b == 0) {
      if (has_empty_ && ls + lt == 0.0F) {
        return 0.0F;
      }
      return null_bead_score(i0, a, j0, b, log_prior);
    }
    if (has_empty_ && (ls == 0.0F) != (lt == 0.0F)) {
      return null_score(log_prior);
    }
    if (holds_left_out(source_left_out_, i0, a) || holds_left_out(target_left_out_, j0, b)) {
      return kLeftOut;
    }
    float result = log_prior;
    if (ls > 0.0F && lt > 0.0F) {
      result += parameters_.length_weight * tail_(parameters_.length.delta(ls, lt));
    }
    float matched = 0.0F;
    float total = 0.0F;
    for (uint32_t i = i0; i < i0 + a; ++i) {
      const float weight = source_.content_weight(i);
      matched += std::min(pairs_.source_at(i, j0, b), weight);
      total += weight;
    }
    float lexical =
        window_gain(target_extent_, j0, b) * matched - unmatched_cost_[b] * (total - matched);
    matched = 0.0F;
    total = 0.0F;
    for (uint32_t j = j0; j < j0 + b; ++j) {
      const float weight = target_.content_weight(j);
      matched += std::min(pairs_.target_at(i0, j, a), weight);
      total += weight;
    }
    lexical +=
        window_gain(source_extent_, i0, a) * matched - unmatched_cost_[a] * (total - matched);
    if (a == 1 && b == 1) {
      lexical = std::max(lexical, parameters_.one_to_one_lexical_floor);
    }
    result += lexical;
    if (paragraph_penalty_ > 0.0F) {
      const auto crossings =
          static_cast<float>((source_.paragraph[i0 + a - 1] - source_.paragraph[i0]) +
                             (target_.paragraph[j0 + b - 1] - target_.paragraph[j0]));
      result -= paragraph_penalty_ * crossings;
    }
    return result;
  }

 private:
  static constexpr float kLeftOut = -std::numeric_limits<float>::infinity();

  // counts[k] = left-out sentences before k (empty when none is left out).
  static void left_out_counts(const std::vector<IndexRange>& ranges,
                              Index count,
                              std::vector<uint32_t>& counts) {
    counts.clear();
    if (ranges.empty()) {
      return;
    }
    std::vector<uint8_t> left_out(static_cast<size_t>(count), 0);
    for (const IndexRange& range : ranges) {
      std::fill(left_out.begin() + std::min<size_t>(range.begin, left_out.size()),
                left_out.begin() + std::min<size_t>(range.end, left_out.size()), 1);
    }
    counts.assign(left_out.size() + 1, 0);
    for (size_t k = 0; k < left_out.size(); ++k) {
      counts[k + 1] = counts[k] + left_out[k];
    }
  }

  static bool holds_left_out(const std::vector<uint32_t>& counts,
                             uint32_t begin,
                             uint32_t size) noexcept {
    return !counts.empty() && counts[begin + size] != counts[begin];
  }

  static void prefix(const ScoreVector& values, std::vector<double>& out) {
    out.assign(static_cast<size_t>(values.size()) + 1, 0.0);
    for (Index k = 0; k < values.size(); ++k) {
      out[static_cast<size_t>(k) + 1] = out[static_cast<size_t>(k)] + values(k);
    }
  }

  // How much each sentence counts in a window of the other side: 1, or for a short line
  // (short_line_words) its content weight over the side's mean, at most 1. The chance that a
  // token links into a window grows with what the window holds, and a one-word line holds
  // next to nothing; counted as a whole sentence, it cut the gain of every link of the
  // sentence it belongs with (a 2-1 bead gains 0.72 of a 1-1's per link at r 0.75, r0 0.08),
  // so "3." or "and" on a line of its own stood as a 1-0 bead instead of joining its
  // sentence. Longer lines count whole: counting every light sentence by its weight lowered
  // bible-ru-en from 0.971 to 0.958 (formulaic "Thus saith the LORD;" joined the wrong verse).
  // extent[k] = Σ_{i<k} of those counts.
  static void extents(const SideFeatures& side, float most_words, std::vector<double>& out) {
    const ScoreVector& weights = side.content_weight;
    const float unit = weights.size() > 0 ? weights.mean() : 0.0F;
    out.assign(static_cast<size_t>(weights.size()) + 1, 0.0);
    for (Index k = 0; k < weights.size(); ++k) {
      const bool short_line = side.words(k) <= most_words;
      const float size = short_line && unit > 0.0F ? std::min(1.0F, weights(k) / unit) : 1.0F;
      out[static_cast<size_t>(k) + 1] = out[static_cast<size_t>(k)] + size;
    }
  }

  // The gain per linked unit of weight of a token facing count sentences of the other side
  // from begin: that of max(1, their extent) sentences, in steps of 1/kExtentSteps.
  float window_gain(const std::vector<double>& extent, uint32_t begin, uint32_t count) const {
    if (count == 1) {
      return gain_[0];
    }
    const double size = std::max(1.0, extent[begin + count] - extent[begin]);
    const auto k =
        static_cast<size_t>(std::lround((size - 1.0) * static_cast<double>(kExtentSteps)));
    return gain_[std::min(k, gain_.size() - 1)];
  }

  static constexpr size_t kExtentSteps = 16;
  std::array<float, (kMaxSide - 1) * kExtentSteps + 1> gain_{};
  std::vector<double> source_extent_;
  std::vector<double> target_extent_;
  const SideFeatures& source_;
  const SideFeatures& target_;
  const PairScores& pairs_;
  ScoringParameters parameters_;
  TailTable tail_;
  std::vector<double> source_length_;
  std::vector<double> target_length_;
  std::array<float, kMaxSide + 1> unmatched_cost_{};
  float paragraph_penalty_ = 0.0F;
  // Prefix counts of the left-out sentences (ScoringParameters::source_left_out), or empty.
  std::vector<uint32_t> source_left_out_;
  std::vector<uint32_t> target_left_out_;
  // Empty sentences (kept by --allow-empty-lines) carry nothing to align: a null bead of empty
  // sentences costs nothing, and a bead whose one side is all empty scores as a null bead of
  // the other side (with its own shape's prior), so that an empty line stands alone or pairs
  // with the line it stands for instead of joining a neighbour's bead.
  bool has_empty_ = false;

  // Whether a null bead's sentences all lie outside the covered region of their side, or
  // inside one of its gaps, or before or after all of the short side.
  bool uncovered(uint32_t i0, uint32_t a, uint32_t j0, uint32_t b) const noexcept {
    const auto outside = [](const IndexRange& covered, const std::vector<IndexRange>& gaps,
                            uint32_t begin, uint32_t count) {
      return begin + count <= covered.begin || begin >= covered.end ||
             std::any_of(gaps.begin(), gaps.end(), [&](const IndexRange& gap) {
               return begin >= gap.begin && begin + count <= gap.end;
             });
    };
    if (b == 0) {
      return outside(parameters_.covered_source, parameters_.source_gaps, i0, a) ||
             (parameters_.short_side == ShortSide::Target &&
              (j0 == 0 || j0 + 1 == target_length_.size()));
    }
    return outside(parameters_.covered_target, parameters_.target_gaps, j0, b) ||
           (parameters_.short_side == ShortSide::Source &&
            (i0 == 0 || i0 + 1 == source_length_.size()));
  }

  // A null bead's score (not of empty sentences): per sentence when they lie outside the covered
  // region or have no word, else its prior and the null length term.
  float null_bead_score(
      uint32_t i0, uint32_t a, uint32_t j0, uint32_t b, float log_prior) const noexcept {
    const auto count = static_cast<float>(a + b);
    if (uncovered(i0, a, j0, b)) {
      return parameters_.uncovered_null_score * count;
    }
    return wordless(i0, a, j0, b) ? parameters_.wordless_null_score * count : null_score(log_prior);
  }

  // Whether a null bead's sentences have no word or number token.
  bool wordless(uint32_t i0, uint32_t a, uint32_t j0, uint32_t b) const noexcept {
    const SideFeatures& side = b == 0 ? source_ : target_;
    const uint32_t begin = b == 0 ? i0 : j0;
    for (uint32_t k = begin; k < begin + a + b; ++k) {
      if (side.words(k) > 0.0F) {
        return false;
      }
    }
    return true;
  }

  float null_score(float log_prior) const noexcept {
    return log_prior + parameters_.length_weight * parameters_.null_length_score;
  }
};

}  // namespace parallax::score
