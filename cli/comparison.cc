#include "comparison.h"

#include <utility>

#include "output.h"
#include "term_queries.h"
#include "translations.h"

namespace parallax::cli {

std::vector<CompareText> compare_texts(const std::vector<Document>& documents,
                                       const std::string& from,
                                       const std::string& to,
                                       LexiconCache& lexicons,
                                       const std::vector<std::vector<Bead>>& fixed) {
  std::vector<CompareText> out;
  out.reserve(documents.size());
  for (size_t k = 0; k < documents.size(); ++k) {
    const PreparedLexicon& lexicon = lexicons.get(from, to.empty() ? documents[k].language : to);
    out.push_back(CompareText{&documents[k], &lexicon, nullptr,
                              k < fixed.size() ? fixed[k] : std::vector<Bead>{}});
  }
  return out;
}

std::optional<TermReport> run_comparison(const ComparisonFlags& flags,
                                         const Document& original,
                                         std::vector<TermQuery> queries,
                                         const CompareOptions& options,
                                         const LexiconNotes& notes,
                                         Console& console,
                                         const ComparisonWriter& write) {
  const std::string from = flags.from.empty() ? original.language : flags.from;
  const Translations loaded =
      load_translations(flags.translations, read_options(flags.input, ""),
                        segment_options(flags.input, flags.to, console), flags.anchors, original);
  Output output(flags.output.path,
                comparison_inputs(flags.original, flags.translations, flags.lexicons,
                                  flags.terms_file, flags.anchors));
  LexiconCache lexicons(lexicon_loader(flags.lexicons, flags.no_default_lexicon, console, notes));
  Comparison comparison =
      compare(original, compare_texts(loaded.documents, from, flags.to, lexicons, loaded.fixed),
              std::move(queries), options);
  check_compared_terms(flags, comparison, console);
  write(comparison, output.stream());
  output.commit();
  return std::move(comparison.terms);
}

void check_compared_terms(const ComparisonFlags& flags,
                          const Comparison& comparison,
                          Console& console) {
  console.end_progress();
  if (comparison.terms && !comparison.proposed) {
    warn_wrong_script_terms(flags.terms, flags.terms_file, comparison.queries, *comparison.terms,
                            *comparison.original, term_translations(comparison), console);
  }
}

}  // namespace parallax::cli
