#include "score/pair_scores.h"

#include <algorithm>

#include <Eigen/Core>

namespace parallax::score {

namespace {

// The occurrences of every token of one side in the sentences from a lower bound on, where
// the bound never decreases (sentences are visited in order). Each token keeps a cursor into
// its posting list, moved as the bound passes its sentences; the sentence under the cursor is
// kept in one compact array, so that a link into a token absent from the window costs one
// load from it.
class SlidingPostings {
 public:
  // Starts with the lower bound at lower (the first sentence of a window band).
  SlidingPostings(const SideFeatures& side, uint32_t lower)
      : side_(side), cursor_(side.postings.size(), 0), first_(side.postings.size()), lower_(lower) {
    for (size_t y = 0; y < side.postings.size(); ++y) {
      const std::vector<uint32_t>& postings = side.postings[y];
      const auto from =
          lower == 0 ? postings.begin() : std::lower_bound(postings.begin(), postings.end(), lower);
      cursor_[y] = static_cast<uint32_t>(from - postings.begin());
      first_[y] = from == postings.end() ? kNone : *from;
    }
  }

  // Moves the lower bound up to lower (never down).
  void advance_to(uint32_t lower) {
    for (; lower_ < lower; ++lower_) {
      for (uint32_t t = side_.token_begin[lower_]; t < side_.token_begin[lower_ + 1]; ++t) {
        const uint32_t y = side_.token_ids[t];
        const std::vector<uint32_t>& postings = side_.postings[y];
        uint32_t& cursor = cursor_[y];
        while (first_[y] <= lower_) {
          ++cursor;
          first_[y] = cursor < postings.size() ? postings[cursor] : kNone;
        }
      }
    }
  }

  // Calls visit(s) for the sentences s ∈ [lower bound, upper) holding token y, in order.
  template <typename Visit>
  void for_each_below(uint32_t y, uint32_t upper, Visit&& visit) const {
    if (first_[y] >= upper) {
      return;
    }
    const std::vector<uint32_t>& postings = side_.postings[y];
    for (size_t k = cursor_[y]; k < postings.size() && postings[k] < upper; ++k) {
      visit(postings[k]);
    }
  }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  const SideFeatures& side_;
  std::vector<uint32_t> cursor_;
  std::vector<uint32_t> first_;  // postings[y][cursor_[y]], kNone past the end
  uint32_t lower_;
};

// For the windows of k ∈ [1, max_window] sentences starting at each of a run of sentences,
// Σ over tokens of weight · (the token's strongest link into the window). Dense over the run
// (a band row is a few dozen sentences): frequent tokens link into many sentences of it, and
// adding their maxima window by window, cell by cell, was most of the cost.
class WindowSums {
 public:
  explicit WindowSums(uint32_t max_window) : max_window_(max_window) {}

  // Starts a run of windows starting at [first, first + starts); clears the sums.
  void reset(uint32_t first, uint32_t starts) {
    first_ = first;
    starts_ = starts;
    const Eigen::Index positions = starts + max_window_ - 1;
    if (best_.size() < positions) {
      best_ = Eigen::ArrayXf::Zero(2 * positions);
      running_.resize(2 * positions);
      sums_.resize(2 * positions, max_window_);
    }
    sums_.topRows(starts).setZero();
  }

  // A link of the current token into sentence s ∈ [first, first + starts + max_window − 1).
  void link(uint32_t s, float strength) {
    float& best = best_(s - first_);
    best = std::max(best, strength);
    linked_ = true;
  }

  // Adds weight · (window maxima of the current token's links), then clears them.
  void add_token(float weight) {
    if (!linked_) {
      return;
    }
    auto running = running_.head(starts_);
    running = best_.head(starts_);
    sums_.col(0).head(starts_) += weight * running;
    for (uint32_t k = 2; k <= max_window_; ++k) {
      running = running.max(best_.segment(k - 1, starts_));
      sums_.col(k - 1).head(starts_) += weight * running;
    }
    best_.head(starts_ + max_window_ - 1).setZero();
    linked_ = false;
  }

  float sum(uint32_t start, uint32_t k) const { return sums_(start - first_, k - 1); }

  // The sums of the windows of k sentences, for the starts of the run in order.
  const float* sums(uint32_t k) const { return sums_.col(k - 1).data(); }

 private:
  uint32_t max_window_;
  uint32_t first_ = 0;
  uint32_t starts_ = 0;
  bool linked_ = false;
  Eigen::ArrayXf best_;
  Eigen::ArrayXf running_;
  Eigen::ArrayXXf sums_;
};

// The stored range of every sentence: the cells that beads inside the band can use. Only the
// sentences of the band's rows store cells (all for a band of all rows); the others store
// nothing (lo == hi, kept monotone).
void lay_out(const Band& band, uint32_t m, uint32_t n, uint32_t max_side, PairScores& out) {
  out.max_window = max_side;
  out.lo.resize(m);
  out.hi.resize(m);
  out.offset.resize(m + 1, 0);
  const uint32_t first_sentence = band.first_row;
  const uint32_t end_sentence = band.first_row + band.rows() - 1;
  const uint32_t last_band_row = band.rows() - 1;
  for (uint32_t i = 0; i < m; ++i) {
    if (i < first_sentence || i >= end_sentence) {
      out.lo[i] = std::min(n, i < first_sentence ? band.lo.front() : band.hi.back());
      out.hi[i] = out.lo[i];
    } else {
      const uint32_t row = i - first_sentence;
      const uint32_t first_row = row + 1 >= max_side ? row + 1 - max_side : 0;
      const uint32_t last_row = std::min(last_band_row, row + max_side);
      out.lo[i] = std::min(band.lo[first_row], n);
      out.hi[i] = std::max(out.lo[i], std::min(n, band.hi[last_row]));
    }
    out.offset[i + 1] = out.offset[i] + (out.hi[i] - out.lo[i]);
  }
}

}  // namespace

PairScores compute_pair_scores(const SideFeatures& source,
                               const SideFeatures& target,
                               const LinkTable& links,
                               const Band& band,
                               uint32_t max_side) {
  const auto m = static_cast<uint32_t>(source.sentence_count());
  const auto n = static_cast<uint32_t>(target.sentence_count());
  PairScores out;
  lay_out(band, m, n, max_side, out);
  const uint32_t first_sentence = band.first_row;
  const uint32_t end_sentence = band.first_row + band.rows() - 1;
  if (first_sentence >= end_sentence) {
    return out;
  }
  const uint64_t cells = out.cells();
  out.source_matched.resize(cells * max_side);
  out.target_matched.resize(cells * max_side);

  // Source side: each token of i, its strongest link into each target window in range.
  WindowSums target_windows(max_side);
  SlidingPostings target_postings(target, out.lo[first_sentence]);
  for (uint32_t i = first_sentence; i < end_sentence; ++i) {
    const uint32_t starts = out.hi[i] - out.lo[i];
    const uint32_t last_target = std::min(n, out.hi[i] + max_side - 1);
    target_postings.advance_to(out.lo[i]);
    target_windows.reset(out.lo[i], starts);
    for (uint32_t t = source.token_begin[i]; t < source.token_begin[i + 1]; ++t) {
      const uint32_t x = source.token_ids[t];
      const float weight = source.token_weight(x);
      if (weight <= 0.0F) {
        continue;
      }
      for (uint32_t l = links.forward.begin[x]; l < links.forward.begin[x + 1]; ++l) {
        target_postings.for_each_below(links.forward.other[l], last_target, [&](uint32_t j) {
          target_windows.link(j, links.forward.strength[l]);
        });
      }
      target_windows.add_token(weight);
    }
    for (uint32_t k = 1; k <= max_side; ++k) {
      std::copy_n(target_windows.sums(k), starts,
                  out.source_matched.data() + (k - 1) * cells + out.offset[i]);
    }
  }

  // Target side: the rows whose range contains j form an interval, as lo and hi are monotone.
  WindowSums row_windows(max_side);
  SlidingPostings source_postings(source, first_sentence);
  uint32_t row_begin = first_sentence;
  uint32_t row_end = first_sentence;
  for (uint32_t j = out.lo[first_sentence]; j < out.hi[end_sentence - 1]; ++j) {
    while (row_begin < end_sentence && out.hi[row_begin] <= j) {
      ++row_begin;
    }
    while (row_end < end_sentence && out.lo[row_end] <= j) {
      ++row_end;
    }
    if (row_begin >= row_end) {
      continue;
    }
    // Windows start at the rows holding j and reach max_side − 1 rows past them.
    const uint32_t last_row = std::min(m, row_end + max_side - 1);
    source_postings.advance_to(row_begin);
    row_windows.reset(row_begin, row_end - row_begin);
    for (uint32_t t = target.token_begin[j]; t < target.token_begin[j + 1]; ++t) {
      const uint32_t y = target.token_ids[t];
      const float weight = target.token_weight(y);
      if (weight <= 0.0F) {
        continue;
      }
      for (uint32_t l = links.backward.begin[y]; l < links.backward.begin[y + 1]; ++l) {
        source_postings.for_each_below(links.backward.other[l], last_row, [&](uint32_t i) {
          row_windows.link(i, links.backward.strength[l]);
        });
      }
      row_windows.add_token(weight);
    }
    for (uint32_t k = 1; k <= max_side; ++k) {
      for (uint32_t i = row_begin; i < row_end; ++i) {
        out.target_matched[(k - 1) * cells + out.offset[i] + j - out.lo[i]] = row_windows.sum(i, k);
      }
    }
  }
  return out;
}

namespace {

// Σ_{x ∈ sentence} w(x) · max ℓ(x, y) over the links of x to tokens y marked seen.
float matched_weight(const SideFeatures& side,
                     uint32_t sentence,
                     const LinkRows& rows,
                     const std::vector<uint32_t>& seen,
                     uint32_t stamp) {
  float matched = 0.0F;
  for (uint32_t t = side.token_begin[sentence]; t < side.token_begin[sentence + 1]; ++t) {
    const uint32_t x = side.token_ids[t];
    float best = 0.0F;
    for (uint32_t l = rows.begin[x]; l < rows.begin[x + 1]; ++l) {
      if (seen[rows.other[l]] == stamp) {
        best = std::max(best, rows.strength[l]);
      }
    }
    matched += side.token_weight(x) * best;
  }
  return matched;
}

void mark(const SideFeatures& side,
          uint32_t sentence,
          std::vector<uint32_t>& seen,
          uint32_t stamp) {
  for (uint32_t t = side.token_begin[sentence]; t < side.token_begin[sentence + 1]; ++t) {
    seen[side.token_ids[t]] = stamp;
  }
}

}  // namespace

PairEvidence::PairEvidence(const SideFeatures& source,
                           const SideFeatures& target,
                           const LinkTable& links)
    : source_(source),
      target_(target),
      links_(links),
      source_seen_(source.vocabulary.size(), 0),
      target_seen_(target.vocabulary.size(), 0) {}

std::pair<float, float> PairEvidence::operator()(uint32_t i, uint32_t j) {
  ++stamp_;
  mark(source_, i, source_seen_, stamp_);
  mark(target_, j, target_seen_, stamp_);
  return {matched_weight(source_, i, links_.forward, target_seen_, stamp_),
          matched_weight(target_, j, links_.backward, source_seen_, stamp_)};
}

LinkedShare PairEvidence::linked_share(uint32_t i, uint32_t j) {
  const float wi = source_.content_weight(i);
  const float wj = target_.content_weight(j);
  const auto [source_matched, target_matched] = (*this)(i, j);
  return {std::min(source_matched, wi) + std::min(target_matched, wj), wi + wj};
}

}  // namespace parallax::score
