#include "formats/joined_text.h"

#include <algorithm>
#include <cassert>

namespace parallax::formats {

std::string joined_text(const Document& document, IndexRange range) {
  assert(range.end <= document.sentences.size());
  std::string text;
  for (uint32_t i = range.begin; i < range.end; ++i) {
    if (i != range.begin) {
      text += ' ';
    }
    text += document.sentence_text(i);
  }
  return text;
}

uint32_t sentence_at(const Document& document, uint32_t at) {
  const auto it = std::upper_bound(
      document.sentences.begin(), document.sentences.end(), at,
      [](uint32_t byte, const Sentence& sentence) { return byte < sentence.span.begin; });
  return it == document.sentences.begin()
             ? 0U
             : static_cast<uint32_t>(it - document.sentences.begin() - 1);
}

}  // namespace parallax::formats
