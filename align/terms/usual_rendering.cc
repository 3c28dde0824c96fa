#include "terms/usual_rendering.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "terms/rendering.h"
#include "text/space_separated.h"

namespace parallax::terms {

namespace {

// The bytes of the first run of words of the sentences of location's bead whose keys are
// key_words and which does not overlap location's rendering; empty if none.
Span find_usual(const TermLocation& location,
                const std::vector<std::string_view>& key_words,
                const TokenStream& stream,
                const score::SideFeatures& features,
                text::Tokenizer& tokenizer) {
  std::vector<uint32_t> words;
  std::vector<std::string> keys;
  for (uint32_t q = stream.sentence_begin[location.target.begin];
       q < stream.sentence_begin[location.target.end]; ++q) {
    if (stream.is_word(q) && stream.ids[q] != kNoId) {
      words.push_back(q);
      keys.push_back(rendering_key(stream, features, tokenizer, Pieces{TokenRange{q, q}}));
    }
  }
  const Span own = location.rendering;
  for (size_t k = 0; k + key_words.size() <= words.size(); ++k) {
    if (!std::equal(key_words.begin(), key_words.end(),
                    keys.begin() + static_cast<std::ptrdiff_t>(k))) {
      continue;
    }
    const Span span{stream.spans[words[k]].begin,
                    stream.spans[words[k + key_words.size() - 1]].end};
    if (own.size() == 0 || span.end <= own.begin || own.end <= span.begin) {
      return span;
    }
  }
  return Span{};
}

}  // namespace

void mark_usual_renderings(TermRenderings& renderings,
                           const TokenStream& stream,
                           const score::SideFeatures& features,
                           text::Tokenizer& tokenizer) {
  if (renderings.variants.empty() ||
      renderings.variants.front().key.find("\u2026") != std::string::npos) {
    return;
  }
  const text::SpaceSeparated words(renderings.variants.front().key);
  const std::vector<std::string_view> key_words(words.begin(), words.end());
  if (key_words.empty()) {
    return;
  }
  const auto mark = [&](TermLocation& location) {
    location.usual = find_usual(location, key_words, stream, features, tokenizer);
  };
  for (size_t v = 1; v < renderings.variants.size(); ++v) {
    std::for_each(renderings.variants[v].locations.begin(), renderings.variants[v].locations.end(),
                  mark);
  }
  std::for_each(renderings.not_rendered.begin(), renderings.not_rendered.end(), mark);
}

void take_free_usual_renderings(TermRenderings& renderings) {
  if (renderings.variants.empty()) {
    return;
  }
  const auto claimed = [&](const TermLocation& location) {
    return std::any_of(
        renderings.variants.begin(), renderings.variants.end(), [&](const Variant& variant) {
          return std::any_of(
              variant.locations.begin(), variant.locations.end(), [&](const TermLocation& other) {
                return other.bead == location.bead && other.rendering.begin < location.usual.end &&
                       location.usual.begin < other.rendering.end;
              });
        });
  };
  Variant& main = renderings.variants.front();
  std::vector<TermLocation> still;
  for (TermLocation& location : renderings.not_rendered) {
    if (location.usual.size() == 0 || claimed(location)) {
      still.push_back(std::move(location));
      continue;
    }
    location.rendering = location.usual;
    location.usual = Span{};
    const auto at = std::upper_bound(
        main.locations.begin(), main.locations.end(), location,
        [](const TermLocation& a, const TermLocation& b) { return a.term.begin < b.term.begin; });
    main.locations.insert(at, std::move(location));
    ++main.count;
  }
  renderings.not_rendered = std::move(still);
}

}  // namespace parallax::terms
