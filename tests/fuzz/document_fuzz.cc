// Fuzzes one document reader (DOCX, ODT, HTML, XLIFF or PDF, chosen at build time by
// PARALLAX_FUZZ_FORMAT, one target each): any bytes either give an ExtractedText that keeps its
// contract (one non-empty paragraph per line, valid UTF-8, anchors sorted inside the text, the
// first at 0) or raise InputError naming the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <unicode/utf8.h>

#include <parallax/documents.h>
#include <parallax/errors.h>

namespace {

void check(const parallax::ExtractedText& extracted) {
  const std::string_view text = extracted.text;
  if (text.empty()) {
    return;
  }
  if (text.back() != '\n' || text.find("\n\n") != std::string_view::npos || text.front() == '\n') {
    std::abort();
  }
  int64_t i = 0;
  const auto size = static_cast<int64_t>(text.size());
  while (i < size) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, size, c);
    if (c < 0) {
      std::abort();
    }
  }
  if (extracted.anchors.empty() || extracted.anchors.front().offset != 0) {
    std::abort();
  }
  for (size_t k = 1; k < extracted.anchors.size(); ++k) {
    if (extracted.anchors[k].offset <= extracted.anchors[k - 1].offset ||
        extracted.anchors[k].offset >= text.size()) {
      std::abort();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  parallax::ReadOptions options;
  options.max_part_bytes = 1U << 24;  // keep runs fast; the limit's path is exercised too
  options.xliff_side = (size % 2) == 0 ? parallax::XliffSide::Source : parallax::XliffSide::Target;
  try {
    check(parallax::extract_text(parallax::InputFormat::PARALLAX_FUZZ_FORMAT, bytes, "fuzz",
                                 options));
  } catch (const parallax::InputError& error) {
    if (error.source != "fuzz") {
      std::abort();
    }
  }
  return 0;
}
