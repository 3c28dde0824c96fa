// compare() (parallax/compare.h) against the calls it replaces: align() per translation, then
// propose_terms() and report_terms(). It shares one tokenization of each text between them, so
// any difference in what the shared tokens give shows up here as a different alignment, other
// proposals or another report.
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include <parallax/align.h>
#include <parallax/compare.h>
#include <parallax/errors.h>
#include <parallax/terms.h>
#include <parallax/terms_formats.h>

#include "corpus.h"

namespace parallax {
namespace {

// The Charter: enough text for proposals (each occurs 3 times or more).
struct Charter {
  Document russian =
      testing::load_corpus(std::string(PARALLAX_SOURCE_DIR) + "/corpora/un-charter.ru.txt", "ru");
  Document english =
      testing::load_corpus(std::string(PARALLAX_SOURCE_DIR) + "/corpora/un-charter.en.txt", "en");
  PreparedLexicon lexicon{testing::bundled_lexicon(), "ru", "en"};
};

struct Hotline {
  Document russian = testing::load_corpus(
      std::string(PARALLAX_SOURCE_DIR) + "/corpora/hotline-memorandum-1963.ru.txt", "ru");
  Document english = testing::load_corpus(
      std::string(PARALLAX_SOURCE_DIR) + "/corpora/hotline-memorandum-1963.en.txt", "en");
  // The English once more, as a second translation (a same-language pair has its own path).
  Document english_again = testing::load_corpus(
      std::string(PARALLAX_SOURCE_DIR) + "/corpora/hotline-memorandum-1963.en.txt", "en");
  PreparedLexicon lexicon{testing::bundled_lexicon(), "ru", "en"};
};

// Read once for all the tests of this file (the lexicon takes most of the time).
const Charter& charter() {
  static const Charter instance;
  return instance;
}

const Hotline& hotline() {
  static const Hotline instance;
  return instance;
}

std::string json_of(const TermReport& report,
                    const Document& original,
                    const std::vector<Translation>& translations) {
  std::ostringstream out;
  write_terms_json(out, report, original, translations);
  return out.str();
}

void expect_same_beads(const Alignment& a, const Alignment& b) {
  ASSERT_EQ(a.beads.size(), b.beads.size());
  for (size_t k = 0; k < a.beads.size(); ++k) {
    EXPECT_EQ(a.beads[k].source, b.beads[k].source) << k;
    EXPECT_EQ(a.beads[k].target, b.beads[k].target) << k;
    EXPECT_EQ(a.beads[k].confidence, b.beads[k].confidence) << k;
    EXPECT_EQ(a.beads[k].evidence, b.beads[k].evidence) << k;
  }
}

TEST(Compare, EqualsAlignThenProposeThenReport) {
  const Charter& h = charter();
  CompareOptions options;
  options.terms.only_divergent = false;
  const Comparison comparison =
      compare(h.russian, {CompareText{&h.english, &h.lexicon, nullptr, {}}}, {}, options);

  const Alignment alignment = align(h.russian, h.english, options.align, h.lexicon);
  expect_same_beads(comparison.translations.at(0).alignment, alignment);
  const std::vector<TermQuery> proposed = propose_terms(h.russian, options.terms);
  ASSERT_TRUE(comparison.proposed);
  ASSERT_EQ(comparison.queries.size(), proposed.size());
  ASSERT_FALSE(proposed.empty());
  for (size_t k = 0; k < proposed.size(); ++k) {
    EXPECT_EQ(comparison.queries[k].text, proposed[k].text);
  }
  const std::vector<Translation> translations{Translation{&h.english, &alignment, &h.lexicon}};
  const TermReport report = report_terms(h.russian, translations, proposed, options.terms);
  ASSERT_TRUE(comparison.terms.has_value());
  EXPECT_EQ(json_of(*comparison.terms, h.russian, term_translations(comparison)),
            json_of(report, h.russian, translations));
}

TEST(Compare, TwoTranslationsEachAsAlone) {
  const Hotline& h = hotline();
  const std::vector<TermQuery> queries{{"Правительство", ""}, {"линия связи", ""}};
  const PreparedLexicon none;
  const Comparison comparison = compare(h.russian,
                                        {CompareText{&h.english, &h.lexicon, nullptr, {}},
                                         CompareText{&h.english_again, &none, nullptr, {}}},
                                        queries, CompareOptions{});
  ASSERT_EQ(comparison.translations.size(), 2U);
  const Alignment first = align(h.russian, h.english, AlignOptions{}, h.lexicon);
  const Alignment second = align(h.russian, h.english_again, AlignOptions{}, none);
  expect_same_beads(comparison.translations[0].alignment, first);
  expect_same_beads(comparison.translations[1].alignment, second);
  const std::vector<Translation> translations{Translation{&h.english, &first, &h.lexicon},
                                              Translation{&h.english_again, &second, &none}};
  EXPECT_FALSE(comparison.proposed);
  EXPECT_EQ(json_of(*comparison.terms, h.russian, term_translations(comparison)),
            json_of(report_terms(h.russian, translations, queries, TermOptions{}), h.russian,
                    translations));
}

TEST(Compare, TakesAGivenAlignmentAsItIs) {
  const Hotline& h = hotline();
  // One bead of everything: valid, and nothing align() would give.
  Alignment given;
  given.beads.push_back(Bead{{0, static_cast<uint32_t>(h.russian.sentences.size())},
                             {0, static_cast<uint32_t>(h.english.sentences.size())},
                             0.25F,
                             "given"});
  CompareOptions options;
  options.report = CompareTerms::Given;
  const Comparison comparison =
      compare(h.russian, {CompareText{&h.english, &h.lexicon, &given, {}}}, {}, options);
  expect_same_beads(comparison.translations.at(0).alignment, given);
  ASSERT_TRUE(comparison.terms.has_value());
  EXPECT_TRUE(comparison.terms->terms.empty());  // Given and none given: no proposal
  EXPECT_FALSE(comparison.proposed);
}

TEST(Compare, NoTermReportWhenNoneAsked) {
  const Hotline& h = hotline();
  CompareOptions options;
  options.report = CompareTerms::None;
  const Comparison comparison =
      compare(h.russian, {CompareText{&h.english, &h.lexicon, nullptr, {}}},
              {{"Правительство", ""}}, options);
  EXPECT_FALSE(comparison.terms.has_value());
  EXPECT_EQ(report_columns(comparison).at(0).alignment, &comparison.translations[0].alignment);
}

TEST(Compare, RefusesWhatItCannotCompare) {
  const Hotline& h = hotline();
  const Alignment given = align(h.russian, h.english, AlignOptions{}, h.lexicon);
  EXPECT_THROW(compare(h.russian, {CompareText{}}, {}, CompareOptions{}), OptionError);
  EXPECT_THROW(compare(h.russian, {CompareText{&h.english, nullptr, &given, {given.beads[0]}}}, {},
                       CompareOptions{}),
               OptionError);
  // An alignment that does not cover the documents.
  Alignment other;
  other.beads.push_back(Bead{{0, 1}, {0, 1}, 1.0F, {}});
  EXPECT_THROW(
      compare(h.russian, {CompareText{&h.english, nullptr, &other, {}}}, {}, CompareOptions{}),
      OptionError);
  CompareOptions bad;
  bad.terms.max_gap = 99;
  EXPECT_THROW(compare(h.russian, {}, {}, bad), OptionError);
}

}  // namespace
}  // namespace parallax
