// The side-by-side report as one self-contained HTML page (parallax/report.h).
//
// The page is static HTML for what is small (header, counts, the terms panel: every text
// HTML-escaped here) plus the rows as JSON data that the inline script renders in chunks of
// 200 rows as the sentinel below the table comes near the viewport. Building 10k rows of DOM
// up front takes seconds and hundreds of MB in Chromium; the JSON parses in milliseconds.
//
// JSON data (id "report-data"):
//   {"columns": [{"name", "language"}],          the original first
//    "rows": [{"c": [cell per column], "s": [begin, end per column], "q": confidence,
//              "d": 1 if doubtful, "z": 1 if 1-0/0-1, "p": 1 if a paragraph starts,
//              "x": [0 ok | 1 low | 2 null, per column] (doubtful rows only)}],
//    "jumps": [[row...]]}                          rows of each panel entry, ascending
// A cell is a list of pieces: a string (text), 0 (paragraph break), or [id, text]: a mark,
// id >= 0 the colour of a variant (class vN), id < 0 an occurrence of term -id-1 (class t).
// Strings are JSON-escaped, then '<', '>', '&', U+2028/9 and the bidi embedding, override
// and isolate controls are written as \uXXXX, so the data cannot end the script element and
// the file's source shows no invisible reordering.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <map>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include <parallax/report.h>

#include "formats/html_escape.h"
#include "formats/report_assets.h"  // generated from formats/assets/ (CMakeLists.txt)

namespace parallax {

namespace {

using formats::escape_html;

// Appends text as a JSON string (quotes included), escaped for a <script> element (see the
// header comment). text is valid UTF-8 (Document guarantees it).
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

// The file name without its folders, for headers: the full name goes in a tooltip.
std::string_view display_name(std::string_view source_name) {
  const size_t slash = source_name.find_last_of('/');
  return slash == std::string_view::npos || slash + 1 == source_name.size()
             ? source_name
             : source_name.substr(slash + 1);
}

// A highlighted span of a text: bytes and the mark id (see the header comment).
struct Mark {
  Span span;
  int id = 0;
};

// The panel's entries and the marks of every cell, from the term report.
struct TermLayout {
  std::vector<std::vector<uint32_t>> jumps;  // rows of each panel entry, ascending, unique
  // marks[column][row]: the marks of that cell.
  std::vector<std::map<uint32_t, std::vector<Mark>>> marks;
  // colour[(term, variant key)]: the variant's colour id, shared by the translations.
  std::map<std::pair<size_t, std::string>, int> colour;
};

// The sentence of document holding byte `at` (the last one starting at or before it).
uint32_t sentence_at(const Document& document, uint32_t at) {
  const auto it = std::upper_bound(
      document.sentences.begin(), document.sentences.end(), at,
      [](uint32_t byte, const Sentence& sentence) { return byte < sentence.span.begin; });
  return it == document.sentences.begin()
             ? 0U
             : static_cast<uint32_t>(it - document.sentences.begin() - 1);
}

uint32_t add_jump(TermLayout& layout, std::vector<uint32_t> rows) {
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  layout.jumps.push_back(std::move(rows));
  return static_cast<uint32_t>(layout.jumps.size() - 1);
}

int colour_of(TermLayout& layout, size_t term, const Variant& variant) {
  const std::string& key = variant.key.empty() ? variant.rendering : variant.key;
  const auto [it, inserted] =
      layout.colour.try_emplace({term, key}, static_cast<int>(layout.colour.size()));
  return it->second;
}

// Fills layout and writes the panel (<aside>) for report.
void write_panel(std::ostream& out,
                 const TermReport& report,
                 const Document& original,
                 const std::vector<ReportRow>& rows,
                 size_t columns,
                 TermLayout& layout) {
  std::vector<uint32_t> original_row(original.sentences.size(), 0);
  std::vector<std::vector<uint32_t>> bead_row(columns);
  for (size_t r = 0; r < rows.size(); ++r) {
    const IndexRange sentences = rows[r].cells[0].sentences;
    for (uint32_t i = sentences.begin; i < sentences.end; ++i) {
      original_row[i] = static_cast<uint32_t>(r);
    }
    for (size_t k = 0; k < columns; ++k) {
      const IndexRange beads = rows[r].cells[k + 1].beads;
      bead_row[k].resize(std::max<size_t>(bead_row[k].size(), beads.end), 0);
      for (uint32_t b = beads.begin; b < beads.end; ++b) {
        bead_row[k][b] = static_cast<uint32_t>(r);
      }
    }
  }
  const auto row_of_bead = [&](size_t k, uint32_t bead) {
    return bead < bead_row[k].size() ? bead_row[k][bead] : 0U;
  };
  layout.marks.resize(columns + 1);

  out << "<aside id=\"panel\"><h2>Terms</h2>\n";
  if (report.terms.empty()) {
    out << "<p>No term to show.</p>\n";
  }
  for (size_t t = 0; t < report.terms.size(); ++t) {
    const TermResult& term = report.terms[t];
    std::vector<uint32_t> term_rows;
    for (const Span span : term.spans) {
      if (original.sentences.empty()) {
        break;
      }
      const uint32_t row = original_row[sentence_at(original, span.begin)];
      term_rows.push_back(row);
      layout.marks[0][row].push_back(Mark{span, -static_cast<int>(t) - 1});
    }
    const uint32_t term_jump = add_jump(layout, std::move(term_rows));
    out << fmt::format(
        "<section class=\"term\"><h3><button data-jump=\"{}\" data-t=\"{}\" data-label=\"{}\" "
        "dir=\"auto\">{}</button><span class=\"n\">{}</span>",
        term_jump, t, escape_html(term.term), escape_html(term.term), term.occurrences);
    for (const TermFlag flag : term.flags) {
      out << fmt::format("<span class=\"flag {0}\">{0}</span>", flag_name(flag));
    }
    out << "</h3>\n";
    for (size_t k = 0; k < term.translations.size() && k < columns; ++k) {
      const TermRenderings& renderings = term.translations[k];
      out << R"(<div class="tr"><div class="file" dir="auto" title=")"
          << escape_html(renderings.file) << "\">" << escape_html(display_name(renderings.file))
          << "</div><ul>\n";
      for (const Variant& variant : renderings.variants) {
        const int colour = colour_of(layout, t, variant);
        std::vector<uint32_t> variant_rows;
        for (const TermLocation& location : variant.locations) {
          const uint32_t row = row_of_bead(k, location.bead);
          variant_rows.push_back(row);
          if (location.rendering.size() > 0) {
            layout.marks[k + 1][row].push_back(Mark{location.rendering, colour});
          }
        }
        const uint32_t jump = add_jump(layout, std::move(variant_rows));
        const std::string label = escape_html(fmt::format("{} → {}", term.term, variant.rendering));
        out << fmt::format(
            "<li><button class=\"variant\" data-jump=\"{}\" data-v=\"{}\" data-label=\"{}\">"
            "<mark class=\"v{}\" dir=\"auto\">{}</mark><span "
            "class=\"n\">{}</span>{}</button></li>\n",
            jump, colour, label, colour, escape_html(variant.rendering), variant.count,
            variant.expected ? " (expected)" : "");
      }
      const auto unrendered = [&](const std::vector<TermLocation>& locations, std::string_view css,
                                  std::string_view label) {
        if (locations.empty()) {
          return;
        }
        std::vector<uint32_t> unrendered_rows;
        for (const TermLocation& location : locations) {
          unrendered_rows.push_back(row_of_bead(k, location.bead));
        }
        const uint32_t jump = add_jump(layout, std::move(unrendered_rows));
        out << fmt::format(
            "<li><button class=\"variant {}\" data-jump=\"{}\" data-t=\"{}\" "
            "data-label=\"{}\">({})<span class=\"n\">{}</span></button></li>\n",
            css, jump, t, escape_html(fmt::format("{} → ({})", term.term, label)), label,
            locations.size());
      };
      unrendered(renderings.not_rendered, "not-rendered", "not rendered");
      unrendered(renderings.no_counterpart, "no-counterpart", "no counterpart");
      out << "</ul></div>\n";
    }
    out << "</section>\n";
  }
  out << "</aside>\n";
}

// Appends the pieces of one cell: its sentences joined by a space, 0 before a sentence that
// starts a new paragraph, and the marks (clipped to their sentence; a mark overlapping an
// earlier one is left out).
void append_cell(std::string& json,
                 const Document& document,
                 IndexRange sentences,
                 std::vector<Mark> marks) {
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
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
    while (next_mark < marks.size() && marks[next_mark].span.begin < span.end) {
      const Mark mark = marks[next_mark++];
      const uint32_t begin = std::max(mark.span.begin, at);
      const uint32_t end = std::min(mark.span.end, span.end);
      if (begin >= end || mark.span.begin < at) {
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

int cell_state(const ReportCell& cell, float doubtful_below) {
  if (cell.null_bead) {
    return 2;
  }
  return cell.confidence < doubtful_below ? 1 : 0;
}

std::string rows_json(const std::vector<ReportRow>& rows,
                      const std::vector<const Document*>& documents,
                      const TermLayout& layout,
                      const ReportOptions& options) {
  std::string json = "{\"columns\":[";
  for (size_t c = 0; c < documents.size(); ++c) {
    json += c == 0 ? "{\"name\":" : ",{\"name\":";
    append_json_string(json, documents[c]->source_name);
    json += ",\"language\":";
    append_json_string(json, documents[c]->language);
    json += '}';
  }
  json += "],\n\"rows\":[\n";
  const std::vector<Mark> no_marks;
  for (size_t r = 0; r < rows.size(); ++r) {
    const ReportRow& row = rows[r];
    json += r == 0 ? "{\"c\":[" : ",\n{\"c\":[";
    for (size_t c = 0; c < documents.size(); ++c) {
      if (c != 0) {
        json += ',';
      }
      const std::map<uint32_t, std::vector<Mark>>& by_row = layout.marks[c];
      const auto it = by_row.find(static_cast<uint32_t>(r));
      append_cell(json, *documents[c], row.cells[c].sentences,
                  it == by_row.end() ? no_marks : it->second);
    }
    json += "],\"s\":[";
    for (size_t c = 0; c < documents.size(); ++c) {
      fmt::format_to(std::back_inserter(json), "{}{},{}", c == 0 ? "" : ",",
                     row.cells[c].sentences.begin, row.cells[c].sentences.end);
    }
    fmt::format_to(std::back_inserter(json), "],\"q\":{:.3f}", row.confidence);
    if (row.doubtful) {
      json += R"(,"d":1,"x":[)";
      for (size_t c = 0; c < documents.size(); ++c) {
        fmt::format_to(std::back_inserter(json), "{}{}", c == 0 ? "" : ",",
                       c == 0 ? 0 : cell_state(row.cells[c], options.doubtful_below));
      }
      json += ']';
    }
    if (row.null_bead) {
      json += ",\"z\":1";
    }
    if (row.paragraph_start) {
      json += ",\"p\":1";
    }
    json += '}';
  }
  json += "],\n\"jumps\":[";
  for (size_t j = 0; j < layout.jumps.size(); ++j) {
    json += j == 0 ? "[" : ",[";
    for (size_t i = 0; i < layout.jumps[j].size(); ++i) {
      fmt::format_to(std::back_inserter(json), "{}{}", i == 0 ? "" : ",", layout.jumps[j][i]);
    }
    json += ']';
  }
  json += "]}";
  return json;
}

// One background colour per variant colour id: hues spread by the golden angle so that
// neighbouring ids differ, light enough for black text.
void write_variant_styles(std::ostream& out, size_t colours) {
  constexpr double kGoldenAngle = 137.508;
  for (size_t i = 0; i < colours; ++i) {
    const auto hue =
        static_cast<int>(std::fmod(40.0 + kGoldenAngle * static_cast<double>(i), 360.0));
    out << fmt::format("mark.v{}{{background:hsl({},85%,78%)}}\n", i, hue);
  }
}

}  // namespace

void write_html_report(std::ostream& out,
                       const Document& original,
                       const std::vector<ReportColumn>& translations,
                       const TermReport* terms,
                       const ReportOptions& options) {
  const std::vector<ReportRow> rows = report_rows(original, translations, options);
  std::vector<const Document*> documents{&original};
  for (const ReportColumn& column : translations) {
    documents.push_back(column.document);
  }
  size_t doubtful = 0;
  size_t null_rows = 0;
  for (const ReportRow& row : rows) {
    doubtful += row.doubtful ? 1 : 0;
    null_rows += row.null_bead ? 1 : 0;
  }
  const std::string title =
      options.title.empty() ? "parallax report: " + std::string(display_name(original.source_name))
                            : options.title;

  // The panel is written into a buffer first: it also lays out the marks the rows need.
  TermLayout layout;
  layout.marks.resize(documents.size());
  std::ostringstream panel;
  if (terms != nullptr) {
    write_panel(panel, *terms, original, rows, translations.size(), layout);
  }

  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n";
  out << R"(<meta name="generator" content="parallax )" << escape_html(options.tool_version)
      << "\">\n";
  out << "<title>" << escape_html(title) << "</title>\n<style>\n" << assets::kReportCss;
  write_variant_styles(out, layout.colour.size());
  out << "</style>\n</head>\n<body>\n<header id=\"bar\">\n<h1 dir=\"auto\">" << escape_html(title)
      << "</h1>\n";
  out << fmt::format(
      "<span><span class=\"count\" id=\"row-count\">{}</span> rows · <span class=\"count\" "
      "id=\"column-count\">{}</span> texts · <span class=\"count\" id=\"doubtful-count\">{}</span> "
      "doubtful beads (<span id=\"null-count\">{}</span> with an omission or insertion)</span>\n",
      rows.size(), documents.size(), doubtful, null_rows);
  out << "<label><input type=\"checkbox\" id=\"only-doubtful\"> show only doubtful beads</label>\n"
         "<input type=\"search\" id=\"search\" placeholder=\"Search all columns\" "
         "aria-label=\"Search all columns\">\n<span id=\"shown\"></span>\n"
         "<span class=\"keys\">j/k or n/p: next/previous doubtful bead · /: search</span>\n"
         "<span id=\"jump-status\" aria-live=\"polite\"></span>\n</header>\n<div id=\"main\">\n";
  out << panel.str();
  out << R"(<section id="view"><table id="report"><thead><tr><th class="num">#</th>)";
  for (const Document* document : documents) {
    out << R"(<th dir="auto" title=")" << escape_html(document->source_name) << R"(">)"
        << escape_html(display_name(document->source_name));
    if (!document->language.empty()) {
      out << " (" << escape_html(document->language) << ")";
    }
    out << "</th>";
  }
  out << "</tr></thead>\n<tbody id=\"rows\"></tbody></table><div id=\"sentinel\"></div>"
         "</section>\n</div>\n<script type=\"application/json\" id=\"report-data\">";
  out << rows_json(rows, documents, layout, options);
  out << "</script>\n<script>\n" << assets::kReportJs << "</script>\n</body>\n</html>\n";
}

}  // namespace parallax
