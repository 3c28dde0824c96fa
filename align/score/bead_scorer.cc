#include "score/bead_scorer.h"

#include <Eigen/Core>

namespace parallax::score {

namespace {

// values[(k − 1)·cells + cell(i, j)] for j ∈ [j0, j0 + count), as the part of the range that
// is stored ([lo[i], hi[i])): {first t, its flat index, how many}. Cells outside hold 0.
struct StoredRun {
  uint32_t first = 0;
  uint64_t index = 0;
  uint32_t count = 0;
};

StoredRun stored_run(const PairScores& pairs, uint32_t i, uint32_t k, uint32_t j0, uint32_t count) {
  const uint32_t begin = std::max(j0, pairs.lo[i]);
  const uint32_t end = std::min(j0 + count, pairs.hi[i]);
  if (begin >= end) {
    return {};
  }
  return {begin - j0, (k - 1) * pairs.cells() + pairs.offset[i] + (begin - pairs.lo[i]),
          end - begin};
}

}  // namespace

void BeadScorer::score_row(uint32_t i0,
                           uint32_t a,
                           uint32_t j0,
                           uint32_t b,
                           uint32_t count,
                           float log_prior,
                           float* out) const {
  using Floats = Eigen::ArrayXf;
  Eigen::Map<Floats> result(out, count);
  const auto ls = static_cast<float>(source_length_[i0 + a] - source_length_[i0]);
  const auto target_length = [&](uint32_t t) {
    return static_cast<float>(target_length_[j0 + t + b] - target_length_[j0 + t]);
  };
  if (a == 0 || b == 0) {
    for (uint32_t t = 0; t < count; ++t) {
      out[t] = null_bead_score(i0, a, j0 + t, b, log_prior);
    }
    if (has_empty_) {
      for (uint32_t t = 0; t < count; ++t) {
        out[t] = ls + target_length(t) == 0.0F ? 0.0F : out[t];
      }
    }
    return;
  }
  // The same operations in the same order as score(), element by element.
  for (uint32_t t = 0; t < count; ++t) {
    const float lt = target_length(t);
    float value = log_prior;
    if (ls > 0.0F && lt > 0.0F) {
      value += parameters_.length_weight * tail_(parameters_.length.delta(ls, lt));
    }
    out[t] = value;
  }

  Floats matched = Floats::Zero(count);
  float total = 0.0F;
  for (uint32_t i = i0; i < i0 + a; ++i) {
    const float weight = source_.content_weight(i);
    const StoredRun run = stored_run(pairs_, i, b, j0, count);
    matched.segment(run.first, run.count) +=
        Eigen::Map<const Floats>(pairs_.source_matched.data() + run.index, run.count).min(weight);
    total += weight;
  }
  Floats lexical(count);
  // Where no short line lies in the windows of the row, every window counts b sentences.
  const uint32_t span = count + b - 1;
  if (b == 1 || target_extent_[j0 + span] - target_extent_[j0] == static_cast<double>(span)) {
    lexical = window_gain(target_extent_, j0, b) * matched - unmatched_cost_[b] * (total - matched);
  } else {
    for (uint32_t t = 0; t < count; ++t) {
      lexical(t) = window_gain(target_extent_, j0 + t, b) * matched(t) -
                   unmatched_cost_[b] * (total - matched(t));
    }
  }

  matched.setZero();
  Floats totals = Floats::Zero(count);
  for (uint32_t u = 0; u < b; ++u) {
    const auto weights = target_.content_weight.segment(j0 + u, count);
    const StoredRun run = stored_run(pairs_, i0, a, j0 + u, count);
    matched.segment(run.first, run.count) +=
        Eigen::Map<const Floats>(pairs_.target_matched.data() + run.index, run.count)
            .min(weights.segment(run.first, run.count));
    totals += weights;
  }
  lexical += window_gain(source_extent_, i0, a) * matched - unmatched_cost_[a] * (totals - matched);
  if (a == 1 && b == 1) {
    lexical = lexical.max(parameters_.one_to_one_lexical_floor);
  }
  result += lexical;

  if (paragraph_penalty_ > 0.0F) {
    const uint32_t source_crossings = source_.paragraph[i0 + a - 1] - source_.paragraph[i0];
    for (uint32_t t = 0; t < count; ++t) {
      const auto crossings = static_cast<float>(
          source_crossings + (target_.paragraph[j0 + t + b - 1] - target_.paragraph[j0 + t]));
      out[t] -= paragraph_penalty_ * crossings;
    }
  }
  if (has_empty_) {
    for (uint32_t t = 0; t < count; ++t) {
      if ((ls == 0.0F) != (target_length(t) == 0.0F)) {
        out[t] = null_score(log_prior);
      }
    }
  }
  if (!source_left_out_.empty() || !target_left_out_.empty()) {
    const bool source_out = holds_left_out(source_left_out_, i0, a);
    for (uint32_t t = 0; t < count; ++t) {
      const bool empty_pair = has_empty_ && (ls == 0.0F) != (target_length(t) == 0.0F);
      if (!empty_pair && (source_out || holds_left_out(target_left_out_, j0 + t, b))) {
        out[t] = kLeftOut;
      }
    }
  }
}

}  // namespace parallax::score
