#include "terms/hmm_model.h"

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "terms/diagonal_model.h"

namespace parallax {
namespace {

using Ids = std::vector<uint32_t>;

// Random training pairs of a small vocabulary whose generated words follow their given words
// in order (with one word left out now and then): a text to learn t and jumps from.
std::vector<std::pair<Ids, Ids>> monotone_pairs() {
  std::mt19937 random(20261207);
  std::vector<std::pair<Ids, Ids>> pairs(200);
  for (auto& [given, generated] : pairs) {
    const auto m = static_cast<uint32_t>(2 + random() % 6);
    for (uint32_t i = 0; i < m; ++i) {
      const auto e = static_cast<uint32_t>(random() % 20);
      given.push_back(e);
      if (random() % 8 != 0) {
        generated.push_back(100 + e);
      }
    }
    if (generated.empty()) {
      generated.push_back(100 + given[0]);
    }
  }
  return pairs;
}

std::vector<terms::IdPair> views(const std::vector<std::pair<Ids, Ids>>& pairs) {
  std::vector<terms::IdPair> out;
  for (const auto& [given, generated] : pairs) {
    out.push_back(terms::IdPair{given, generated});
  }
  return out;
}

float no_prior(uint32_t /*e*/, uint32_t /*f*/) {
  return 0.0F;
}

// The posteriors of hmm_model.h's model by enumerating every sequence of states (e_i, or NULL
// remembering i) of a short pair, in double: the slow reference for forward_backward.
Eigen::MatrixXd reference_posteriors(const terms::HmmModel& model,
                                     const terms::IdPair& pair,
                                     float p0) {
  const auto m = static_cast<uint32_t>(pair.given.size());
  const auto n = static_cast<uint32_t>(pair.generated.size());
  Eigen::MatrixXd out = Eigen::MatrixXd::Zero(m + 1, n);
  uint32_t sequences = 1;
  for (uint32_t j = 0; j < n; ++j) {
    sequences *= 2 * m;
  }
  double total = 0.0;
  std::vector<uint32_t> states(n);
  for (uint32_t code = 0; code < sequences; ++code) {
    uint32_t rest = code;
    for (uint32_t j = 0; j < n; ++j) {
      states[j] = rest % (2 * m);  // < m: e_i; else NULL remembering states[j] - m
      rest /= 2 * m;
    }
    double probability = 1.0;
    for (uint32_t j = 0; j < n; ++j) {
      const uint32_t position = states[j] % m;
      const uint32_t from = j == 0 ? terms::DiagonalModel::kNull : states[j - 1] % m;
      const bool empty = states[j] >= m;
      if (empty && j > 0) {
        // NULL keeps the remembered position: any other is impossible.
        probability *= position == from ? p0 * model.null_translation(pair.generated[j]) : 0.0;
        continue;
      }
      const double jump = model.transition(from, position, j, m, n);
      probability *=
          empty ? p0 * jump * model.null_translation(pair.generated[j])
                : (1.0 - p0) * jump * model.translation(pair.given[position], pair.generated[j]);
    }
    total += probability;
    for (uint32_t j = 0; j < n; ++j) {
      out(states[j] >= m ? m : states[j], j) += probability;
    }
  }
  return out / total;
}

// Every pair of a fixed list: hmm's posteriors against the enumerated reference.
void check_against_reference(const terms::HmmModel& hmm, float p0) {
  // Pairs with reordering, repeats and a word of no translation, up to 3 × 4.
  const std::vector<std::pair<Ids, Ids>> tests = {{{3, 4, 5}, {105, 103, 104, 150}},
                                                  {{7, 7}, {107, 107, 107}},
                                                  {{1, 2, 1}, {101, 101}},
                                                  {{9}, {109, 108}},
                                                  {{2, 6, 8}, {106}}};
  for (const auto& [given, generated] : tests) {
    const terms::IdPair pair{given, generated};
    const Eigen::MatrixXd want = reference_posteriors(hmm, pair, p0);
    const Eigen::MatrixXf got = hmm.posteriors(pair);
    ASSERT_EQ(got.rows(), want.rows());
    ASSERT_EQ(got.cols(), want.cols());
    for (Eigen::Index j = 0; j < got.cols(); ++j) {
      for (Eigen::Index i = 0; i < got.rows(); ++i) {
        EXPECT_NEAR(got(i, j), want(i, j), 1e-4) << "cell (" << i << ", " << j << ")";
      }
    }
  }
}

// With 2 iterations (jumps learned), and with none (Model 2: the posteriors' shortcut).
TEST(TermsHmmModel, PosteriorsMatchTheEnumeratedReference) {
  const auto pairs = monotone_pairs();
  const terms::DiagonalModelOptions model;
  for (const uint32_t iterations : {2U, 0U}) {
    terms::HmmModelOptions options;
    options.iterations = iterations;
    const terms::HmmModel hmm(views(pairs), no_prior, model, options);
    check_against_reference(hmm, model.null_probability);
  }
}

TEST(TermsHmmModel, WithoutIterationsItIsModelTwo) {
  const auto pairs = monotone_pairs();
  const terms::DiagonalModelOptions model;
  terms::HmmModelOptions options;
  options.iterations = 0;
  const terms::HmmModel hmm(views(pairs), no_prior, model, options);
  const terms::DiagonalModel diagonal(views(pairs), no_prior, model);
  for (const terms::IdPair& pair : views(pairs)) {
    const Eigen::MatrixXf posteriors = hmm.posteriors(pair);
    const std::vector<uint32_t> viterbi = diagonal.viterbi(pair);
    for (Eigen::Index j = 0; j < posteriors.cols(); ++j) {
      Eigen::Index best = 0;
      posteriors.col(j).maxCoeff(&best);
      const auto m = static_cast<Eigen::Index>(pair.given.size());
      EXPECT_EQ(best == m ? terms::DiagonalModel::kNull : static_cast<uint32_t>(best),
                viterbi[static_cast<size_t>(j)]);
      EXPECT_NEAR(posteriors.col(j).sum(), 1.0F, 1e-5F);
    }
  }
}

// On text whose words follow in order, the learned jumps go forward by one word: from the
// second of four given words, the third is the most probable next one, far ahead of the first.
TEST(TermsHmmModel, LearnsToJumpToTheNextWord) {
  const auto pairs = monotone_pairs();
  terms::HmmModelOptions options;
  options.iterations = 2;
  const terms::HmmModel hmm(views(pairs), no_prior, terms::DiagonalModelOptions{}, options);
  const float next = hmm.transition(1, 2, 2, 4, 4);
  EXPECT_GT(next, hmm.transition(1, 1, 2, 4, 4));
  EXPECT_GT(next, 2.0F * hmm.transition(1, 0, 2, 4, 4));
  EXPECT_GT(next, hmm.transition(1, 3, 2, 4, 4));
}

}  // namespace
}  // namespace parallax
