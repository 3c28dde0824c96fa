#include "formats/terms_text.h"

#include <algorithm>
#include <cassert>

#include <fmt/format.h>

namespace parallax::formats {

std::string sentence_ids(IndexRange range) {
  if (range.empty()) {
    return "-";
  }
  return range.size() == 1 ? std::to_string(range.begin)
                           : fmt::format("{}-{}", range.begin, range.end - 1);
}

MarkedText marked_text(const Document& document, IndexRange sentences, Span span) {
  assert(sentences.end <= document.sentences.size());
  MarkedText out;
  for (uint32_t i = sentences.begin; i < sentences.end; ++i) {
    if (i != sentences.begin) {
      out.text += ' ';
    }
    const Span sentence = document.sentences[i].span;
    const auto offset = static_cast<uint32_t>(out.text.size());
    if (span.size() > 0 && span.begin >= sentence.begin && span.end <= sentence.end) {
      out.mark = Span{offset + span.begin - sentence.begin, offset + span.end - sentence.begin};
    }
    out.text += document.sentence_text(i);
  }
  return out;
}

double share(uint32_t count, uint32_t total) noexcept {
  return total == 0 ? 0.0 : static_cast<double>(count) / static_cast<double>(total);
}

uint32_t total_occurrences(const TermRenderings& renderings) noexcept {
  auto total =
      static_cast<uint32_t>(renderings.not_rendered.size() + renderings.no_counterpart.size());
  for (const Variant& variant : renderings.variants) {
    total += variant.count;
  }
  return total;
}

uint32_t uncertain_count(const std::vector<TermLocation>& locations) noexcept {
  return static_cast<uint32_t>(
      std::count_if(locations.begin(), locations.end(),
                    [](const TermLocation& location) { return location.usual.size() > 0; }));
}

std::string uncertain_note(const std::vector<TermLocation>& locations) {
  const uint32_t count = uncertain_count(locations);
  return count == 0 ? std::string() : fmt::format(" ({} uncertain)", count);
}

std::string forms_list(const TermResult& term, std::string_view separator) {
  std::string out;
  for (const TermForm& form : term.forms) {
    if (!out.empty()) {
      out += separator;
    }
    out += fmt::format("{} ({})", form.text, form.count);
  }
  return out;
}

}  // namespace parallax::formats
