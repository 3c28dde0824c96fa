#include "term_queries.h"

#include <cstdint>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include <parallax/errors.h>
#include <parallax/read.h>

#include "input.h"
#include "term_script_check.h"

namespace parallax::cli {

std::vector<TermQuery> read_terms_file(const std::string& path) {
  const std::string name = input_name(path);
  const DecodedText decoded =
      decode_text(read_text_input(path, ReadOptions{}), name, ReadOptions{});
  std::vector<TermQuery> queries;
  std::string_view rest = decoded.text;
  uint32_t line_number = 0;
  while (!rest.empty()) {
    ++line_number;
    const size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    const auto blank = line.find_first_not_of(" \t");
    if (blank == std::string_view::npos || line[blank] == '#') {
      continue;
    }
    const size_t tab = line.find('\t');
    TermQuery query;
    query.text = std::string(line.substr(0, tab));
    if (tab != std::string_view::npos) {
      const std::string_view expected = line.substr(tab + 1);
      if (expected.find('\t') != std::string_view::npos) {
        throw InputError(name, line_number, static_cast<uint32_t>(tab + 2 + expected.find('\t')),
                         "more than two columns (write 'term<TAB>expected rendering')");
      }
      query.expected = std::string(expected);
    }
    if (query.text.find_first_not_of(' ') == std::string::npos) {
      throw InputError(name, line_number, 1,
                       "empty term before the TAB (write 'term<TAB>expected rendering')");
    }
    queries.push_back(std::move(query));
  }
  return queries;
}

std::vector<TermQuery> term_queries(const std::vector<std::string>& terms,
                                    const std::string& terms_file) {
  std::vector<TermQuery> queries;
  queries.reserve(terms.size());
  for (const std::string& term : terms) {
    if (term.find_first_not_of(" \t") == std::string::npos) {
      throw OptionError(fmt::format(
          "--term '{}': the term is empty (give the word or phrase to look for)", term));
    }
    queries.push_back(TermQuery{term, {}});
  }
  if (!terms_file.empty()) {
    for (TermQuery& query : read_terms_file(terms_file)) {
      queries.push_back(std::move(query));
    }
  }
  return queries;
}

void warn_wrong_script_terms(const std::vector<std::string>& terms,
                             const std::string& terms_file,
                             const std::vector<TermQuery>& queries,
                             const TermReport& report,
                             const Document& original,
                             const std::vector<Translation>& translations,
                             Console& console) {
  std::vector<const Document*> documents;
  documents.reserve(translations.size());
  for (const Translation& translation : translations) {
    documents.push_back(translation.document);
  }
  const TermSources sources{terms.size(), terms_file.empty() ? "" : input_name(terms_file)};
  for (const std::string& warning :
       wrong_script_terms(queries, report.terms, sources, original, documents)) {
    console.warning(warning);
  }
}

}  // namespace parallax::cli
