#include "terms/rendering.h"

#include <algorithm>

namespace parallax::terms {

std::optional<TokenRange> find_rendering(std::vector<LinkedWord> words,
                                         const TokenStream& target,
                                         const std::vector<bool>& is_function,
                                         const std::string& text,
                                         uint32_t max_gap) {
  if (std::any_of(words.begin(), words.end(), [](const LinkedWord& w) { return w.content; })) {
    std::erase_if(words, [](const LinkedWord& w) { return !w.content; });
  }
  if (words.empty()) {
    return std::nullopt;
  }
  std::sort(words.begin(), words.end(),
            [](const LinkedWord& a, const LinkedWord& b) { return a.position < b.position; });
  // Words strictly between linked positions a < b, or kNoId if a mark or a sentence boundary
  // separates them.
  const auto gap = [&](uint32_t a, uint32_t b) {
    uint32_t content = 0;
    for (uint32_t q = a; q < b; ++q) {
      if (phrase_break(target, text, q)) {
        return kNoId;
      }
      content += q > a && !is_function[q] ? 1U : 0U;
    }
    return content;
  };
  std::optional<TokenRange> best;
  size_t best_size = 0;
  float best_strength = 0.0F;
  size_t k = 0;
  while (k < words.size()) {
    size_t end = k + 1;
    float strength = words[k].strength;
    while (end < words.size() && gap(words[end - 1].position, words[end].position) <= max_gap) {
      strength += words[end].strength;
      ++end;
    }
    const size_t size = end - k;
    if (size > best_size || (size == best_size && strength > best_strength)) {
      best = TokenRange{words[k].position, words[end - 1].position};
      best_size = size;
      best_strength = strength;
    }
    k = end;
  }
  return best;
}

std::string rendering_key(const TokenStream& stream,
                          const score::SideFeatures& features,
                          TokenRange range) {
  std::string key;
  for (uint32_t q = range.first; q <= range.last; ++q) {
    if (!stream.is_word(q) || stream.ids[q] == kNoId) {
      continue;
    }
    if (!key.empty()) {
      key += ' ';
    }
    key += without_possessive(features.vocabulary[stream.ids[q]].key);
  }
  return key;
}

}  // namespace parallax::terms
