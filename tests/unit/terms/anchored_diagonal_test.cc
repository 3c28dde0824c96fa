#include "terms/anchored_diagonal.h"

#include <vector>

#include <gtest/gtest.h>

#include "terms/diagonal_model.h"

namespace parallax {
namespace {

using terms::WordLink;

// The row of column j with the highest prior.
Eigen::Index best_row(const Eigen::ArrayXXf& prior, Eigen::Index j) {
  Eigen::Index row = 0;
  prior.col(j).maxCoeff(&row);
  return row;
}

TEST(AnchoredDiagonal, WithoutAnchorsIsTheStraightDiagonal) {
  for (const auto& [m, n] : {std::pair<size_t, size_t>{1, 1}, {7, 3}, {3, 11}, {40, 52}}) {
    const Eigen::ArrayXXf straight = terms::diagonal(m, n, 4.0F);
    const Eigen::ArrayXXf anchored = terms::anchored_diagonal(m, n, {}, 4.0F);
    ASSERT_EQ(anchored.rows(), straight.rows());
    ASSERT_EQ(anchored.cols(), straight.cols());
    EXPECT_TRUE(anchored.isApprox(straight, 1e-5F)) << m << " x " << n;
  }
}

TEST(AnchoredDiagonal, ColumnsSumToOne) {
  const Eigen::ArrayXXf prior = terms::anchored_diagonal(20, 30, {{2, 10}, {15, 12}}, 4.0F);
  for (Eigen::Index j = 0; j < prior.cols(); ++j) {
    EXPECT_NEAR(prior.col(j).sum(), 1.0F, 1e-5F);
  }
}

// A 20-word source whose first 10 words are rendered by the first 3 of 30 target words (the
// translation is terse there, then verbose): with an anchor at (9, 2), target word 2 expects
// source word 9, where the straight diagonal put source word 1; and the words between the
// anchor and the end spread over the rest.
TEST(AnchoredDiagonal, ThePriorFollowsTheAnchors) {
  const Eigen::ArrayXXf straight = terms::diagonal(20, 30, 4.0F);
  const Eigen::ArrayXXf anchored = terms::anchored_diagonal(20, 30, {{9, 2}}, 4.0F);
  EXPECT_EQ(best_row(straight, 2), 1);
  EXPECT_EQ(best_row(anchored, 2), 9);
  // Target word 16 is half way between the anchor (2.5) and the end (30): source 14 or 15.
  EXPECT_GE(best_row(anchored, 16), 14);
  EXPECT_LE(best_row(anchored, 16), 15);
}

TEST(AnchoredDiagonal, AnchorsAreUniqueWordsBothDirectionsLink) {
  // Source ids 5 7 5 9 8, target ids 50 70 90 50 80. Both directions link 0-0, 1-1, 3-2, 4-4;
  // 0-0 joins two repeats (id 5 twice, id 50 twice), so the anchors are 1-1, 3-2, 4-4.
  const std::vector<uint32_t> source_ids{5, 7, 5, 9, 8};
  const std::vector<uint32_t> target_ids{50, 70, 90, 50, 80};
  const std::vector<uint32_t> source_of{0, 1, 3, 5, 4};  // by target word; 5: none
  const std::vector<uint32_t> target_of{0, 1, 5, 2, 4};  // by source word; 5: none
  EXPECT_EQ(terms::anchor_links(source_of, target_of, source_ids, target_ids),
            (std::vector<WordLink>{{1, 1}, {3, 2}, {4, 4}}));
}

TEST(AnchoredDiagonal, CrossingAnchorsKeepTheLongestChain) {
  // Every word unique; both directions link 0-3, 1-0, 2-1, 3-2: the chain 1-0, 2-1, 3-2 is
  // longer than 0-3 alone, which crosses it.
  const std::vector<uint32_t> source_ids{1, 2, 3, 4};
  const std::vector<uint32_t> target_ids{10, 20, 30, 40};
  const std::vector<uint32_t> source_of{1, 2, 3, 0};
  const std::vector<uint32_t> target_of{3, 0, 1, 2};
  EXPECT_EQ(terms::anchor_links(source_of, target_of, source_ids, target_ids),
            (std::vector<WordLink>{{1, 0}, {2, 1}, {3, 2}}));
}

}  // namespace
}  // namespace parallax
