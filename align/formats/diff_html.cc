// A diff as one self-contained HTML page (parallax/diff_formats.h). Like the side-by-side
// report (html_report.cc, whose head, base style and cell encoding it shares through
// formats/html_page.h), the rows are JSON data that the inline script renders in chunks.
//
// JSON data (id "diff-data"):
//   {"kinds": [name per EditKind], "off": [kinds quiet at first],
//    "changes": [[kind, a, b, count, [row...]]],         the change table, in table order
//    "rows": [{"a": cell, "b": cell, "m": mask of the kinds of its edits, "i": [a ids], "j": [b
//    ids]}]}
// A cell is a list of pieces: a string (text), 0 (paragraph break), or [change, text]: an
// edit's text in this version ("" where the other version has something and this one nothing).
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include <parallax/diff.h>
#include <parallax/diff_formats.h>

#include "formats/diff_text.h"
#include "formats/html_assets.h"  // generated from formats/assets/ (CMakeLists.txt)
#include "formats/html_escape.h"
#include "formats/html_page.h"

namespace parallax {

namespace {

using formats::append_cell;
using formats::append_json_string;
using formats::display_name;
using formats::escape_html;
using formats::Mark;

// Kinds whose marks are quiet (and whose rows are not "changed") until switched on.
bool quiet_at_first(EditKind kind) noexcept {
  return kind == EditKind::Typography || kind == EditKind::Case;
}

void append_ids(std::string& json, IndexRange range) {
  json += '[';
  for (uint32_t i = range.begin; i < range.end; ++i) {
    fmt::format_to(std::back_inserter(json), "{}{}", i == range.begin ? "" : ",", i);
  }
  json += ']';
}

std::string page_data(const Document& a, const Document& b, const DiffResult& diff) {
  std::vector<std::vector<int>> change_of(diff.beads.size());
  for (size_t k = 0; k < diff.beads.size(); ++k) {
    change_of[k].assign(diff.beads[k].edits.size(), 0);
  }
  std::string json = "{\"kinds\":[";
  for (size_t k = 0; k < kEditKindCount; ++k) {
    json += k == 0 ? "" : ",";
    append_json_string(json, edit_kind_name(static_cast<EditKind>(k)));
  }
  fmt::format_to(std::back_inserter(json), "],\"off\":[{},{}],\n\"changes\":[",
                 static_cast<int>(EditKind::Typography), static_cast<int>(EditKind::Case));
  for (size_t c = 0; c < diff.changes.size(); ++c) {
    const Change& change = diff.changes[c];
    fmt::format_to(std::back_inserter(json), "{}[{},", c == 0 ? "" : ",\n",
                   static_cast<int>(change.kind));
    append_json_string(json, change.a);
    json += ',';
    append_json_string(json, change.b);
    fmt::format_to(std::back_inserter(json), ",{},[", change.count);
    uint32_t previous = UINT32_MAX;
    for (const EditRef& ref : change.locations) {
      change_of[ref.bead][ref.edit] = static_cast<int>(c);
      if (ref.bead != previous) {
        fmt::format_to(std::back_inserter(json), "{}{}", previous == UINT32_MAX ? "" : ",",
                       ref.bead);
        previous = ref.bead;
      }
    }
    json += "]]";
  }
  json += "],\n\"rows\":[\n";
  for (size_t k = 0; k < diff.beads.size(); ++k) {
    const DiffBead& bead = diff.beads[k];
    std::vector<Mark> marks_a;
    std::vector<Mark> marks_b;
    uint32_t mask = 0;
    for (size_t e = 0; e < bead.edits.size(); ++e) {
      const Edit& edit = bead.edits[e];
      mask |= 1U << static_cast<unsigned>(edit.kind);
      if (!bead.a.empty()) {
        marks_a.push_back(Mark{edit.a, change_of[k][e]});
      }
      if (!bead.b.empty()) {
        marks_b.push_back(Mark{edit.b, change_of[k][e]});
      }
    }
    json += k == 0 ? "{\"a\":" : ",\n{\"a\":";
    append_cell(json, a, bead.a, std::move(marks_a));
    json += ",\"b\":";
    append_cell(json, b, bead.b, std::move(marks_b));
    fmt::format_to(std::back_inserter(json), R"(,"m":{},"i":)", mask);
    append_ids(json, bead.a);
    json += ",\"j\":";
    append_ids(json, bead.b);
    json += '}';
  }
  json += "]}";
  return json;
}

void write_kind_filters(std::ostream& out, const DiffResult& diff) {
  out << "<span class=\"kinds\">";
  for (size_t k = 0; k < kEditKindCount; ++k) {
    const auto kind = static_cast<EditKind>(k);
    out << fmt::format(
        "<label><input type=\"checkbox\" data-kind=\"{}\"{}> <mark class=\"e k{}\">{}</mark> "
        "<span class=\"n\" id=\"count-{}\">{}</span></label> ",
        k, quiet_at_first(kind) ? "" : " checked", k, edit_kind_name(kind), edit_kind_name(kind),
        diff.edits_by_kind[k]);
  }
  out << "</span>\n";
}

// text cut after kMaxShown code points, with "…": whole sentences would crowd the panel (the
// full text is in the cell's title).
std::string shortened(std::string_view text) {
  constexpr size_t kMaxShown = 60;
  size_t points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U && points++ == kMaxShown) {
      return std::string(text.substr(0, i)) + "…";
    }
  }
  return std::string(text);
}

void write_change_table(std::ostream& out, const DiffResult& diff) {
  out << "<aside id=\"panel\"><h2>Changes</h2>\n<table id=\"changes\"><thead><tr>"
         "<th class=\"num\" title=\"sort by count\">×</th><th class=\"kind\">kind</th>"
         "<th>A</th><th>B</th></tr></thead>\n<tbody>\n";
  for (size_t c = 0; c < diff.changes.size(); ++c) {
    const Change& change = diff.changes[c];
    const auto k = static_cast<int>(change.kind);
    out << fmt::format(
        "<tr class=\"c{}\" data-change=\"{}\"><td class=\"num\">{}</td><td>{}</td>"
        "<td dir=\"auto\" title=\"{}\" data-v=\"{}\"><mark class=\"e k{}\">{}</mark></td>"
        "<td dir=\"auto\" title=\"{}\" data-v=\"{}\"><mark class=\"e k{}\">{}</mark></td></tr>\n",
        k, c, change.count, edit_kind_name(change.kind), escape_html(change.a),
        escape_html(change.a), k, escape_html(shortened(change.a)), escape_html(change.b),
        escape_html(change.b), k, escape_html(shortened(change.b)));
  }
  out << "</tbody></table></aside>\n";
}

}  // namespace

void write_diff_html(std::ostream& out,
                     const Document& a,
                     const Document& b,
                     const DiffResult& diff,
                     const DiffPageOptions& options) {
  const std::string title = options.title.empty()
                                ? fmt::format("parallax diff: {} → {}", display_name(a.source_name),
                                              display_name(b.source_name))
                                : options.title;
  size_t with_edits = 0;
  size_t edits = 0;
  for (const DiffBead& bead : diff.beads) {
    with_edits += bead.edits.empty() ? 0 : 1;
    edits += bead.edits.size();
  }
  formats::write_page_head(out, title, options.tool_version);
  out << assets::kDiffCss;
  for (size_t k = 0; k < kEditKindCount; ++k) {
    // A quiet kind: no colour in the text, its changes out of the table.
    out << fmt::format(
        "body.off{0} mark.k{0}{{background:none}}body.off{0} tr.c{0}{{display:none}}\n", k);
  }
  out << "</style>\n</head>\n<body class=\"";
  for (size_t k = 0; k < kEditKindCount; ++k) {
    out << (quiet_at_first(static_cast<EditKind>(k)) ? fmt::format("off{} ", k) : "");
  }
  out << "\">\n<header id=\"bar\">\n<h1 dir=\"auto\">" << escape_html(title) << "</h1>\n";
  out << fmt::format(
      "<span><span class=\"count\" id=\"bead-count\">{}</span> beads · <span class=\"count\" "
      "id=\"changed-count\">{}</span> with edits · <span class=\"count\" id=\"edit-count\">{}"
      "</span> edits · <span class=\"count\" id=\"change-count\">{}</span> distinct</span>\n",
      diff.beads.size(), with_edits, edits, diff.changes.size());
  write_kind_filters(out, diff);
  out << "<label><input type=\"checkbox\" id=\"only-changed\" checked> only beads with shown "
         "edits</label>\n<span id=\"shown\"></span>\n<span class=\"keys\">j/k or n/p: "
         "next/previous bead with shown edits · click a change: its next place</span>\n"
         "<span id=\"jump-status\" aria-live=\"polite\"></span>\n</header>\n<div id=\"main\">\n";
  write_change_table(out, diff);
  out << R"(<section id="view"><table id="diff"><thead><tr><th class="num">#</th>)";
  for (const Document* document : {&a, &b}) {
    out << R"(<th dir="auto" title=")" << escape_html(document->source_name) << R"(">)"
        << (document == &a ? "A: " : "B: ") << escape_html(display_name(document->source_name))
        << "</th>";
  }
  out << "</tr></thead>\n<tbody id=\"rows\"></tbody></table><div id=\"sentinel\"></div>"
         "</section>\n</div>\n<script type=\"application/json\" id=\"diff-data\">";
  out << page_data(a, b, diff);
  out << "</script>\n";
  formats::write_page_end(out, assets::kDiffJs);
}

}  // namespace parallax
