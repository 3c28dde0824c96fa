// The comparison `report` and `terms` run over ORIGINAL TRANSLATION...: their shared flags, and
// the file and lexicon policy around the library's compare() (parallax/compare.h).
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <parallax/compare.h>
#include <parallax/terms.h>
#include <parallax/types.h>

#include "console.h"
#include "lexicon_cache.h"
#include "lexicons.h"
#include "options.h"

namespace parallax::cli {

// The flags of `report` and `terms` that name and read the texts.
struct ComparisonFlags {
  std::string original;
  std::vector<std::string> translations;
  std::vector<std::string> terms;  // --term, repeatable
  std::string terms_file;          // --terms FILE
  std::string from;                // --from: language of ORIGINAL ("" = detect)
  std::string to;                  // --to: language of every TRANSLATION ("" = detect each)
  std::vector<std::string> lexicons;
  std::vector<std::string> anchors;  // --anchors FILE, at most one per translation
  bool no_default_lexicon = false;
  bool quiet = false;
  InputFlags input;
  AlignFlags align;
  OutputFlags output;
};

// The documents given to compare() with their lexicons from lexicons: the pair (from, to), or
// (from, each document's language) when to is "". fixed: per document the beads fixed by hand
// (empty = none).
std::vector<CompareText> compare_texts(const std::vector<Document>& documents,
                                       const std::string& from,
                                       const std::string& to,
                                       LexiconCache& lexicons,
                                       const std::vector<std::vector<Bead>>& fixed = {});

// Writes a comparison's output to the stream.
using ComparisonWriter = std::function<void(const Comparison&, std::ostream&)>;

// The comparison of original with flags.translations: they are read as the original was (with
// the segmentation of --to, and --anchors), the output is opened (refusing to overwrite an
// input) before any long work, each translation gets the lexicon of its pair (notes given as
// notes says), compare() runs, the terms given are checked for their script, then write fills
// the output and it is committed. Returns the term report, if any (for the checks made after
// the output is written; the comparison itself points into the translations read here).
// Throws what loading, compare() and write throw.
std::optional<TermReport> run_comparison(const ComparisonFlags& flags,
                                         const Document& original,
                                         std::vector<TermQuery> queries,
                                         const CompareOptions& options,
                                         const LexiconNotes& notes,
                                         Console& console,
                                         const ComparisonWriter& write);

// After compare(): the progress line ended and, for terms given (not proposed), a warning
// for each term written in another script than the original's.
void check_compared_terms(const ComparisonFlags& flags,
                          const Comparison& comparison,
                          Console& console);

}  // namespace parallax::cli
