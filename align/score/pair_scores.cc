#include "score/pair_scores.h"

#include <algorithm>

namespace parallax::score {

namespace {

// Sentences of `postings` (sorted) inside [first, last).
std::pair<const uint32_t*, const uint32_t*> within(const std::vector<uint32_t>& postings,
                                                   uint32_t first, uint32_t last) {
  const uint32_t* begin = std::lower_bound(postings.data(), postings.data() + postings.size(), first);
  const uint32_t* end = std::lower_bound(begin, postings.data() + postings.size(), last);
  return {begin, end};
}

}  // namespace

PairScores compute_pair_scores(const SideFeatures& source, const SideFeatures& target,
                               const LinkTable& links, const Band& band, uint32_t max_side) {
  const auto m = static_cast<uint32_t>(source.sentence_count());
  const auto n = static_cast<uint32_t>(target.sentence_count());
  PairScores out;
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
  out.source_matched.assign(out.offset[m], 0.0F);
  out.target_matched.assign(out.offset[m], 0.0F);

  // Source side: for each token of i, the strongest link into each target sentence in range.
  std::vector<float> best(n, 0.0F);
  std::vector<uint32_t> touched;
  for (uint32_t i = 0; i < m; ++i) {
    for (uint32_t k = source.token_begin[i]; k < source.token_begin[i + 1]; ++k) {
      const uint32_t x = source.token_ids[k];
      const float weight = source.token_weight(x);
      if (weight <= 0.0F) {
        continue;
      }
      for (uint32_t l = links.forward.begin[x]; l < links.forward.begin[x + 1]; ++l) {
        const auto [begin, end] = within(target.postings[links.forward.other[l]], out.lo[i], out.hi[i]);
        for (const uint32_t* j = begin; j != end; ++j) {
          if (best[*j] == 0.0F) {
            touched.push_back(*j);
          }
          best[*j] = std::max(best[*j], links.forward.strength[l]);
        }
      }
      for (const uint32_t j : touched) {
        out.source_matched[out.offset[i] + j - out.lo[i]] += weight * best[j];
        best[j] = 0.0F;
      }
      touched.clear();
    }
  }

  // Target side: rows whose range contains j form an interval, because lo and hi are monotone.
  best.assign(m, 0.0F);
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
    for (uint32_t k = target.token_begin[j]; k < target.token_begin[j + 1]; ++k) {
      const uint32_t y = target.token_ids[k];
      const float weight = target.token_weight(y);
      if (weight <= 0.0F) {
        continue;
      }
      for (uint32_t l = links.backward.begin[y]; l < links.backward.begin[y + 1]; ++l) {
        const auto [begin, end] = within(source.postings[links.backward.other[l]], row_begin, row_end);
        for (const uint32_t* i = begin; i != end; ++i) {
          if (best[*i] == 0.0F) {
            touched.push_back(*i);
          }
          best[*i] = std::max(best[*i], links.backward.strength[l]);
        }
      }
      for (const uint32_t i : touched) {
        if (j >= out.lo[i] && j < out.hi[i]) {
          out.target_matched[out.offset[i] + j - out.lo[i]] += weight * best[i];
        }
        best[i] = 0.0F;
      }
      touched.clear();
    }
  }
  return out;
}

}  // namespace parallax::score
