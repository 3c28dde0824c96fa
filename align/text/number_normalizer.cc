// Digit groups and decimal points of numbers as written in running text.
#include "text/number_normalizer.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace parallax::text {

namespace {

enum class SeparatorKind : uint8_t { Space, Comma, Dot, Apostrophe, Other };

SeparatorKind kind_of(UChar32 c) noexcept {
  if (c == ',') {
    return SeparatorKind::Comma;
  }
  if (c == '.') {
    return SeparatorKind::Dot;
  }
  if (c == '\'' || c == 0x2019) {
    return SeparatorKind::Apostrophe;
  }
  if (is_group_space(static_cast<char32_t>(c))) {
    return SeparatorKind::Space;
  }
  return SeparatorKind::Other;
}

struct Parsed {
  std::vector<std::string> groups;           // ASCII digits
  std::vector<SeparatorKind> separators;     // separators[k] lies between groups k and k+1
  std::vector<std::string> separator_texts;  // as written (UTF-8)
};

// Splits raw into digit groups and the separators between them; false when raw has anything
// else (letters, signs, two separators in a row).
bool parse(std::string_view raw, Parsed& parsed) {
  const auto* s = reinterpret_cast<const uint8_t*>(raw.data());
  const auto length = static_cast<int64_t>(raw.size());
  int64_t i = 0;
  parsed.groups.emplace_back();
  while (i < length) {
    const int64_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      return false;
    }
    const int32_t digit = u_charDigitValue(c);
    if (digit >= 0 && digit <= 9) {
      parsed.groups.back().push_back(static_cast<char>('0' + digit));
      continue;
    }
    const SeparatorKind kind = kind_of(c);
    if (kind == SeparatorKind::Other || parsed.groups.back().empty()) {
      return false;
    }
    parsed.separators.push_back(kind);
    parsed.separator_texts.emplace_back(
        raw.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    parsed.groups.emplace_back();
  }
  return !parsed.groups.back().empty();
}

// Whether groups[0..count) form a grouped integer: 1-3 digits, then groups of 3 joined by one
// kind of separator.
bool is_grouped_integer(const Parsed& parsed, size_t count) {
  if (parsed.groups[0].size() > 3) {
    return false;
  }
  for (size_t k = 1; k < count; ++k) {
    if (parsed.groups[k].size() != 3 || parsed.separators[k - 1] != parsed.separators[0]) {
      return false;
    }
  }
  return true;
}

std::string joined(const Parsed& parsed, size_t count) {
  std::string out;
  for (size_t k = 0; k < count; ++k) {
    out += parsed.groups[k];
  }
  return out;
}

}  // namespace

bool is_group_space(char32_t c) noexcept {
  return c == U' ' || c == U'\u00A0' || c == U'\u202F' || c == U'\u2009';
}

std::string normalize_number(std::string_view raw) {
  Parsed parsed;
  if (!parse(raw, parsed)) {
    // Not a plain number: keep it, with ASCII digits where possible.
    std::string out;
    const auto* s = reinterpret_cast<const uint8_t*>(raw.data());
    const auto length = static_cast<int64_t>(raw.size());
    int64_t i = 0;
    while (i < length) {
      const int64_t start = i;
      UChar32 c = 0;
      U8_NEXT(s, i, length, c);
      const int32_t digit = c < 0 ? -1 : u_charDigitValue(c);
      if (digit >= 0 && digit <= 9) {
        out.push_back(static_cast<char>('0' + digit));
      } else {
        out.append(raw.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
      }
    }
    return out;
  }
  const size_t groups = parsed.groups.size();
  if (groups == 1) {
    return parsed.groups[0];
  }
  const SeparatorKind last = parsed.separators.back();
  const bool last_is_point = last == SeparatorKind::Comma || last == SeparatorKind::Dot;
  if (last_is_point) {
    const bool only = groups == 2;
    const bool differs =
        !only && parsed.separators[0] != last && is_grouped_integer(parsed, groups - 1);
    if ((only && parsed.groups[1].size() != 3) || differs) {
      return joined(parsed, groups - 1) + "." + parsed.groups.back();
    }
  }
  if (is_grouped_integer(parsed, groups)) {
    return joined(parsed, groups);
  }
  std::string out = parsed.groups[0];
  for (size_t k = 1; k < groups; ++k) {
    out += parsed.separator_texts[k - 1];
    out += parsed.groups[k];
  }
  return out;
}

}  // namespace parallax::text
