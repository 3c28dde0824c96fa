#include "terms/diagonal_model.h"

#include <algorithm>
#include <cmath>

#include <Eigen/Core>

namespace parallax::terms {

namespace {

// t of a pair never seen in training, and the smoothing added to every count so that a pair
// seen once without evidence keeps a non-zero probability.
constexpr float kFloor = 1e-6F;
constexpr float kSmoothing = 1e-3F;

uint64_t key_of(uint32_t e, uint32_t f) noexcept {
  return (static_cast<uint64_t>(e) << 32U) | f;
}

uint32_t given_of(uint64_t key) noexcept {
  return static_cast<uint32_t>(key >> 32U);
}

// a(i | j) for every (i, j) of an m × n pair, without the (1 - p0) factor: column j holds the
// normalised exp(-λ·|(i+½)/m - (j+½)/n|).
Eigen::ArrayXXf diagonal(size_t m, size_t n, float tension) {
  const Eigen::ArrayXf rows =
      (Eigen::ArrayXf::LinSpaced(static_cast<Eigen::Index>(m), 0.0F, static_cast<float>(m) - 1) +
       0.5F) /
      static_cast<float>(m);
  Eigen::ArrayXXf out(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(n));
  for (Eigen::Index j = 0; j < out.cols(); ++j) {
    const float column = (static_cast<float>(j) + 0.5F) / static_cast<float>(n);
    out.col(j) = (-tension * (rows - column).abs()).exp();
    out.col(j) /= out.col(j).sum();
  }
  return out;
}

}  // namespace

DiagonalModel::DiagonalModel(const std::vector<IdPair>& pairs,
                             const std::function<float(uint32_t, uint32_t)>& prior,
                             const DiagonalModelOptions& options)
    : options_(options) {
  uint32_t generated_vocabulary = 0;
  for (const IdPair& pair : pairs) {
    for (const uint32_t e : pair.given) {
      for (const uint32_t f : pair.generated) {
        keys_.push_back(key_of(e, f));
      }
    }
    for (const uint32_t f : pair.generated) {
      generated_vocabulary = std::max(generated_vocabulary, f + 1);
    }
    // Keep the temporary list near the number of distinct pairs.
    if (keys_.size() > (1U << 24U)) {
      std::sort(keys_.begin(), keys_.end());
      keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
    }
  }
  std::sort(keys_.begin(), keys_.end());
  keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());

  // Every pair's cells as indices into keys_, row-major (i · n + j).
  std::vector<uint32_t> cells;
  std::vector<size_t> cell_begin;
  for (const IdPair& pair : pairs) {
    cell_begin.push_back(cells.size());
    for (const uint32_t e : pair.given) {
      for (const uint32_t f : pair.generated) {
        cells.push_back(find(e, f));
      }
    }
  }

  std::vector<float> pseudo(keys_.size());
  for (size_t k = 0; k < keys_.size(); ++k) {
    pseudo[k] = prior(given_of(keys_[k]), static_cast<uint32_t>(keys_[k]));
  }
  // Normalises values over the pairs of each given word (contiguous in keys_).
  const auto normalise = [this](std::vector<float>& values) {
    for (size_t first = 0; first < keys_.size();) {
      size_t last = first;
      float total = 0.0F;
      while (last < keys_.size() && given_of(keys_[last]) == given_of(keys_[first])) {
        total += values[last++];
      }
      for (size_t k = first; k < last; ++k) {
        values[k] /= total;
      }
      first = last;
    }
  };
  t_.resize(keys_.size());
  for (size_t k = 0; k < keys_.size(); ++k) {
    t_[k] = 1.0F + pseudo[k];
  }
  normalise(t_);
  null_t_.assign(generated_vocabulary, generated_vocabulary == 0
                                           ? 0.0F
                                           : 1.0F / static_cast<float>(generated_vocabulary));

  const float p0 = options_.null_probability;
  std::vector<float> counts(keys_.size());
  std::vector<float> null_counts(generated_vocabulary);
  for (uint32_t iteration = 0; iteration < options_.iterations; ++iteration) {
    std::fill(counts.begin(), counts.end(), 0.0F);
    std::fill(null_counts.begin(), null_counts.end(), 0.0F);
    for (size_t k = 0; k < pairs.size(); ++k) {
      const size_t m = pairs[k].given.size();
      const size_t n = pairs[k].generated.size();
      if (m == 0 || n == 0) {
        continue;
      }
      const uint32_t* cell = cells.data() + cell_begin[k];
      Eigen::ArrayXXf posterior = diagonal(m, n, options_.tension) * (1.0F - p0);
      for (size_t i = 0; i < m; ++i) {
        for (size_t j = 0; j < n; ++j) {
          posterior(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) *=
              t_[cell[i * n + j]];
        }
      }
      for (size_t j = 0; j < n; ++j) {
        const uint32_t f = pairs[k].generated[j];
        const float from_null = p0 * null_t_[f];
        const float total = posterior.col(static_cast<Eigen::Index>(j)).sum() + from_null;
        if (total <= 0.0F) {
          continue;
        }
        for (size_t i = 0; i < m; ++i) {
          counts[cell[i * n + j]] +=
              posterior(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) / total;
        }
        null_counts[f] += from_null / total;
      }
    }
    for (size_t k = 0; k < keys_.size(); ++k) {
      t_[k] = counts[k] + pseudo[k] + kSmoothing;
    }
    normalise(t_);
    float null_total = 0.0F;
    for (const float count : null_counts) {
      null_total += count + kSmoothing;
    }
    for (size_t f = 0; f < null_t_.size(); ++f) {
      null_t_[f] = (null_counts[f] + kSmoothing) / null_total;
    }
  }
}

uint32_t DiagonalModel::find(uint32_t e, uint32_t f) const {
  const uint64_t key = key_of(e, f);
  const auto it = std::lower_bound(keys_.begin(), keys_.end(), key);
  return it != keys_.end() && *it == key ? static_cast<uint32_t>(it - keys_.begin()) : kNull;
}

float DiagonalModel::translation(uint32_t e, uint32_t f) const {
  const uint32_t k = find(e, f);
  return k == kNull ? kFloor : std::max(kFloor, t_[k]);
}

float DiagonalModel::null_translation(uint32_t f) const {
  return f < null_t_.size() ? std::max(kFloor, null_t_[f]) : kFloor;
}

std::vector<uint32_t> DiagonalModel::viterbi(IdPair pair) const {
  const size_t m = pair.given.size();
  const size_t n = pair.generated.size();
  std::vector<uint32_t> out(n, kNull);
  if (m == 0 || n == 0) {
    return out;
  }
  const float p0 = options_.null_probability;
  const Eigen::ArrayXXf prior = diagonal(m, n, options_.tension) * (1.0F - p0);
  for (size_t j = 0; j < n; ++j) {
    float best = p0 * null_translation(pair.generated[j]);
    for (size_t i = 0; i < m; ++i) {
      const float score = prior(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) *
                          translation(pair.given[i], pair.generated[j]);
      if (score > best) {
        best = score;
        out[j] = static_cast<uint32_t>(i);
      }
    }
  }
  return out;
}

}  // namespace parallax::terms
