// Splitting decoded text into paragraphs and sentences.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include <parallax/read.h>
#include <parallax/types.h>

namespace parallax {

enum class ParagraphBreak {
  BlankLine,  // paragraphs are separated by one or more blank lines
  LineBreak,  // every line is a paragraph
};

struct SegmentOptions {
  // ISO 639-1 language of the text ("ru", "en", "de", "fr", "zh", ...). Empty: detect by script.
  std::string language;
  // The input is one sentence per line: line i is sentence i, no segmentation at all.
  // Empty lines are an anomaly (see on_empty_line) because they would shift the numbering.
  bool lines = false;
  ParagraphBreak paragraph_break = ParagraphBreak::LineBreak;
  // In lines mode: an empty line is an error (Fail), or kept as an empty sentence (Warn/Ignore).
  OnAnomaly on_empty_line = OnAnomaly::Fail;
  DiagnosticCallback on_diagnostic;

  void validate() const;  // throws OptionError
};

// Longest sentence, in characters (code points), that segment accepts without a warning. A
// longer one suggests a text without sentence punctuation (or a paragraph per line with
// --lines). The longest sentences of corpora/ and of the evaluation sets have 808 characters.
inline constexpr size_t kLongSentenceChars = 2000;

// Splits text into sentences. The Document takes the text; sentence spans point into it.
// Reports through options.on_diagnostic the warnings of decoding (DecodedText::warnings), then
// the first sentence longer than kLongSentenceChars (at its line, with how many more there are).
// Throws InputError (lines mode: empty line with OnAnomaly::Fail; any mode: no sentence at all).
// Linear in the text size. Thread-safe.
Document segment(DecodedText text, std::string_view source_name, const SegmentOptions& options);

// Guesses an ISO 639-1 code from the dominant script and letters of the text ("ru" for
// Cyrillic, "en" for Latin, "zh" for Han, ...). Returns "" when there are no letters.
std::string detect_language(std::string_view utf8_text);

}  // namespace parallax
