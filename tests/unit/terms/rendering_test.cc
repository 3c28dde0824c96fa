#include "terms/rendering.h"

#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/terms.h>

#include "documents.h"
#include "score/sentence_features.h"
#include "terms/stop_words.h"
#include "terms/token_stream.h"
#include "terms/variants.h"
#include "text/tokenizer.h"

namespace parallax {
namespace {

using testing::make_document;

struct Target {
  Document document;
  text::Tokenizer tokenizer;
  score::SideFeatures features;
  terms::TokenStream stream;
  std::vector<bool> is_function;

  explicit Target(const std::vector<std::string>& sentences)
      : document(make_document(sentences, "en")),
        tokenizer("en"),
        features(score::extract_features(document, tokenizer)),
        stream(terms::make_token_stream(document, tokenizer, features)),
        is_function(terms::function_word_flags(stream, features, tokenizer, false)) {}

  // The rendering of the words at positions (all linked from content words), as text.
  std::string render(const std::vector<uint32_t>& positions, uint32_t max_gap = 1) {
    std::vector<terms::LinkedWord> words;
    words.reserve(positions.size());
    for (const uint32_t q : positions) {
      words.push_back(terms::LinkedWord{q, 1.0F, true});
    }
    const std::optional<terms::TokenRange> range =
        terms::find_rendering(words, stream, is_function, document.text, max_gap);
    if (!range) {
      return "<none>";
    }
    return terms::collapsed_text(
        document.text, Span{stream.spans[range->first].begin, stream.spans[range->last].end});
  }
};

// Positions: the(0) kingdom(1) of(2) heaven(3) is(4) near(5)
TEST(TermsRendering, CoversInnerGapsUpToMaxGap) {
  Target target({"the kingdom of heaven is near"});
  EXPECT_EQ(target.render({3, 1}), "kingdom of heaven");
  EXPECT_EQ(target.render({1, 3}, 0), "kingdom of heaven");  // "of" is a function word
  EXPECT_EQ(target.render({1, 5}, 0), "kingdom");  // "heaven" between: two clusters, the first wins
  EXPECT_EQ(target.render({}), "<none>");
}

TEST(TermsRendering, FunctionWordsDoNotCountInGaps) {
  // Positions: members(0) of(1) the(2) united(3) nations(4)
  Target target({"Members of the United Nations"});
  EXPECT_EQ(target.render({0, 4}, 0), "Members");
  EXPECT_EQ(target.render({0, 4}, 1), "Members of the United Nations");
  EXPECT_EQ(target.render({0, 3, 4}), "Members of the United Nations");
}

TEST(TermsRendering, TakesTheLargestClusterOfLinkedWords) {
  // Positions: security(0) council(1) met(2) and(3) then(4) discussed(5) security(6)
  Target target({"Security Council met and then discussed security"});
  EXPECT_EQ(target.render({0, 1, 6}), "Security Council");
}

TEST(TermsRendering, StopsAtCommasAndSentenceEnds) {
  // Positions: peace(0) security(1) | justice(2)
  Target target({"peace, security", "justice"});
  EXPECT_EQ(target.render({0, 1}), "peace");
  EXPECT_EQ(target.render({1, 2}), "security");
}

TEST(TermsRendering, FunctionWordLinksCountOnlyWithoutContentLinks) {
  // Positions: international(0) peace(1) and(2) security(3) and(4) justice(5)
  Target target({"international peace and security and justice"});
  std::vector<terms::LinkedWord> words = {
      {0, 1.0F, true}, {1, 1.0F, true}, {4, 1.0F, false}, {3, 1.0F, true}};
  const std::optional<terms::TokenRange> range =
      terms::find_rendering(words, target.stream, target.is_function, target.document.text, 1);
  ASSERT_TRUE(range.has_value());
  EXPECT_EQ(range->first, 0U);
  EXPECT_EQ(range->last, 3U);
  EXPECT_EQ(terms::rendering_key(target.stream, target.features, *range), "intern peac and secur");
}

TermLocation at(uint32_t bead) {
  return TermLocation{bead, {bead, bead + 1}, {bead, bead + 1}, {bead, bead + 1}, {bead, bead + 1}};
}

TEST(TermsVariants, GroupsByKeyAndShowsTheMostFrequentSurface) {
  terms::VariantGrouper grouper;
  grouper.add("secur council", "Security Council", at(0));
  grouper.add("council", "Council", at(1));
  grouper.add("secur council", "security council", at(2));
  grouper.add("secur council", "security council", at(3));
  grouper.add_not_rendered(at(4));
  const TermRenderings renderings = std::move(grouper).finish("en.txt", "secur council");
  ASSERT_EQ(renderings.variants.size(), 2U);
  EXPECT_EQ(renderings.variants[0].rendering, "security council");
  EXPECT_EQ(renderings.variants[0].count, 3U);
  EXPECT_TRUE(renderings.variants[0].expected);
  EXPECT_EQ(renderings.variants[0].locations.size(), 3U);
  EXPECT_EQ(renderings.variants[1].rendering, "Council");
  EXPECT_FALSE(renderings.variants[1].expected);
  EXPECT_EQ(renderings.not_rendered.size(), 1U);
}

TEST(TermsVariants, FlagsConsistentInconsistentDivergentAndOmissions) {
  const auto renderings = [](const std::vector<std::pair<std::string, uint32_t>>& variants,
                             uint32_t missing) {
    terms::VariantGrouper grouper;
    uint32_t bead = 0;
    for (const auto& [key, count] : variants) {
      for (uint32_t k = 0; k < count; ++k) {
        grouper.add(key, key, at(bead++));
      }
    }
    for (uint32_t k = 0; k < missing; ++k) {
      grouper.add_not_rendered(at(bead++));
    }
    return std::move(grouper).finish("t", "a");
  };
  TermResult result;
  result.translations = {renderings({{"a", 4}}, 0), renderings({{"a", 4}}, 0)};
  terms::set_flags(result, {false, false}, {"en", "en"});
  EXPECT_EQ(result.flags, std::vector<TermFlag>{TermFlag::Consistent});
  EXPECT_FLOAT_EQ(result.divergence, 0.0F);

  result.translations = {renderings({{"a", 3}, {"b", 1}}, 0), renderings({{"b", 3}}, 1)};
  terms::set_flags(result, {true, true}, {"en", "en"});
  EXPECT_EQ(result.flags,
            (std::vector<TermFlag>{TermFlag::Inconsistent, TermFlag::Divergent,
                                   TermFlag::NotRendered, TermFlag::GlossaryMismatch}));
  EXPECT_FLOAT_EQ(result.divergence, 1.0F + 2.0F / 8.0F);

  // Main variants in two languages are not compared.
  result.translations = {renderings({{"a", 4}}, 0), renderings({{"b", 4}}, 0)};
  terms::set_flags(result, {false, false}, {"en", "fr"});
  EXPECT_EQ(result.flags, std::vector<TermFlag>{TermFlag::Consistent});
}

}  // namespace
}  // namespace parallax
