// A pre-aligned TSV as aligned texts (parallax/memory.h): one row a unit, one column a text.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include <parallax/errors.h>
#include <parallax/memory.h>
#include <parallax/read.h>

#include "documents/aligned_units.h"

namespace parallax {

namespace {

using documents::AlignedVariant;
using documents::primary_subtag;

std::vector<std::string_view> cells_of(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t begin = 0;
  for (size_t tab = line.find('\t'); tab != std::string_view::npos; tab = line.find('\t', begin)) {
    cells.push_back(line.substr(begin, tab - begin));
    begin = tab + 1;
  }
  cells.push_back(line.substr(begin));
  return cells;
}

bool is_blank(std::string_view line) noexcept {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// A BCP 47 tag whose primary subtag is an ISO 639 code: "ru", "en-GB", "en-x-t1", "pt_BR".
bool is_language_tag(std::string_view cell) {
  if (cell.empty() || cell.size() > 35 ||
      cell.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") !=
          std::string_view::npos) {
    return false;
  }
  SegmentOptions options;
  options.language = primary_subtag(cell);
  try {
    options.validate();
  } catch (const OptionError&) {
    return false;
  }
  return true;
}

struct TsvLine {
  std::string_view text;
  uint32_t line = 0;  // 1-based, of the original input
};

// The lines of text that are not blank, each with its line in the original input.
std::vector<TsvLine> rows_of(const DecodedText& decoded) {
  std::vector<TsvLine> rows;
  const std::string_view text = decoded.text;
  size_t begin = 0;
  uint32_t counted = 1;
  while (begin < text.size()) {
    const size_t end = std::min(text.find('\n', begin), text.size());
    const std::string_view line = text.substr(begin, end - begin);
    if (!is_blank(line)) {
      uint32_t number = counted;
      if (!decoded.line_starts.empty()) {
        const auto it =
            std::upper_bound(decoded.line_starts.begin(), decoded.line_starts.end(), begin);
        number = static_cast<uint32_t>(std::max<ptrdiff_t>(1, it - decoded.line_starts.begin()));
      }
      rows.push_back(TsvLine{line, number});
    }
    begin = end + 1;
    ++counted;
  }
  return rows;
}

// The language of column k when there is no header: the caller's, else detected ("").
std::string column_language(size_t k,
                            size_t columns,
                            const std::string& source_language,
                            const std::vector<std::string>& target_languages) {
  if (k == 0) {
    return primary_subtag(source_language);
  }
  if (target_languages.size() == 1) {
    return primary_subtag(target_languages[0]);
  }
  if (target_languages.size() == columns - 1) {
    return primary_subtag(target_languages[k - 1]);
  }
  return "";
}

// The variants of the columns read (the first always; a translation column when its language
// is wanted), and for each column its variant or -1.
std::vector<AlignedVariant> column_variants(const std::vector<std::string_view>& header,
                                            size_t columns,
                                            const std::string& source_language,
                                            const std::vector<std::string>& target_languages,
                                            std::vector<int>& variant_of_column) {
  std::vector<AlignedVariant> variants;
  variant_of_column.assign(columns, -1);
  for (size_t k = 0; k < columns; ++k) {
    AlignedVariant variant;
    if (header.empty()) {
      variant.tag = std::to_string(k + 1);
      variant.language = column_language(k, columns, source_language, target_languages);
    } else {
      variant.tag = std::string(header[k]);
      variant.language = primary_subtag(header[k]);
      if (k > 0 && !target_languages.empty() &&
          std::none_of(
              target_languages.begin(), target_languages.end(),
              [&](const std::string& to) { return primary_subtag(to) == variant.language; })) {
        continue;
      }
    }
    variant_of_column[k] = static_cast<int>(variants.size());
    variants.push_back(std::move(variant));
  }
  return variants;
}

}  // namespace

bool looks_like_aligned_tsv(std::string_view utf8_text) noexcept {
  size_t begin = 0;
  while (begin < utf8_text.size()) {
    const size_t end = std::min(utf8_text.find('\n', begin), utf8_text.size());
    const std::string_view line = utf8_text.substr(begin, end - begin);
    if (!is_blank(line)) {
      return line.find('\t') != std::string_view::npos;
    }
    begin = end + 1;
  }
  return false;
}

AlignedTexts read_aligned_tsv(const DecodedText& decoded,
                              std::string_view source_name,
                              const std::string& source_language,
                              const std::vector<std::string>& target_languages,
                              const SegmentOptions& segment_options) {
  segment_options.validate();
  const std::string name(source_name);
  const std::vector<TsvLine> rows = rows_of(decoded);
  if (rows.empty()) {
    throw InputError(name, 0, 0, "an empty TSV: no row to read");
  }
  const std::vector<std::string_view> first = cells_of(rows.front().text);
  const size_t columns = first.size();
  const bool has_header = std::all_of(first.begin(), first.end(), is_language_tag);
  std::vector<std::string_view> header;
  if (has_header) {
    header = first;
    if (!source_language.empty() && primary_subtag(header[0]) != primary_subtag(source_language)) {
      throw InputError(name, rows.front().line, 1,
                       fmt::format("the first column (the original) is '{}', --from says '{}' "
                                   "(the original is the first column)",
                                   header[0], source_language));
    }
  }
  std::vector<int> variant_of_column;
  std::vector<AlignedVariant> variants =
      column_variants(header, columns, source_language, target_languages, variant_of_column);
  if (variants.size() < 2) {
    throw InputError(name, rows.front().line, 0,
                     "no translation column in the language asked for (check --to)");
  }
  uint32_t unit = 0;
  for (size_t r = has_header ? 1 : 0; r < rows.size(); ++r, ++unit) {
    const std::vector<std::string_view> cells = cells_of(rows[r].text);
    if (cells.size() != columns) {
      throw InputError(
          name, rows[r].line, 0,
          fmt::format("a row of {} cells, the first row has {} (every row is one bead with a cell "
                      "per text, empty when it has no counterpart; a cell holds no TAB or line "
                      "break)",
                      cells.size(), columns));
    }
    const std::string location = fmt::format("L{}", rows[r].line);
    for (size_t k = 0; k < columns; ++k) {
      if (variant_of_column[k] < 0) {
        continue;
      }
      AlignedVariant& variant = variants[static_cast<size_t>(variant_of_column[k])];
      variant.builder.begin_paragraph(location);
      variant.builder.append(cells[k]);
      if (!variant.builder.open_paragraph().empty()) {
        variant.unit_of_paragraph.push_back(unit);
      }
      variant.builder.end_paragraph();
    }
  }
  if (variants.front().unit_of_paragraph.empty()) {
    throw InputError(name, 0, 0, "the first column (the original) is empty in every row");
  }
  if (std::all_of(variants.begin() + 1, variants.end(),
                  [](const AlignedVariant& v) { return v.unit_of_paragraph.empty(); })) {
    throw InputError(name, 0, 0, "every translation column is empty: nothing is aligned");
  }
  return documents::aligned_texts(variants, source_name, "tsv", "pre-aligned row", segment_options);
}

}  // namespace parallax
