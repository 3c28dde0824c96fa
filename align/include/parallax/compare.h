// One comparison of an original with its translations, the flow behind `parallax terms`,
// `parallax report` and the Python binding: each translation aligned with the original, then
// the terms found and their renderings reported, every text tokenized once for all of it.
// The result feeds every writer: write_terms_text/tsv/json (terms_formats.h) through
// term_translations, write_html_report, write_nway_tsv and write_nway_tmx (report.h) through
// report_columns.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <parallax/align.h>
#include <parallax/lexicon.h>
#include <parallax/report.h>
#include <parallax/terms.h>
#include <parallax/types.h>

namespace parallax {

// One translation to compare with the original. The pointers must outlive the Comparison.
struct CompareText {
  const Document* document = nullptr;
  // The dictionary prepared for (original language, document language); null = none.
  const PreparedLexicon* lexicon = nullptr;
  // Its sentence alignment with the original (source = the original) when known already (a
  // TMX's units, a pre-aligned TSV's rows, an earlier align()): taken as it is. Null = aligned
  // here, as align() would.
  const Alignment* alignment = nullptr;
  // Beads fixed by hand (read_corrections), kept as they are (align_with_fixed_beads); empty =
  // none. Only without alignment.
  std::vector<Bead> fixed;
};

// Which terms the comparison reports.
enum class CompareTerms : uint8_t {
  None,           // no term report (the N-way TSV and TMX need none)
  Given,          // the queries given (none given: a report of no term)
  ProposeIfNone,  // the queries given, else propose_terms(original, options.terms)
};

struct CompareOptions {
  AlignOptions align;  // for the translations aligned here
  // For the term report and the proposals; only_divergent applies to the terms reported,
  // given or proposed.
  TermOptions terms;
  CompareTerms report = CompareTerms::ProposeIfNone;

  void validate() const;  // throws OptionError
};

// A translation of the Comparison, with its alignment to the original (source = the original).
struct ComparedTranslation {
  const Document* document = nullptr;
  const PreparedLexicon* lexicon = nullptr;  // null = none
  Alignment alignment;
};

struct Comparison {
  const Document* original = nullptr;
  std::vector<ComparedTranslation> translations;  // parallel to the CompareTexts given
  std::vector<TermQuery> queries;                 // as given, or proposed
  bool proposed = false;                          // queries were proposed
  std::optional<TermReport> terms;                // unless CompareTerms::None
};

// Aligns each translation with original (align, or align_with_fixed_beads with its fixed
// beads, unless its alignment is given), then, as options.report asks, proposes terms when no
// query is given and reports the renderings of the queries in every translation
// (report_terms). Every text is tokenized once: the original's tokens serve all the
// alignments, the proposals and the term index; a translation's serve its alignment and its
// word aligner. The result equals what align(), propose_terms() and report_terms() called one
// after the other give. Progress goes to options.align.on_progress (per translation aligned)
// and options.terms.on_progress.
// Throws OptionError (options; a text without document, with a lexicon of another pair, with
// both an alignment and fixed beads, or with an alignment that does not cover the documents;
// fixed beads as align_with_fixed_beads). Time: the alignments, plus the term report's.
// Thread-safe; deterministic.
Comparison compare(const Document& original,
                   const std::vector<CompareText>& translations,
                   std::vector<TermQuery> queries,
                   const CompareOptions& options);

// The comparison's translations as the term writers and the checks on terms take them.
std::vector<Translation> term_translations(const Comparison& comparison);

// The comparison's translations as the report writers take them.
std::vector<ReportColumn> report_columns(const Comparison& comparison);

}  // namespace parallax
