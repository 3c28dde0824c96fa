// Writers of a diff (parallax/diff.h): text, TSV, JSON and a self-contained HTML page. The
// diff points into the versions by byte spans, so the writers also take the two versions it
// was made from.
#pragma once

#include <iosfwd>
#include <string>

#include <parallax/diff.h>
#include <parallax/types.h>

namespace parallax {

// For the terminal: a header with both files and the count of edits per kind, every bead with
// edits (its sentence ids and lines) and its edits, one per line ("kind  A → B", ∅ for
// nothing), then the change table (count, kind, A → B), most frequent first.
void write_diff_text(std::ostream& out,
                     const Document& a,
                     const Document& b,
                     const DiffResult& diff);

// One line per edit after a header line: bead, kind, a, b, a_ids, b_ids (comma-separated
// sentence ids of the bead), a_line, b_line (1-based line of the edit in its file), a_begin,
// a_end, b_begin, b_end (byte offsets in the decoded text). TAB and newlines inside text
// become spaces.
void write_diff_tsv(std::ostream& out,
                    const Document& a,
                    const Document& b,
                    const DiffResult& diff);

// The stable machine format, schema in docs/CLI.md ("diff"): "a", "b", "summary",
// "changes" (one per distinct change, with its locations) and "beads" (those with edits).
void write_diff_json(std::ostream& out,
                     const Document& a,
                     const Document& b,
                     const DiffResult& diff);

struct DiffPageOptions {
  std::string title;         // "" = "parallax diff: " and both file names
  std::string tool_version;  // written into the page's generator meta
};

// One self-contained HTML page (inline CSS and script, no network access): A and B side by
// side, one row per bead, each edit highlighted in both columns with its kind as class and
// tooltip, typography and case edits quiet until switched on, a checkbox per kind that hides
// or shows its marks and the rows that have only such edits, and the change table, sortable by
// each column, whose rows jump to their beads. O(text + edits).
void write_diff_html(std::ostream& out,
                     const Document& a,
                     const Document& b,
                     const DiffResult& diff,
                     const DiffPageOptions& options);

}  // namespace parallax
