// Fuzzes segment and detect_language on decoded text: sentences are ordered, non-overlapping,
// inside the text, trimmed, on the right line and never cross a blank line in BlankLine mode.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <parallax/errors.h>
#include <parallax/read.h>
#include <parallax/segment.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) {
    return 0;
  }
  const uint8_t selector = data[0];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  parallax::DecodedText decoded;
  try {
    decoded = parallax::decode_text(bytes, "fuzz", parallax::ReadOptions{});
  } catch (const parallax::InputError&) {
    return 0;
  }
  (void)parallax::detect_language(decoded.text);
  parallax::SegmentOptions options;
  constexpr std::array<const char*, 4> kLanguages = {"", "en", "ru", "zh"};
  options.language = kLanguages[selector & 3U];
  options.lines = (selector & 4U) != 0;
  options.paragraph_break = (selector & 8U) != 0 ? parallax::ParagraphBreak::BlankLine
                                                 : parallax::ParagraphBreak::LineBreak;
  options.on_empty_line =
      (selector & 16U) != 0 ? parallax::OnAnomaly::Ignore : parallax::OnAnomaly::Fail;
  const std::vector<uint32_t> line_starts = decoded.line_starts;
  try {
    const parallax::Document document = parallax::segment(std::move(decoded), "fuzz", options);
    uint32_t previous_end = 0;
    for (size_t i = 0; i < document.sentences.size(); ++i) {
      const parallax::Sentence& sentence = document.sentences[i];
      if (sentence.span.begin > sentence.span.end || sentence.span.end > document.text.size() ||
          sentence.span.begin < previous_end || sentence.line == 0 ||
          sentence.line > line_starts.size() ||
          line_starts[sentence.line - 1] > sentence.span.begin) {
        std::abort();
      }
      const std::string_view text = document.sentence_text(i);
      if (!options.lines && (text.empty() || text.front() == ' ' || text.back() == ' ' ||
                             text.find("\n\n") != std::string_view::npos)) {
        std::abort();
      }
      previous_end = sentence.span.end;
    }
  } catch (const parallax::InputError&) {
  }
  return 0;
}
