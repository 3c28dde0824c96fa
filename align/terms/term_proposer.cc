#include "terms/term_proposer.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>

#include "terms/stop_words.h"

namespace parallax::terms {

namespace {

// A shorter candidate occurring mostly inside a longer one ("Объединенных Наций" inside
// "Организации Объединенных Наций") adds nothing to the report.
constexpr double kSubsumedShare = 0.8;
constexpr size_t kMaxContentWords = 3;

// A candidate: the ids of its tokens from first to last (inner function words included).
using Key = std::u32string;  // ids as char32_t, for the standard hash

struct Candidate {
  uint32_t count = 0;
  uint32_t content_words = 0;
  uint32_t container_count = 0;  // largest count of a longer candidate containing it
  std::map<std::string, uint32_t> surfaces;
};

// Calls visit(key, first, last, content_words) for every candidate starting at position p.
template <typename Visit>
void candidates_at(const TokenStream& stream,
                   const std::vector<bool>& content,
                   uint32_t p,
                   Visit&& visit) {
  if (!content[p]) {
    return;
  }
  const uint32_t end = stream.sentence_begin[stream.sentence_of[p] + 1];
  Key key(1, static_cast<char32_t>(stream.ids[p]));
  visit(key, p, p, 1U);
  uint32_t last = p;
  for (uint32_t words = 2; words <= kMaxContentWords; ++words) {
    uint32_t q = last + 1;
    if (q < end && !content[q] && stream.kinds[q] == text::TokenKind::Word &&
        stream.ids[q] != kNoId && q + 1 < end && content[q + 1]) {
      key.push_back(
          static_cast<char32_t>(stream.ids[q]));  // one function word inside: "мира и безопасности"
      ++q;
    }
    if (q >= end || !content[q]) {
      return;
    }
    key.push_back(static_cast<char32_t>(stream.ids[q]));
    last = q;
    visit(key, p, last, words);
  }
}

}  // namespace

std::vector<TermQuery> propose(const Document& original,
                               const TokenStream& stream,
                               const std::vector<bool>& is_function,
                               const TermOptions& options) {
  std::vector<bool> content(stream.size(), false);
  for (size_t p = 0; p < stream.size(); ++p) {
    content[p] =
        stream.kinds[p] == text::TokenKind::Word && stream.ids[p] != kNoId && !is_function[p];
  }

  std::unordered_map<Key, Candidate> candidates;
  for (uint32_t p = 0; p < stream.size(); ++p) {
    candidates_at(stream, content, p, [&](const Key& key, uint32_t, uint32_t, uint32_t words) {
      Candidate& candidate = candidates[key];
      ++candidate.count;
      candidate.content_words = words;
    });
  }
  std::erase_if(candidates,
                [&](const auto& entry) { return entry.second.count < options.min_occurrences; });
  for (uint32_t p = 0; p < stream.size(); ++p) {
    candidates_at(stream, content, p, [&](const Key& key, uint32_t first, uint32_t last, uint32_t) {
      const auto it = candidates.find(key);
      if (it != candidates.end()) {
        ++it->second.surfaces[collapsed_text(
            original.text, Span{stream.spans[first].begin, stream.spans[last].end})];
      }
    });
  }

  // Sub-candidates: every shorter contiguous slice of the key that is itself a candidate.
  for (const auto& [key, candidate] : candidates) {
    if (candidate.content_words < 2) {
      continue;
    }
    for (size_t begin = 0; begin < key.size(); ++begin) {
      for (size_t end = begin + 1; end <= key.size(); ++end) {
        if (end - begin == key.size()) {
          continue;
        }
        const auto sub = candidates.find(key.substr(begin, end - begin));
        if (sub != candidates.end()) {
          sub->second.container_count = std::max(sub->second.container_count, candidate.count);
        }
      }
    }
  }

  struct Ranked {
    uint64_t score = 0;
    std::string text;
  };

  std::vector<Ranked> ranked;
  for (const auto& [key, candidate] : candidates) {
    if (static_cast<double>(candidate.container_count) >=
        kSubsumedShare * static_cast<double>(candidate.count)) {
      continue;
    }
    // The most frequent surface form; ties go to the smallest (std::map order).
    const auto best =
        std::max_element(candidate.surfaces.begin(), candidate.surfaces.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best == candidate.surfaces.end()) {
      continue;
    }
    ranked.push_back(
        Ranked{static_cast<uint64_t>(candidate.count) * candidate.content_words, best->first});
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return std::tie(b.score, a.text) < std::tie(a.score, b.text);
  });
  if (options.max_proposed > 0 && ranked.size() > options.max_proposed) {
    ranked.resize(options.max_proposed);
  }
  std::vector<TermQuery> out;
  out.reserve(ranked.size());
  for (Ranked& r : ranked) {
    out.push_back(TermQuery{std::move(r.text), {}});
  }
  return out;
}

}  // namespace parallax::terms
