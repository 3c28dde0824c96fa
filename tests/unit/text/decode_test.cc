#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <parallax/errors.h>
#include <parallax/read.h>

namespace parallax {
namespace {

// A realistic Russian paragraph (after the 1963 hotline memorandum).
constexpr std::string_view kRussian =
    "Для использования в чрезвычайных обстоятельствах Правительство Союза Советских "
    "Социалистических Республик и Правительство Соединенных Штатов Америки согласились "
    "установить линию прямой связи. Каждое правительство будет ответственно за мероприятия, "
    "связанные с этой линией связи на своей собственной территории. «Мероприятия изложены в "
    "Приложении» — сказано в тексте.\n";

// The same without « » —, which KOI8-R and CP866 lack.
constexpr std::string_view kRussianPlain =
    "Для использования в чрезвычайных обстоятельствах Правительство Союза Советских "
    "Социалистических Республик и Правительство Соединенных Штатов Америки согласились "
    "установить линию прямой связи. Каждое правительство будет ответственно за мероприятия, "
    "связанные с этой линией связи на своей собственной территории. \"Мероприятия изложены в "
    "Приложении\" - сказано в тексте.\n";

// text (UTF-8) in the given charset, converted by ICU.
std::string encode(std::string_view text, const char* charset) {
  std::string out(text.size() * 4 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length =
      ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), text.data(),
                   static_cast<int32_t>(text.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<size_t>(length));
  return out;
}

DecodedText decode(std::string_view bytes, std::string encoding = {}) {
  ReadOptions options;
  options.encoding = std::move(encoding);
  return decode_text(bytes, "in.txt", options);
}

// The InputError thrown by decoding bytes; fails the test if none is thrown.
InputError decode_error(std::string_view bytes, const ReadOptions& options = {}) {
  try {
    decode_text(bytes, "in.txt", options);
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "no InputError";
  return {"", 0, 0, ""};
}

TEST(DecodeText, ValidUtf8PassesThrough) {
  const DecodedText decoded = decode(kRussian);
  EXPECT_EQ(decoded.text, kRussian);
  EXPECT_EQ(decoded.encoding, "UTF-8");
  EXPECT_EQ(decoded.line_starts, std::vector<uint32_t>{0});
}

TEST(DecodeText, StripsUtf8Bom) {
  const DecodedText decoded = decode(std::string("\xEF\xBB\xBF") + "Привет\n");
  EXPECT_EQ(decoded.text, "Привет\n");
  EXPECT_EQ(decoded.encoding, "UTF-8");
}

TEST(DecodeText, Utf16WithBomRoundTrips) {
  for (const char* charset : {"UTF-16LE", "UTF-16BE"}) {
    const std::string bom = std::string_view(charset) == "UTF-16LE" ? std::string("\xFF\xFE", 2)
                                                                    : std::string("\xFE\xFF", 2);
    const DecodedText decoded = decode(bom + encode(kRussian, charset));
    EXPECT_EQ(decoded.text, kRussian) << charset;
    EXPECT_EQ(decoded.encoding, charset);
  }
}

struct LegacyCase {
  const char* charset;   // ICU name used to make the bytes
  const char* expected;  // name decode_text reports
};

class DecodeLegacy : public testing::TestWithParam<LegacyCase> {};

TEST_P(DecodeLegacy, DetectsCyrillicCharsetAndRoundTrips) {
  const std::string bytes = encode(kRussianPlain, GetParam().charset);
  const DecodedText decoded = decode(bytes);
  EXPECT_EQ(decoded.encoding, GetParam().expected);
  EXPECT_TRUE(decoded.text == kRussianPlain) << decoded.text;
  EXPECT_TRUE(decoded.warnings.empty()) << decoded.warnings[0].message;
}

TEST_P(DecodeLegacy, ForcedEncodingRoundTrips) {
  const std::string bytes = encode(kRussianPlain, GetParam().charset);
  EXPECT_TRUE(decode(bytes, GetParam().expected).text == kRussianPlain);
}

TEST_P(DecodeLegacy, DetectsShortSentence) {
  const std::string bytes = encode("Иди сюда! — сказал он тихо.\n", GetParam().charset);
  EXPECT_EQ(decode(bytes).encoding, GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Charsets,
                         DecodeLegacy,
                         testing::Values(LegacyCase{"windows-1251", "windows-1251"},
                                         LegacyCase{"KOI8-R", "KOI8-R"},
                                         LegacyCase{"ibm-866", "IBM866"}),
                         [](const testing::TestParamInfo<LegacyCase>& param) {
                           std::string name = param.param.expected;
                           std::erase(name, '-');
                           return name;
                         });

TEST(DecodeText, DetectsWindows1251WithTypographicMarks) {
  const DecodedText decoded = decode(encode(kRussian, "windows-1251"));
  EXPECT_EQ(decoded.encoding, "windows-1251");
  EXPECT_TRUE(decoded.text == kRussian) << decoded.text;
}

TEST(DecodeText, LegacyLatinIsNotTakenForCyrillic) {
  const std::string german = encode(
      "Die Größe der Bevölkerung ändert sich. Über die Straße gehen die Mädchen, "
      "während die Jungen müde zurückbleiben. Das Ergebnis überraschte die Behörden.\n",
      "windows-1252");
  const DecodedText decoded = decode(german);
  EXPECT_NE(decoded.text.find("Größe"), std::string::npos) << decoded.encoding;
}

TEST(DecodeText, StrayByteInAsciiTextIsReadAsLegacyWithAWarningNamingIt) {
  // Issue #14: an English UTF-8 file with one stray 0xFF was read as windows-1251 ("я")
  // without a word.
  const DecodedText decoded = decode("The Purposes are these.\nThe stray byte \xFF is here.\n");
  EXPECT_EQ(decoded.encoding, "windows-1251");
  ASSERT_EQ(decoded.warnings.size(), 1U);
  EXPECT_EQ(decoded.warnings[0].severity, Severity::Warning);
  EXPECT_EQ(decoded.warnings[0].source, "in.txt");
  EXPECT_EQ(decoded.warnings[0].line, 2U);
  EXPECT_EQ(decoded.warnings[0].message,
            "byte 0xFF (column 16) is not valid UTF-8, so the file is read as windows-1251, "
            "where it is 'я'; it is the only non-ASCII byte in the file (if the file is UTF-8, "
            "the byte is damaged: correct it; if it is windows-1251, pass --encoding=windows-1251 "
            "to say so)");
}

TEST(DecodeText, AFewLegacyBytesAreWarnedMoreAreNot) {
  // kFewLegacyBytes non-ASCII bytes: the first is named, with the count.
  const std::string few = encode("Иди сюда.\n", "windows-1251");  // 7 letters
  const DecodedText decoded = decode(few);
  ASSERT_EQ(decoded.warnings.size(), 1U);
  EXPECT_NE(decoded.warnings[0].message.find("it is the first of 7 non-ASCII bytes in the file"),
            std::string::npos)
      << decoded.warnings[0].message;
  EXPECT_TRUE(decode(encode("Иди сюда, друг.\n", "windows-1251")).warnings.empty());
  // Forced, valid UTF-8 or a byte order mark: nothing was guessed, nothing is said.
  EXPECT_TRUE(decode(few, "windows-1251").warnings.empty());
  EXPECT_TRUE(decode("Plain ASCII.\n").warnings.empty());
  EXPECT_TRUE(decode("Caf\xC3\xA9.\n").warnings.empty());
}

TEST(DecodeText, NormalizesLineEnds) {
  const DecodedText decoded = decode("a\r\nb\rc\nd");
  EXPECT_EQ(decoded.text, "a\nb\nc\nd");
  EXPECT_EQ(decoded.line_starts, (std::vector<uint32_t>{0, 2, 4, 6}));
}

TEST(DecodeText, FinalNewlineStartsNoLine) {
  EXPECT_EQ(decode("a\nb\n").line_starts, (std::vector<uint32_t>{0, 2}));
}

TEST(DecodeText, NormalizesToNfc) {
  EXPECT_EQ(decode("Cafe\xCC\x81 и\xCC\x86\n").text, "Café й\n");
}

TEST(DecodeText, EmptyInputIsAnError) {
  const InputError error = decode_error("");
  EXPECT_EQ(error.source, "in.txt");
  EXPECT_EQ(error.line, 0U);
  EXPECT_EQ(error.message, "empty file (nothing to read: check that it is the file you meant)");
}

TEST(DecodeText, NulByteIsBinaryData) {
  const InputError error = decode_error(std::string("first\r\nab\0c\n", 12));
  EXPECT_EQ(error.line, 2U);
  EXPECT_EQ(error.column, 3U);
  EXPECT_NE(error.message.find("binary data (NUL byte)"), std::string::npos);
}

constexpr std::string_view kMixedMessage =
    "not valid UTF-8, but line 1 is: the file mixes encodings or is damaged here (convert each "
    "part to UTF-8, e.g. with iconv, or pass --encoding=NAME if the whole file is in one legacy "
    "encoding)";

TEST(DecodeText, BrokenUtf8NamesFirstBadByte) {
  // Mostly well-formed UTF-8 with one stray byte: not a legacy charset.
  const InputError error = decode_error("Привет, мир.\nЭто \xFF текст на русском языке.\n");
  EXPECT_EQ(error.line, 2U);
  EXPECT_EQ(error.column, 8U);  // "Это " is 7 bytes
  EXPECT_EQ(error.message, kMixedMessage);
  EXPECT_EQ(std::string(error.what()), "in.txt:2:8: " + std::string(kMixedMessage));
}

TEST(DecodeText, Utf8WithALegacyParagraphAppendedIsAnError) {
  const std::string bytes = std::string(kRussian) + "\n" + encode(kRussian, "windows-1251");
  const InputError error = decode_error(bytes);
  EXPECT_EQ(error.line, 3U);  // the UTF-8 paragraph, a blank line, then the windows-1251 one
  EXPECT_EQ(error.column, 1U);
  EXPECT_EQ(error.message, kMixedMessage);
}

TEST(DecodeText, LegacyTextWithAUtf8LineIsAnErrorNotMojibake) {
  // Mostly windows-1251: a whole-file guess would decode the UTF-8 line as "РЎС‚Р°С‚СЊСЏ".
  const std::string bytes = std::string("Статья 2.\n") + encode(kRussian, "windows-1251");
  const InputError error = decode_error(bytes);
  EXPECT_EQ(error.line, 2U);
  EXPECT_EQ(error.column, 1U);
  EXPECT_NE(error.message.find("but line 1 is"), std::string::npos) << error.message;
}

TEST(DecodeText, LegacyLineThatHappensToBeValidUtf8IsNotMixed) {
  // "её" is C5 A3 in KOI8-R, a well-formed UTF-8 sequence: one such line is chance.
  const std::string bytes = encode(kRussianPlain, "KOI8-R") + encode("- её.\n", "KOI8-R");
  const DecodedText decoded = decode(bytes);
  EXPECT_EQ(decoded.encoding, "KOI8-R");
  EXPECT_EQ(decoded.text, std::string(kRussianPlain) + "- её.\n");
}

TEST(DecodeText, UnsureDetectionNamesFirstBadByte) {
  const InputError error = decode_error("one\ntwo\nthree \x81\x8D\x8F\x90 end\n");
  EXPECT_EQ(error.line, 3U);
  EXPECT_EQ(error.column, 7U);
}

TEST(DecodeText, ForcedEncodingReportsUndecodableByte) {
  ReadOptions options;
  options.encoding = "UTF-8";
  const InputError error = decode_error("ok\nline \xC3\x28\n", options);
  EXPECT_EQ(error.line, 2U);
  EXPECT_EQ(error.column, 6U);
  // 0xD2 is unassigned in windows-1253.
  options.encoding = "windows-1253";
  const InputError legacy = decode_error("\xC1\xE8\n\xE2\xE5\xD2\n", options);
  EXPECT_EQ(legacy.line, 2U);
  EXPECT_EQ(legacy.column, 3U);
  EXPECT_NE(legacy.message.find("byte 0xD2 is not valid windows-1253"), std::string::npos)
      << legacy.message;
}

TEST(DecodeText, LongLineIsAnError) {
  ReadOptions options;
  options.max_line_bytes = 10;
  const InputError error = decode_error("short\nthis line is too long\n", options);
  EXPECT_EQ(error.line, 2U);
  EXPECT_EQ(error.column, 11U);
  EXPECT_NO_THROW(decode_text("0123456789\n", "in.txt", options));
}

TEST(DecodeText, UnknownEncodingIsAnOptionError) {
  ReadOptions options;
  options.encoding = "no-such-charset";
  EXPECT_THROW(options.validate(), OptionError);
  EXPECT_THROW(decode_text("x", "in.txt", options), OptionError);
}

// The error an InputScreen gives when fed bytes in chunks of chunk_size, or nullopt.
std::optional<InputError> screen_error(std::string_view bytes,
                                       size_t chunk_size,
                                       const ReadOptions& options = {}) {
  InputScreen screen("in.txt", options);
  try {
    for (size_t end = chunk_size; end < bytes.size() + chunk_size; end += chunk_size) {
      screen.check(bytes.substr(0, std::min(end, bytes.size())));
    }
  } catch (const InputError& error) {
    return error;
  }
  return std::nullopt;
}

// Whatever the chunks, the screen reports what decode_text reports, at the same place.
TEST(InputScreen, GivesDecodeTextsErrorsForAnyChunking) {
  ReadOptions options;
  options.max_line_bytes = 10;
  const std::vector<std::string> inputs = {std::string("first line\r\nab\0c\n", 17),
                                           "short\r\nthis line is too long\n",
                                           "a\rb\r\nc\nd\n\n0123456789X",
                                           std::string("\xEF\xBB\xBF"
                                                       "ab\ncd\0",
                                                       9)};
  for (const std::string& input : inputs) {
    const InputError expected = decode_error(input, options);
    for (const size_t chunk : {1U, 2U, 3U, 8U, 100U}) {
      const std::optional<InputError> got = screen_error(input, chunk, options);
      ASSERT_TRUE(got.has_value()) << input << " in chunks of " << chunk;
      EXPECT_EQ(got->line, expected.line) << input << " in chunks of " << chunk;
      EXPECT_EQ(got->column, expected.column) << input << " in chunks of " << chunk;
      EXPECT_EQ(got->message, expected.message);
    }
  }
  EXPECT_FALSE(screen_error("0123456789\r\n0123456789\n", 3, options).has_value());
}

// An endless input stops at max_input_bytes, in the screen and in decode_text.
TEST(InputScreen, StopsAtMaxInputBytes) {
  ReadOptions options;
  options.max_input_bytes = 1000;
  std::string endless;
  for (int k = 0; k < 100; ++k) {
    endless += "Endless sentence here.\n";
  }
  const std::optional<InputError> error = screen_error(endless, 64, options);
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(error->message.find("more than 1000 bytes of input"), std::string::npos)
      << error->message;
  EXPECT_NE(decode_error(endless, options).message.find("--max-input-bytes"), std::string::npos);
  options.max_input_bytes = 0;
  EXPECT_THROW(options.validate(), OptionError);
}

// The documents read_document reads (a ZIP: DOCX, ODT; a PDF) pass the screen: only their size
// is checked. decode_text, which reads text only, names them.
TEST(InputScreen, LetsDocumentsThrough) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {std::string("PK\x03\x04\x14\0\x06\0word/document.xml", 26), "looks like a ZIP archive"},
      {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "looks like a PDF document"},
  };
  for (const auto& [bytes, name] : cases) {
    EXPECT_FALSE(screen_error(bytes, 4096).has_value()) << name;
    EXPECT_NE(decode_error(bytes).message.find(name), std::string::npos) << name;
  }
}

// Other containers are named, not called "binary data".
TEST(InputScreen, NamesBinaryContainers) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10), "Microsoft Office document"},
      {std::string("\x1F\x8B\x08\0\0\0\0\0", 8), "gzip-compressed"},
      {"{\\rtf1\\ansi\\deff0 Hello}", "RTF document"},
  };
  for (const auto& [bytes, name] : cases) {
    const std::optional<InputError> error = screen_error(bytes, 4096);
    ASSERT_TRUE(error.has_value()) << name;
    EXPECT_NE(error->message.find(name), std::string::npos) << error->message;
    EXPECT_NE(error->message.find("plain text"), std::string::npos) << error->message;
    EXPECT_EQ(decode_error(bytes).message, error->message);
  }
  EXPECT_NO_THROW(decode_text("BZh is not bzip2 without its block size.\n", "in.txt", {}));
}

}  // namespace
}  // namespace parallax
