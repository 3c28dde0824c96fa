#include "score/cognates.h"

#include <gtest/gtest.h>

namespace parallax::score {
namespace {

TEST(SpellingSkeleton, MergesTransliterationVariants) {
  EXPECT_EQ(spelling_skeleton("makmillan"), spelling_skeleton("macmillan"));
  EXPECT_EQ(spelling_skeleton("khrushchev"), spelling_skeleton("hrushchev"));
  EXPECT_EQ(spelling_skeleton("prezident"), spelling_skeleton("president"));
  EXPECT_NE(spelling_skeleton("sahara"), spelling_skeleton("samara"));
}

TEST(LcsRatio, IsOneForEqualWordsAndSmallForUnrelated) {
  EXPECT_FLOAT_EQ(lcs_ratio("expedition", "expedition"), 1.0F);
  EXPECT_FLOAT_EQ(lcs_ratio("abcd", "abed"), 0.75F);
  EXPECT_LT(lcs_ratio("gletscher", "montagne"), 0.5F);
  EXPECT_FLOAT_EQ(lcs_ratio("", "abc"), 0.0F);
}

}  // namespace
}  // namespace parallax::score
