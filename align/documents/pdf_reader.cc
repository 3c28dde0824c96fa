// PDF text layer through poppler's C++ API: the words of each page in poppler's reading order
// (columns and blocks as poppler finds them), grouped into lines by position, lines into
// paragraphs by the vertical gap between them; a paragraph goes on across a page break unless
// the page ended a sentence. A word hyphenated at a line end is joined again ("nego-" +
// "tiation" -> "negotiation") when the next line starts with a lower-case letter, unless the
// document shows the hyphen is the word's ("well-known"; line_hyphens.h).
//
// Notation: y grows downwards (poppler's text boxes); a line's height is that of its tallest
// word; the leading of a page is the median distance between the tops of consecutive lines.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <climits>
#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <parallax/errors.h>

#include "documents/line_hyphens.h"
#include "documents/readers.h"
#include "documents/text_builder.h"
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

namespace parallax::documents {

namespace {

struct Line {
  std::string text;
  uint32_t page = 0;  // 1-based
  double left = 0.0;
  double right = 0.0;
  double top = 0.0;
  double bottom = 0.0;
};

// poppler reports damaged objects through a global error callback that prints to stderr by
// default; a library must not, and the damage that matters shows in the result.
void quiet_poppler_errors() {
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
}

std::vector<Line> page_lines(const poppler::page& page, uint32_t number) {
  std::vector<Line> lines;
  bool space_after = false;
  for (const poppler::text_box& box : page.text_list()) {
    const poppler::rectf r = box.bbox();
    const poppler::byte_array utf8 = box.text().to_utf8();
    const std::string word(utf8.begin(), utf8.end());
    const double height = std::max(r.height(), 1.0);
    const double middle = r.y() + r.height() / 2;
    const bool same_line =
        !lines.empty() &&
        std::abs(middle - (lines.back().top + lines.back().bottom) / 2) < height / 2 &&
        r.x() > lines.back().right - height;
    if (same_line) {
      Line& line = lines.back();
      if (space_after) {
        line.text += ' ';
      }
      line.text += word;
      line.right = std::max(line.right, r.right());
      line.top = std::min(line.top, r.y());
      line.bottom = std::max(line.bottom, r.bottom());
    } else {
      lines.push_back(Line{word, number, r.x(), r.right(), r.y(), r.bottom()});
    }
    space_after = box.has_space_after();
  }
  return lines;
}

// The median distance between the tops of consecutive lines of one page (0 if under 2 lines).
double leading(const std::vector<Line>& lines, size_t begin, size_t end) {
  std::vector<double> steps;
  for (size_t k = begin + 1; k < end; ++k) {
    const double step = lines[k].top - lines[k - 1].top;
    if (step > 0) {
      steps.push_back(step);
    }
  }
  if (steps.empty()) {
    return 0.0;
  }
  std::nth_element(steps.begin(), steps.begin() + static_cast<ptrdiff_t>(steps.size() / 2),
                   steps.end());
  return steps[steps.size() / 2];
}

const uint8_t* bytes_of(std::string_view text) noexcept {
  return reinterpret_cast<const uint8_t*>(text.data());
}

// The last code point of text (0 if none) and the one before it.
std::pair<UChar32, UChar32> last_two(std::string_view text) {
  UChar32 last = 0;
  UChar32 before = 0;
  int64_t i = 0;
  const auto size = static_cast<int64_t>(text.size());
  while (i < size) {
    UChar32 c = 0;
    U8_NEXT(bytes_of(text), i, size, c);
    before = last;
    last = c;
  }
  return {last, before};
}

UChar32 first_code_point(std::string_view text) {
  if (text.empty()) {
    return 0;
  }
  int64_t i = 0;
  UChar32 c = 0;
  U8_NEXT(bytes_of(text), i, static_cast<int64_t>(text.size()), c);
  return c;
}

bool ends_sentence(std::string_view text) {
  const UChar32 last = last_two(text).first;
  return last == '.' || last == '!' || last == '?' || last == ':' || last == '"' ||
         last == 0x201D || last == 0x00BB || last == ')' || last == 0x2026;
}

// Whether line k starts a paragraph: the first line, a gap over 1.4 leadings above it on its
// page, or the first line of a page after a page that ended a sentence.
bool starts_paragraph(const std::vector<Line>& lines, size_t k, double page_leading) {
  if (k == 0) {
    return true;
  }
  const Line& previous = lines[k - 1];
  const Line& line = lines[k];
  if (previous.page != line.page) {
    return ends_sentence(previous.text) && u_islower(first_code_point(line.text)) == 0;
  }
  if (page_leading <= 0.0) {
    return line.top - previous.bottom > (previous.bottom - previous.top);
  }
  return line.top - previous.top > 1.4 * page_leading || line.top < previous.top;
}

// Appends line to the open paragraph; a hyphen ending it when next continues the word (a
// lower-case letter follows) is dropped, unless the document shows it belongs to the word
// (HyphenEvidence); a soft hyphen is always dropped.
void append_line(TextBuilder& builder,
                 std::string_view line,
                 std::string_view next,
                 const HyphenEvidence& evidence) {
  const auto [last, before] = last_two(line);
  const bool hyphen = last == '-' || last == 0x2010 || last == 0x00AD;
  const bool continues = hyphen && u_isalpha(before) != 0 && u_islower(first_code_point(next)) != 0;
  if (continues && last != 0x00AD && evidence.keeps_hyphen(line, next)) {
    builder.append(line);  // "well-" + "known": no space
    return;
  }
  if (continues || last == 0x00AD) {
    auto cut = static_cast<int32_t>(line.size());  // one line of a page: far below 2 GiB
    U8_BACK_1(bytes_of(line), 0, cut);
    builder.append(line.substr(0, static_cast<size_t>(cut)));
    return;
  }
  builder.append(line);
  builder.append(" ");
}

}  // namespace

ExtractedText read_pdf(std::string_view bytes,
                       std::string_view source_name,
                       const ReadOptions& /*options*/) {
  const std::string name(source_name);
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    throw InputError(name, 0, 0, "the PDF is over 2 GiB (poppler reads no more)");
  }
  quiet_poppler_errors();
  const std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) {
    throw InputError(name, 0, 0,
                     "damaged PDF: poppler cannot open it (open it in a PDF viewer and print or "
                     "save it as a new PDF)");
  }
  if (document->is_locked()) {
    throw InputError(name, 0, 0,
                     "the PDF is encrypted: it needs a password to open (save an unprotected "
                     "copy, e.g. with qpdf --decrypt, then try again)");
  }
  std::vector<Line> lines;
  std::vector<double> page_leading;  // per line: the leading of its page
  const int pages = document->pages();
  for (int p = 0; p < pages; ++p) {
    const std::unique_ptr<poppler::page> page(document->create_page(p));
    if (!page) {
      continue;
    }
    const size_t begin = lines.size();
    for (Line& line : page_lines(*page, static_cast<uint32_t>(p + 1))) {
      lines.push_back(std::move(line));
    }
    page_leading.resize(lines.size(), leading(lines, begin, lines.size()));
  }
  std::vector<std::string_view> texts;
  texts.reserve(lines.size());
  for (const Line& line : lines) {
    texts.emplace_back(line.text);
  }
  const HyphenEvidence evidence(texts);
  TextBuilder builder;
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string location = fmt::format("page{}", lines[k].page);
    if (starts_paragraph(lines, k, page_leading[k])) {
      builder.begin_paragraph(location);
    } else {
      builder.relocate(location);
    }
    const bool last_of_paragraph =
        k + 1 == lines.size() || starts_paragraph(lines, k + 1, page_leading[k + 1]);
    append_line(builder, lines[k].text, last_of_paragraph ? "" : lines[k + 1].text, evidence);
  }
  if (!builder.has_text() && builder.open_paragraph().empty()) {
    throw InputError(name, 0, 0,
                     fmt::format("the PDF has no text layer in its {} page{}: a scanned "
                                 "document? (run OCR first, e.g. ocrmypdf, then read its output)",
                                 pages, pages == 1 ? "" : "s"));
  }
  return builder.finish();
}

}  // namespace parallax::documents
