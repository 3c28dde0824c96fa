// The check of queried terms against the script of the original (cli/term_script_check.h).
#include "term_script_check.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace parallax::cli {
namespace {

Document document(std::string name, std::string text) {
  Document d;
  d.source_name = std::move(name);
  d.text = std::move(text);
  return d;
}

const Document kEnglish =
    document("e.txt", "The Purposes of the United Nations are: to maintain international peace.");
const Document kRussian = document(
    "r.txt", "Организация Объединенных Наций преследует Цели: поддерживать международный мир.");

std::vector<TermResult> results(const std::vector<uint32_t>& occurrences) {
  std::vector<TermResult> out;
  for (const uint32_t n : occurrences) {
    TermResult result;
    result.occurrences = n;
    out.push_back(result);
  }
  return out;
}

TEST(WrongScriptTerms, RussianTermAgainstEnglishOriginalSuggestsSwappedFiles) {
  const std::vector<TermQuery> queries = {{"Объединённые Нации", ""}};
  const auto warnings = wrong_script_terms(queries, results({0}), {1, ""}, kEnglish, {&kRussian});
  ASSERT_EQ(warnings.size(), 1U);
  EXPECT_EQ(warnings[0],
            "--term 'Объединённые Нации' is in Cyrillic script, but the original e.txt is mostly "
            "Latin: it cannot occur there (0 occurrences) (terms are looked for in ORIGINAL, the "
            "first file, and r.txt is mostly Cyrillic: are the files given the wrong way round? "
            "Swap them, and --from and --to if given)");
}

TEST(WrongScriptTerms, NoTranslationInTheTermsScriptAsksForTheOriginalsSpelling) {
  const std::vector<TermQuery> queries = {{"Ηνωμένα Έθνη", ""}};
  const auto warnings = wrong_script_terms(queries, results({0}), {1, ""}, kEnglish, {&kRussian});
  ASSERT_EQ(warnings.size(), 1U);
  EXPECT_NE(warnings[0].find("is in Greek script"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find("(give each term as it is written in the original)"),
            std::string::npos)
      << warnings[0];
}

TEST(WrongScriptTerms, TermsThatOccurOrFitTheScriptOrHaveNoLettersAreNotJudged) {
  // A Latin term found in a Russian text (a brand name), a Russian term in a Russian text
  // with no occurrence, and a number.
  const std::vector<TermQuery> queries = {{"iPhone", ""}, {"Устав", ""}, {"1945", ""}};
  EXPECT_TRUE(
      wrong_script_terms(queries, results({2, 0, 0}), {3, ""}, kRussian, {&kEnglish}).empty());
  // Results that do not match the queries (proposed terms, sorted): no judgement.
  EXPECT_TRUE(wrong_script_terms({{"Устав", ""}}, results({0, 0}), {1, ""}, kEnglish, {}).empty());
}

TEST(WrongScriptTerms, AGlossaryFileGetsOneWarningNamingAFewTerms) {
  const std::vector<TermQuery> queries = {{"peace", ""}, {"Устав", ""}, {"Организация", ""},
                                          {"Члены", ""}, {"мир", ""},   {"United Nations", ""}};
  const auto warnings =
      wrong_script_terms(queries, results({3, 0, 0, 0, 0, 1}), {1, "g.tsv"}, kEnglish, {&kRussian});
  ASSERT_EQ(warnings.size(), 1U);
  EXPECT_EQ(warnings[0].rfind("g.tsv: 4 of 5 terms are in Cyrillic script ('Устав', 'Организация', "
                              "'Члены', …), but the original e.txt is mostly Latin",
                              0),
            0U)
      << warnings[0];
  EXPECT_NE(warnings[0].find("r.txt is mostly Cyrillic: are the files"), std::string::npos)
      << warnings[0];
}

TEST(WrongScriptTerms, AGlossaryWithItsColumnsSwappedSaysSo) {
  // Against the Russian original, English terms with Russian expected renderings.
  const std::vector<TermQuery> queries = {{"Charter", "Устав"}, {"Organization", "Организация"}};
  const auto warnings =
      wrong_script_terms(queries, results({0, 0}), {0, "g.tsv"}, kRussian, {&kEnglish});
  ASSERT_EQ(warnings.size(), 1U);
  EXPECT_NE(warnings[0].find("g.tsv: 2 of 2 terms are in Latin script"), std::string::npos)
      << warnings[0];
  EXPECT_NE(warnings[0].find("are the two columns swapped?"), std::string::npos) << warnings[0];
}

}  // namespace
}  // namespace parallax::cli
