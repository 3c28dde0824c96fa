// Two English translations of Khrushchev's letter of 8 June 1963 (bundled corpora): the State
// Department's (the pivot) and the Embassy's, which has only the first three paragraphs; the
// pivot is cut to the paragraphs both have (lines 2-4; line 1 is "Moscow, June 8, 1963.").
// Read in the texts:
// "cessation of nuclear tests" occurs 3 times in those paragraphs of the pivot; the Embassy
// writes "cessation nuclear tests" twice (paragraphs 1 and 2) and "cessation of nuclear tests"
// once (paragraph 3); "H. Macmillan" is the same twice.
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include <parallax/align.h>
#include <parallax/terms.h>

#include "corpus.h"

namespace parallax {
namespace {

TEST(SameLanguageTerms, ComparesTwoEnglishVersions) {
  const std::string dir = std::string(PARALLAX_SOURCE_DIR) + "/corpora/";
  std::istringstream full(testing::read_file(dir + "khrushchev-1963-06-08.en.txt"));
  std::string common;
  std::string line;
  for (int k = 1; k <= 4 && std::getline(full, line); ++k) {
    if (k >= 2) {
      common += line + "\n";
    }
  }
  const Document state = testing::segment_text(common, "khrushchev-1963-06-08.en.txt", "en");
  const Document embassy =
      testing::load_corpus(dir + "khrushchev-1963-06-08.en-embassy.partial.txt", "en");
  const Alignment alignment = align(state, embassy, AlignOptions{}, Lexicon{});
  const TermReport report =
      report_terms(state, {Translation{&embassy, &alignment, nullptr}},
                   {{"cessation of nuclear tests", ""}, {"H. Macmillan", ""}}, TermOptions{});

  const TermResult& cessation = report.terms.at(0);
  const TermRenderings& renderings = cessation.translations.at(0);
  uint32_t without_of = 0;
  uint32_t with_of = 0;
  for (const Variant& variant : renderings.variants) {
    if (variant.rendering == "cessation nuclear tests") {
      without_of = variant.count;
    } else if (variant.rendering == "cessation of nuclear tests") {
      with_of = variant.count;
    }
  }
  EXPECT_EQ(without_of, 2U);
  EXPECT_EQ(with_of, 1U);
  EXPECT_NE(std::find(cessation.flags.begin(), cessation.flags.end(), TermFlag::Inconsistent),
            cessation.flags.end());

  const TermRenderings& macmillan = report.terms.at(1).translations.at(0);
  ASSERT_EQ(macmillan.variants.size(), 1U);
  EXPECT_EQ(macmillan.variants[0].rendering, "H. Macmillan") << "occurrence: ";
  EXPECT_EQ(macmillan.variants[0].count, 2U);
}

}  // namespace
}  // namespace parallax
