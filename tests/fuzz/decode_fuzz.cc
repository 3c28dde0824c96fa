// Fuzzes decode_text: any bytes either decode to NFC UTF-8 with consistent line starts, or
// raise InputError with a position inside the input.
#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <parallax/errors.h>
#include <parallax/read.h>

namespace {

void check(const parallax::DecodedText& decoded) {
  if (decoded.line_starts.empty() || decoded.line_starts[0] != 0) {
    std::abort();
  }
  for (size_t k = 1; k < decoded.line_starts.size(); ++k) {
    const uint32_t start = decoded.line_starts[k];
    if (start <= decoded.line_starts[k - 1] || start > decoded.text.size() ||
        decoded.text[start - 1] != '\n') {
      std::abort();
    }
  }
  if (decoded.text.find('\r') != std::string::npos) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) {
    return 0;
  }
  // The first byte picks the options, the rest is the input.
  const uint8_t selector = data[0];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  parallax::ReadOptions options;
  constexpr std::array<const char*, 8> kEncodings = {
      "", "", "", "", "UTF-8", "windows-1251", "KOI8-R", "UTF-16"};
  options.encoding = kEncodings[selector & 7U];
  options.max_line_bytes = (selector & 8U) != 0 ? 16 : 1U << 20;
  try {
    check(parallax::decode_text(bytes, "fuzz", options));
  } catch (const parallax::InputError& error) {
    if (error.line > bytes.size() + 1 || error.column > bytes.size() + 1) {
      std::abort();
    }
  }
  return 0;
}
