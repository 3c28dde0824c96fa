// The pieces of a self-contained HTML page that the side-by-side report (html_report.cc) and
// the diff page (diff_html.cc) share: the head with its security policy, the base style of the
// bar, panel and table, and text as JSON data for an inline script.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/types.h>

namespace parallax::formats {

// Writes the page up to and including "<style>\n" and the base style (assets/page.css: a
// sticky #bar, #search, .keys, a #main flex with a sticky #panel and the #view, a table with a
// sticky thead, row numbers, paragraph rows, the current row, marks and #sentinel): doctype,
// charset, viewport, a Content-Security-Policy that allows only inline style and script (no
// network), the generator meta "parallax VERSION" and the title (both HTML-escaped). The caller
// adds its own style, then closes the style and head elements.
void write_page_head(std::ostream& out, std::string_view title, std::string_view tool_version);

// Writes the page's script (assets/page.js, the lazily rendered table of rows, then
// page_script) and closes the body and the page.
void write_page_end(std::ostream& out, std::string_view page_script);

// Appends text as a JSON string (quotes included), escaped for a <script> element: '<', '>',
// '&', control characters, U+2028/9 and the bidi embedding, override and isolate controls are
// written as \uXXXX, so that the data cannot end the script element and the file's source
// shows no invisible reordering. text is valid UTF-8 (Document guarantees it).
void append_json_string(std::string& out, std::string_view text);

// A highlighted span of a text: bytes and the mark id, written as the piece [id, text]. An
// empty span is a place (an empty mark).
struct Mark {
  Span span;
  int id = 0;
};

// Appends the JSON list of pieces of one cell: its sentences joined by a space, 0 before a
// sentence that starts a new paragraph, the text as strings and the marks as [id, text]
// (clipped to their sentence; a mark overlapping an earlier one is left out).
void append_cell(std::string& json,
                 const Document& document,
                 IndexRange sentences,
                 std::vector<Mark> marks);

// The file name without its folders, for headers: the full name goes in a tooltip.
std::string_view display_name(std::string_view source_name);

}  // namespace parallax::formats
