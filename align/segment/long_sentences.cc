#include "segment/long_sentences.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <parallax/segment.h>

namespace parallax::segmenter {

namespace {

// Code points of UTF-8 text: every byte that does not continue a sequence.
size_t characters(std::string_view text) noexcept {
  size_t count = 0;
  for (const char byte : text) {
    count += (static_cast<uint8_t>(byte) & 0xC0U) != 0x80U ? 1 : 0;
  }
  return count;
}

// Whether sentence holds a sentence terminator (. ! ? 。 and the like, Unicode's
// Sentence_Terminal) before its final punctuation: then the segmenter saw one and did not break
// there, rather than found none.
bool has_inner_terminal(std::string_view sentence) noexcept {
  const auto* s = reinterpret_cast<const uint8_t*>(sentence.data());
  const auto length = static_cast<int32_t>(sentence.size());
  bool terminal_seen = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      continue;
    }
    if (u_hasBinaryProperty(c, UCHAR_S_TERM) != 0) {
      terminal_seen = true;
    } else if (terminal_seen && u_ispunct(c) == 0 && u_isUWhiteSpace(c) == 0) {
      return true;  // a letter or digit after a terminator: not the final punctuation
    }
  }
  return false;
}

}  // namespace

std::optional<Diagnostic> long_sentence_warning(const Document& document, bool lines) {
  std::optional<size_t> first;
  size_t first_length = 0;
  size_t more = 0;
  for (size_t k = 0; k < document.sentences.size(); ++k) {
    const Span span = document.sentences[k].span;
    // A sentence of fewer bytes has fewer characters: most are skipped without counting.
    if (span.end - span.begin <= kLongSentenceChars) {
      continue;
    }
    const size_t length = characters(document.sentence_text(k));
    if (length <= kLongSentenceChars) {
      continue;
    }
    if (first) {
      ++more;
    } else {
      first = k;
      first_length = length;
    }
  }
  if (!first) {
    return std::nullopt;
  }
  const std::string others =
      more == 0 ? std::string()
                : fmt::format(" (and {} more over {} characters)", more, kLongSentenceChars);
  std::string message;
  if (lines) {
    message = fmt::format(
        "a line of {} characters taken for one sentence{} (is this text segmented? With --lines "
        "each line is one sentence: leave --lines out to split the lines into sentences)",
        first_length, others);
  } else {
    message = fmt::format(
        "a sentence of {} characters with no {}{} (is this text segmented? parallax ends "
        "sentences at . ! ? and the like, and such a sentence aligns only as a whole: add the "
        "punctuation, or put one sentence per line and pass --lines)",
        first_length,
        has_inner_terminal(document.sentence_text(*first)) ? "sentence break"
                                                           : "sentence-ending punctuation",
        others);
  }
  return Diagnostic{Severity::Warning, document.source_name, document.sentences[*first].line,
                    std::move(message)};
}

}  // namespace parallax::segmenter
