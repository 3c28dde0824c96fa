// Writers of the rendering report (parallax/terms.h): text, TSV, JSON, HTML. The report points
// into the documents by byte spans, so the writers that print sentences also take the original
// and the translations the report was made from (the same ones, in the same order).
#pragma once

#include <iosfwd>
#include <vector>

#include <parallax/terms.h>
#include <parallax/types.h>

namespace parallax {

// A table for the terminal: per term its occurrences and flags; per translation its variants
// with count and share, then every location of the other variants, of the occurrences not
// rendered and of those without counterpart, with
// the term and its rendering marked [[like this]].
void write_terms_text(std::ostream& out,
                      const TermReport& report,
                      const Document& original,
                      const std::vector<Translation>& translations);

// One row per (term, translation, variant) plus one per (term, translation) with occurrences
// not rendered and one with occurrences without counterpart, after a header line: term,
// translation, kind (variant|not_rendered|no_counterpart), rendering, key,
// count, share (3 decimals), expected (yes|no|""), flags (comma-separated), beads
// (comma-separated bead indices). TAB and newlines inside text become spaces.
void write_terms_tsv(std::ostream& out, const TermReport& report);

// The stable machine format, schema in docs/TERMS.md.
void write_terms_json(std::ostream& out,
                      const TermReport& report,
                      const Document& original,
                      const std::vector<Translation>& translations);

}  // namespace parallax
