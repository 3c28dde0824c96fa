#include "score/length_model.h"

#include <cmath>

#include <gtest/gtest.h>

namespace parallax::score {
namespace {

TEST(LengthModel, PrefersLengthsInTheExpectedRatio) {
  const LengthModel model{1.2F, 6.8F};
  EXPECT_GT(model.log_prob(100.0F, 120.0F), model.log_prob(100.0F, 100.0F));
  EXPECT_GT(model.log_prob(100.0F, 120.0F), model.log_prob(100.0F, 200.0F));
  EXPECT_NEAR(model.log_prob(100.0F, 120.0F), 0.0F, 1e-6F);
}

TEST(LengthModel, TailIsContinuousWhereTheAsymptoteTakesOver) {
  EXPECT_NEAR(log_two_sided_tail(7.999F), log_two_sided_tail(8.001F), 0.05F);
  EXPECT_TRUE(std::isfinite(log_two_sided_tail(1000.0F)));
  EXPECT_NEAR(log_two_sided_tail(1.0F), std::log(0.3173F), 1e-3F);
}

}  // namespace
}  // namespace parallax::score

namespace parallax::score {
namespace {

TEST(TailTable, MatchesTheExactTail) {
  const TailTable table;
  for (float x = 0.0F; x < 30.0F; x += 0.037F) {
    EXPECT_NEAR(table(x), log_two_sided_tail(x), 2e-4F * std::max(1.0F, x)) << x;
    EXPECT_EQ(table(-x), table(x));
  }
}

}  // namespace
}  // namespace parallax::score
