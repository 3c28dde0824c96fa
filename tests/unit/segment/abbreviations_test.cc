#include "segment/abbreviations.h"

#include <gtest/gtest.h>

namespace parallax::segmenter {
namespace {

TEST(ClassifyAbbreviation, Kinds) {
  EXPECT_EQ(classify_abbreviation("Mr"), AbbreviationKind::Always);
  EXPECT_EQ(classify_abbreviation("MR"), AbbreviationKind::Always);
  EXPECT_EQ(classify_abbreviation("NO"), AbbreviationKind::BeforeNumber);
  EXPECT_EQ(classify_abbreviation("ETC"), AbbreviationKind::None);
  EXPECT_EQ(classify_abbreviation("им"), AbbreviationKind::Always);
  EXPECT_EQ(classify_abbreviation("No"), AbbreviationKind::BeforeNumber);
  EXPECT_EQ(classify_abbreviation("г"), AbbreviationKind::AfterNumber);
  EXPECT_EQ(classify_abbreviation("etc"), AbbreviationKind::Final);
  EXPECT_EQ(classify_abbreviation("т.д"), AbbreviationKind::Final);
  EXPECT_EQ(classify_abbreviation("H"), AbbreviationKind::Initial);
  EXPECT_EQ(classify_abbreviation("Н"), AbbreviationKind::Initial);
  EXPECT_EQ(classify_abbreviation("Σ"), AbbreviationKind::Initial);
  EXPECT_EQ(classify_abbreviation("U.S.S.R"), AbbreviationKind::Dotted);
  EXPECT_EQ(classify_abbreviation("т.е"), AbbreviationKind::Dotted);
  EXPECT_EQ(classify_abbreviation("house"), AbbreviationKind::None);
  EXPECT_EQ(classify_abbreviation("a"), AbbreviationKind::None);
  EXPECT_EQ(classify_abbreviation(""), AbbreviationKind::None);
}

}  // namespace
}  // namespace parallax::segmenter
