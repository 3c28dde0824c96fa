// Terms given on the command line: --term TEXT (repeatable) and --terms FILE.
// Shared by `parallax terms` and `parallax report`.
#pragma once

#include <string>
#include <vector>

#include <parallax/terms.h>
#include <parallax/types.h>

#include "console.h"

namespace parallax::cli {

// "term" or "term<TAB>expected rendering" per line; blank lines and lines starting with '#'
// are skipped. Throws CannotOpen, IoError, and InputError naming the line for an empty term
// or a third column.
std::vector<TermQuery> read_terms_file(const std::string& path);

// The --term texts, then the lines of the --terms file (when not "").
std::vector<TermQuery> term_queries(const std::vector<std::string>& terms,
                                    const std::string& terms_file);

// Warns on console about the queries (term_queries(terms, terms_file)) that cannot occur in the
// original because they are in another script (wrong_script_terms in term_script_check.h).
// report is report_terms' on queries, in query order.
void warn_wrong_script_terms(const std::vector<std::string>& terms,
                             const std::string& terms_file,
                             const std::vector<TermQuery>& queries,
                             const TermReport& report,
                             const Document& original,
                             const std::vector<Translation>& translations,
                             Console& console);

}  // namespace parallax::cli
