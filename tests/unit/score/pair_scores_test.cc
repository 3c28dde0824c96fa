#include "score/pair_scores.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "documents.h"
#include "score/band.h"

namespace parallax::score {
namespace {

// The definition (pair_scores.h), token occurrence by token occurrence:
//   Σ_{x ∈ from_sentence} w(x) · max_{y ∈ window sentences} ℓ(x, y).
float matched_by_definition(const SideFeatures& from,
                            uint32_t from_sentence,
                            const SideFeatures& into,
                            uint32_t window_begin,
                            uint32_t window_end,
                            const LinkRows& rows) {
  float sum = 0.0F;
  for (uint32_t t = from.token_begin[from_sentence]; t < from.token_begin[from_sentence + 1]; ++t) {
    const uint32_t x = from.token_ids[t];
    if (from.token_weight(x) <= 0.0F) {
      continue;
    }
    float best = 0.0F;
    for (uint32_t l = rows.begin[x]; l < rows.begin[x + 1]; ++l) {
      const std::vector<uint32_t>& postings = into.postings[rows.other[l]];
      const auto hit = std::lower_bound(postings.begin(), postings.end(), window_begin);
      if (hit != postings.end() && *hit < window_end) {
        best = std::max(best, rows.strength[l]);
      }
    }
    sum += from.token_weight(x) * best;
  }
  return sum;
}

std::vector<std::string> random_sentences(std::mt19937& rng, size_t count) {
  std::uniform_int_distribution<int> word(0, 40);  // few words: many links per band row
  std::uniform_int_distribution<int> length(1, 9);
  std::vector<std::string> sentences;
  for (size_t i = 0; i < count; ++i) {
    std::string s;
    for (int k = length(rng); k > 0; --k) {
      s += "w" + std::to_string(word(rng)) + " ";
    }
    sentences.push_back(s);
  }
  return sentences;
}

// Every stored cell equals the definition, in bands narrow enough that windows reach past a
// row's range (they once spilled into the next row's cells).
TEST(PairScores, EveryStoredCellEqualsTheDefinition) {
  std::mt19937 rng(7);
  for (const uint32_t max_side : {1U, 2U, 4U}) {
    for (const uint32_t width : {0U, 1U, 3U}) {
      text::Tokenizer tokenizer("en");
      const SideFeatures source =
          extract_features(testing::make_document(random_sentences(rng, 60), "en"), tokenizer);
      const SideFeatures target =
          extract_features(testing::make_document(random_sentences(rng, 45), "en"), tokenizer);
      LinkTableBuilder builder(source.vocabulary.size(), target.vocabulary.size());
      add_surface_links(source, target, true, true, builder);
      const LinkTable links = builder.build();
      const auto m = static_cast<uint32_t>(source.sentence_count());
      const auto n = static_cast<uint32_t>(target.sentence_count());
      std::vector<double> centre(m + 1);
      for (uint32_t r = 0; r <= m; ++r) {
        centre[r] = static_cast<double>(r) * n / m;
      }
      const Band band = make_band(centre, n, width);
      const PairScores pairs = compute_pair_scores(source, target, links, band, max_side);
      for (uint32_t i = 0; i < m; ++i) {
        for (uint32_t j = pairs.lo[i]; j < pairs.hi[i]; ++j) {
          for (uint32_t k = 1; k <= max_side; ++k) {
            SCOPED_TRACE(::testing::Message() << "max_side " << max_side << " width " << width
                                              << " i " << i << " j " << j << " k " << k);
            EXPECT_FLOAT_EQ(
                pairs.source_at(i, j, k),
                matched_by_definition(source, i, target, j, std::min(n, j + k), links.forward));
            EXPECT_FLOAT_EQ(
                pairs.target_at(i, j, k),
                matched_by_definition(target, j, source, i, std::min(m, i + k), links.backward));
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace parallax::score
