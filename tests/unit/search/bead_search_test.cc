#include "search/bead_search.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "documents.h"
#include "partition.h"
#include "reference_aligner.h"
#include "score/link_table.h"
#include "score/pair_scores.h"
#include "score/sentence_features.h"
#include "search/anchor_path.h"

namespace parallax {
namespace {

using testing::make_document;

// Random sentences over a small vocabulary, and a "translation" that keeps most words, merges,
// splits, drops and inserts sentences.
struct RandomPair {
  std::vector<std::string> source;
  std::vector<std::string> target;
};

RandomPair random_pair(std::mt19937& rng, size_t m) {
  std::uniform_int_distribution<int> word(0, 300);
  std::uniform_int_distribution<int> length(3, 18);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  const auto sentence = [&] {
    std::string s;
    const int words = length(rng);
    for (int k = 0; k < words; ++k) {
      s += (k ? " w" : "w") + std::to_string(word(rng));
    }
    return s;
  };
  RandomPair pair;
  for (size_t i = 0; i < m; ++i) {
    pair.source.push_back(sentence());
    const double event = coin(rng);
    if (event < 0.05) {
      continue;  // omitted in the target
    }
    if (event < 0.10) {
      pair.target.push_back(sentence());  // an inserted sentence
    }
    if (event < 0.18 && !pair.target.empty()) {
      pair.target.back() += " " + pair.source.back();  // merged into the previous one
      continue;
    }
    pair.target.push_back(pair.source.back());
  }
  if (pair.target.empty()) {
    pair.target.push_back(sentence());
  }
  return pair;
}

struct Fixture {
  Document source;
  Document target;
  text::Tokenizer source_tokenizer{"en"};
  text::Tokenizer target_tokenizer{"en"};
  score::SideFeatures source_features;
  score::SideFeatures target_features;
  score::LinkTable links;

  Fixture(const std::vector<std::string>& s, const std::vector<std::string>& t)
      : source(make_document(s, "en")), target(make_document(t, "en")) {
    source_features = score::extract_features(source, source_tokenizer);
    target_features = score::extract_features(target, target_tokenizer);
    score::LinkTableBuilder builder(source_features.vocabulary.size(),
                                    target_features.vocabulary.size());
    score::add_surface_links(source_features, target_features, true, true, builder);
    links = builder.build();
  }
};

// A band of the given half-width around the anchor path, with the pair scores and the scorer
// inside it (the scorer refers to the pair scores: built in place, never moved).
struct BandScores {
  score::Band band;
  score::PairScores pairs;
  score::BeadScorer scorer;

  BandScores(const Fixture& f,
             uint32_t half_width,
             const score::ScoringParameters& parameters = {},
             bool use_paragraphs = false,
             uint32_t max_side = 3)
      : band(score::make_band(
            search::anchor_path(f.source_features, f.target_features, f.links).centre,
            static_cast<uint32_t>(f.target_features.sentence_count()),
            half_width)),
        pairs(score::compute_pair_scores(
            f.source_features, f.target_features, f.links, band, max_side)),
        scorer(f.source_features, f.target_features, pairs, parameters, use_paragraphs) {}
};

std::vector<score::Shape> all_shapes() {
  return {{1, 1, -0.15F}, {1, 0, -4.6F}, {0, 1, -4.6F}, {1, 2, -3.1F},
          {2, 1, -3.1F},  {2, 2, -4.5F}, {1, 3, -5.3F}, {3, 1, -5.3F}};
}

bool inside(const std::vector<Bead>& beads, const score::Band& band) {
  for (const Bead& bead : beads) {
    if (!band.contains(bead.source.end, bead.target.end) ||
        !band.contains(bead.source.begin, bead.target.begin)) {
      return false;
    }
  }
  return true;
}

TEST(BeadSearch, EqualsFullReferenceWheneverTheReferencePathIsInsideTheBand) {
  std::mt19937 rng(20261127);
  int compared = 0;
  for (int round = 0; round < 40; ++round) {
    const RandomPair pair = random_pair(rng, 5 + static_cast<size_t>(round));
    Fixture f(pair.source, pair.target);
    const auto m = static_cast<uint32_t>(pair.source.size());
    const auto n = static_cast<uint32_t>(pair.target.size());
    // Pair scores over everything, so that only the search differs between the two.
    const score::Band full = score::make_band(std::vector<double>(m + 1, 0.0), n, n + m);
    const score::PairScores pairs =
        score::compute_pair_scores(f.source_features, f.target_features, f.links, full, 3);
    const score::BeadScorer scorer(f.source_features, f.target_features, pairs,
                                   score::ScoringParameters{}, false);
    const std::vector<Bead> expected = testing::reference_align(scorer, m, n, all_shapes());
    const score::Band band = score::make_band(
        search::anchor_path(f.source_features, f.target_features, f.links).centre, n, 3);
    const search::SearchResult result = search::search_beads(scorer, band, all_shapes(), 1.0F);
    testing::expect_partition(Alignment{result.beads}, m, n);
    if (!inside(expected, band)) {
      continue;
    }
    ++compared;
    ASSERT_EQ(result.beads.size(), expected.size()) << "round " << round;
    for (size_t k = 0; k < expected.size(); ++k) {
      EXPECT_EQ(result.beads[k].source, expected[k].source) << "round " << round << " bead " << k;
      EXPECT_EQ(result.beads[k].target, expected[k].target) << "round " << round << " bead " << k;
    }
  }
  EXPECT_GT(compared, 20) << "the band rarely contained the reference path";
}

TEST(BeadSearch, PosteriorsAreProbabilities) {
  std::mt19937 rng(7);
  const RandomPair pair = random_pair(rng, 30);
  Fixture f(pair.source, pair.target);
  const auto m = static_cast<uint32_t>(pair.source.size());
  const auto n = static_cast<uint32_t>(pair.target.size());
  const BandScores scored(f, 8);
  const search::SearchResult result =
      search::search_beads(scored.scorer, scored.band, all_shapes(), 1.0F);
  testing::expect_partition(Alignment{result.beads}, m, n);
  float mean = 0.0F;
  for (const Bead& bead : result.beads) {
    mean += bead.confidence;
  }
  EXPECT_GT(mean / static_cast<float>(result.beads.size()), 0.5F);
}

// Every shape with at most 4 sentences a side (a + b <= 5), as align() searches by default.
std::vector<score::Shape> every_shape() {
  std::vector<score::Shape> shapes = {{1, 0, -4.6F}, {0, 1, -4.6F}};
  for (uint8_t a = 1; a <= 4; ++a) {
    for (uint8_t b = 1; a + b <= 5; ++b) {
      shapes.push_back({a, b, a == b ? -0.15F * a * a : -1.5F * static_cast<float>(a + b)});
    }
  }
  return shapes;
}

// The confidences of the banded search are posteriors: with a band that holds every cell they
// equal a plain full-matrix forward-backward, on random pairs with and without empty sentences
// and at two temperatures.
class BeadPosteriors : public ::testing::TestWithParam<bool> {};

TEST_P(BeadPosteriors, EqualTheFullForwardBackward) {
  std::mt19937 rng(GetParam() ? 31 : 29);
  const std::vector<score::Shape> shapes = every_shape();
  int compared = 0;
  for (int round = 0; round < 12; ++round) {
    RandomPair pair = random_pair(rng, 6 + static_cast<size_t>(round));
    if (GetParam()) {
      pair.source[static_cast<size_t>(round) % pair.source.size()].clear();
      pair.target[pair.target.size() / 2].clear();
    }
    Fixture f(pair.source, pair.target);
    const auto m = static_cast<uint32_t>(pair.source.size());
    const auto n = static_cast<uint32_t>(pair.target.size());
    const BandScores scored(f, m + n + 1, score::ScoringParameters{}, true, 4);
    for (const float temperature : {1.0F, 2.5F}) {
      const search::SearchResult result =
          search::search_beads(scored.scorer, scored.band, shapes, temperature);
      testing::expect_partition(Alignment{result.beads}, m, n);
      const std::vector<double> expected =
          testing::reference_posteriors(scored.scorer, m, n, shapes, temperature, result.beads);
      for (size_t k = 0; k < result.beads.size(); ++k) {
        EXPECT_NEAR(result.beads[k].confidence, expected[k], 1e-4)
            << "round " << round << " temperature " << temperature << " bead " << k;
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 200);
}

INSTANTIATE_TEST_SUITE_P(WithAndWithoutEmptySentences, BeadPosteriors, ::testing::Bool());

TEST(BeadSearch, SameResultWithoutTheScoreCache) {
  std::mt19937 rng(11);
  const RandomPair pair = random_pair(rng, 40);
  Fixture f(pair.source, pair.target);
  const BandScores scored(f, 6);
  const search::SearchResult cached =
      search::search_beads(scored.scorer, scored.band, all_shapes(), 1.0F);
  const search::SearchResult recomputed =
      search::search_beads(scored.scorer, scored.band, all_shapes(), 1.0F, 0);
  ASSERT_EQ(cached.beads.size(), recomputed.beads.size());
  for (size_t k = 0; k < cached.beads.size(); ++k) {
    EXPECT_EQ(cached.beads[k].source, recomputed.beads[k].source);
    EXPECT_EQ(cached.beads[k].target, recomputed.beads[k].target);
    EXPECT_FLOAT_EQ(cached.beads[k].confidence, recomputed.beads[k].confidence);
  }
}

// The Viterbi pass alone (the stripes of the gap search) finds search_beads' path, bead scores
// and edge rows, on random pairs with every shape and narrow bands that the path touches.
TEST(BeadSearch, BestPathAloneEqualsTheFullSearchsPath) {
  std::mt19937 rng(13);
  for (int round = 0; round < 20; ++round) {
    const RandomPair pair = random_pair(rng, 10 + 3 * static_cast<size_t>(round));
    Fixture f(pair.source, pair.target);
    const BandScores scored(f, 2 + static_cast<uint32_t>(round % 4), score::ScoringParameters{},
                            false, 4);
    const search::SearchResult full =
        search::search_beads(scored.scorer, scored.band, every_shape(), 1.0F);
    const search::SearchResult best =
        search::search_best_path(scored.scorer, scored.band, every_shape());
    testing::expect_partition(Alignment{best.beads}, pair.source.size(), pair.target.size());
    ASSERT_EQ(best.beads.size(), full.beads.size()) << "round " << round;
    for (size_t k = 0; k < full.beads.size(); ++k) {
      EXPECT_EQ(best.beads[k].source, full.beads[k].source) << "round " << round << " bead " << k;
      EXPECT_EQ(best.beads[k].target, full.beads[k].target) << "round " << round << " bead " << k;
      EXPECT_EQ(best.beads[k].confidence, 0.0F);
    }
    EXPECT_EQ(best.scores, full.scores) << "round " << round;
    EXPECT_EQ(best.edge_rows, full.edge_rows) << "round " << round;
  }
}

// Also with empty sentences (--allow-empty-lines), which score by their own rules.
class BeadScorerRows : public ::testing::TestWithParam<bool> {};

TEST_P(BeadScorerRows, RowScoresEqualSingleScores) {
  std::mt19937 rng(5);
  RandomPair pair = random_pair(rng, 30);
  if (GetParam()) {
    for (size_t i = 0; i < pair.source.size(); i += 7) {
      pair.source[i].clear();
    }
    for (size_t j = 2; j < pair.target.size(); j += 5) {
      pair.target[j].clear();
    }
  }
  Fixture f(pair.source, pair.target);
  const auto m = static_cast<uint32_t>(pair.source.size());
  const auto n = static_cast<uint32_t>(pair.target.size());
  const BandScores scored(f, 5, score::ScoringParameters{}, true);
  const score::BeadScorer& scorer = scored.scorer;
  int compared = 0;
  for (const score::Shape& shape : all_shapes()) {
    for (uint32_t i0 = 0; i0 + shape.source <= m; ++i0) {
      // Rows reaching past the stored cells too: they must read as no evidence.
      const uint32_t count = n + 1 - shape.target;
      std::vector<float> row(count);
      scorer.score_row(i0, shape.source, 0, shape.target, count, shape.log_prior, row.data());
      for (uint32_t j0 = 0; j0 < count; ++j0) {
        EXPECT_FLOAT_EQ(row[j0], scorer.score(i0, shape.source, j0, shape.target, shape.log_prior))
            << "shape " << int{shape.source} << "-" << int{shape.target} << " at " << i0 << ","
            << j0;
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 1000);
}

INSTANTIATE_TEST_SUITE_P(WithAndWithoutEmptySentences, BeadScorerRows, ::testing::Bool());

// Left-out sentences (a moved block while the monotone path is searched again without it) are
// in no bead with both sides, row by row as one by one; the rest is still aligned.
TEST(BeadScorer, LeftOutSentencesStandAlone) {
  std::mt19937 rng(7);
  const RandomPair pair = random_pair(rng, 40);
  Fixture f(pair.source, pair.target);
  const auto m = static_cast<uint32_t>(pair.source.size());
  const auto n = static_cast<uint32_t>(pair.target.size());
  score::ScoringParameters parameters;
  parameters.source_left_out = {{5, 9}, {30, 31}};
  parameters.target_left_out = {{12, 16}};
  parameters.source_gaps = parameters.source_left_out;
  parameters.target_gaps = parameters.target_left_out;
  const BandScores scored(f, 8, parameters);
  const auto left_out = [](const std::vector<IndexRange>& ranges, IndexRange range) {
    return std::any_of(ranges.begin(), ranges.end(),
                       [&](IndexRange r) { return range.begin < r.end && r.begin < range.end; });
  };
  int impossible = 0;
  for (const score::Shape& shape : all_shapes()) {
    for (uint32_t i0 = 0; i0 + shape.source <= m; ++i0) {
      const uint32_t count = n + 1 - shape.target;
      std::vector<float> row(count);
      scored.scorer.score_row(i0, shape.source, 0, shape.target, count, shape.log_prior,
                              row.data());
      for (uint32_t j0 = 0; j0 < count; ++j0) {
        const float single =
            scored.scorer.score(i0, shape.source, j0, shape.target, shape.log_prior);
        EXPECT_FLOAT_EQ(row[j0], single) << i0 << "," << j0;
        const bool paired = shape.source > 0 && shape.target > 0;
        const bool holds = left_out(parameters.source_left_out, {i0, i0 + shape.source}) ||
                           left_out(parameters.target_left_out, {j0, j0 + shape.target});
        EXPECT_EQ(std::isinf(single), paired && holds) << i0 << "," << j0;
        impossible += std::isinf(single) ? 1 : 0;
      }
    }
  }
  EXPECT_GT(impossible, 100);
  const search::SearchResult result =
      search::search_beads(scored.scorer, scored.band, all_shapes(), 1.0F);
  int paired = 0;
  for (const Bead& bead : result.beads) {
    if (!bead.source.empty() && !bead.target.empty()) {
      EXPECT_FALSE(left_out(parameters.source_left_out, bead.source));
      EXPECT_FALSE(left_out(parameters.target_left_out, bead.target));
      ++paired;
    }
  }
  EXPECT_GT(paired, 20);
}

}  // namespace
}  // namespace parallax
