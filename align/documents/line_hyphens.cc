#include "documents/line_hyphens.h"

#include <cstddef>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/utf8.h"

namespace parallax::documents {

namespace {

bool is_hyphen(UChar32 c) noexcept {
  return c == '-' || c == 0x2010 || c == 0x00AD;
}

// A word: letters, with single hyphens between letters; folded to lower case.
struct Word {
  std::string folded;
  bool compound = false;
  std::vector<std::string> parts;  // folded, when compound
};

void append_folded(std::string& out, UChar32 c) {
  const UChar32 lower = u_tolower(c);
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, lower);
  out.append(buffer, static_cast<size_t>(length));
}

// The words of text in order.
std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> words;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());  // one PDF line: far below 2 GiB
  Word word;
  std::string part;
  const auto end_word = [&] {
    if (!part.empty()) {
      word.parts.push_back(part);
      word.folded += part;
    }
    if (!word.folded.empty()) {
      words.push_back(std::move(word));
    }
    word = Word{};
    part.clear();
  };
  int32_t i = 0;
  while (i < size) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, size, c);
    if (u_isalpha(c) != 0) {
      append_folded(part, c);
      continue;
    }
    UChar32 next = 0;
    if (i < size) {
      U8_GET(bytes, 0, i, size, next);
    }
    if ((c == '-' || c == 0x2010) && !part.empty() && u_isalpha(next) != 0) {
      word.parts.push_back(part);
      word.folded += part + "-";
      word.compound = true;
      part.clear();
      continue;
    }
    end_word();
  }
  end_word();
  return words;
}

// The letters of text after its last non-letter (before) or before its first (after), folded.
std::string trailing_letters(std::string_view text) {
  const std::vector<Word> words = words_of(text);
  return words.empty() ? std::string() : words.back().parts.back();
}

std::string leading_letters(std::string_view text) {
  const std::vector<Word> words = words_of(text);
  return words.empty() ? std::string() : words.front().parts.front();
}

}  // namespace

bool ends_with_break_hyphen(std::string_view line) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  const auto size = static_cast<int32_t>(line.size());  // one PDF line: far below 2 GiB
  UChar32 last = 0;
  UChar32 before = 0;
  int32_t i = 0;
  while (i < size) {
    before = last;
    U8_NEXT(bytes, i, size, last);
  }
  return is_hyphen(last) && u_isalpha(before) != 0;
}

HyphenEvidence::HyphenEvidence(const std::vector<std::string_view>& lines) {
  bool after_break = false;
  for (const std::string_view line : lines) {
    std::vector<Word> words = words_of(line);
    const bool breaks = ends_with_break_hyphen(line);
    const size_t begin = after_break ? 1 : 0;
    const size_t end = breaks && !words.empty() ? words.size() - 1 : words.size();
    for (size_t k = begin; k < end; ++k) {
      if (words[k].compound) {
        compounds_.insert(words[k].folded);
      }
      for (const std::string& part : words[k].parts) {
        ++words_[part];
      }
      if (words[k].compound) {
        ++words_[words[k].folded];
      }
    }
    after_break = breaks;
  }
}

bool HyphenEvidence::keeps_hyphen(std::string_view line, std::string_view next) const {
  constexpr size_t kMinimumPart = 3;
  const std::string left = trailing_letters(line);
  const std::string right = leading_letters(next);
  if (left.empty() || right.empty()) {
    return false;
  }
  if (compounds_.count(left + "-" + right) != 0) {
    return true;
  }
  return words_.count(left + right) == 0 && words_.count(left) != 0 && words_.count(right) != 0 &&
         text::code_points(left) >= kMinimumPart && text::code_points(right) >= kMinimumPart;
}

}  // namespace parallax::documents
