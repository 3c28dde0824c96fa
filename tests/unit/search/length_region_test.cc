#include "search/length_region.h"

#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <vector>

#include <gtest/gtest.h>

namespace parallax::search {
namespace {

// Cumulative lengths (from 0) of sentences with log-normal lengths around 80 characters.
struct Texts {
  std::vector<double> source{0.0};
  std::vector<double> target{0.0};
};

// A source of `sentences` sentences and its translation (1.3 times as long, with the spread of
// real translations), of which only sentences [first, last) are kept on the target side.
Texts translation_of_stretch(uint32_t sentences, uint32_t first, uint32_t last) {
  std::mt19937 random(7);
  std::normal_distribution<double> length(std::log(80.0), 0.6);
  std::normal_distribution<double> noise(0.0, 0.15);
  Texts texts;
  for (uint32_t i = 0; i < sentences; ++i) {
    const double source = std::exp(length(random));
    const double target = 1.3 * source * std::exp(noise(random));
    texts.source.push_back(texts.source.back() + source);
    if (i >= first && i < last) {
      texts.target.push_back(texts.target.back() + target);
    }
  }
  return texts;
}

TEST(LengthRegion, WholeTranslationKeepsTheWholeTable) {
  const Texts texts = translation_of_stretch(600, 0, 600);
  EXPECT_FALSE(length_region(texts.source, texts.target).has_value());
  EXPECT_FALSE(length_region(texts.target, texts.source).has_value());
}

TEST(LengthRegion, FindsTheStretchAnExcerptTranslatesInBothOrders) {
  const Texts texts = translation_of_stretch(600, 250, 370);
  const std::optional<CoveredRegion> forward = length_region(texts.source, texts.target);
  ASSERT_TRUE(forward.has_value());
  EXPECT_TRUE(forward->leading_gap);
  EXPECT_TRUE(forward->trailing_gap);
  EXPECT_NEAR(forward->source.begin, 250, 3);
  EXPECT_NEAR(forward->source.end, 370, 3);
  EXPECT_LE(forward->target.begin, 3U);
  EXPECT_GE(forward->target.end, 117U);
  EXPECT_NEAR(forward->ratio, 1.3, 0.1);

  const std::optional<CoveredRegion> backward = length_region(texts.target, texts.source);
  ASSERT_TRUE(backward.has_value());
  EXPECT_NEAR(backward->target.begin, 250, 3);
  EXPECT_NEAR(backward->target.end, 370, 3);
  EXPECT_NEAR(backward->ratio, 1.0 / 1.3, 0.1);
}

TEST(LengthRegion, FindsAPrefixTranslation) {
  const Texts texts = translation_of_stretch(500, 0, 200);
  const std::optional<CoveredRegion> region = length_region(texts.source, texts.target);
  ASSERT_TRUE(region.has_value());
  EXPECT_FALSE(region->leading_gap);
  EXPECT_TRUE(region->trailing_gap);
  EXPECT_EQ(region->source.begin, 0U);
  EXPECT_NEAR(region->source.end, 200, 3);
  EXPECT_EQ(region->target.end, 200U);
}

}  // namespace
}  // namespace parallax::search
