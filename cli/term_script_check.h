// A check of the terms given to `terms` and `report` against the script of the original: a
// Russian term looked for in an English original never occurs, and the report alone (0
// occurrences, exit 0) does not say why. Usually the files are given the wrong way round.
#pragma once

#include <string>
#include <vector>

#include <parallax/terms.h>
#include <parallax/types.h>

namespace parallax::cli {

// Where the terms of a report came from, for the messages.
struct TermSources {
  size_t command_line_terms = 0;  // the first queries are the --term texts
  std::string terms_file;         // the name of the --terms file the other queries are from
};

// Warnings for the queries that have no occurrence in the original and whose letters are
// mostly in another script than the original's (language_check.h's scripts): one per --term,
// one for all such terms of the --terms file (naming a few, and suggesting swapped columns
// when their expected renderings are in the original's script). Each warning says that the
// files may be given the wrong way round when a translation is in the term's script. results
// are report_terms' results for queries, in the same order (not only_divergent); terms
// without letters, or in scripts outside the table, are not judged. Thread-safe.
std::vector<std::string> wrong_script_terms(const std::vector<TermQuery>& queries,
                                            const std::vector<TermResult>& results,
                                            const TermSources& sources,
                                            const Document& original,
                                            const std::vector<const Document*>& translations);

}  // namespace parallax::cli
