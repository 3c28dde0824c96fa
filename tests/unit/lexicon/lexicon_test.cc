// Lexicon: the TSV reader (header, defaults, weights, every malformed-line path with the line
// and column it reports), reversed() and combine().
#include <array>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/errors.h>
#include <parallax/lexicon.h>

namespace parallax {
namespace {

LexiconReadOptions options_with(std::string source,
                                std::string target,
                                OnAnomaly on_malformed = OnAnomaly::Fail) {
  LexiconReadOptions options;
  options.source_language = std::move(source);
  options.target_language = std::move(target);
  options.on_malformed_line = on_malformed;
  return options;
}

Lexicon read(std::string_view text, const LexiconReadOptions& options) {
  std::istringstream in{std::string(text)};
  return Lexicon::read_tsv(in, "test.tsv", options);
}

// Reads `text` expecting an InputError; returns it.
InputError read_error(std::string_view text, const LexiconReadOptions& options) {
  try {
    read(text, options);
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "no InputError for:\n" << text;
  return {"", 0, 0, ""};
}

TEST(Lexicon, ReadsHeaderAndEntries) {
  const Lexicon lexicon = read(
      "# parallax-lexicon source=ru target=en\n"
      "совет\tcouncil\n"
      "Генеральная Ассамблея\tGeneral Assembly\n",
      LexiconReadOptions{});
  EXPECT_EQ(lexicon.source_language(), "ru");
  EXPECT_EQ(lexicon.target_language(), "en");
  ASSERT_EQ(lexicon.entries().size(), 2U);
  EXPECT_EQ(lexicon.entries()[0].source, "совет");
  EXPECT_EQ(lexicon.entries()[0].target, "council");
  EXPECT_FLOAT_EQ(lexicon.entries()[0].weight, 1.0F);
  EXPECT_EQ(lexicon.entries()[1].source, "Генеральная Ассамблея");
  EXPECT_EQ(lexicon.entries()[1].target, "General Assembly");
}

TEST(Lexicon, HeaderOverridesOptionLanguages) {
  const Lexicon lexicon =
      read("\n# parallax-lexicon source=EN target=Ru\nmir\tмир\n", options_with("de", "fr"));
  EXPECT_EQ(lexicon.source_language(), "en");
  EXPECT_EQ(lexicon.target_language(), "ru");
}

TEST(Lexicon, UsesOptionLanguagesWithoutHeader) {
  const Lexicon lexicon = read("Haus\tmaison\n", options_with("de", "fr"));
  EXPECT_EQ(lexicon.source_language(), "de");
  EXPECT_EQ(lexicon.target_language(), "fr");
  ASSERT_EQ(lexicon.entries().size(), 1U);
}

TEST(Lexicon, HeaderCountsOnlyOnTheFirstNonBlankLine) {
  // The tag on a later line is an ordinary comment, so the languages come from the options.
  const Lexicon lexicon = read("# my words\n# parallax-lexicon source=en target=ru\npeace\tмир\n",
                               options_with("ru", "en"));
  EXPECT_EQ(lexicon.source_language(), "ru");
  EXPECT_EQ(lexicon.target_language(), "en");
}

TEST(Lexicon, UnknownLanguagesAreAnInputErrorForTheWholeFile) {
  const InputError error = read_error("peace\tмир\n", LexiconReadOptions{});
  EXPECT_EQ(error.source, "test.tsv");
  EXPECT_EQ(error.line, 0U);
  EXPECT_EQ(error.column, 0U);
  EXPECT_NE(error.message.find("unknown languages"), std::string::npos);
  EXPECT_NE(error.message.find("--from/--to"), std::string::npos);
}

TEST(Lexicon, SkipsCommentsBlankLinesAndCarriageReturns) {
  const Lexicon lexicon = read(
      "# parallax-lexicon source=ru target=en\r\n"
      "\r\n"
      "# a comment\tnot an entry\r\n"
      "   \t \r\n"
      "мир\tpeace\r\n",
      LexiconReadOptions{});
  ASSERT_EQ(lexicon.entries().size(), 1U);
  EXPECT_EQ(lexicon.entries()[0].target, "peace");
}

TEST(Lexicon, ReadsWeightsAndTrimsSpaces) {
  const Lexicon lexicon = read(
      "Устав \t Charter\t0.25\n"
      "мир\tpeace\t1\n"
      "мир\tworld\t 1e-1 \n",
      options_with("ru", "en"));
  ASSERT_EQ(lexicon.entries().size(), 3U);
  EXPECT_EQ(lexicon.entries()[0].source, "Устав");
  EXPECT_EQ(lexicon.entries()[0].target, "Charter");
  EXPECT_FLOAT_EQ(lexicon.entries()[0].weight, 0.25F);
  EXPECT_FLOAT_EQ(lexicon.entries()[1].weight, 1.0F);
  EXPECT_FLOAT_EQ(lexicon.entries()[2].weight, 0.1F);
}

TEST(Lexicon, AcceptsAByteOrderMarkBeforeTheHeader) {
  const Lexicon lexicon = read("\xEF\xBB\xBF# parallax-lexicon source=de target=fr\nHaus\tmaison\n",
                               LexiconReadOptions{});
  EXPECT_EQ(lexicon.source_language(), "de");
  ASSERT_EQ(lexicon.entries().size(), 1U);
  EXPECT_EQ(lexicon.entries()[0].source, "Haus");
}

// One malformed line, placed on line 3 after a good entry, and the column it must report.
struct MalformedCase {
  std::string_view name;
  std::string_view line;
  uint32_t column;
  std::string_view message_part;
};

// Columns are 1-based bytes: "мир" is 6 bytes, so its TAB is byte 7 and the target starts at 8.
constexpr std::array<MalformedCase, 13> kMalformedCases{{
    {"NoTab", "мир peace", 1, "no TAB"},
    {"EmptySource", "\tpeace", 1, "empty source"},
    {"SpacesOnlySource", "  \tpeace", 1, "empty source"},
    {"EmptyTarget", "мир\t", 8, "empty target"},
    {"EmptyTargetBeforeWeight", "мир\t\t0.5", 8, "empty target"},
    {"WeightNotANumber", "мир\tpeace\thigh", 14, "weight 'high'"},
    {"WeightZero", "мир\tpeace\t0", 14, "weight '0'"},
    {"WeightAboveOne", "мир\tpeace\t1.5", 14, "weight '1.5'"},
    {"WeightNegative", "мир\tpeace\t-0.5", 14, "weight '-0.5'"},
    {"WeightNotFinite", "мир\tpeace\tnan", 14, "weight 'nan'"},
    {"WeightWithTrailingText", "мир\tpeace\t0.5x", 14, "weight '0.5x'"},
    {"WeightEmpty", "мир\tpeace\t", 14, "weight ''"},
    {"TooManyFields", "мир\tpeace\t0.5\tx", 17, "more than three"},
}};

class MalformedLine : public testing::TestWithParam<MalformedCase> {};

std::string malformed_text(const MalformedCase& c) {
  return "# parallax-lexicon source=ru target=en\nвойна\twar\n" + std::string(c.line) +
         "\nмир\tworld\n";
}

TEST_P(MalformedLine, FailNamesTheLineAndColumn) {
  const MalformedCase& c = GetParam();
  const InputError error = read_error(malformed_text(c), LexiconReadOptions{});
  EXPECT_EQ(error.source, "test.tsv");
  EXPECT_EQ(error.line, 3U);
  EXPECT_EQ(error.column, c.column);
  EXPECT_NE(error.message.find(c.message_part), std::string::npos) << error.message;
  EXPECT_NE(std::string(error.what()).find("test.tsv:3:"), std::string::npos) << error.what();
}

TEST_P(MalformedLine, WarnReportsTheLineAndSkipsIt) {
  const MalformedCase& c = GetParam();
  std::vector<Diagnostic> diagnostics;
  LexiconReadOptions options;
  options.on_malformed_line = OnAnomaly::Warn;
  options.on_diagnostic = [&diagnostics](const Diagnostic& d) { diagnostics.push_back(d); };
  const Lexicon lexicon = read(malformed_text(c), options);
  ASSERT_EQ(lexicon.entries().size(), 2U);
  EXPECT_EQ(lexicon.entries()[0].target, "war");
  EXPECT_EQ(lexicon.entries()[1].target, "world");
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
  EXPECT_EQ(diagnostics[0].source, "test.tsv");
  EXPECT_EQ(diagnostics[0].line, 3U);
  EXPECT_NE(diagnostics[0].message.find(c.message_part), std::string::npos);
}

TEST_P(MalformedLine, IgnoreSkipsItSilently) {
  const MalformedCase& c = GetParam();
  int calls = 0;
  LexiconReadOptions options;
  options.on_malformed_line = OnAnomaly::Ignore;
  options.on_diagnostic = [&calls](const Diagnostic&) { ++calls; };
  const Lexicon lexicon = read(malformed_text(c), options);
  EXPECT_EQ(lexicon.entries().size(), 2U);
  EXPECT_EQ(calls, 0);
}

INSTANTIATE_TEST_SUITE_P(Lexicon,
                         MalformedLine,
                         testing::ValuesIn(kMalformedCases),
                         [](const testing::TestParamInfo<MalformedCase>& param) {
                           return std::string(param.param.name);
                         });

TEST(Lexicon, WarnWithoutCallbackStillSkips) {
  const Lexicon lexicon =
      read("мир peace\nмир\tpeace\n", options_with("ru", "en", OnAnomaly::Warn));
  EXPECT_EQ(lexicon.entries().size(), 1U);
}

TEST(Lexicon, HeaderWithoutLanguagesIsMalformed) {
  const InputError error =
      read_error("\n# parallax-lexicon source=ru\nмир\tpeace\n", options_with("ru", "en"));
  EXPECT_EQ(error.line, 2U);
  EXPECT_EQ(error.column, 1U);
  EXPECT_NE(error.message.find("source= and target="), std::string::npos);
  // Ignored, the languages fall back to the options.
  const Lexicon lexicon = read("# parallax-lexicon target=en\nмир\tpeace\n",
                               options_with("ru", "en", OnAnomaly::Ignore));
  EXPECT_EQ(lexicon.source_language(), "ru");
  EXPECT_EQ(lexicon.entries().size(), 1U);
}

TEST(Lexicon, InvalidUtf8NamesLineAndByteColumn) {
  const InputError error = read_error(
      "война\twar\nмир\tp\x80"
      "ace\n",
      options_with("ru", "en"));
  // "мир" is 6 bytes, the TAB 1, "p" 1: the bad byte is the 9th.
  EXPECT_EQ(error.line, 2U);
  EXPECT_EQ(error.column, 9U);
  EXPECT_NE(error.message.find("UTF-8"), std::string::npos);
}

TEST(Lexicon, InvalidUtf8IsAnErrorEvenWhenMalformedLinesAreIgnored) {
  const LexiconReadOptions options = options_with("ru", "en", OnAnomaly::Ignore);
  constexpr std::array<std::string_view, 5> kBad{{
      "\xC0\xAF\tx\n",          // overlong '/'
      "\xED\xA0\x80\tx\n",      // surrogate U+D800
      "\xF4\x90\x80\x80\tx\n",  // above U+10FFFF
      "\xE2\x82\tx\n",          // truncated sequence
      "\xFF\tx\n",              // never valid
  }};
  for (const std::string_view text : kBad) {
    const InputError error = read_error(text, options);
    EXPECT_EQ(error.line, 1U);
    EXPECT_EQ(error.column, 1U);
  }
  // Four-byte characters are fine.
  EXPECT_EQ(read("\xF0\x9F\x98\x80\tx\n", options).entries().size(), 1U);
}

TEST(Lexicon, EmptyInputGivesAnEmptyLexicon) {
  const Lexicon lexicon = read("", options_with("en", "ru"));
  EXPECT_TRUE(lexicon.empty());
  EXPECT_EQ(lexicon.source_language(), "en");
}

TEST(Lexicon, ReversedSwapsSidesAndLanguages) {
  const Lexicon lexicon("ru", "en", {{"совет", "council", 0.5F}, {"мир", "peace", 1.0F}});
  const Lexicon reversed = lexicon.reversed();
  EXPECT_EQ(reversed.source_language(), "en");
  EXPECT_EQ(reversed.target_language(), "ru");
  ASSERT_EQ(reversed.entries().size(), 2U);
  EXPECT_EQ(reversed.entries()[0].source, "council");
  EXPECT_EQ(reversed.entries()[0].target, "совет");
  EXPECT_FLOAT_EQ(reversed.entries()[0].weight, 0.5F);
  EXPECT_EQ(reversed.entries()[1].source, "peace");
  EXPECT_EQ(lexicon.entries()[0].source, "совет");  // the original is unchanged
}

TEST(Lexicon, CombineTakesBothDirectionsAndIgnoresOtherPairs) {
  const std::vector<Lexicon> lexicons = {
      Lexicon("ru", "en", {{"совет", "council", 1.0F}}),
      Lexicon("de", "fr", {{"Rat", "conseil", 1.0F}}),
      Lexicon("en", "ru", {{"peace", "мир", 0.5F}}),
      Lexicon("ru", "de", {{"совет", "Rat", 1.0F}}),
  };
  const Lexicon ru_en = Lexicon::combine(lexicons, "ru", "en");
  EXPECT_EQ(ru_en.source_language(), "ru");
  EXPECT_EQ(ru_en.target_language(), "en");
  ASSERT_EQ(ru_en.entries().size(), 2U);
  EXPECT_EQ(ru_en.entries()[0].source, "совет");
  EXPECT_EQ(ru_en.entries()[0].target, "council");
  EXPECT_EQ(ru_en.entries()[1].source, "мир");
  EXPECT_EQ(ru_en.entries()[1].target, "peace");
  EXPECT_FLOAT_EQ(ru_en.entries()[1].weight, 0.5F);

  const Lexicon en_ru = Lexicon::combine(lexicons, "en", "ru");
  ASSERT_EQ(en_ru.entries().size(), 2U);
  EXPECT_EQ(en_ru.entries()[0].source, "council");
  EXPECT_EQ(en_ru.entries()[1].source, "peace");

  const Lexicon fr_de = Lexicon::combine(lexicons, "fr", "de");
  ASSERT_EQ(fr_de.entries().size(), 1U);
  EXPECT_EQ(fr_de.entries()[0].source, "conseil");

  EXPECT_TRUE(Lexicon::combine(lexicons, "en", "fr").empty());
  EXPECT_TRUE(Lexicon::combine({}, "ru", "en").empty());
}

TEST(Lexicon, CombineUsesASameLanguageLexiconOnce) {
  const std::vector<Lexicon> lexicons = {Lexicon("en", "en", {{"seek", "search", 1.0F}})};
  const Lexicon en_en = Lexicon::combine(lexicons, "en", "en");
  ASSERT_EQ(en_en.entries().size(), 1U);
  EXPECT_EQ(en_en.entries()[0].source, "seek");
}

}  // namespace
}  // namespace parallax
