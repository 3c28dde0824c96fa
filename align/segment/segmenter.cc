// Paragraphs and sentences: ICU sentence breaks, then removal of the false breaks after
// abbreviations, initials, list labels and before lower-case words.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <parallax/errors.h>
#include <parallax/segment.h>

#include "segment/abbreviations.h"
#include "segment/long_sentences.h"
#include "text/icu_check.h"

namespace parallax {

namespace {

using segmenter::AbbreviationKind;
using text::icu_check;

struct UTextCloser {
  void operator()(UText* text) const noexcept { utext_close(text); }
};

// Byte range [begin, end) of the text.
struct Range {
  size_t begin = 0;
  size_t end = 0;
};

// Decodes the code point at byte i; advances i. Ill-formed bytes give a negative value.
UChar32 next_code_point(std::string_view s, size_t& i) noexcept {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto k = static_cast<int64_t>(i);
  UChar32 c = 0;
  U8_NEXT(p, k, static_cast<int64_t>(s.size()), c);
  i = static_cast<size_t>(k);
  return c;
}

// Decodes the code point ending at byte i; moves i back to its start.
UChar32 previous_code_point(std::string_view s, size_t& i) noexcept {
  size_t start = i - 1;
  // Back over at most 3 continuation bytes to a lead byte.
  while (start > 0 && i - start < 4 && (static_cast<uint8_t>(s[start]) & 0xC0U) == 0x80U) {
    --start;
  }
  size_t k = start;
  const UChar32 c = next_code_point(s, k);
  if (k != i) {
    i = i - 1;  // ill-formed: step back one byte
    return -1;
  }
  i = start;
  return c;
}

bool is_space(UChar32 c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c >= 0x80 && u_isUWhiteSpace(c) != 0);
}

// range with white space trimmed at both ends.
Range trimmed(std::string_view text, Range range) noexcept {
  while (range.begin < range.end) {
    size_t i = range.begin;
    if (!is_space(next_code_point(text, i))) {
      break;
    }
    range.begin = i;
  }
  while (range.end > range.begin) {
    size_t i = range.end;
    if (!is_space(previous_code_point(text, i))) {
      break;
    }
    range.end = i;
  }
  return range;
}

bool is_blank(std::string_view line) noexcept {
  const Range r = trimmed(line, {0, line.size()});
  return r.begin == r.end;
}

// Lines of text, without their "\n"; a final "\n" does not start another line.
std::vector<Range> split_lines(std::string_view text) {
  std::vector<Range> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    const size_t newline = text.find('\n', begin);
    const size_t end = newline == std::string_view::npos ? text.size() : newline;
    lines.push_back({begin, end});
    begin = end + 1;
  }
  return lines;
}

std::vector<Range> split_paragraphs(std::string_view text, ParagraphBreak mode) {
  std::vector<Range> paragraphs;
  bool open = false;
  for (const Range line : split_lines(text)) {
    if (is_blank(text.substr(line.begin, line.end - line.begin))) {
      open = false;
      continue;
    }
    if (mode == ParagraphBreak::BlankLine && open) {
      paragraphs.back().end = line.end;
    } else {
      paragraphs.push_back(line);
      open = true;
    }
  }
  return paragraphs;
}

// The first letter or digit of text, skipping spaces, quotes, dashes and brackets; 0 if none.
UChar32 first_alnum(std::string_view text) noexcept {
  size_t i = 0;
  while (i < text.size()) {
    const UChar32 c = next_code_point(text, i);
    if (c > 0 && u_isalnum(c) != 0) {
      return c;
    }
  }
  return 0;
}

// The word before a final period of sentence (letters, inner periods and hyphens, as in
// "U.S.S.R", "г-н"), and whether a number precedes that word. Empty when sentence does not end
// with a period.
struct LastWord {
  std::string_view word;
  bool after_number = false;
};

LastWord last_word(std::string_view sentence) noexcept {
  LastWord result;
  if (sentence.empty() || sentence.back() != '.') {
    return result;
  }
  const size_t end = sentence.size() - 1;
  size_t begin = end;
  while (begin > 0) {
    size_t i = begin;
    const UChar32 c = previous_code_point(sentence, i);
    if (c <= 0 || (u_isalpha(c) == 0 && c != '.' && c != '-')) {
      break;
    }
    begin = i;
  }
  while (begin < end && (sentence[begin] == '.' || sentence[begin] == '-')) {
    ++begin;
  }
  result.word = sentence.substr(begin, end - begin);
  size_t i = begin;
  while (i > 0) {
    size_t k = i;
    const UChar32 c = previous_code_point(sentence, k);
    if (is_space(c)) {
      i = k;
      continue;
    }
    result.after_number = c > 0 && u_isdigit(c) != 0;
    break;
  }
  return result;
}

// A list label alone: "1.", "12)", "(3)", "IV.", "a)".
bool is_list_label(std::string_view sentence) noexcept {
  if (sentence.size() < 2) {
    return false;
  }
  const char last = sentence.back();
  if (last != '.' && last != ')') {
    return false;
  }
  std::string_view body = sentence.substr(0, sentence.size() - 1);
  if (!body.empty() && body.front() == '(') {
    body.remove_prefix(1);
  }
  if (body.empty() || body.size() > 6) {
    return false;
  }
  const bool digits =
      std::all_of(body.begin(), body.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool roman = std::all_of(body.begin(), body.end(), [](char c) {
    return std::string_view("IVXLCivxlc").find(c) != std::string_view::npos;
  });
  size_t i = 0;
  const UChar32 c = next_code_point(body, i);
  const bool one_letter = i == body.size() && c > 0 && u_isalpha(c) != 0;
  return digits || roman || one_letter;
}

// Whether the break between sentence (trimmed, from the current sentence start) and next
// (the text up to the following ICU break) is false and must be removed.
bool is_false_break(std::string_view sentence, std::string_view next) noexcept {
  if (sentence.empty() || is_list_label(sentence)) {
    return true;
  }
  const UChar32 next_first = first_alnum(next);
  if (next_first == 0) {
    return true;  // only punctuation follows: it belongs to this sentence
  }
  if (u_islower(next_first) != 0) {
    return true;  // "etc. and", "«Иди!» — сказал он."
  }
  const LastWord last = last_word(sentence);
  if (last.word.empty()) {
    return false;
  }
  const bool next_is_number = u_isdigit(next_first) != 0;
  switch (segmenter::classify_abbreviation(last.word)) {
    case AbbreviationKind::Always:
    case AbbreviationKind::Initial:
    case AbbreviationKind::Dotted:
      return true;
    case AbbreviationKind::BeforeNumber:
      return next_is_number;
    case AbbreviationKind::AfterNumber:
      return !last.after_number;
    case AbbreviationKind::Final:
    case AbbreviationKind::None:
      return false;
  }
  return false;
}

bool is_dash(UChar32 c) noexcept {
  return c == 0x2014 || c == 0x2013 || c == 0x2015;
}

bool is_closing(UChar32 c) noexcept {
  return c == 0x00BB || c == 0x201C || c == 0x201D || c == 0x2019 || c == '"' || c == '\'' ||
         c == ')';
}

// Appends, in order, the breaks inside range that ICU misses in dialogue: a dash is a
// sentence continuation for ICU (UAX #29 SContinue), so "— Иди, — сказал он. — Не пойду."
// is one ICU sentence. A break is added before a dash that follows terminal punctuation
// (and closing quotes and spaces) and precedes a capital letter.
void add_dialogue_breaks(std::string_view text, Range range, std::vector<size_t>& ends) {
  size_t i = range.begin;
  while (i < range.end) {
    const UChar32 c = next_code_point(text, i);
    if (c != '.' && c != '!' && c != '?' && c != 0x2026) {
      continue;
    }
    size_t k = i;
    UChar32 d = 0;
    size_t dash_at = 0;
    bool spaced = false;
    while (k < range.end) {
      const size_t at = k;
      d = next_code_point(text, k);
      if (is_closing(d) && !spaced) {
        continue;
      }
      if (is_space(d)) {
        spaced = true;
        continue;
      }
      if (spaced && is_dash(d)) {
        dash_at = at;
      }
      break;
    }
    if (dash_at == 0) {
      continue;
    }
    while (k < range.end) {
      d = next_code_point(text, k);
      if (!is_space(d)) {
        break;
      }
    }
    if (d > 0 && u_isupper(d) != 0) {
      ends.push_back(dash_at);
    }
  }
}

class SentenceSplitter {
 public:
  explicit SentenceSplitter(const std::string& language) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale =
        language.empty() ? icu::Locale::getRoot() : icu::Locale(language.c_str());
    breaks_.reset(icu::BreakIterator::createSentenceInstance(locale, status));
    icu_check(status, "BreakIterator::createSentenceInstance");
  }

  // Sentences of one paragraph of text (absolute, trimmed, non-empty ranges). flat is text
  // with every "\n" turned into a space (same length), so that ICU does not break at the line
  // ends of a hard-wrapped paragraph.
  std::vector<Range> split(std::string_view text, std::string_view flat, Range paragraph) {
    const std::string_view part = flat.substr(paragraph.begin, paragraph.end - paragraph.begin);
    UErrorCode status = U_ZERO_ERROR;
    utext_.reset(
        utext_openUTF8(utext_.release(), part.data(), static_cast<int64_t>(part.size()), &status));
    icu_check(status, "utext_openUTF8");
    breaks_->setText(utext_.get(), status);
    icu_check(status, "BreakIterator::setText");
    std::vector<size_t> ends;
    size_t previous = paragraph.begin;
    for (int32_t b = breaks_->next(); b != icu::BreakIterator::DONE; b = breaks_->next()) {
      const size_t end = paragraph.begin + static_cast<size_t>(b);
      add_dialogue_breaks(text, {previous, end}, ends);
      ends.push_back(end);
      previous = end;
    }
    std::vector<Range> sentences;
    size_t start = paragraph.begin;
    for (size_t k = 0; k < ends.size(); ++k) {
      const Range current = trimmed(text, {start, ends[k]});
      if (k + 1 < ends.size()) {
        const std::string_view sentence = text.substr(current.begin, current.end - current.begin);
        const std::string_view next = text.substr(ends[k], ends[k + 1] - ends[k]);
        if (is_false_break(sentence, next)) {
          continue;
        }
      }
      if (current.begin < current.end) {
        sentences.push_back(current);
      }
      start = ends[k];
    }
    return sentences;
  }

 private:
  std::unique_ptr<icu::BreakIterator> breaks_;
  std::unique_ptr<UText, UTextCloser> utext_;
};

// 1-based line of byte offset in a text whose lines start at line_starts.
uint32_t line_of(const std::vector<uint32_t>& line_starts, size_t offset) noexcept {
  const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  return static_cast<uint32_t>(std::max<ptrdiff_t>(1, it - line_starts.begin()));
}

std::vector<uint32_t> compute_line_starts(std::string_view text) {
  std::vector<uint32_t> starts{0};
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] == '\n') {
      starts.push_back(static_cast<uint32_t>(i + 1));
    }
  }
  return starts;
}

void segment_lines(Document& document,
                   const std::vector<uint32_t>& line_starts,
                   const SegmentOptions& options) {
  const std::string_view text = document.text;
  for (const Range line : split_lines(text)) {
    const uint32_t line_number = line_of(line_starts, line.begin);
    if (is_blank(text.substr(line.begin, line.end - line.begin))) {
      switch (options.on_empty_line) {
        case OnAnomaly::Fail:
          throw InputError(document.source_name, line_number, 0,
                           "empty line in --lines input (remove it, or use --allow-empty-lines)");
        case OnAnomaly::Warn:
          if (options.on_diagnostic) {
            options.on_diagnostic(Diagnostic{Severity::Warning, document.source_name, line_number,
                                             "empty line in --lines input (kept as an empty "
                                             "sentence so that the numbering does not shift)"});
          }
          break;
        case OnAnomaly::Ignore:
          break;
      }
    }
    // The paragraph index stays 0: in lines mode the lines are not paragraphs.
    document.sentences.push_back(Sentence{
        {static_cast<uint32_t>(line.begin), static_cast<uint32_t>(line.end)}, 0, line_number});
  }
  document.paragraph_count = document.sentences.empty() ? 0 : 1;
}

void segment_prose(Document& document,
                   const std::vector<uint32_t>& line_starts,
                   const SegmentOptions& options) {
  const std::string_view text = document.text;
  std::string flat(text);
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  SentenceSplitter splitter(document.language);
  uint32_t paragraph_index = 0;
  for (const Range paragraph : split_paragraphs(text, options.paragraph_break)) {
    const std::vector<Range> sentences = splitter.split(text, flat, paragraph);
    if (sentences.empty()) {
      continue;
    }
    for (const Range s : sentences) {
      document.sentences.push_back(
          Sentence{{static_cast<uint32_t>(s.begin), static_cast<uint32_t>(s.end)},
                   paragraph_index,
                   line_of(line_starts, s.begin)});
    }
    ++paragraph_index;
  }
  document.paragraph_count = paragraph_index;
}

bool is_language_code(std::string_view code) noexcept {
  // "ru", "en", "pt-BR", "zh-Hant": 2-3 lower-case letters, then optional subtags.
  const size_t dash = code.find('-');
  const std::string_view primary = code.substr(0, dash);
  if (primary.size() < 2 || primary.size() > 3) {
    return false;
  }
  if (!std::all_of(primary.begin(), primary.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  // A code of the right shape that names no language ("xx") was taken silently, and the text
  // then segmented with root rules: it must be one of ICU's ISO 639 codes.
  bool known = false;
  for (const char* const* iso = icu::Locale::getISOLanguages(); *iso != nullptr && !known; ++iso) {
    known = primary == *iso;
  }
  if (!known) {
    return false;
  }
  if (dash == std::string_view::npos) {
    return true;
  }
  const std::string_view rest = code.substr(dash + 1);
  return !rest.empty() && std::all_of(rest.begin(), rest.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// A few frequent function words per Latin-script language; a vote among them picks the
// language. Kept to words that are frequent in one language only.
struct StopWords {
  std::string_view language;
  std::array<std::string_view, 8> words;
};

constexpr std::array kStopWords = {
    StopWords{"en", {"the", "and", "of", "is", "that", "with", "which", "was"}},
    StopWords{"de", {"der", "die", "und", "das", "ist", "nicht", "mit", "sich"}},
    StopWords{"fr", {"le", "les", "et", "des", "est", "dans", "qui", "pas"}},
    StopWords{"es", {"el", "los", "las", "y", "del", "por", "para", "como"}},
    StopWords{"it", {"il", "di", "che", "della", "gli", "sono", "nel", "anche"}},
    StopWords{"pt", {"do", "da", "não", "uma", "os", "ao", "em", "são"}},
    StopWords{"nl", {"het", "een", "van", "niet", "zijn", "dat", "op", "voor"}},
};

// The stop-word vote over the lower-cased words of text; "en" when nothing votes.
std::string vote_latin(std::string_view text) {
  std::array<size_t, kStopWords.size()> votes{};
  std::string word;
  const auto count = [&] {
    for (size_t k = 0; k < kStopWords.size(); ++k) {
      const auto& words = kStopWords[k].words;
      if (std::find(words.begin(), words.end(), word) != words.end()) {
        ++votes[k];
      }
    }
    word.clear();
  };
  size_t i = 0;
  while (i < text.size()) {
    const UChar32 c = next_code_point(text, i);
    if (c > 0 && u_isalpha(c) != 0) {
      if (word.size() < 16) {
        std::array<char, 4> bytes{};
        size_t n = 0;
        const UChar32 lower = u_tolower(c);
        U8_APPEND_UNSAFE(bytes.data(), n, lower);
        word.append(bytes.data(), n);
      }
    } else if (!word.empty()) {
      count();
    }
  }
  if (!word.empty()) {
    count();
  }
  const auto best = std::max_element(votes.begin(), votes.end());
  if (*best == 0) {
    return "en";
  }
  return std::string(kStopWords[static_cast<size_t>(best - votes.begin())].language);
}

// How much text detect_language looks at: enough for a reliable vote, bounded time on books.
constexpr size_t kDetectionSample = size_t{256} * 1024;

}  // namespace

void SegmentOptions::validate() const {
  if (!language.empty() && !is_language_code(language)) {
    throw OptionError(fmt::format(
        "language '{}' is not an ISO 639 code (use a code such as ru, en, de, zh, or leave "
        "--from, --to or --lang out to detect it)",
        language));
  }
}

std::string detect_language(std::string_view utf8_text) {
  const std::string_view sample = utf8_text.substr(0, kDetectionSample);
  size_t latin = 0;
  size_t cyrillic = 0;
  size_t ukrainian = 0;  // і ї є ґ: letters of Ukrainian, not of Russian
  size_t han = 0;
  size_t kana = 0;
  size_t hangul = 0;
  size_t arabic = 0;
  size_t hebrew = 0;
  size_t greek = 0;
  size_t other = 0;
  size_t i = 0;
  while (i < sample.size()) {
    const UChar32 c = next_code_point(sample, i);
    if (c <= 0 || u_isalpha(c) == 0) {
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
      case USCRIPT_LATIN:
        ++latin;
        break;
      case USCRIPT_CYRILLIC:
        ++cyrillic;
        if (c == 0x0456 || c == 0x0457 || c == 0x0454 || c == 0x0491) {
          ++ukrainian;
        }
        break;
      case USCRIPT_HAN:
        ++han;
        break;
      case USCRIPT_HIRAGANA:
      case USCRIPT_KATAKANA:
        ++kana;
        break;
      case USCRIPT_HANGUL:
        ++hangul;
        break;
      case USCRIPT_ARABIC:
        ++arabic;
        break;
      case USCRIPT_HEBREW:
        ++hebrew;
        break;
      case USCRIPT_GREEK:
        ++greek;
        break;
      default:
        ++other;
        break;
    }
  }
  const std::array<std::pair<size_t, std::string_view>, 9> scripts = {{
      {latin, "latin"},
      {cyrillic, "cyrillic"},
      {han + kana, "cjk"},
      {hangul, "ko"},
      {arabic, "ar"},
      {hebrew, "he"},
      {greek, "el"},
      {other, ""},
      {0, ""},
  }};
  const auto dominant =
      std::max_element(scripts.begin(), scripts.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
  if (dominant->first == 0) {
    return "";
  }
  const std::string_view script = dominant->second;
  if (script == "latin") {
    return vote_latin(sample);
  }
  if (script == "cyrillic") {
    return ukrainian * 50 > cyrillic ? "uk" : "ru";
  }
  if (script == "cjk") {
    return kana * 10 > han + kana ? "ja" : "zh";
  }
  return std::string(script);
}

Document segment(DecodedText text, std::string_view source_name, const SegmentOptions& options) {
  options.validate();
  if (options.on_diagnostic) {
    for (const Diagnostic& warning : text.warnings) {
      options.on_diagnostic(warning);
    }
  }
  Document document;
  document.source_name = std::string(source_name);
  document.encoding = std::move(text.encoding);
  document.text = std::move(text.text);
  document.language = options.language.empty() ? detect_language(document.text) : options.language;
  const std::vector<uint32_t> line_starts =
      text.line_starts.empty() ? compute_line_starts(document.text) : std::move(text.line_starts);
  if (options.lines) {
    segment_lines(document, line_starts, options);
  } else {
    segment_prose(document, line_starts, options);
  }
  if (document.sentences.empty()) {
    throw InputError(document.source_name, 0, 0,
                     "no sentences (the input is blank; check the file)");
  }
  if (options.on_diagnostic) {
    if (auto warning = segmenter::long_sentence_warning(document, options.lines)) {
      options.on_diagnostic(*warning);
    }
  }
  return document;
}

}  // namespace parallax
