// Lexicon: the bilingual word list used for lexical anchors, and its TSV reader
// (docs/FORMATS.md, "Lexicon TSV").
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include <parallax/errors.h>
#include <parallax/lexicon.h>

namespace parallax {

namespace {

constexpr std::string_view kHeaderTag = "# parallax-lexicon";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// The byte offset of the first byte that does not start a well-formed UTF-8 sequence
// (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or
// nullopt if the whole text is valid. Linear.
std::optional<size_t> find_invalid_utf8(std::string_view text) noexcept {
  size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80U) {
      ++i;
      continue;
    }
    size_t length = 0;
    unsigned char second_min = 0x80U;
    unsigned char second_max = 0xBFU;
    if (lead >= 0xC2U && lead <= 0xDFU) {
      length = 2;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
      length = 3;
      if (lead == 0xE0U) {
        second_min = 0xA0U;  // overlong below U+0800
      } else if (lead == 0xEDU) {
        second_max = 0x9FU;  // surrogates U+D800..U+DFFF
      }
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
      length = 4;
      if (lead == 0xF0U) {
        second_min = 0x90U;  // overlong below U+10000
      } else if (lead == 0xF4U) {
        second_max = 0x8FU;  // above U+10FFFF
      }
    } else {
      return i;  // a continuation byte, C0, C1 or F5..FF
    }
    if (i + length > text.size()) {
      return i;
    }
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (second < second_min || second > second_max) {
      return i;
    }
    for (size_t k = 2; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if (next < 0x80U || next > 0xBFU) {
        return i;
      }
    }
    i += length;
  }
  return std::nullopt;
}

bool is_blank(std::string_view line) noexcept {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

// Trims ASCII spaces (not TABs, which separate fields) on both sides.
std::string_view trim_spaces(std::string_view field) noexcept {
  const size_t begin = field.find_first_not_of(' ');
  if (begin == std::string_view::npos) {
    return {};
  }
  const size_t end = field.find_last_not_of(' ');
  return field.substr(begin, end - begin + 1);
}

std::string ascii_lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return result;
}

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return ascii_lower(a) == ascii_lower(b);
}

// A problem on one line: 1-based byte column (in the line as read) and what to do about it.
struct LineProblem {
  uint32_t column = 0;
  std::string message;
};

// Parses the value of a weight field: a decimal number in (0, 1].
std::optional<float> parse_weight(std::string_view text) noexcept {
  float value = 0.0F;
  const char* const end = text.data() + text.size();
  const auto [stop, status] = std::from_chars(text.data(), end, value);
  if (status != std::errc() || stop != end || !std::isfinite(value) || value <= 0.0F ||
      value > 1.0F) {
    return std::nullopt;
  }
  return value;
}

uint32_t column_of(size_t offset) {
  return static_cast<uint32_t>(offset + 1);
}

// Splits one data line into an entry. `line` has no line end; offsets are bytes into it.
std::optional<LexiconEntry> parse_entry(std::string_view line, LineProblem& problem) {
  const size_t first_tab = line.find('\t');
  if (first_tab == std::string_view::npos) {
    problem = {column_of(0),
               "no TAB in the line (a line is 'source<TAB>target[<TAB>weight]'; separate the "
               "two sides with a TAB character, not spaces)"};
    return std::nullopt;
  }
  const size_t second_tab = line.find('\t', first_tab + 1);
  const size_t target_end = second_tab == std::string_view::npos ? line.size() : second_tab;
  if (second_tab != std::string_view::npos) {
    const size_t third_tab = line.find('\t', second_tab + 1);
    if (third_tab != std::string_view::npos) {
      problem = {column_of(third_tab),
                 "more than three TAB-separated fields (a line is "
                 "'source<TAB>target[<TAB>weight]'; remove the extra TAB)"};
      return std::nullopt;
    }
  }
  const std::string_view source = trim_spaces(line.substr(0, first_tab));
  if (source.empty()) {
    problem = {column_of(0), "empty source side (write the word or phrase before the TAB)"};
    return std::nullopt;
  }
  const std::string_view target =
      trim_spaces(line.substr(first_tab + 1, target_end - first_tab - 1));
  if (target.empty()) {
    problem = {column_of(first_tab + 1), "empty target side (write the translation after the TAB)"};
    return std::nullopt;
  }
  LexiconEntry entry{std::string(source), std::string(target), 1.0F};
  if (second_tab != std::string_view::npos) {
    const std::string_view text = trim_spaces(line.substr(second_tab + 1));
    const std::optional<float> weight = parse_weight(text);
    if (!weight) {
      problem = {column_of(second_tab + 1),
                 fmt::format("weight '{}' is not a number in (0, 1] (write it like 0.5, or "
                             "leave the weight column out for 1)",
                             text)};
      return std::nullopt;
    }
    entry.weight = *weight;
  }
  return entry;
}

// Languages named by a "# parallax-lexicon source=xx target=yy" header line.
struct HeaderLanguages {
  std::string source;
  std::string target;
};

// Reads the key=value words after the tag. Unknown keys are ignored so that later versions
// can add some. Returns nullopt and sets `problem` if source= or target= is missing or empty.
std::optional<HeaderLanguages> parse_header(std::string_view line, LineProblem& problem) {
  HeaderLanguages languages;
  size_t position = kHeaderTag.size();
  while (position < line.size()) {
    const size_t begin = line.find_first_not_of(" \t", position);
    if (begin == std::string_view::npos) {
      break;
    }
    size_t end = line.find_first_of(" \t", begin);
    if (end == std::string_view::npos) {
      end = line.size();
    }
    const std::string_view word = line.substr(begin, end - begin);
    if (word.starts_with("source=")) {
      languages.source = ascii_lower(word.substr(7));
    } else if (word.starts_with("target=")) {
      languages.target = ascii_lower(word.substr(7));
    }
    position = end;
  }
  if (languages.source.empty() || languages.target.empty()) {
    problem = {column_of(0),
               "the header needs source= and target= (write it like '# parallax-lexicon "
               "source=en target=ru')"};
    return std::nullopt;
  }
  return languages;
}

// Applies the on_malformed_line policy to a problem found on `line_number`.
void report(const LexiconReadOptions& options,
            std::string_view source_name,
            uint32_t line_number,
            const LineProblem& problem) {
  switch (options.on_malformed_line) {
    case OnAnomaly::Fail:
      throw InputError(std::string(source_name), line_number, problem.column, problem.message);
    case OnAnomaly::Warn:
      if (options.on_diagnostic) {
        options.on_diagnostic(Diagnostic{
            Severity::Warning, std::string(source_name), line_number,
            fmt::format("column {}: {}; line skipped", problem.column, problem.message)});
      }
      return;
    case OnAnomaly::Ignore:
      return;
  }
}

}  // namespace

Lexicon::Lexicon(std::string source_language,
                 std::string target_language,
                 std::vector<LexiconEntry> entries)
    : source_language_(std::move(source_language)),
      target_language_(std::move(target_language)),
      entries_(std::move(entries)) {}

Lexicon Lexicon::read_tsv(std::istream& in,
                          std::string_view source_name,
                          const LexiconReadOptions& options) {
  std::optional<HeaderLanguages> header;
  std::vector<LexiconEntry> entries;
  std::string buffer;
  uint32_t line_number = 0;
  bool seen_content = false;  // a non-blank line has been read
  while (std::getline(in, buffer)) {
    ++line_number;
    std::string_view line = buffer;
    if (line.ends_with('\r')) {
      line.remove_suffix(1);
    }
    // A byte order mark (as some editors write) is not part of the first field. Columns stay
    // counted on the bytes as read.
    size_t skipped = 0;
    if (line_number == 1 && line.starts_with(kByteOrderMark)) {
      skipped = kByteOrderMark.size();
      line.remove_prefix(skipped);
    }
    if (const std::optional<size_t> bad = find_invalid_utf8(line)) {
      throw InputError(std::string(source_name), line_number, column_of(*bad + skipped),
                       "not valid UTF-8 (save the lexicon as UTF-8)");
    }
    if (is_blank(line)) {
      continue;
    }
    const bool first_content = !seen_content;
    seen_content = true;
    LineProblem problem;
    if (line.starts_with('#')) {
      if (first_content && line.starts_with(kHeaderTag) &&
          (line.size() == kHeaderTag.size() || line[kHeaderTag.size()] == ' ' ||
           line[kHeaderTag.size()] == '\t')) {
        header = parse_header(line, problem);
        if (!header) {
          problem.column += static_cast<uint32_t>(skipped);
          report(options, source_name, line_number, problem);
        }
      }
      continue;
    }
    if (std::optional<LexiconEntry> entry = parse_entry(line, problem)) {
      entries.push_back(std::move(*entry));
    } else {
      problem.column += static_cast<uint32_t>(skipped);
      report(options, source_name, line_number, problem);
    }
  }
  if (in.bad()) {
    throw InputError(std::string(source_name), line_number, 0,
                     "read error (check that the file is readable)");
  }
  std::string source_language = header ? header->source : ascii_lower(options.source_language);
  std::string target_language = header ? header->target : ascii_lower(options.target_language);
  if (source_language.empty() || target_language.empty()) {
    throw InputError(std::string(source_name), 0, 0,
                     "unknown languages (add a '# parallax-lexicon source=en target=ru' header "
                     "or pass --from/--to)");
  }
  return {std::move(source_language), std::move(target_language), std::move(entries)};
}

Lexicon Lexicon::reversed() const {
  std::vector<LexiconEntry> swapped;
  swapped.reserve(entries_.size());
  for (const LexiconEntry& entry : entries_) {
    swapped.push_back(LexiconEntry{entry.target, entry.source, entry.weight});
  }
  return {target_language_, source_language_, std::move(swapped)};
}

Lexicon Lexicon::combine(const std::vector<Lexicon>& lexicons,
                         std::string_view source_language,
                         std::string_view target_language) {
  std::vector<LexiconEntry> entries;
  for (const Lexicon& lexicon : lexicons) {
    const bool same_way = equal_ignoring_ascii_case(lexicon.source_language(), source_language) &&
                          equal_ignoring_ascii_case(lexicon.target_language(), target_language);
    const bool other_way = equal_ignoring_ascii_case(lexicon.source_language(), target_language) &&
                           equal_ignoring_ascii_case(lexicon.target_language(), source_language);
    if (same_way) {
      // Also covers a same-language lexicon (source_language == target_language): it is used
      // once, as given.
      entries.insert(entries.end(), lexicon.entries().begin(), lexicon.entries().end());
    } else if (other_way) {
      for (const LexiconEntry& entry : lexicon.entries()) {
        entries.push_back(LexiconEntry{entry.target, entry.source, entry.weight});
      }
    }
  }
  return {std::string(source_language), std::string(target_language), std::move(entries)};
}

}  // namespace parallax
