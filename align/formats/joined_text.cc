#include "formats/joined_text.h"

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

}  // namespace parallax::formats
