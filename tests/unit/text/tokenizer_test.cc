#include "text/tokenizer.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace parallax::text {
namespace {

std::vector<std::string> folded(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  out.reserve(tokens.size());
  for (const Token& token : tokens) {
    out.push_back(token.folded);
  }
  return out;
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

TEST(Tokenizer, WordsAreFoldedStemmedAndTransliterated) {
  Tokenizer tokenizer("ru");
  const std::string_view text = "Инспекции ГАРОЛЬДА Макмиллана";
  const std::vector<Token> tokens = tokenizer.tokenize(text, 100);
  ASSERT_EQ(tokens.size(), 3U);
  EXPECT_EQ(tokens[0].kind, TokenKind::Word);
  EXPECT_EQ(tokens[0].span, (Span{100, 100 + 18}));
  EXPECT_EQ(text.substr(tokens[2].span.begin - 100, tokens[2].span.size()), "Макмиллана");
  EXPECT_EQ(tokens[0].folded, "инспекции");
  EXPECT_EQ(tokens[1].folded, "гарольда");
  EXPECT_EQ(tokens[2].latin, "makmillana");
}

TEST(Tokenizer, RussianStemsMatchAcrossInflections) {
  Tokenizer tokenizer("ru");
  EXPECT_EQ(tokenizer.stem("инспекции"), tokenizer.stem("инспекций"));
  EXPECT_EQ(tokenizer.stem("правительство"), tokenizer.stem("правительства"));
  EXPECT_EQ(tokenizer.language(), "ru");
}

TEST(Tokenizer, EnglishStemsMatchAcrossInflections) {
  Tokenizer tokenizer("en");
  EXPECT_EQ(tokenizer.stem("inspection"), tokenizer.stem("inspections"));
  const std::vector<Token> tokens = tokenizer.tokenize("Inspections");
  ASSERT_EQ(tokens.size(), 1U);
  EXPECT_EQ(tokens[0].stem, tokenizer.stem("inspection"));
}

TEST(Tokenizer, StemmersExistForMainLanguages) {
  for (const char* language : {"ru", "en", "de", "fr", "es", "it", "pt", "nl", "sv"}) {
    Tokenizer tokenizer(language);
    const std::vector<Token> tokens = tokenizer.tokenize("nations");
    ASSERT_EQ(tokens.size(), 1U) << language;
  }
  Tokenizer german("de");
  EXPECT_EQ(german.stem("häuser"), german.stem("häusern"));
}

TEST(Tokenizer, UnknownLanguageDoesNotStem) {
  Tokenizer tokenizer("xx");
  EXPECT_EQ(tokenizer.stem("inspections"), "inspections");
  Tokenizer none("");
  EXPECT_EQ(none.tokenize("Inspections")[0].stem, "inspections");
}

TEST(Tokenizer, Transliterates) {
  Tokenizer tokenizer("ru");
  EXPECT_EQ(tokenizer.to_latin(tokenizer.fold("Макмиллан")), "makmillan");
  EXPECT_EQ(tokenizer.to_latin("größe"), "grosse");
  const std::string sahara = tokenizer.to_latin("сахара");
  EXPECT_TRUE(is_ascii(sahara)) << sahara;
  EXPECT_EQ(sahara.substr(0, 2), "sa");
  EXPECT_EQ(tokenizer.to_latin("hello"), "hello");
}

TEST(Tokenizer, FoldsWithNfkcAndCaseFolding) {
  Tokenizer tokenizer("de");
  EXPECT_EQ(tokenizer.fold("STRASSE"), "strasse");
  EXPECT_EQ(tokenizer.fold("Straße"), "strasse");
  EXPECT_EQ(tokenizer.fold("ﬁne"), "fine");
  EXPECT_EQ(tokenizer.fold("ΣΟΦΙΑ"), "σοφια");
}

TEST(Tokenizer, NumbersAreNormalized) {
  Tokenizer tokenizer("ru");
  const std::vector<Token> tokens =
      tokenizer.tokenize("1 000 рублей, 1,000 dollars, 1000 и 3,5 или 3.5; в 1963 500 человек");
  std::vector<std::string> numbers;
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::Number) {
      numbers.push_back(token.folded);
      EXPECT_EQ(token.stem, token.folded);
      EXPECT_EQ(token.latin, token.folded);
    }
  }
  EXPECT_EQ(numbers,
            (std::vector<std::string>{"1000", "1000", "1000", "3.5", "3.5", "1963", "500"}));
  EXPECT_EQ(tokens[0].span, (Span{0, 5}));
}

TEST(Tokenizer, JoinsGroupsAcrossNoBreakSpaces) {
  Tokenizer tokenizer("fr");
  const std::vector<Token> tokens = tokenizer.tokenize("12\u00A0345\u202F678,5 euros");
  ASSERT_EQ(tokens.size(), 2U);
  EXPECT_EQ(tokens[0].kind, TokenKind::Number);
  EXPECT_EQ(tokens[0].folded, "12345678.5");
}

TEST(Tokenizer, PunctuationTokens) {
  Tokenizer tokenizer("ru");
  const std::string_view text = "«Иди!» — сказал он (тихо): „да“ - нет; well-known 1963–1964, [x]?";
  const std::vector<Token> tokens = tokenizer.tokenize(text);
  std::vector<std::string> marks;
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::Punct) {
      marks.push_back(token.folded);
    }
  }
  EXPECT_EQ(marks, (std::vector<std::string>{"\"", "!", "\"", "-", "(", ")", ":", "\"", "\"", "-",
                                             ";", "[", "]", "?"}));
  EXPECT_EQ(folded(tokenizer.tokenize("well-known")), (std::vector<std::string>{"well", "known"}));
  EXPECT_EQ(folded(tokenizer.tokenize("tests—and")),
            (std::vector<std::string>{"tests", "-", "and"}));
}

TEST(Tokenizer, ChineseGivesSeveralWords) {
  Tokenizer tokenizer("zh");
  const std::vector<Token> tokens = tokenizer.tokenize("联合国宪章是一项国际条约。");
  size_t words = 0;
  for (const Token& token : tokens) {
    words += token.kind == TokenKind::Word ? 1 : 0;
  }
  EXPECT_GE(words, 3U);
  EXPECT_TRUE(is_ascii(tokens[0].latin));
}

TEST(Tokenizer, EmptyTextGivesNoTokens) {
  Tokenizer tokenizer("en");
  EXPECT_TRUE(tokenizer.tokenize("").empty());
  EXPECT_TRUE(tokenizer.tokenize(" ,. \n").empty());
}

TEST(Tokenizer, IsMovable) {
  Tokenizer a("ru");
  Tokenizer b(std::move(a));
  EXPECT_EQ(b.language(), "ru");
  Tokenizer c("en");
  c = std::move(b);
  EXPECT_EQ(c.tokenize("инспекции")[0].stem, c.stem("инспекций"));
}

}  // namespace
}  // namespace parallax::text
