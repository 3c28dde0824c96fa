#include "term_script_check.h"

#include <string_view>

#include <fmt/format.h>

#include "language_check.h"

namespace parallax::cli {

namespace {

// What the user may have done wrong, for a term in term_script: the files swapped when a
// translation is written in that script, else just a term not written as in the original.
std::string swapped_files_hint(std::string_view term_script,
                               const std::vector<const Document*>& translations) {
  for (const Document* translation : translations) {
    if (translation != nullptr && dominant_script(translation->text) == term_script) {
      return fmt::format(
          "terms are looked for in ORIGINAL, the first file, and {} is mostly {}: are the files "
          "given the wrong way round? Swap them, and --from and --to if given",
          translation->source_name, term_script);
    }
  }
  return "give each term as it is written in the original";
}

// The wrong-script terms of the --terms file, as one warning.
struct FileTerms {
  size_t count = 0;
  size_t all = 0;
  std::string_view script;  // of the first one
  std::string examples;
  size_t expected_in_original_script = 0;
};

}  // namespace

std::vector<std::string> wrong_script_terms(const std::vector<TermQuery>& queries,
                                            const std::vector<TermResult>& results,
                                            const TermSources& sources,
                                            const Document& original,
                                            const std::vector<const Document*>& translations) {
  std::vector<std::string> warnings;
  const std::string_view original_script = dominant_script(original.text);
  if (original_script.empty() || queries.size() != results.size()) {
    return warnings;
  }
  FileTerms file;
  constexpr size_t kExamples = 3;
  for (size_t k = 0; k < queries.size(); ++k) {
    const bool from_file = k >= sources.command_line_terms;
    file.all += from_file ? 1 : 0;
    const std::string_view script = dominant_script(queries[k].text);
    if (results[k].occurrences > 0 || script.empty() || script == original_script) {
      continue;
    }
    if (!from_file) {
      warnings.push_back(fmt::format(
          "--term '{}' is in {} script, but the original {} is mostly {}: it cannot occur there "
          "(0 occurrences) ({})",
          queries[k].text, script, original.source_name, original_script,
          swapped_files_hint(script, translations)));
      continue;
    }
    if (file.count == 0) {
      file.script = script;
    }
    if (file.count < kExamples) {
      file.examples += fmt::format("{}'{}'", file.count == 0 ? "" : ", ", queries[k].text);
    } else if (file.count == kExamples) {
      file.examples += ", …";
    }
    ++file.count;
    if (!queries[k].expected.empty() && dominant_script(queries[k].expected) == original_script) {
      ++file.expected_in_original_script;
    }
  }
  if (file.count > 0) {
    // Expected renderings in the original's script: the two columns are the wrong way round.
    const std::string hint =
        file.expected_in_original_script * 2 > file.count
            ? std::string(
                  "are the two columns swapped? Each line is 'term as written in the "
                  "original<TAB>expected rendering'")
            : swapped_files_hint(file.script, translations);
    warnings.push_back(fmt::format(
        "{}: {} of {} terms are in {} script ({}), but the original {} is mostly {}: they cannot "
        "occur there (0 occurrences) ({})",
        sources.terms_file, file.count, file.all, file.script, file.examples, original.source_name,
        original_script, hint));
  }
  return warnings;
}

}  // namespace parallax::cli
