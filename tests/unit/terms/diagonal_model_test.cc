#include "terms/diagonal_model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace parallax {
namespace {

using Table = std::map<std::pair<uint32_t, uint32_t>, float>;  // (e, f) -> t(f | e)

// Training pairs of Zipf-like words, so that some given words co-occur with most generated
// words and others with a few (the rows of the model's table are of very different lengths).
// The ids are scattered (word w has id w · 7919 mod 65521): consecutive ids hash to evenly
// spread slots and would never exercise a probe past the first slot.
std::vector<std::pair<std::vector<uint32_t>, std::vector<uint32_t>>> random_pairs() {
  std::mt19937 random(20261206);
  const auto word = [&](uint32_t vocabulary) {
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(random);
    return static_cast<uint32_t>(std::pow(u, 3.0) * vocabulary) * 7919U % 65521U;
  };
  std::vector<std::pair<std::vector<uint32_t>, std::vector<uint32_t>>> pairs(400);
  for (auto& [given, generated] : pairs) {
    const auto m = static_cast<uint32_t>(1 + random() % 12);
    const auto n = static_cast<uint32_t>(1 + random() % 14);
    for (uint32_t i = 0; i < m; ++i) {
      given.push_back(word(300));
    }
    for (uint32_t j = 0; j < n; ++j) {
      generated.push_back(word(500));
    }
  }
  return pairs;
}

// The model's EM (diagonal_model.h) written plainly over a map of (e, f): the slow reference
// for the model's table of distinct pairs, its cell indices and its lookup.
Table reference_model(const std::vector<terms::IdPair>& pairs,
                      const terms::DiagonalModelOptions& options,
                      float (*prior)(uint32_t, uint32_t)) {
  Table t;
  Table pseudo;
  uint32_t vocabulary = 0;
  for (const terms::IdPair& pair : pairs) {
    for (const uint32_t e : pair.given) {
      for (const uint32_t f : pair.generated) {
        pseudo[{e, f}] = prior(e, f);
        vocabulary = std::max(vocabulary, f + 1);
      }
    }
  }
  const auto normalise = [](Table& values) {
    std::map<uint32_t, float> totals;
    for (const auto& [key, value] : values) {
      totals[key.first] += value;
    }
    for (auto& [key, value] : values) {
      value /= totals[key.first];
    }
  };
  for (const auto& [key, value] : pseudo) {
    t[key] = 1.0F + value;
  }
  normalise(t);
  std::vector<float> null_t(vocabulary, 1.0F / static_cast<float>(vocabulary));
  const float p0 = options.null_probability;
  for (uint32_t iteration = 0; iteration < options.iterations; ++iteration) {
    Table counts;
    std::vector<float> null_counts(vocabulary, 0.0F);
    for (const terms::IdPair& pair : pairs) {
      const size_t m = pair.given.size();
      const size_t n = pair.generated.size();
      // λ weakened below min_length words (DiagonalModelOptions::min_length).
      const float tension =
          options.tension * std::min(1.0F, static_cast<float>(std::max(m, n)) /
                                               static_cast<float>(options.min_length));
      for (size_t j = 0; j < n; ++j) {
        std::vector<float> diagonal(m);
        float diagonal_total = 0.0F;
        for (size_t i = 0; i < m; ++i) {
          const float h = std::abs((static_cast<float>(i) + 0.5F) / static_cast<float>(m) -
                                   (static_cast<float>(j) + 0.5F) / static_cast<float>(n));
          diagonal[i] = std::exp(-tension * h);
          diagonal_total += diagonal[i];
        }
        std::vector<float> posterior(m);
        float total = p0 * null_t[pair.generated[j]];
        for (size_t i = 0; i < m; ++i) {
          posterior[i] =
              diagonal[i] / diagonal_total * (1.0F - p0) * t[{pair.given[i], pair.generated[j]}];
          total += posterior[i];
        }
        for (size_t i = 0; i < m; ++i) {
          counts[{pair.given[i], pair.generated[j]}] += posterior[i] / total;
        }
        null_counts[pair.generated[j]] += p0 * null_t[pair.generated[j]] / total;
      }
    }
    for (auto& [key, value] : t) {
      value = counts[key] + pseudo[key] + 1e-3F;
    }
    normalise(t);
    float null_total = 0.0F;
    for (const float count : null_counts) {
      null_total += count + 1e-3F;
    }
    for (uint32_t f = 0; f < vocabulary; ++f) {
      null_t[f] = (null_counts[f] + 1e-3F) / null_total;
    }
  }
  return t;
}

// Every co-occurring (e, f) gets the reference's t(f | e), every other pair the floor: a wrong
// cell index or lookup gives a pair another pair's probability.
TEST(TermsDiagonalModel, TableAndLookupMatchThePlainReference) {
  const auto words = random_pairs();
  std::vector<terms::IdPair> pairs;
  for (const auto& [given, generated] : words) {
    pairs.push_back(terms::IdPair{given, generated});
  }
  const auto prior = [](uint32_t e, uint32_t f) { return (e + f) % 7 == 0 ? 2.0F : 0.0F; };
  const terms::DiagonalModelOptions options;
  const terms::DiagonalModel model(pairs, prior, options);
  const Table reference = reference_model(pairs, options, +prior);
  ASSERT_GT(reference.size(), 5000U);
  for (const auto& [key, value] : reference) {
    ASSERT_NEAR(model.translation(key.first, key.second), std::max(value, 1e-6F),
                1e-4F * value + 1e-7F)
        << "t(" << key.second << " | " << key.first << ")";
  }
  std::set<uint32_t> given = {65530};  // and one id past every trained one
  std::set<uint32_t> generated = {65530};
  for (const auto& [key, value] : reference) {
    given.insert(key.first);
    generated.insert(key.second);
  }
  uint32_t unseen = 0;
  for (const uint32_t e : given) {
    for (const uint32_t f : generated) {
      if (!reference.contains({e, f})) {
        ASSERT_EQ(model.translation(e, f), 1e-6F) << "t(" << f << " | " << e << ")";
        ++unseen;
      }
    }
  }
  EXPECT_GT(unseen, 10000U);
}

}  // namespace
}  // namespace parallax
