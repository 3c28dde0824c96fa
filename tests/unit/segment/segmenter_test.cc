#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/errors.h>
#include <parallax/read.h>
#include <parallax/segment.h>

namespace parallax {
namespace {

Document segment_text(std::string_view text, const SegmentOptions& options = {}) {
  ReadOptions read;
  return segment(decode_text(text, "in.txt", read), "in.txt", options);
}

std::vector<std::string> sentences(const Document& document) {
  std::vector<std::string> out;
  for (size_t i = 0; i < document.sentences.size(); ++i) {
    out.emplace_back(document.sentence_text(i));
  }
  return out;
}

struct SegmentCase {
  const char* name;
  const char* language;
  std::string_view text;
  std::vector<std::string> expected;
};

class Segmentation : public testing::TestWithParam<SegmentCase> {};

TEST_P(Segmentation, SplitsSentences) {
  SegmentOptions options;
  options.language = GetParam().language;
  EXPECT_EQ(sentences(segment_text(GetParam().text, options)), GetParam().expected);
}

const std::vector<SegmentCase> kSegmentCases = {
    {"Plain",
     "en",
     "One sentence. Another one! A third?",
     {"One sentence.", "Another one!", "A third?"}},
    {"MrPresident",
     "en",
     "Mr. President, I agree. Dr. Smith left.",
     {"Mr. President, I agree.", "Dr. Smith left."}},
    {"Initials",
     "en",
     "He met H. Macmillan and N. Khrushchev. They talked.",
     {"He met H. Macmillan and N. Khrushchev.", "They talked."}},
    {"UsUssr",
     "en",
     "The U.S. Government and the U.S.S.R. Government agreed. Then they signed.",
     {"The U.S. Government and the U.S.S.R. Government agreed.", "Then they signed."}},
    {"EgIeEtc",
     "en",
     "Some states, e.g. Britain, i.e. the U.K., etc. were there. Others not.",
     {"Some states, e.g. Britain, i.e. the U.K., etc. were there.", "Others not."}},
    {"EtcAtEnd",
     "en",
     "Guns, tanks, etc. The rest was sold.",
     {"Guns, tanks, etc.", "The rest was sold."}},
    {"NumberSign",
     "en",
     "See No. 5 of the list. It is short.",
     {"See No. 5 of the list.", "It is short."}},
    {"YearMidSentence",
     "ru",
     "В 1963 г. в Москве был подписан договор. Он вступил в силу.",
     {"В 1963 г. в Москве был подписан договор.", "Он вступил в силу."}},
    {"YearAtEnd",
     "ru",
     "Договор подписан в 1963 г. Он вступил в силу.",
     {"Договор подписан в 1963 г.", "Он вступил в силу."}},
    {"CityAbbreviation",
     "ru",
     "Встреча прошла в г. Москве. Было тепло.",
     {"Встреча прошла в г. Москве.", "Было тепло."}},
    {"Years",
     "ru",
     "В 1962–1963 гг. в Женеве шли переговоры. Они были трудными.",
     {"В 1962–1963 гг. в Женеве шли переговоры.", "Они были трудными."}},
    {"TeTd",
     "ru",
     "Оружие, т.е. ракеты, т. е. бомбы, самолеты и т. д. запрещены. Так решили.",
     {"Оружие, т.е. ракеты, т. е. бомбы, самолеты и т. д. запрещены.", "Так решили."}},
    {"TpAtEnd",
     "ru",
     "Ракеты, бомбы и т.п. Все это запрещено.",
     {"Ракеты, бомбы и т.п.", "Все это запрещено."}},
    {"ImSmSt",
     "ru",
     "Завод им. Ленина, см. Приложение, ст. 5 Устава. Конец.",
     {"Завод им. Ленина, см. Приложение, ст. 5 Устава.", "Конец."}},
    {"RussianInitials",
     "ru",
     "Письмо подписал Н. С. Хрущев. Ответ пришел позже.",
     {"Письмо подписал Н. С. Хрущев.", "Ответ пришел позже."}},
    {"ListItemDot",
     "en",
     "1. The Members shall settle disputes. They shall refrain.",
     {"1. The Members shall settle disputes.", "They shall refrain."}},
    {"ListItemParen",
     "ru",
     "2) Члены Организации разрешают споры мирными средствами.",
     {"2) Члены Организации разрешают споры мирными средствами."}},
    {"LowerCaseAfterPeriod",
     "en",
     "The vol. was heavy. he said no.",
     {"The vol. was heavy. he said no."}},
    {"DialogueGuillemets",
     "ru",
     "«Иди!» — сказал он. Она ушла.",
     {"«Иди!» — сказал он.", "Она ушла."}},
    {"DialogueLowQuotes",
     "ru",
     "„Кто там?“ — спросила она. Никто не ответил.",
     {"„Кто там?“ — спросила она.", "Никто не ответил."}},
    {"DialogueDashLine",
     "ru",
     "— Иди! — сказал он. — Не пойду.",
     {"— Иди! — сказал он.", "— Не пойду."}},
    {"Chinese",
     "zh",
     "联合国宪章是一项国际条约。它于1945年签署。",
     {"联合国宪章是一项国际条约。", "它于1945年签署。"}},
};

INSTANTIATE_TEST_SUITE_P(Cases,
                         Segmentation,
                         testing::ValuesIn(kSegmentCases),
                         [](const testing::TestParamInfo<SegmentCase>& param) {
                           return std::string(param.param.name);
                         });

TEST(Segment, LineBreakParagraphsAndLines) {
  const Document document = segment_text("First one. Second one.\n\nThird one.\nFourth one.\n");
  ASSERT_EQ(document.sentences.size(), 4U);
  EXPECT_EQ(document.paragraph_count, 3U);
  EXPECT_EQ(document.sentences[1].paragraph, 0U);
  EXPECT_EQ(document.sentences[2].paragraph, 1U);
  EXPECT_EQ(document.sentences[3].paragraph, 2U);
  EXPECT_EQ(document.sentences[0].line, 1U);
  EXPECT_EQ(document.sentences[2].line, 3U);
  EXPECT_EQ(document.sentences[3].line, 4U);
  EXPECT_EQ(document.language, "en");
  EXPECT_EQ(document.encoding, "UTF-8");
  EXPECT_EQ(document.source_name, "in.txt");
}

TEST(Segment, BlankLineParagraphsJoinWrappedLines) {
  SegmentOptions options;
  options.paragraph_break = ParagraphBreak::BlankLine;
  const Document document = segment_text(
      "The Government of the\nUnited States agreed. It\nsigned.\n\n\n  Next paragraph.\n", options);
  EXPECT_EQ(sentences(document),
            (std::vector<std::string>{"The Government of the\nUnited States agreed.", "It\nsigned.",
                                      "Next paragraph."}));
  EXPECT_EQ(document.paragraph_count, 2U);
  EXPECT_EQ(document.sentences[1].line, 2U);
  EXPECT_EQ(document.sentences[2].line, 6U);
  EXPECT_EQ(document.sentences[2].paragraph, 1U);
}

TEST(Segment, SentencesNeverCrossParagraphs) {
  SegmentOptions options;
  options.language = "en";
  // No final period in the first paragraph and a lower-case start of the second.
  EXPECT_EQ(sentences(segment_text("A heading\nand a line.\n", options)),
            (std::vector<std::string>{"A heading", "and a line."}));
}

TEST(Segment, CrlfInputKeepsOriginalLineNumbers) {
  const Document document = segment_text("One.\r\n\r\nTwo.\rThree.\r\n");
  ASSERT_EQ(document.sentences.size(), 3U);
  EXPECT_EQ(document.sentences[1].line, 3U);
  EXPECT_EQ(document.sentences[2].line, 4U);
}

TEST(Segment, LinesModeKeepsLinesExactly) {
  SegmentOptions options;
  options.lines = true;
  const Document document = segment_text("  First. Second.\nThird\nlast without newline", options);
  EXPECT_EQ(sentences(document),
            (std::vector<std::string>{"  First. Second.", "Third", "last without newline"}));
  EXPECT_EQ(document.sentences[2].line, 3U);
  EXPECT_EQ(segment_text("a\nb\n", options).sentences.size(), 2U);
}

TEST(Segment, LinesModeEmptyLineFails) {
  SegmentOptions options;
  options.lines = true;
  try {
    segment_text("one\ntwo\n\nfour\n", options);
    FAIL() << "no InputError";
  } catch (const InputError& error) {
    EXPECT_EQ(error.line, 3U);
    EXPECT_EQ(error.message, "empty line in --lines input (remove it, or use --allow-empty-lines)");
  }
}

TEST(Segment, LinesModeEmptyLineWarnsOrIsIgnored) {
  SegmentOptions options;
  options.lines = true;
  options.on_empty_line = OnAnomaly::Warn;
  std::vector<Diagnostic> diagnostics;
  options.on_diagnostic = [&](const Diagnostic& d) { diagnostics.push_back(d); };
  const Document warned = segment_text("one\n\nthree\n", options);
  EXPECT_EQ(sentences(warned), (std::vector<std::string>{"one", "", "three"}));
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics[0].line, 2U);
  EXPECT_EQ(diagnostics[0].source, "in.txt");
  options.on_empty_line = OnAnomaly::Ignore;
  diagnostics.clear();
  EXPECT_EQ(segment_text("one\n\nthree\n", options).sentences.size(), 3U);
  EXPECT_TRUE(diagnostics.empty());
}

TEST(Segment, BlankTextHasNoSentences) {
  try {
    segment_text(" \n\n\t\n");
    FAIL() << "no InputError";
  } catch (const InputError& error) {
    EXPECT_NE(error.message.find("no sentences"), std::string::npos);
  }
}

TEST(Segment, SpansAreTrimmedOrderedAndInside) {
  const Document document = segment_text("  Одно.   Два!  \n\n   Три?  ");
  EXPECT_EQ(sentences(document), (std::vector<std::string>{"Одно.", "Два!", "Три?"}));
  for (size_t i = 1; i < document.sentences.size(); ++i) {
    EXPECT_LE(document.sentences[i - 1].span.end, document.sentences[i].span.begin);
  }
  EXPECT_EQ(document.language, "ru");
}

TEST(SegmentOptions, RejectsBadLanguage) {
  SegmentOptions options;
  options.language = "Russian";
  EXPECT_THROW(options.validate(), OptionError);
  options.language = "pt-BR";
  EXPECT_NO_THROW(options.validate());
}

// A text without sentence punctuation comes out as a few huge "sentences"; segment warns about
// the first one longer than kLongSentenceChars, at its line (issue #14: an 11k-character line
// was one sentence, silently).
std::vector<Diagnostic> segment_diagnostics(const std::string& text, bool lines = false) {
  SegmentOptions options;
  options.language = "en";
  options.lines = lines;
  std::vector<Diagnostic> diagnostics;
  options.on_diagnostic = [&](const Diagnostic& d) { diagnostics.push_back(d); };
  segment_text(text, options);
  return diagnostics;
}

std::string repeated(std::string_view part, size_t times) {
  std::string out;
  for (size_t k = 0; k < times; ++k) {
    out += part;
  }
  return out;
}

TEST(LongSentences, ALineWithoutPunctuationIsWarnedAtItsLine) {
  const std::string unpunctuated = repeated("word ", 2200);  // 10999 characters once trimmed
  const auto diagnostics = segment_diagnostics("A short one. Another.\n" + unpunctuated + "\n");
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
  EXPECT_EQ(diagnostics[0].source, "in.txt");
  EXPECT_EQ(diagnostics[0].line, 2U);
  EXPECT_EQ(diagnostics[0].message,
            "a sentence of 10999 characters with no sentence-ending punctuation (is this text "
            "segmented? parallax ends sentences at . ! ? and the like, and such a sentence aligns "
            "only as a whole: add the punctuation, or put one sentence per line and pass --lines)");
}

TEST(LongSentences, CharactersAreCountedNotBytes) {
  // 2000 characters in 3500 bytes (Cyrillic letters take two): at the limit, no warning.
  const std::string at_limit = repeated("яяя ", 499) + "яяя.";
  ASSERT_EQ(at_limit.size(), 3500U);
  EXPECT_TRUE(segment_diagnostics(at_limit + "\n").empty());
  const auto over = segment_diagnostics(repeated("яяя ", 499) + "яяяя.\n");
  ASSERT_EQ(over.size(), 1U);
  EXPECT_EQ(over[0].message.rfind("a sentence of 2001 characters", 0), 0U) << over[0].message;
}

TEST(LongSentences, OneWarningCountsTheOthersAndNamesSuppressedBreaks) {
  // Periods after abbreviations do not end a sentence: "no sentence break", not "no punctuation".
  const std::string abbreviations = repeated("Mr. Smith and ", 200) + "Mr. Jones left.";
  const auto diagnostics =
      segment_diagnostics(abbreviations + "\n" + repeated("word ", 500) + "\n");
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics[0].line, 1U);
  EXPECT_EQ(diagnostics[0].message.rfind(
                "a sentence of 2815 characters with no sentence break (and 1 more over 2000 "
                "characters) (is this text segmented?",
                0),
            0U)
      << diagnostics[0].message;
}

TEST(LongSentences, LinesModeAdvisesLeavingLinesOut) {
  const auto diagnostics =
      segment_diagnostics("Short.\n" + repeated("Long one. ", 300) + "\n", true);
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics[0].line, 2U);
  EXPECT_EQ(
      diagnostics[0].message,
      "a line of 3000 characters taken for one sentence (is this text segmented? With --lines "
      "each line is one sentence: leave --lines out to split the lines into sentences)");
}

TEST(LongSentences, DecodingWarningsComeFirst) {
  // segment() reports the warnings of decode_text (a stray byte read as windows-1251) too.
  const auto diagnostics = segment_diagnostics("A stray \xFF here.\n" + repeated("word ", 500));
  ASSERT_EQ(diagnostics.size(), 2U);
  EXPECT_EQ(diagnostics[0].message.rfind("byte 0xFF (column 9) is not valid UTF-8", 0), 0U)
      << diagnostics[0].message;
  EXPECT_EQ(diagnostics[1].line, 2U);
}

TEST(LongSentences, OrdinaryTextGivesNoWarning) {
  EXPECT_TRUE(segment_diagnostics(repeated("A sentence of some words. ", 400)).empty());
}

struct LanguageCase {
  std::string_view text;
  std::string_view language;
};

TEST(DetectLanguage, ByScriptAndStopWords) {
  const std::vector<LanguageCase> cases = {
      {"Правительство Союза Советских Социалистических Республик", "ru"},
      {"The Government of the United States of America and the Soviet Union", "en"},
      {"Die Regierung der Vereinigten Staaten und die Sowjetunion ist nicht", "de"},
      {"Le gouvernement des États-Unis et les Soviétiques est dans la salle", "fr"},
      {"El gobierno de los Estados Unidos y la Unión Soviética", "es"},
      {"Il governo degli Stati Uniti e della Unione Sovietica sono", "it"},
      {"联合国宪章是一项国际条约", "zh"},
      {"これは日本語のテキストです", "ja"},
      {"대한민국 헌법", "ko"},
      {"Η κυβέρνηση της Ελλάδας", "el"},
      {"Xyzzy plugh", "en"},
      {"12345 !!!", ""},
  };
  for (const LanguageCase& c : cases) {
    EXPECT_EQ(detect_language(c.text), c.language) << c.text;
  }
}

}  // namespace
}  // namespace parallax
