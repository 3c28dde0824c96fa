// The check of a declared language against the script of the text (cli/language_check.h).
#include "language_check.h"

#include <optional>
#include <string>

#include <gtest/gtest.h>

namespace parallax::cli {
namespace {

constexpr std::string_view kRussian =
    "Организация Объединенных Наций преследует Цели: поддерживать международный мир и "
    "безопасность.";
constexpr std::string_view kEnglish =
    "The Purposes of the United Nations are: to maintain international peace and security.";

TEST(ScriptMismatch, FittingScriptsGiveNoWarning) {
  EXPECT_EQ(script_mismatch("ru", kRussian), std::nullopt);
  EXPECT_EQ(script_mismatch("en", kEnglish), std::nullopt);
  // Another language of the same script is not this check's business.
  EXPECT_EQ(script_mismatch("de", kEnglish), std::nullopt);
  EXPECT_EQ(script_mismatch("uk", kRussian), std::nullopt);
  EXPECT_EQ(script_mismatch("pt-BR", kEnglish), std::nullopt);
  EXPECT_EQ(script_mismatch("zh", "联合国的宗旨为：维持国际和平及安全。"), std::nullopt);
  EXPECT_EQ(script_mismatch("ja", "国際連合の目的は、次のとおりである。"), std::nullopt);
}

TEST(ScriptMismatch, NamesBothScripts) {
  EXPECT_EQ(script_mismatch("de", kRussian),
            "declared as de (Latin script), but its letters are mostly Cyrillic (check the "
            "language given for this file)");
  EXPECT_EQ(script_mismatch("ru", kEnglish),
            "declared as ru (Cyrillic script), but its letters are mostly Latin (check the "
            "language given for this file)");
  EXPECT_NE(script_mismatch("zh", kRussian), std::nullopt);
  EXPECT_NE(script_mismatch("en", "Η Ελλάδα είναι χώρα της Ευρώπης."), std::nullopt);
}

TEST(ScriptMismatch, UnknownLanguagesAndTextsWithoutLettersGiveNoWarning) {
  EXPECT_EQ(script_mismatch("sr", kEnglish), std::nullopt);  // Cyrillic and Latin
  EXPECT_EQ(script_mismatch("xx", kRussian), std::nullopt);
  EXPECT_EQ(script_mismatch("en", "1. 2. 3. — 42 %"), std::nullopt);
}

}  // namespace
}  // namespace parallax::cli
