// Reading outside bytes into normalized UTF-8 text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

struct ReadOptions {
  // Encoding name as ICU knows it ("UTF-8", "windows-1251", "KOI8-R", "IBM866", "UTF-16LE").
  // Empty: detect (BOM first, then valid UTF-8, then ICU's charset detector).
  std::string encoding;
  // Longest accepted line, in bytes of the input; longer lines are an InputError.
  uint32_t max_line_bytes = 1U << 20;

  void validate() const;  // throws OptionError
};

// Text after decoding: UTF-8, NFC, BOM stripped, CRLF and CR turned into "\n".
struct DecodedText {
  std::string text;
  std::string encoding;  // the encoding used
  // line_starts[k] = byte offset in text where line k+1 (1-based) starts. Lines are counted
  // on the original input, so messages can name them.
  std::vector<uint32_t> line_starts;
};

// Decodes bytes. source_name is used in error messages only.
// Throws InputError (source_name, line, column) for: empty input, NUL bytes (binary data),
// bytes undecodable in the forced or detected encoding, lines over max_line_bytes.
// Linear in the input size. Thread-safe.
DecodedText decode_text(std::string_view bytes,
                        std::string_view source_name,
                        const ReadOptions& options);

}  // namespace parallax
