// The side-by-side report as one self-contained HTML page (parallax/report.h).
//
// The page is static HTML for what is small (header, counts, the terms panel: every text
// HTML-escaped here) plus the rows as JSON data that the inline script renders in chunks of
// 200 rows as the sentinel below the table comes near the viewport. Building 10k rows of DOM
// up front takes seconds and hundreds of MB in Chromium; the JSON parses in milliseconds.
//
// JSON data (id "report-data"):
//   {"editable": 1 when there is one translation and no moved block (the page then edits
//                beads, #16),
//    "gap": kMinUncoveredRun (parallax/coverage.h): a run of at least this many rows with an
//           omission or insertion is shown as one collapsed block (report.js),
//    "columns": [{"name", "language", "format", "checksum", "count", "where", "texts"}],
//              the original first; format = Document::format; checksum = text_checksum
//              (parallax/corrections.h), count = sentences, where = where each sentence starts in
//              its input (places_of), texts = each sentence's text (only when editable)
//    "rows": [{"c": [cell per column], "s": [begin, end per column], "q": confidence,
//              "d": 1 if doubtful, "z": 1 if 1-0/0-1, "p": 1 if a paragraph starts,
//              "x": [0 ok | 1 low | 2 null, per column] (doubtful rows only),
//              "k": 1 if every bead of the row is checked by hand,
//              "m": [moved block id or 0, per column] (rows with a moved block only)}],
//   With one translation a row is one bead (report_rows), so "s" gives the bead's sentence
//   ranges on both sides, the empty side's position included.
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

#include <parallax/corrections.h>
#include <parallax/coverage.h>
#include <parallax/report.h>

#include "formats/html_assets.h"  // generated from formats/assets/ (CMakeLists.txt)
#include "formats/html_escape.h"
#include "formats/html_page.h"
#include "formats/joined_text.h"
#include "formats/terms_text.h"

namespace parallax {

namespace {

using formats::append_cell;
using formats::append_json_string;
using formats::display_name;
using formats::escape_html;
using formats::Mark;
using formats::sentence_at;

// The panel's entries and the marks of every cell, from the term report.
struct TermLayout {
  std::vector<std::vector<uint32_t>> jumps;  // rows of each panel entry, ascending, unique
  // marks[column][row]: the marks of that cell.
  std::vector<std::map<uint32_t, std::vector<Mark>>> marks;
  // colour[(term, variant key)]: the variant's colour id, shared by the translations.
  std::map<std::pair<size_t, std::string>, int> colour;
};

// Where each sentence of document starts, for a reader to go back to it: "12:5" in a text
// (line 12 of the file, as Sentence::line, and the 5th character of that line, in code points
// of the decoded text, so an editor's column), the document location otherwise ("p7", "page3",
// "tu:12"; docs/FORMATS.md). One pass over the text: linear in its size.
std::vector<std::string> places_of(const Document& document) {
  std::vector<std::string> places;
  places.reserve(document.sentences.size());
  if (!document.locations.empty()) {
    for (size_t i = 0; i < document.sentences.size(); ++i) {
      places.push_back(document.location_of(i));
    }
    return places;
  }
  size_t at = 0;
  uint32_t column = 1;
  for (const Sentence& sentence : document.sentences) {
    for (; at < sentence.span.begin && at < document.text.size(); ++at) {
      const auto byte = static_cast<unsigned char>(document.text[at]);
      if (byte == '\n') {
        column = 1;
      } else if ((byte & 0xC0U) != 0x80U) {  // not a UTF-8 continuation byte
        ++column;
      }
    }
    places.push_back(fmt::format("{}:{}", sentence.line, column));
  }
  return places;
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

// Opens the panel's section of term t: its name (jumping through its occurrences), count and
// flags, then the forms found in the original.
void write_term_heading(std::ostream& out, const TermResult& term, size_t t, uint32_t jump) {
  out << fmt::format(
      "<section class=\"term\"><h3><button data-jump=\"{}\" data-t=\"{}\" data-label=\"{}\" "
      "dir=\"auto\">{}</button><span class=\"n\">{}</span>",
      jump, t, escape_html(term.term), escape_html(term.term), term.occurrences);
  for (const TermFlag flag : term.flags) {
    out << fmt::format("<span class=\"flag {0}\">{0}</span>", flag_name(flag));
  }
  out << "</h3>\n";
  if (!term.forms.empty()) {
    out << "<div class=\"forms\" dir=\"auto\">forms: "
        << escape_html(formats::forms_list(term, ", ")) << "</div>\n";
  }
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
    write_term_heading(out, term, t, term_jump);
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
            "class=\"n\">{}</span>{}{}</button></li>\n",
            jump, colour, label, colour, escape_html(variant.rendering), variant.count,
            variant.expected ? " (expected)" : "", formats::uncertain_note(variant.locations));
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
            "data-label=\"{}\">({})<span class=\"n\">{}</span>{}</button></li>\n",
            css, jump, t, escape_html(fmt::format("{} → ({})", term.term, label)), label,
            locations.size(), formats::uncertain_note(locations));
      };
      unrendered(renderings.not_rendered, "not-rendered", "not rendered");
      unrendered(renderings.no_counterpart, "no-counterpart", "no counterpart");
      out << "</ul></div>\n";
    }
    out << "</section>\n";
  }
  out << "</aside>\n";
}

int cell_state(const ReportCell& cell, float doubtful_below) {
  if (cell.null_bead) {
    return 2;
  }
  return cell.confidence < doubtful_below ? 1 : 0;
}

// Every bead of the row, in every translation, is checked by hand.
bool row_checked(const ReportRow& row, const std::vector<ReportColumn>& translations) {
  for (size_t k = 0; k < translations.size(); ++k) {
    const IndexRange beads = row.cells[k + 1].beads;
    for (uint32_t b = beads.begin; b < beads.end; ++b) {
      if (!translations[k].alignment->beads[b].checked) {
        return false;
      }
    }
  }
  return true;
}

// The columns' metadata; with one translation (the page can then edit beads) each text's
// sentences too, since an edited bead is rebuilt from them.
void append_columns_json(std::string& json,
                         const std::vector<const Document*>& documents,
                         bool editable) {
  json += "\"columns\":[";
  for (size_t c = 0; c < documents.size(); ++c) {
    const Document& document = *documents[c];
    json += c == 0 ? "{\"name\":" : ",{\"name\":";
    append_json_string(json, document.source_name);
    json += ",\"language\":";
    append_json_string(json, document.language);
    json += ",\"format\":";
    append_json_string(json, document.format);
    json += ",\"checksum\":";
    append_json_string(json, text_checksum(document.text));
    fmt::format_to(std::back_inserter(json), ",\"count\":{}", document.sentences.size());
    json += ",\"where\":[";
    const std::vector<std::string> places = places_of(document);
    for (size_t i = 0; i < places.size(); ++i) {
      json += i == 0 ? "" : ",";
      append_json_string(json, places[i]);
    }
    json += ']';
    if (editable) {
      json += ",\"texts\":[";
      for (size_t i = 0; i < document.sentences.size(); ++i) {
        json += i == 0 ? "" : ",";
        append_json_string(json, document.sentence_text(i));
      }
      json += ']';
    }
    json += '}';
  }
  json += ']';
}

// The page edits the beads of one translation, in order on both sides: a moved block's are not
// (editing them is left, #13).
bool is_editable(const std::vector<ReportRow>& rows,
                 const std::vector<ReportColumn>& translations) {
  return translations.size() == 1 &&
         std::none_of(rows.begin(), rows.end(), [](const ReportRow& row) {
           return std::any_of(row.cells.begin(), row.cells.end(),
                              [](const ReportCell& cell) { return cell.moved != 0; });
         });
}

std::string rows_json(const std::vector<ReportRow>& rows,
                      const std::vector<const Document*>& documents,
                      const std::vector<ReportColumn>& translations,
                      const TermLayout& layout,
                      const ReportOptions& options) {
  const bool editable = is_editable(rows, translations);
  std::string json = editable ? "{\"editable\":1," : "{";
  fmt::format_to(std::back_inserter(json), "\"gap\":{},", kMinUncoveredRun);
  append_columns_json(json, documents, editable);
  json += ",\n\"rows\":[\n";
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
    if (row_checked(row, translations)) {
      json += ",\"k\":1";
    }
    if (std::any_of(row.cells.begin(), row.cells.end(),
                    [](const ReportCell& cell) { return cell.moved != 0; })) {
      json += ",\"m\":[";
      for (size_t c = 0; c < documents.size(); ++c) {
        fmt::format_to(std::back_inserter(json), "{}{}", c == 0 ? "" : ",", row.cells[c].moved);
      }
      json += ']';
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

// The editing tools (report.js, makeEditor): buttons with their keys, the exports, the
// texts' checksums. Editing needs one translation (a row is then one bead).
void write_edit_bar(std::ostream& out, bool editable) {
  if (!editable) {
    out << "<span id=\"edit-note\"></span>\n";
    return;
  }
  out << "<div id=\"editbar\">Edit the current bead (click a row): "
         "<button data-edit=\"m\" title=\"m\">merge with next (m)</button>"
         "<button data-edit=\"x\" title=\"x\">split after first sentences (x)</button>"
         "<button data-edit=\"s\" title=\"s\">split off last original sentence (s)</button>"
         "<button data-edit=\"t\" title=\"t\">split off last translation sentence (t)</button>"
         "<button data-edit=\"u\" title=\"u\">original: pull next up (u)</button>"
         "<button data-edit=\"d\" title=\"d\">original: push last down (d)</button>"
         "<button data-edit=\"U\" title=\"U\">translation: pull up (U)</button>"
         "<button data-edit=\"D\" title=\"D\">translation: push down (D)</button>"
         "<button data-edit=\"c\" title=\"c\">checked (c)</button>"
         "<button data-edit=\"z\" title=\"z\">undo (z)</button>"
         "<button data-edit=\"y\" title=\"y\">redo (y)</button> · export: "
         "<button data-export=\"corrections\">corrections</button>"
         "<button data-export=\"tsv\">TSV</button><button data-export=\"tmx\">TMX</button> · "
         "<span class=\"count\" id=\"edit-count\">0</span> beads checked · "
         "<span id=\"edit-status\" aria-live=\"polite\"></span> "
         "<span class=\"keys\" id=\"checksums\" title=\"checksums of the texts (fnv1a64)\">"
         "</span></div>\n";
}

// A warning in the header for each translation whose beads rest on no more word links than
// chance gives (parallax/types.h, LinkEvidence): they then only follow sentence lengths,
// however confident they look, and a reader should not trust them.
void write_evidence_warnings(std::ostream& out, const std::vector<ReportColumn>& translations) {
  for (const ReportColumn& column : translations) {
    const LinkEvidence& evidence = column.alignment->evidence;
    if (evidence.reliable()) {
      continue;
    }
    out << fmt::format(
        "<p class=\"no-evidence\" role=\"alert\" dir=\"auto\">No reliable alignment with {}: "
        "{:.0f}% of the paired sentences' content is linked, {:.0f}% in sentences paired at "
        "random; the beads follow sentence lengths only. Are these texts a translation of each "
        "other?</p>\n",
        escape_html(display_name(column.document->source_name)), 100.0 * evidence.linked,
        100.0 * evidence.chance);
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

  formats::write_page_head(out, title, options.tool_version);
  out << assets::kReportCss;
  write_variant_styles(out, layout.colour.size());
  out << "</style>\n</head>\n<body>\n<header id=\"bar\">\n<h1 dir=\"auto\">" << escape_html(title)
      << "</h1>\n";
  out << fmt::format(
      "<span><span class=\"count\" id=\"row-count\">{}</span> rows · <span class=\"count\" "
      "id=\"column-count\">{}</span> texts · <span class=\"count\" id=\"doubtful-count\">{}</span> "
      "doubtful beads (<span id=\"null-count\">{}</span> with an omission or insertion)</span>\n",
      rows.size(), documents.size(), doubtful, null_rows);
  out << "<label><input type=\"checkbox\" id=\"only-doubtful\"> show only doubtful beads</label>\n"
         "<label title=\"where each cell starts in its file: line:column in a text; paragraph "
         "(p7), page, table cell or unit in a document\"><input type=\"checkbox\" "
         "id=\"show-places\"> show where</label>\n"
         "<input type=\"search\" id=\"search\" placeholder=\"Search all columns\" "
         "aria-label=\"Search all columns\">\n<span id=\"shown\"></span>\n"
         "<span class=\"keys\">j/k or n/p: next/previous doubtful bead · /: search</span>\n"
         "<span id=\"jump-status\" aria-live=\"polite\"></span>\n";
  write_edit_bar(out, is_editable(rows, translations));
  write_evidence_warnings(out, translations);
  out << "</header>\n<div id=\"main\">\n";
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
  out << rows_json(rows, documents, translations, layout, options);
  out << "</script>\n";
  formats::write_page_end(out, assets::kReportJs);
}

}  // namespace parallax
