// UTF-8 by its bytes, for counting letters and cutting at letter boundaries without decoding
// (the text is valid UTF-8: decode.cc checks it once, at the entry point).
#pragma once

#include <cstddef>
#include <string_view>

namespace parallax::text {

// Whether byte c starts a code point, that is, is not a continuation byte (10xxxxxx).
constexpr bool starts_code_point(char c) noexcept {
  return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
}

// Code points of utf8: its bytes that start one. O(bytes).
constexpr size_t code_points(std::string_view utf8) noexcept {
  size_t count = 0;
  for (const char c : utf8) {
    count += starts_code_point(c) ? 1U : 0U;
  }
  return count;
}

}  // namespace parallax::text
