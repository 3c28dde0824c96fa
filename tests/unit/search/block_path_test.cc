#include "search/block_path.h"

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "documents.h"
#include "score/link_table.h"
#include "score/sentence_features.h"

namespace parallax::search {
namespace {

struct Pair {
  text::Tokenizer tokenizer{"en"};
  score::SideFeatures source;
  score::SideFeatures target;
  score::LinkTable links;
};

// m random sentences over a large vocabulary, and a copy without target sentences
// [cut, cut + count): a chapter missing from the translation.
void make_pair(Pair& pair, uint32_t m, uint32_t cut, uint32_t count) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> word(0, 20000);
  std::uniform_int_distribution<int> length(4, 14);
  std::vector<std::string> source;
  std::vector<std::string> target;
  for (uint32_t i = 0; i < m; ++i) {
    std::string sentence;
    for (int k = length(rng); k > 0; --k) {
      sentence += "w" + std::to_string(word(rng)) + " ";
    }
    source.push_back(sentence);
    if (i < cut || i >= cut + count) {
      target.push_back(sentence);
    }
  }
  pair.source = score::extract_features(testing::make_document(source, "en"), pair.tokenizer);
  pair.target = score::extract_features(testing::make_document(target, "en"), pair.tokenizer);
  score::LinkTableBuilder builder(pair.source.vocabulary.size(), pair.target.vocabulary.size());
  score::add_surface_links(pair.source, pair.target, true, true, builder);
  pair.links = builder.build();
}

// After a cut of 600 sentences the true path runs 300 sentences off the length diagonal in the
// middle of the document; the block path follows it to within a block or two.
TEST(BlockPath, FollowsALongOmission) {
  Pair pair;
  constexpr uint32_t kSentences = 6000;
  constexpr uint32_t kCut = 3000;
  constexpr uint32_t kCount = 600;
  make_pair(pair, kSentences, kCut, kCount);
  const std::vector<double> path = block_path(pair.source, pair.target, pair.links);
  ASSERT_EQ(path.size(), kSentences);
  for (const uint32_t i : {100U, 1500U, 2900U, 3700U, 4500U, 5900U}) {
    const double truth = i < kCut ? i : i - kCount;
    EXPECT_NEAR(path[i], truth, 64.0) << "sentence " << i;
  }
  for (uint32_t i = 1; i < kSentences; ++i) {
    ASSERT_GE(path[i], path[i - 1]);
  }
}

TEST(BlockPath, NoneForShortDocuments) {
  Pair pair;
  make_pair(pair, kBlockPathAbove - 1, 10, 5);
  EXPECT_TRUE(block_path(pair.source, pair.target, pair.links).empty());
}

}  // namespace
}  // namespace parallax::search
