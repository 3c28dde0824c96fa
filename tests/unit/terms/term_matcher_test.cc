#include "terms/term_matcher.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "documents.h"
#include "score/sentence_features.h"
#include "terms/stop_words.h"
#include "terms/token_stream.h"
#include "text/tokenizer.h"

namespace parallax {
namespace {

using testing::make_document;

// A document indexed as report_terms indexes the original.
struct Indexed {
  Document document;
  text::Tokenizer tokenizer;
  score::SideFeatures features;
  terms::TokenStream stream;
  terms::TermIndex index;

  Indexed(const std::vector<std::string>& sentences, const std::string& language)
      : document(make_document(sentences, language)),
        tokenizer(language),
        features(score::extract_features(document, tokenizer)),
        stream(terms::make_token_stream(document, tokenizer, features)),
        index(stream, features, terms::function_words(language), document.text, language) {}

  // The text of every occurrence of term.
  std::vector<std::string> find(const std::string& term, uint32_t max_gap = 1) {
    std::vector<std::string> out;
    for (const terms::Occurrence& occurrence :
         index.find(index.term_words(term, tokenizer), max_gap)) {
      const uint32_t begin = stream.spans[occurrence.first()].begin;
      const uint32_t end = stream.spans[occurrence.last()].end;
      out.push_back(document.text.substr(begin, end - begin));
    }
    return out;
  }
};

using Texts = std::vector<std::string>;

TEST(TermsMatcher, FindsEveryInflectionOfARussianTerm) {
  Indexed doc({"Совет Безопасности собирается.", "Доклад Совета Безопасности.",
               "Рекомендация Совету Безопасности и Советом Безопасности.",
               "Совет по Опеке не Совет Безопасности."},
              "ru");
  EXPECT_EQ(doc.find("Совет Безопасности"),
            (Texts{"Совет Безопасности", "Совета Безопасности", "Совету Безопасности",
                   "Советом Безопасности", "Совет Безопасности"}));
}

TEST(TermsMatcher, MatchesNamesTheStemmerLeavesWithLongerStems) {
  // Snowball: "фарисеи" -> "фарис", "фарисеев" -> "фарисе"; "Даниил" -> "дан", "Даниилу" ->
  // "даниил".
  Indexed doc({"Пришли фарисеи.", "Он сказал фарисеям и книжникам.", "Берегитесь фарисеев.",
               "Даниил сказал.", "Царь дал Даниилу дары.", "Это данные."},
              "ru");
  EXPECT_EQ(doc.find("фарисеи"), (Texts{"фарисеи", "фарисеям", "фарисеев"}));
  EXPECT_EQ(doc.find("Даниил"), (Texts{"Даниил", "Даниилу"}));
}

TEST(TermsMatcher, DoesNotMatchDerivedWords) {
  Indexed doc({"They agreed.", "The agreement holds.", "We agree."}, "en");
  EXPECT_EQ(doc.find("agreed"), (Texts{"agreed", "agree"}));
  Indexed ru({"Ученики слушали учение.", "Он дал ученикам учению."}, "ru");
  EXPECT_EQ(ru.find("ученики"), (Texts{"Ученики", "ученикам"}));
}

// Issue #11: "Статья" matched "Статута" (both start with the stem "стат"), so "Statute" was
// reported as a variant of "Article".
TEST(TermsMatcher, DoesNotMatchAnotherWordSharingTheStem) {
  Indexed doc({"Статья 1.", "Согласно статье 2 Статута.", "Статьи Статут Статутом статьями."},
              "ru");
  EXPECT_EQ(doc.find("Статья"), (Texts{"Статья", "Статьи"}));
  EXPECT_EQ(doc.find("статья"), (Texts{"Статья", "статье", "Статьи", "статьями"}));
}

// Issue #11: Snowball stems "соответствии" and "соответствующих" alike ("соответств"); the
// participle is another word.
TEST(TermsMatcher, EqualStemsOfDifferentWordsDoNotMatch) {
  Indexed doc({"В соответствии с Уставом.", "Соответствующих мер.", "В соответствие."}, "ru");
  EXPECT_EQ(doc.find("соответствии"), (Texts{"соответствии", "соответствие"}));
  Indexed en({"The Organization acts.", "Its organs act.", "Organizations are many."}, "en");
  EXPECT_EQ(en.find("Organization"), (Texts{"Organization", "Organizations"}));
}

// Issue #11: "Elias" matched "Eliakim" (the stem "elia" is a prefix of "eliakim").
TEST(TermsMatcher, ProperNamesMatchAsWholeWords) {
  Indexed doc({"Elias came.", "Eliakim begat Azor.", "Elias’s cloak.", "Eli wept."}, "en");
  EXPECT_EQ(doc.find("Elias"), (Texts{"Elias", "Elias’s"}));
}

// Issue #11: "Совет по Опеке" matched across a comma.
TEST(TermsMatcher, DoesNotMatchAcrossACommaUnlessTheTermHasOne) {
  Indexed doc({"Совет, по опеке территорий, решает.", "Совет по Опеке решает."}, "ru");
  EXPECT_EQ(doc.find("Совет по Опеке"), (Texts{"Совет по Опеке"}));
  EXPECT_EQ(doc.find("Совет, по опеке"), (Texts{"Совет, по опеке", "Совет по Опеке"}));
  Indexed en({"peace, and security", "peace and security"}, "en");
  EXPECT_EQ(en.find("peace security", 1), (Texts{"peace and security"}));
}

TEST(TermsMatcher, CapitalizedTermsMatchCapitalizedWordsOnly) {
  // "Илия" and "или" share the stem "ил".
  Indexed doc({"Илия сказал: или я, или ты.", "И пошел Илия.", "Господь сказал Илии."}, "ru");
  EXPECT_EQ(doc.find("Илия"), (Texts{"Илия", "Илия", "Илии"}));
  EXPECT_EQ(doc.find("или"), (Texts{"или", "или"}));
}

TEST(TermsMatcher, LowercaseTermsMatchAnyCase) {
  Indexed doc({"Inspections on the spot.", "The inspection was refused.", "INSPECTIONS!"}, "en");
  EXPECT_EQ(doc.find("inspections"), (Texts{"Inspections", "inspection", "INSPECTIONS"}));
}

TEST(TermsMatcher, AllowsTheGivenGapInsideMultiwordTerms) {
  Indexed doc(
      {"espionage inspections", "espionage type inspections", "espionage and other inspections"},
      "en");
  EXPECT_EQ(doc.find("espionage inspections", 0), (Texts{"espionage inspections"}));
  EXPECT_EQ(doc.find("espionage inspections", 1),
            (Texts{"espionage inspections", "espionage type inspections"}));
  EXPECT_EQ(doc.find("espionage inspections", 2).size(), 3U);
}

TEST(TermsMatcher, DoesNotMatchAcrossPunctuationTokensOrSentences) {
  Indexed doc({"peace (security) peace; security", "peace", "security"}, "en");
  EXPECT_TRUE(doc.find("peace security", 2).empty());
}

TEST(TermsMatcher, OccurrencesDoNotOverlap) {
  Indexed doc({"very very very good"}, "en");
  EXPECT_EQ(doc.find("very very", 0), (Texts{"very very"}));
}

TEST(TermsMatcher, UnknownWordsMatchNothing) {
  Indexed doc({"Совет Безопасности."}, "ru");
  EXPECT_TRUE(doc.find("Совет Опеки").empty());
  EXPECT_TRUE(doc.find("").empty());
}

}  // namespace
}  // namespace parallax
