// The side-by-side report of an original and its translations (docs/CLI.md, `parallax
// report`): the N-way rows shared by several alignments with one original, and the writers of
// those rows as a self-contained HTML page, a TSV with one column per text and a multilingual
// TMX 1.4b.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include <parallax/terms.h>
#include <parallax/types.h>

namespace parallax {

// One translation of the original and its alignment with it (source = the original). The
// pointers must outlive the call.
struct ReportColumn {
  const Document* document = nullptr;
  const Alignment* alignment = nullptr;
};

struct ReportOptions {
  // A bead whose confidence is below this is doubtful (as are 1-0 and 0-1 beads). Range [0, 1].
  float doubtful_below = 0.5F;
  // The page's title; "" = "parallax report: " and the original's file name without folders.
  std::string title;
  // Written into the page's generator meta and the TMX header's creationtoolversion.
  std::string tool_version;

  void validate() const;  // throws OptionError
};

// What one text contributes to a row.
struct ReportCell {
  IndexRange sentences;     // the text's sentences in the row (empty: nothing)
  IndexRange beads;         // the column's beads in the row; empty for the original
  float confidence = 1.0F;  // the lowest confidence of those beads (1 for the original)
  bool null_bead = false;   // one of those beads is a 1-0 or 0-1 bead
  // The moved block (Bead::moved) of those beads, 0 if none is moved. sentences then holds the
  // block's sentences at their place in the translation, away from the cells around it.
  uint32_t moved = 0;
};

// A row of the N-way alignment: the smallest run of original sentences whose beads, in every
// alignment, lie inside it. Its cut points are the original-side bead boundaries common to all
// alignments (for one translation: one row per bead). Beads with no original sentence (0-k)
// at a common boundary get a row of their own, with an empty original cell; elsewhere they
// join the row around them.
struct ReportRow {
  std::vector<ReportCell> cells;  // cells[0] = the original, cells[1 + k] = translation k
  float confidence = 1.0F;        // the lowest confidence of the row's beads
  bool null_bead = false;         // some translation's bead in the row is 1-0 or 0-1
  bool doubtful = false;          // null_bead or confidence < options.doubtful_below
  bool paragraph_start = false;   // the row's first original sentence starts a paragraph
};

// The N-way rows, in document order; every sentence of every text is in exactly one row.
// Throws OptionError when a column has a null pointer or an alignment that is not a
// monotone partition of the original and its translation. O(m + Σ beads) time.
// Thread-safe; deterministic.
std::vector<ReportRow> report_rows(const Document& original,
                                   const std::vector<ReportColumn>& translations,
                                   const ReportOptions& options);

// The report as one self-contained HTML page (inline CSS and script, no network access): the
// original and each translation side by side, one row per ReportRow, paragraph starts and
// doubtful rows marked, a count of doubtful rows, a filter and keys (j/k, n/p) for them, a
// search box over all columns, and, when terms is not null, each term's occurrences and each
// translation's renderings highlighted (<mark class="vN">, one colour per variant) with a
// side panel of terms → variants → counts whose entries jump through their rows. The rows are
// embedded as JSON in <script type="application/json"> (with '<', '>', '&' and bidi controls
// written as \uXXXX) and rendered in chunks as the page scrolls, so that 10k rows stay
// responsive. Cells carry dir="auto". terms must come from report_terms on the same original
// and translations, in the same order.
// Throws OptionError (as report_rows). O(total text + rows + occurrences). Thread-safe.
void write_html_report(std::ostream& out,
                       const Document& original,
                       const std::vector<ReportColumn>& translations,
                       const TermReport* terms,
                       const ReportOptions& options);

// The rows as TSV: a header line with the texts' file names, "confidence", "doubtful" and
// "ids:" + each file name; then one line per row: each text's sentences joined by a space
// (TAB, LF, CR become spaces), the confidence with 3 decimals, "yes"/"no", and each text's
// 0-based sentence ids, comma-separated. Throws OptionError (as report_rows).
void write_nway_tsv(std::ostream& out,
                    const Document& original,
                    const std::vector<ReportColumn>& translations,
                    const ReportOptions& options);

// Multilingual TMX 1.4b: one <tu> per row that has text in at least two texts, one <tuv> per
// non-empty text, carrying its file name as <prop type="x-file"> (two texts may share a
// language); the <tu> carries x-confidence and x-doubtful. Control characters XML 1.0
// cannot hold are dropped. Throws OptionError (as report_rows).
void write_nway_tmx(std::ostream& out,
                    const Document& original,
                    const std::vector<ReportColumn>& translations,
                    const ReportOptions& options);

}  // namespace parallax
