#include "terms/word_classes.h"

#include <string>

#include <gtest/gtest.h>

namespace parallax::terms {
namespace {

// Past tense, participles, gerunds and the second person are verb forms: the old rule knew
// only infinitives, reflexives and the present ("увидел", "сделали" were proposed).
TEST(WordClasses, RussianVerbFormsInEveryTense) {
  for (const std::string word :
       {"сказал", "увидел", "сделали", "родила", "пошли", "могла", "обратились", "пришедший",
        "увидевшие", "оставивши", "знаешь", "дайте", "угрожать", "уполномочивается", "съесть"}) {
    EXPECT_TRUE(verb_form("ru", word)) << word;
  }
}

// Nouns ending like a past tense are listed; abstract nouns in "-сть" are no infinitives.
TEST(WordClasses, RussianNounsAreNotVerbForms) {
  for (const std::string word :
       {"дело", "дела", "ангел", "цели", "правила", "сила", "начала", "совет", "часть",
        "ответственность", "земли", "человека", "братьям", "престола", "протокол"}) {
    EXPECT_FALSE(verb_form("ru", word)) << word;
  }
  EXPECT_FALSE(verb_form("en", "armed"));
  EXPECT_FALSE(verb_form("de", "sagte"));
}

TEST(WordClasses, AbstractNounsAreTheLowercaseTerms) {
  for (const std::string word : {"рекомендации", "государства", "ответственность", "соглашений",
                                 "развитие", "функций", "колониализма"}) {
    EXPECT_TRUE(abstract_noun("ru", word)) << word;
  }
  for (const std::string word :
       {"человека", "братьям", "условий", "последний", "вопросам", "господина"}) {
    EXPECT_FALSE(abstract_noun("ru", word)) << word;
  }
  for (const std::string word : {"inspections", "negotiation", "agreement", "security"}) {
    EXPECT_TRUE(abstract_noun("en", word)) << word;
  }
  for (const std::string word : {"representatives", "possible", "nuclear", "talks"}) {
    EXPECT_FALSE(abstract_noun("en", word)) << word;
  }
  EXPECT_FALSE(abstract_noun("de", "verhandlung"));
  EXPECT_TRUE(knows_word_classes("ru"));
  EXPECT_FALSE(knows_word_classes("de"));
}

// A dative after a word that does not agree with it is a verb's object after its subject.
TEST(WordClasses, RussianCaseBreakBetweenSubjectAndObject) {
  EXPECT_TRUE(clause_break("ru", "давид", "саулу"));
  EXPECT_TRUE(clause_break("ru", "господь", "моисею"));
  EXPECT_FALSE(clause_break("ru", "совету", "безопасности"));
  EXPECT_FALSE(clause_break("ru", "объединенным", "нациям"));
  EXPECT_FALSE(clause_break("ru", "чашу", "фараонову"));
  EXPECT_FALSE(clause_break("ru", "генеральную", "ассамблею"));
  EXPECT_FALSE(clause_break("de", "david", "saulu"));
  EXPECT_TRUE(clause_break("en", "representatives", "demanded"));
  EXPECT_FALSE(clause_break("en", "armed", "forces"));
}

// An adjective before a preposition governs it; before a conjunction it continues.
TEST(WordClasses, RussianAdjectiveBeforeAPrepositionIsAPredicate) {
  EXPECT_TRUE(predicate_before("ru", "необходимые", "для"));
  EXPECT_TRUE(predicate_before("ru", "указанных", "в"));
  EXPECT_TRUE(predicate_before("ru", "относящихся", "к"));
  EXPECT_FALSE(predicate_before("ru", "присутствующих", "и"));
  EXPECT_FALSE(predicate_before("ru", "совет", "по"));
  EXPECT_FALSE(predicate_before("ru", "соглашений", "об"));
  EXPECT_FALSE(predicate_before("ru", "ассамблеей", "по"));
  EXPECT_FALSE(predicate_before("en", "necessary", "for"));
  EXPECT_TRUE(predicate_before("en", "taking", "into"));
  EXPECT_FALSE(predicate_before("en", "meeting", "of"));
}

}  // namespace
}  // namespace parallax::terms
