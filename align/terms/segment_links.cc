#include "terms/segment_links.h"

#include <algorithm>
#include <utility>

namespace parallax::terms {

Segments word_segments(const TokenStream& stream, const std::vector<uint32_t>& positions) {
  Segments out;
  out.of_word.reserve(positions.size());
  uint32_t segment = 0;
  for (size_t k = 0; k < positions.size(); ++k) {
    if (k == 0) {
      out.opens_sentence.push_back(true);
    } else if (stream.sentence_of[positions[k - 1]] != stream.sentence_of[positions[k]]) {
      ++segment;
      out.opens_sentence.push_back(true);
    } else {
      for (uint32_t p = positions[k - 1]; p < positions[k]; ++p) {
        if (stream.segment_end[p]) {
          ++segment;
          out.opens_sentence.push_back(false);
          break;
        }
      }
    }
    out.of_word.push_back(segment);
  }
  return out;
}

namespace {

// A list item: a segment of one or two content words (a noun and its modifier).
constexpr uint32_t kItemWords = 2;
// A list has three items or more: two are joined by a conjunction without a comma.
constexpr uint32_t kListItems = 3;

// The runs [first, last] of consecutive list items of one side (content: by word), of
// kListItems or more, each in one sentence.
std::vector<std::pair<uint32_t, uint32_t>> item_runs(const Segments& segments,
                                                     const std::vector<bool>& content) {
  const std::vector<uint32_t>& segment = segments.of_word;
  std::vector<uint32_t> words(segment.back() + 1, 0);
  for (size_t k = 0; k < segment.size(); ++k) {
    words[segment[k]] += content[k] ? 1U : 0U;
  }
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (uint32_t s = 0; s < words.size();) {
    uint32_t e = s;
    while (e < words.size() && words[e] >= 1 && words[e] <= kItemWords &&
           (e == s || !segments.opens_sentence[e])) {
      ++e;
    }
    if (e - s >= kListItems) {
      out.emplace_back(s, e - 1);
    }
    s = e == s ? s + 1 : e;
  }
  return out;
}

constexpr uint32_t kNone = UINT32_MAX;

// Whether a link joins source segment a and target segment b.
bool linked_segments(const std::vector<WordLink>& links,
                     const std::vector<uint32_t>& source_segment,
                     const std::vector<uint32_t>& target_segment,
                     uint32_t a,
                     uint32_t b) {
  return std::any_of(links.begin(), links.end(), [&](const WordLink& link) {
    return source_segment[link.first] == a && target_segment[link.second] == b;
  });
}

// The target segment each source segment of a matched list corresponds to, and back (kNone:
// none); both empty when no list matches (keep_links_in_segments).
struct Correspondence {
  std::vector<uint32_t> to_target;
  std::vector<uint32_t> to_source;
};

Correspondence match_lists(const std::vector<WordLink>& links,
                           const Segments& source,
                           const Segments& target,
                           const std::vector<bool>& source_content,
                           const std::vector<bool>& target_content) {
  const uint32_t source_last = source.of_word.back();
  const uint32_t target_last = target.of_word.back();
  const auto linked = [&](uint32_t a, uint32_t b) {
    return linked_segments(links, source.of_word, target.of_word, a, b);
  };
  Correspondence out{std::vector<uint32_t>(source_last + 1, kNone),
                     std::vector<uint32_t>(target_last + 1, kNone)};
  bool matched = false;
  for (const auto& [a, b] : item_runs(source, source_content)) {
    for (const auto& [c, d] : item_runs(target, target_content)) {
      // The lists' lead-ins correspond: both open a sentence, or a link joins the segments
      // before them.
      const bool source_opens = source.opens_sentence[a];
      const bool target_opens = target.opens_sentence[c];
      if (source_opens != target_opens || (!source_opens && !linked(a - 1, c - 1))) {
        continue;
      }
      // The items correspond up to the last pair of the same rank that a link joins (a list
      // may have an item more, or its last item run into the clause after it).
      uint32_t last = 0;
      for (uint32_t k = 0; k <= std::min(b - a, d - c); ++k) {
        last = linked(a + k, c + k) ? k : last;
      }
      if (last + 1 < kListItems) {
        continue;
      }
      for (uint32_t s = source_opens ? a : a - 1; s <= a + last; ++s) {
        out.to_target[s] = s - a + c;
        out.to_source[s - a + c] = s;
      }
      matched = true;
    }
  }
  if (!matched) {
    return {};
  }
  return out;
}

// A word that lost its links (freed) and found no partner in its counterpart segment (paired)
// joins the links of the word beside it in its segment (kept, linked: after the drop); one
// side, flip tells which (false: target words j, true: source words i). Appends to added.
void join_neighbours(const std::vector<WordLink>& kept,
                     const std::vector<uint32_t>& segment,
                     const std::vector<bool>& content,
                     const std::vector<bool>& linked,
                     const std::vector<bool>& freed,
                     const std::vector<bool>& paired,
                     bool flip,
                     std::vector<WordLink>& added) {
  const size_t size = segment.size();
  for (uint32_t w = 0; w < size; ++w) {
    if (!freed[w] || paired[w] || !content[w]) {
      continue;
    }
    for (const uint32_t next : {w - 1, w + 1}) {
      if (next < size && segment[next] == segment[w] && linked[next]) {
        for (const auto& [i, j] : kept) {
          if (!flip && j == next) {
            added.emplace_back(i, w);
          } else if (flip && i == next) {
            added.emplace_back(w, j);
          }
        }
        break;
      }
    }
  }
}

}  // namespace

void keep_links_in_segments(std::vector<WordLink>& links,
                            const Segments& source,
                            const Segments& target,
                            const std::vector<bool>& source_content,
                            const std::vector<bool>& target_content) {
  const std::vector<uint32_t>& source_segment = source.of_word;
  const std::vector<uint32_t>& target_segment = target.of_word;
  const size_t m = source_segment.size();
  const size_t n = target_segment.size();
  if (m == 0 || n == 0) {
    return;
  }
  const Correspondence lists = match_lists(links, source, target, source_content, target_content);
  const std::vector<uint32_t>& to_target = lists.to_target;
  const std::vector<uint32_t>& to_source = lists.to_source;
  if (to_target.empty()) {
    return;
  }
  // A link between items of different ranks, unless the two items are exchanged (a link also
  // joins the item of t's rank to the item of s's rank: "Peter, and James, and John" / "Peter,
  // John, James", each name with its own): a translation may reorder a list, and then each item
  // keeps its counterpart; a shift leaves an item without one.
  const auto crosses = [&](const WordLink& link) {
    const uint32_t s = source_segment[link.first];
    const uint32_t t = target_segment[link.second];
    return to_target[s] != kNone && to_source[t] != kNone && to_target[s] != t &&
           !linked_segments(links, source_segment, target_segment, to_source[t], to_target[s]);
  };
  std::vector<WordLink> kept;
  std::vector<bool> source_linked(m, false);
  std::vector<bool> target_linked(n, false);
  for (const WordLink& link : links) {
    if (!crosses(link)) {
      kept.push_back(link);
      source_linked[link.first] = true;
      target_linked[link.second] = true;
    }
  }
  std::vector<bool> source_freed(m, false);
  std::vector<bool> target_freed(n, false);
  for (const WordLink& link : links) {
    if (crosses(link)) {
      source_freed[link.first] = !source_linked[link.first];
      target_freed[link.second] = !target_linked[link.second];
    }
  }
  std::vector<WordLink> added;
  std::vector<bool> source_paired(m, false);
  std::vector<bool> target_paired(n, false);
  for (uint32_t i = 0; i < m; ++i) {
    if (!source_content[i] || source_linked[i] || to_target[source_segment[i]] == kNone) {
      continue;
    }
    for (uint32_t j = 0; j < n; ++j) {
      if (target_content[j] && !target_linked[j] &&
          to_target[source_segment[i]] == target_segment[j] &&
          (source_freed[i] || target_freed[j])) {
        added.emplace_back(i, j);
        source_paired[i] = true;
        target_paired[j] = true;
      }
    }
  }
  // A freed word without a partner joins the links of the word beside it in its segment.
  join_neighbours(kept, target_segment, target_content, target_linked, target_freed, target_paired,
                  false, added);
  join_neighbours(kept, source_segment, source_content, source_linked, source_freed, source_paired,
                  true, added);
  kept.insert(kept.end(), added.begin(), added.end());
  std::sort(kept.begin(), kept.end());
  kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
  links = std::move(kept);
}

}  // namespace parallax::terms
