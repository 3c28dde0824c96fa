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

// The word links of TermReport::word_links (TermOptions::keep_links), to read why a rendering
// is what it is: one row per link after a header line: translation, bead, original and
// translation sentences of the bead (0-based, "7-9"), source word, target word, step
// (link_step_name), prior (link_prior_name), forward t(target | source) and backward
// t(source | target) (3 decimals), the byte offsets of the two words in their texts (which of
// a word's repeats). Rows in the report's order: by translation, bead, source
// word, target word. Nothing but the header when the report kept no links.
void write_word_links_tsv(std::ostream& out,
                          const TermReport& report,
                          const Document& original,
                          const std::vector<Translation>& translations);

}  // namespace parallax
