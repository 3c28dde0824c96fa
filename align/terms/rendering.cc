#include "terms/rendering.h"

#include <algorithm>

namespace parallax::terms {

namespace {

constexpr std::string_view kPieceSeparator = " … ";

bool contains(const std::vector<uint32_t>& sorted, uint32_t value) {
  return std::binary_search(sorted.begin(), sorted.end(), value);
}

void sort_unique(std::vector<uint32_t>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

// Whether anchors a < b of target belong to different groups (see extract_rendering).
bool separated(const RenderingTarget& target, uint32_t a, uint32_t b, uint32_t max_gap) {
  uint32_t content = 0;
  for (uint32_t q = a; q < b; ++q) {
    if (phrase_break(target.stream, target.text, q)) {
      return true;
    }
    content += q > a && target.stream.is_word(q) && !target.is_function[q] ? 1U : 0U;
  }
  return content > max_gap;
}

// The anchors [begin, end) of the group to keep (step 2): with a content word when
// want_content, then the most anchors, then the first.
std::pair<size_t, size_t> best_group(const std::vector<uint32_t>& anchors,
                                     const RenderingTarget& target,
                                     bool want_content,
                                     uint32_t max_gap) {
  std::pair<size_t, size_t> best{0, 0};
  std::pair<bool, size_t> best_rank{false, 0};
  for (size_t k = 0; k < anchors.size();) {
    size_t end = k + 1;
    while (end < anchors.size() && !separated(target, anchors[end - 1], anchors[end], max_gap)) {
      ++end;
    }
    const bool content = std::any_of(anchors.begin() + static_cast<std::ptrdiff_t>(k),
                                     anchors.begin() + static_cast<std::ptrdiff_t>(end),
                                     [&](uint32_t q) { return !target.is_function[q]; });
    const std::pair<bool, size_t> rank{want_content && content, end - k};
    if (rank > best_rank) {
      best = {k, end};
      best_rank = rank;
    }
    k = end;
  }
  return best;
}

}  // namespace

std::optional<Pieces> extract_rendering(const std::vector<std::pair<uint32_t, uint32_t>>& links,
                                        const std::vector<uint32_t>& term,
                                        const std::vector<bool>& is_source_function,
                                        const RenderingTarget& target,
                                        uint32_t max_gap) {
  if (term.empty()) {
    return std::nullopt;
  }
  const uint32_t first = term.front();
  const uint32_t last = term.back();
  const bool has_content =
      std::any_of(term.begin(), term.end(), [&](uint32_t p) { return !is_source_function[p]; });
  std::vector<uint32_t> anchors;
  std::vector<uint32_t> outside;
  for (const auto& [p, q] : links) {
    if (p < first || p > last) {
      // A function word aligned elsewhere does not cut a rendering ("peace and security" when
      // "and" went to another "и" of the bead).
      if (!target.is_function[q]) {
        outside.push_back(q);
      }
    } else if (contains(term, p) && (!has_content || !is_source_function[p])) {
      anchors.push_back(q);
    }
  }
  sort_unique(anchors);
  sort_unique(outside);
  if (anchors.empty()) {
    return std::nullopt;
  }
  const auto [begin, end] = best_group(anchors, target, has_content, max_gap);
  const auto only_function = [&](TokenRange range) {
    for (uint32_t q = range.first; q <= range.last; ++q) {
      if (target.stream.is_word(q) && !target.is_function[q]) {
        return false;
      }
    }
    return true;
  };
  Pieces pieces;
  std::optional<TokenRange> piece;
  const auto close = [&] {
    if (!piece) {
      return;
    }
    while (piece->first < piece->last && target.is_function[piece->first]) {
      ++piece->first;
    }
    // A final preposition stays after a phrase of two content words or more ("became the
    // father of"), not after one word it merely sits next to ("Members in").
    const auto keeps_preposition = [&](const TokenRange& range) {
      uint32_t content = 0;
      for (uint32_t q = range.first; q < range.last; ++q) {
        content += target.stream.is_word(q) && !target.is_function[q] ? 1U : 0U;
      }
      return target.is_preposition[range.last] && content >= 2;
    };
    while (piece->last > piece->first && target.is_function[piece->last] &&
           !keeps_preposition(*piece)) {
      --piece->last;
    }
    if (!has_content || !only_function(*piece)) {
      pieces.push_back(*piece);
    }
    piece.reset();
  };
  for (uint32_t q = anchors[begin]; q <= anchors[end - 1]; ++q) {
    if (contains(anchors, q)) {
      if (piece) {
        piece->last = q;
      } else {
        piece = TokenRange{q, q};
      }
    } else if (contains(outside, q)) {
      close();
    }
  }
  close();
  if (pieces.empty()) {
    return std::nullopt;
  }
  return pieces;
}

std::string rendering_key(const TokenStream& stream,
                          const score::SideFeatures& features,
                          const Pieces& pieces) {
  std::string key;
  for (const TokenRange& range : pieces) {
    if (&range != &pieces.front()) {
      key += kPieceSeparator;
    }
    bool first = true;
    for (uint32_t q = range.first; q <= range.last; ++q) {
      if (!stream.is_word(q) || stream.ids[q] == kNoId) {
        continue;
      }
      if (!first) {
        key += ' ';
      }
      first = false;
      key += without_possessive(features.vocabulary[stream.ids[q]].key);
    }
  }
  return key;
}

std::string rendering_text(const TokenStream& stream,
                           const std::string& text,
                           const Pieces& pieces) {
  std::string out;
  for (const TokenRange& range : pieces) {
    if (&range != &pieces.front()) {
      out += kPieceSeparator;
    }
    out +=
        collapsed_text(text, Span{stream.spans[range.first].begin, stream.spans[range.last].end});
  }
  return out;
}

}  // namespace parallax::terms
