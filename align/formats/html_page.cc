#include "formats/html_page.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "formats/html_assets.h"  // generated from formats/assets/ (CMakeLists.txt)
#include "formats/html_escape.h"

namespace parallax::formats {

void write_page_head(std::ostream& out, std::string_view title, std::string_view tool_version) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n";
  out << R"(<meta name="generator" content="parallax )" << escape_html(tool_version) << "\">\n";
  out << "<title>" << escape_html(title) << "</title>\n<style>\n" << assets::kPageCss;
}

void write_page_end(std::ostream& out, std::string_view page_script) {
  out << "<script>\n" << assets::kPageJs << page_script << "</script>\n</body>\n</html>\n";
}

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '"' || byte == '\\') {
      out += '\\';
      out += static_cast<char>(byte);
    } else if (byte < 0x20 || byte == '<' || byte == '>' || byte == '&') {
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", byte);
    } else if (byte == 0xE2 && i + 2 < text.size()) {
      // U+2028..U+202E (line/paragraph separators, embeddings, overrides) are E2 80 A8..AE;
      // U+2066..U+2069 (isolates) are E2 81 A6..A9.
      const auto second = static_cast<unsigned char>(text[i + 1]);
      const auto third = static_cast<unsigned char>(text[i + 2]);
      const bool hidden = (second == 0x80 && third >= 0xA8 && third <= 0xAE) ||
                          (second == 0x81 && third >= 0xA6 && third <= 0xA9);
      if (hidden) {
        const unsigned code = 0x2000U + ((second & 0x3FU) << 6U) + (third & 0x3FU);
        fmt::format_to(std::back_inserter(out), "\\u{:04x}", code);
        i += 2;
      } else {
        out += static_cast<char>(byte);
      }
    } else {
      out += static_cast<char>(byte);
    }
  }
  out += '"';
}

void append_cell(std::string& json,
                 const Document& document,
                 IndexRange sentences,
                 std::vector<Mark> marks) {
  // At one byte: the empty marks first, then the longest.
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
    if (a.span.begin != b.span.begin) {
      return a.span.begin < b.span.begin;
    }
    if ((a.span.size() == 0) != (b.span.size() == 0)) {
      return a.span.size() == 0;
    }
    return a.span.end > b.span.end;
  });
  json += '[';
  bool first_piece = true;
  const auto piece = [&]() -> std::string& {
    if (!first_piece) {
      json += ',';
    }
    first_piece = false;
    return json;
  };
  size_t next_mark = 0;
  const std::string_view text = document.text;
  for (uint32_t i = sentences.begin; i < sentences.end; ++i) {
    const Span span = document.sentences[i].span;
    if (i != sentences.begin) {
      if (document.sentences[i].paragraph != document.sentences[i - 1].paragraph) {
        piece() += '0';
      } else {
        append_json_string(piece(), " ");
      }
    }
    uint32_t at = span.begin;
    const bool last = i + 1 == sentences.end;
    while (next_mark < marks.size() && (marks[next_mark].span.begin < span.end ||
                                        (last && marks[next_mark].span.begin == span.end))) {
      const Mark mark = marks[next_mark++];
      const bool empty = mark.span.size() == 0;
      const uint32_t begin = std::max(mark.span.begin, at);
      const uint32_t end = std::min(mark.span.end, span.end);
      if ((empty ? begin > end : begin >= end) || mark.span.begin < at) {
        continue;  // overlaps an earlier mark, or lies before this sentence
      }
      if (at < begin) {
        append_json_string(piece(), text.substr(at, begin - at));
      }
      append_json_string(piece() += fmt::format("[{},", mark.id), text.substr(begin, end - begin));
      json += ']';
      at = end;
    }
    if (at < span.end) {
      append_json_string(piece(), text.substr(at, span.end - at));
    }
  }
  json += ']';
}

std::string_view display_name(std::string_view source_name) {
  const size_t slash = source_name.find_last_of('/');
  return slash == std::string_view::npos || slash + 1 == source_name.size()
             ? source_name
             : source_name.substr(slash + 1);
}

}  // namespace parallax::formats
