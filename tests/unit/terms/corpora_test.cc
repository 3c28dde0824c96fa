// Issue #11: on every bundled corpus pair and the rendering dev sets, no variant made only of
// function words ("the", "a") is reported for a term with a content word, whatever the terms (all
// the proposed ones, no limit). And the Hot Line memorandum's "link are set".
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/align.h>
#include <parallax/lexicon.h>
#include <parallax/terms.h>

#include "corpus.h"
#include "terms/stop_words.h"
#include "text/tokenizer.h"

namespace parallax {
namespace {

// The words of text, lowercase (ASCII letters only folded: enough for the English sides).
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text + " ") {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isspace(byte) != 0 || c == ',' || c == '.' || c == ';' || c == ':' || c == '"') {
      if (!word.empty() && word != "…") {
        words.push_back(word);
      }
      word.clear();
    } else {
      word += static_cast<char>(std::tolower(byte));
    }
  }
  return words;
}

bool only_function_words(const std::string& text, const std::unordered_set<std::string>& list) {
  const std::vector<std::string> words = words_of(text);
  return std::all_of(words.begin(), words.end(),
                     [&](const std::string& word) { return list.contains(word); });
}

// dir: under the source tree; lines: one sentence per line, as `parallax terms --lines`.
void check_pair(const std::string& original_file,
                const std::string& original_language,
                const std::string& translation_file,
                const std::string& translation_language,
                const std::string& dir_name = "corpora",
                bool lines = false) {
  const std::string dir = std::string(PARALLAX_SOURCE_DIR) + "/" + dir_name + "/";
  const Document original = testing::load_corpus(dir + original_file, original_language, lines);
  const Document translation =
      testing::load_corpus(dir + translation_file, translation_language, lines);
  const PreparedLexicon lexicon =
      original_language == translation_language
          ? PreparedLexicon{}
          : PreparedLexicon(testing::bundled_lexicon(), original_language, translation_language);
  const Alignment alignment = align(original, translation, AlignOptions{}, lexicon);
  TermOptions options;
  options.max_proposed = 0;
  options.min_occurrences = 2;
  const std::vector<TermQuery> queries = propose_terms(original, options);
  const TermReport report =
      report_terms(original, {Translation{&translation, &alignment, &lexicon}}, queries, options);
  const std::unordered_set<std::string> source_list = terms::function_words(original_language);
  const std::unordered_set<std::string> target_list = terms::function_words(translation_language);
  size_t variants = 0;
  // A term is a function word when each of its words is one or an inflection of one
  // ("такие" of "такой"), as function_word_flags decides for lowercase words.
  text::Tokenizer tokenizer(original_language);
  std::unordered_set<std::string> listed_stems;
  for (const std::string& word : source_list) {
    listed_stems.insert(tokenizer.stem(word));
  }
  const auto function_term = [&](const std::string& text) {
    const std::vector<text::Token> tokens = tokenizer.tokenize(text, 0);
    return std::all_of(tokens.begin(), tokens.end(), [&](const text::Token& token) {
      return token.kind == text::TokenKind::Punct || source_list.contains(token.folded) ||
             listed_stems.contains(token.stem);
    });
  };
  for (const TermResult& term : report.terms) {
    if (function_term(term.term)) {
      continue;
    }
    for (const Variant& variant : term.translations.at(0).variants) {
      ++variants;
      EXPECT_FALSE(only_function_words(variant.rendering, target_list))
          << original_file << ": \"" << term.term << "\" rendered \"" << variant.rendering << "\" "
          << variant.count << " times";
    }
  }
  EXPECT_GT(variants, 0U) << original_file;
}

TEST(CorporaTerms, NoContentTermIsRenderedByFunctionWordsOnly) {
  check_pair("un-charter.ru.txt", "ru", "un-charter.en.txt", "en");
  check_pair("hotline-memorandum-1963.ru.txt", "ru", "hotline-memorandum-1963.en.txt", "en");
  check_pair("khrushchev-1963-06-08.en.txt", "en", "khrushchev-1963-06-08.en-embassy.partial.txt",
             "en");
}

// The rendering dev sets (tests/quality/renderings), read as renderings.py reads them.
TEST(CorporaTerms, NoContentTermIsRenderedByFunctionWordsOnlyInTheDevSets) {
  check_pair("debian-faq.ru.txt", "ru", "debian-faq.en.txt", "en", "tests/quality/renderings",
             true);
  check_pair("matthew-1-2.kjv.txt", "en", "matthew-1-2.web.txt", "en", "tests/quality/renderings",
             true);
  check_pair("maint-guide-1-2.ru.txt", "ru", "maint-guide-1-2.en.txt", "en",
             "tests/quality/renderings", true);
  check_pair("genesis-1-3.kjv.txt", "en", "genesis-1-3.web.txt", "en", "tests/quality/renderings",
             true);
  check_pair("installation-guide-3.ru.txt", "ru", "installation-guide-3.en.txt", "en",
             "tests/quality/renderings", true);
  check_pair("luke-1-2.kjv.txt", "en", "luke-1-2.web.txt", "en", "tests/quality/renderings", true);
  check_pair("developers-reference-2-3.ru.txt", "ru", "developers-reference-2-3.en.txt", "en",
             "tests/quality/renderings", true);
  check_pair("ruth-1-4.kjv.txt", "en", "ruth-1-4.web.txt", "en", "tests/quality/renderings", true);
  check_pair("gimp-first-steps.ru.txt", "ru", "gimp-first-steps.en.txt", "en",
             "tests/quality/renderings", true);
  check_pair("esther-1-4.kjv.txt", "en", "esther-1-4.web.txt", "en", "tests/quality/renderings",
             true);
  check_pair("kicad-calculator-gerbview.ru.txt", "ru", "kicad-calculator-gerbview.en.txt", "en",
             "tests/quality/renderings", true);
  check_pair("samuel-1-3.kjv.txt", "en", "samuel-1-3.web.txt", "en", "tests/quality/renderings",
             true);
  check_pair("doublecmd-copy-sync.ru.txt", "ru", "doublecmd-copy-sync.en.txt", "en",
             "tests/quality/renderings", true);
  check_pair("joshua-1-4.kjv.txt", "en", "joshua-1-4.web.txt", "en", "tests/quality/renderings",
             true);
  check_pair("admin-handbook-b3-b5.ru.txt", "ru", "admin-handbook-b3-b5.en.txt", "en",
             "tests/quality/renderings", true);
  check_pair("nehemiah-1-4.kjv.txt", "en", "nehemiah-1-4.web.txt", "en", "tests/quality/renderings",
             true);
  check_pair("packaging-guide-patches-libraries.ru.txt", "ru",
             "packaging-guide-patches-libraries.en.txt", "en", "tests/quality/renderings", true);
  check_pair("acts-1-2.kjv.txt", "en", "acts-1-2.web.txt", "en", "tests/quality/renderings", true);
  check_pair("libreoffice-headers-footers.ru.txt", "ru", "libreoffice-headers-footers.en.txt", "en",
             "tests/quality/renderings", true);
  check_pair("daniel-3-4.kjv.txt", "en", "daniel-3-4.web.txt", "en", "tests/quality/renderings",
             true);
}

// Issue #11: the Hot Line memorandum rendered "линии связи" in "Мероприятия по установлению и
// действию линии связи изложены" / "Arrangements for establishing and operating the link are
// set forth" as "link are set" ("set" is linked to "линии"): a rendering never spans a clause
// word. By reading: "link" in the four mentions of "линии/линией связи", "communications
// link" ("direct" goes with "прямой", a word inside the mention but not of the term) in the
// fifth.
TEST(CorporaTerms, HotLineLinkIsNotRenderedWithTheClauseAfterIt) {
  const std::string dir = std::string(PARALLAX_SOURCE_DIR) + "/corpora/";
  const Document russian = testing::load_corpus(dir + "hotline-memorandum-1963.ru.txt", "ru");
  const Document english = testing::load_corpus(dir + "hotline-memorandum-1963.en.txt", "en");
  const PreparedLexicon lexicon(testing::bundled_lexicon(), "ru", "en");
  const Alignment alignment = align(russian, english, AlignOptions{}, lexicon);
  const TermReport report = report_terms(russian, {Translation{&english, &alignment, &lexicon}},
                                         {{"линии связи", ""}}, TermOptions{});
  std::vector<std::pair<std::string, uint32_t>> variants;
  for (const Variant& variant : report.terms.at(0).translations.at(0).variants) {
    variants.emplace_back(variant.rendering, variant.count);
  }
  EXPECT_EQ(variants, (std::vector<std::pair<std::string, uint32_t>>{{"link", 4},
                                                                     {"communications link", 1}}));
}

}  // namespace
}  // namespace parallax
