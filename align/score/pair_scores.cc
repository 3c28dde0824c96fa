#include "score/pair_scores.h"

#include <algorithm>

namespace parallax::score {

namespace {

// Lower bounds into the posting lists of the links, for queries whose lower end never
// decreases (sentences are visited in order): each link keeps a cursor and gallops forward
// from it, so a query costs O(log gap) instead of a binary search over the whole list.
class PostingCursors {
 public:
  explicit PostingCursors(size_t links) : cursor_(links, 0) {}

  // First entry ≥ first of postings, searched from the cursor of link l.
  const uint32_t* lower_bound(uint32_t l, const std::vector<uint32_t>& postings, uint32_t first) {
    const auto size = static_cast<uint32_t>(postings.size());
    uint32_t low = cursor_[l];
    uint32_t step = 1;
    uint32_t high = low;
    while (high < size && postings[high] < first) {
      low = high + 1;
      high += step;
      step *= 2;
    }
    high = std::min(high, size);
    const uint32_t* found = std::lower_bound(postings.data() + low, postings.data() + high, first);
    cursor_[l] = static_cast<uint32_t>(found - postings.data());
    return found;
  }

 private:
  std::vector<uint32_t> cursor_;
};

// Strongest links of one token into the sentences of the other side (best[s] > 0 for the
// touched s), and the windows they fall into.
class WindowMaxima {
 public:
  WindowMaxima(size_t sentences, uint32_t max_window)
      : best_(sentences + max_window, 0.0F), is_start_(sentences, 0), max_window_(max_window) {}

  void link(uint32_t s, float strength) {
    if (best_[s] == 0.0F) {
      touched_.push_back(s);
    }
    best_[s] = std::max(best_[s], strength);
  }

  // Calls add(start, k, max of best over [start, start+k)) for every window with a link and
  // start ≥ first_start, then clears.
  template <typename Add>
  void flush(uint32_t first_start, Add&& add) {
    for (const uint32_t s : touched_) {
      const uint32_t lowest = s + 1 >= max_window_ ? s + 1 - max_window_ : 0;
      for (uint32_t start = std::max(lowest, first_start); start <= s; ++start) {
        if (is_start_[start] == 0) {
          is_start_[start] = 1;
          starts_.push_back(start);
        }
      }
    }
    for (const uint32_t start : starts_) {
      float best = 0.0F;
      for (uint32_t k = 1; k <= max_window_; ++k) {
        best = std::max(best, best_[start + k - 1]);
        if (best > 0.0F) {
          add(start, k, best);
        }
      }
      is_start_[start] = 0;
    }
    for (const uint32_t s : touched_) {
      best_[s] = 0.0F;
    }
    touched_.clear();
    starts_.clear();
  }

 private:
  std::vector<float> best_;
  std::vector<uint8_t> is_start_;
  std::vector<uint32_t> touched_;
  std::vector<uint32_t> starts_;
  uint32_t max_window_;
};

}  // namespace

PairScores compute_pair_scores(const SideFeatures& source,
                               const SideFeatures& target,
                               const LinkTable& links,
                               const Band& band,
                               uint32_t max_side) {
  const auto m = static_cast<uint32_t>(source.sentence_count());
  const auto n = static_cast<uint32_t>(target.sentence_count());
  PairScores out;
  out.max_window = max_side;
  out.lo.resize(m);
  out.hi.resize(m);
  out.offset.resize(m + 1, 0);
  for (uint32_t i = 0; i < m; ++i) {
    const uint32_t first_row = i + 1 >= max_side ? i + 1 - max_side : 0;
    const uint32_t last_row = std::min(m, i + max_side);
    out.lo[i] = std::min(band.lo[first_row], n);
    out.hi[i] = std::max(out.lo[i], std::min(n, band.hi[last_row]));
    out.offset[i + 1] = out.offset[i] + (out.hi[i] - out.lo[i]);
  }
  const uint64_t cells = out.cells();
  out.source_matched.assign(cells * max_side, 0.0F);
  out.target_matched.assign(cells * max_side, 0.0F);

  // Source side: each token of i, its strongest link into each target window in range.
  WindowMaxima targets(n, max_side);
  PostingCursors forward_cursors(links.forward.size());
  for (uint32_t i = 0; i < m; ++i) {
    const uint32_t last_target = std::min(n, out.hi[i] + max_side - 1);
    for (uint32_t t = source.token_begin[i]; t < source.token_begin[i + 1]; ++t) {
      const uint32_t x = source.token_ids[t];
      const float weight = source.token_weight(x);
      if (weight <= 0.0F) {
        continue;
      }
      for (uint32_t l = links.forward.begin[x]; l < links.forward.begin[x + 1]; ++l) {
        const std::vector<uint32_t>& postings = target.postings[links.forward.other[l]];
        const uint32_t* end = postings.data() + postings.size();
        for (const uint32_t* j = forward_cursors.lower_bound(l, postings, out.lo[i]);
             j != end && *j < last_target; ++j) {
          targets.link(*j, links.forward.strength[l]);
        }
      }
      targets.flush(out.lo[i], [&](uint32_t j, uint32_t k, float best) {
        out.source_matched[(k - 1) * cells + out.offset[i] + j - out.lo[i]] += weight * best;
      });
    }
  }

  // Target side: the rows whose range contains j form an interval, as lo and hi are monotone.
  WindowMaxima rows(m, max_side);
  PostingCursors backward_cursors(links.backward.size());
  uint32_t row_begin = 0;
  uint32_t row_end = 0;
  for (uint32_t j = 0; j < n; ++j) {
    while (row_begin < m && out.hi[row_begin] <= j) {
      ++row_begin;
    }
    while (row_end < m && out.lo[row_end] <= j) {
      ++row_end;
    }
    if (row_begin >= row_end) {
      continue;
    }
    // Windows start up to max_side − 1 rows before the first row holding j.
    const uint32_t search_begin = row_begin + 1 >= max_side ? row_begin + 1 - max_side : 0;
    const uint32_t last_row = std::min(m, row_end + max_side - 1);
    for (uint32_t t = target.token_begin[j]; t < target.token_begin[j + 1]; ++t) {
      const uint32_t y = target.token_ids[t];
      const float weight = target.token_weight(y);
      if (weight <= 0.0F) {
        continue;
      }
      for (uint32_t l = links.backward.begin[y]; l < links.backward.begin[y + 1]; ++l) {
        const std::vector<uint32_t>& postings = source.postings[links.backward.other[l]];
        const uint32_t* end = postings.data() + postings.size();
        for (const uint32_t* i = backward_cursors.lower_bound(l, postings, search_begin);
             i != end && *i < last_row; ++i) {
          rows.link(*i, links.backward.strength[l]);
        }
      }
      rows.flush(0, [&](uint32_t i, uint32_t k, float best) {
        if (j >= out.lo[i] && j < out.hi[i]) {
          out.target_matched[(k - 1) * cells + out.offset[i] + j - out.lo[i]] += weight * best;
        }
      });
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

}  // namespace parallax::score
