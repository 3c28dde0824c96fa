#include "formats/diff_text.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "formats/joined_text.h"

namespace parallax::formats {

uint32_t line_at(const Document& document, uint32_t at) {
  if (document.sentences.empty()) {
    return 0;
  }
  const Sentence& sentence = document.sentences[sentence_at(document, at)];
  const uint32_t from = std::min(sentence.span.begin, at);
  const auto breaks = std::count(document.text.begin() + from, document.text.begin() + at, '\n');
  return sentence.line + static_cast<uint32_t>(breaks);
}

std::string shown_side(std::string_view text) {
  if (text.empty()) {
    return "∅";
  }
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  if (is_space(text.front()) || is_space(text.back())) {
    return "‹" + std::string(text) + "›";
  }
  return std::string(text);
}

}  // namespace parallax::formats
