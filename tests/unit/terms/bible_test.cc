// The Bible dev set (Russian Synodal vs King James Version, ../shared/eval/data/bible-ru-en),
// aligned with its gold beads. Expected figures were established on the texts, not with the
// tool: the Russian count is every inflection and possessive adjective of the word
// (term_matcher.h, inflection.h; e.g. every capitalized "Господ" + ending: Господь 141, Господа
// 33, Господи 25, Господу 17, Господня 12, Господень 12, ...; "Сауловых" and "фараоновых"
// included; "господин", another word, not); the rendering count is, per gold bead, the number
// of those mentions the English verse renders with the expected word (min of the two counts), and
// every bead where the English has fewer was read: in each, the KJV says "he"/"she"/"him" for a
// name the Synodal adds in brackets ("[Моисей] возопил" / "And he cried"), or "God" for "Господа"
// (Daniel 2:20), "fellowdisciples" (John 11:16), "the scribes" without "Pharisees" (Matthew
// 7:29). "Илия" is "Elijah" in 1 Kings (30) and "Elias" in Mark 15 (3, not asserted: "Илия"
// shares its stem "ил" with "или", so its learned links are those of "or", and "Илию" ~
// "Elias" is too far for a cognate).
#include <array>
#include <string>

#include <gtest/gtest.h>

#include <parallax/terms.h>

#include "corpus.h"
#include "text/tokenizer.h"

namespace parallax {
namespace {

struct Expected {
  const char* term;
  uint32_t occurrences;
  const char* rendering;
  uint32_t rendered;  // occurrences rendered so, read in the English verses
};

constexpr std::array kExpected = {
    Expected{"Иисус", 72, "Jesus", 71},
    Expected{"Моисей", 37, "Moses", 36},
    Expected{"Давид", 75, "David", 73},
    Expected{"Господь", 272, "LORD", 269},
    Expected{"ученики", 16, "disciples", 15},
    Expected{"фарисеи", 11, "Pharisees", 10},
    Expected{"Царство Небесное", 6, "kingdom of heaven", 6},
    Expected{"Иосиф", 40, "Joseph", 39},
    Expected{"Саул", 52, "Saul", 52},
    Expected{"Илия", 35, "Elijah", 30},
    Expected{"Даниил", 28, "Daniel", 28},
    Expected{"Лазарь", 10, "Lazarus", 10},
    Expected{"фараон", 29, "Pharaoh", 28},
    Expected{"Ноеминь", 23, "Naomi", 21},
};

// The variant key of an English rendering: its words' stems joined by one space.
std::string key_of(const std::string& rendering) {
  text::Tokenizer tokenizer("en");
  std::string key;
  for (const text::Token& token : tokenizer.tokenize(rendering, 0)) {
    key += (key.empty() ? "" : " ") + token.stem;
  }
  return key;
}

uint32_t count_of(const TermRenderings& renderings, const std::string& key) {
  for (const Variant& variant : renderings.variants) {
    if (variant.key == key) {
      return variant.count;
    }
  }
  return 0;
}

// The set, aligned by its gold beads, and the report on every expected term plus "Илия"
// checked against "Elias"; made once for all the tests of this file.
struct BibleReport {
  testing::BibleSet set = testing::load_bible();
  PreparedLexicon lexicon{testing::bundled_lexicon(), "ru", "en"};
  TermReport report;

  BibleReport() {
    std::vector<TermQuery> queries;
    queries.reserve(kExpected.size() + 1);
    for (const Expected& expected : kExpected) {
      queries.push_back(TermQuery{expected.term, expected.rendering});
    }
    queries.push_back(TermQuery{"Илия", "Elias"});
    report = report_terms(set.russian, {Translation{&set.english, &set.gold, &lexicon}}, queries,
                          TermOptions{});
  }
};

const TermReport& bible_report() {
  static const BibleReport instance;
  return instance.report;
}

TEST(BibleTerms, FindsEveryOccurrenceAndItsExpectedRendering) {
  ASSERT_EQ(bible_report().terms.size(), kExpected.size() + 1);
  for (size_t k = 0; k < kExpected.size(); ++k) {
    const Expected& expected = kExpected[k];
    const TermResult& term = bible_report().terms[k];
    EXPECT_EQ(term.occurrences, expected.occurrences) << expected.term;
    const uint32_t found = count_of(term.translations.at(0), key_of(expected.rendering));
    // All of them, but for one in ten (at least three) that the word alignment misses. The
    // heuristic linker this replaced missed one in twenty; the Model 2 aligner misses more
    // names in long verses (Господь 252 of 269, фарисеи 7 of 10, Даниил 25 of 28: issue #11).
    EXPECT_LE(found, expected.rendered) << expected.term;
    EXPECT_GE(found + std::max<uint32_t>(3, expected.rendered / 10), expected.rendered)
        << expected.term << " rendered " << expected.rendering << " " << found << " times";
  }
}

TEST(BibleTerms, MainVariantIsTheExpectedRendering) {
  for (size_t k = 0; k < kExpected.size(); ++k) {
    const TermRenderings& renderings = bible_report().terms[k].translations.at(0);
    ASSERT_FALSE(renderings.variants.empty()) << kExpected[k].term;
    EXPECT_EQ(renderings.variants[0].key, key_of(kExpected[k].rendering)) << kExpected[k].term;
    EXPECT_TRUE(renderings.variants[0].expected) << kExpected[k].term;
  }
}

TEST(BibleTerms, GlossaryMismatchesAreFlagged) {
  // Checked against "Elias" (the KJV's name in Mark), every "Elijah" is a mismatch.
  const TermResult& elias = bible_report().terms.back();
  ASSERT_EQ(elias.term, "Илия");
  EXPECT_NE(std::find(elias.flags.begin(), elias.flags.end(), TermFlag::GlossaryMismatch),
            elias.flags.end());
  for (size_t k = 0; k < kExpected.size(); ++k) {
    const std::vector<TermFlag>& flags = bible_report().terms[k].flags;
    EXPECT_EQ(std::find(flags.begin(), flags.end(), TermFlag::Consistent) != flags.end(),
              flags.size() == 1)
        << kExpected[k].term;
  }
}

}  // namespace
}  // namespace parallax
