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

// The distinct (e, f) of every training pair, sorted.
std::vector<uint64_t> distinct_keys(const std::vector<IdPair>& pairs) {
  std::vector<uint64_t> keys;
  for (const IdPair& pair : pairs) {
    for (const uint32_t e : pair.given) {
      for (const uint32_t f : pair.generated) {
        keys.push_back(key_of(e, f));
      }
    }
    // Keep the temporary list near the number of distinct pairs.
    if (keys.size() > (1U << 24U)) {
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

// One more than the largest generated word id (0 without any).
uint32_t generated_vocabulary(const std::vector<IdPair>& pairs) {
  uint32_t vocabulary = 0;
  for (const IdPair& pair : pairs) {
    for (const uint32_t f : pair.generated) {
      vocabulary = std::max(vocabulary, f + 1);
    }
  }
  return vocabulary;
}

// Index of key in the sorted keys, or DiagonalModel::kNull.
uint32_t index_of(const std::vector<uint64_t>& keys, uint64_t key) {
  const auto it = std::lower_bound(keys.begin(), keys.end(), key);
  return it != keys.end() && *it == key ? static_cast<uint32_t>(it - keys.begin())
                                        : DiagonalModel::kNull;
}

// Every training pair's cells as indices into keys, row-major (i · n + j); pair k's start at
// index[begin[k]].
struct Cells {
  std::vector<uint32_t> index;
  std::vector<size_t> begin;
};

Cells cells_of(const std::vector<IdPair>& pairs, const std::vector<uint64_t>& keys) {
  Cells cells;
  for (const IdPair& pair : pairs) {
    cells.begin.push_back(cells.index.size());
    for (const uint32_t e : pair.given) {
      for (const uint32_t f : pair.generated) {
        cells.index.push_back(index_of(keys, key_of(e, f)));
      }
    }
  }
  return cells;
}

// Normalises values over the pairs of each given word (contiguous in keys).
void normalise_by_given(const std::vector<uint64_t>& keys, std::vector<float>& values) {
  for (size_t first = 0; first < keys.size();) {
    size_t last = first;
    float total = 0.0F;
    while (last < keys.size() && given_of(keys[last]) == given_of(keys[first])) {
      total += values[last++];
    }
    for (size_t k = first; k < last; ++k) {
      values[k] /= total;
    }
    first = last;
  }
}

// The E step: adds to counts (by key) and null_counts (by f) the posterior of every alignment
// link of every training pair under the current t and null_t.
void add_expected_counts(const std::vector<IdPair>& pairs,
                         const Cells& cells,
                         const std::vector<float>& t,
                         const std::vector<float>& null_t,
                         const DiagonalModelOptions& options,
                         std::vector<float>& counts,
                         std::vector<float>& null_counts) {
  const float p0 = options.null_probability;
  for (size_t k = 0; k < pairs.size(); ++k) {
    const size_t m = pairs[k].given.size();
    const size_t n = pairs[k].generated.size();
    if (m == 0 || n == 0) {
      continue;
    }
    const uint32_t* cell = cells.index.data() + cells.begin[k];
    Eigen::ArrayXXf posterior = diagonal(m, n, options.tension) * (1.0F - p0);
    for (size_t i = 0; i < m; ++i) {
      for (size_t j = 0; j < n; ++j) {
        posterior(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) *= t[cell[i * n + j]];
      }
    }
    for (size_t j = 0; j < n; ++j) {
      const uint32_t f = pairs[k].generated[j];
      const float from_null = p0 * null_t[f];
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
}

// The M step for NULL: t(f | NULL) ∝ expected count + kSmoothing.
void reestimate_null(const std::vector<float>& null_counts, std::vector<float>& null_t) {
  float null_total = 0.0F;
  for (const float count : null_counts) {
    null_total += count + kSmoothing;
  }
  for (size_t f = 0; f < null_t.size(); ++f) {
    null_t[f] = (null_counts[f] + kSmoothing) / null_total;
  }
}

}  // namespace

DiagonalModel::DiagonalModel(const std::vector<IdPair>& pairs,
                             const std::function<float(uint32_t, uint32_t)>& prior,
                             const DiagonalModelOptions& options)
    : options_(options), keys_(distinct_keys(pairs)) {
  const uint32_t vocabulary = generated_vocabulary(pairs);
  const Cells cells = cells_of(pairs, keys_);
  std::vector<float> pseudo(keys_.size());
  for (size_t k = 0; k < keys_.size(); ++k) {
    pseudo[k] = prior(given_of(keys_[k]), static_cast<uint32_t>(keys_[k]));
  }
  t_.resize(keys_.size());
  for (size_t k = 0; k < keys_.size(); ++k) {
    t_[k] = 1.0F + pseudo[k];
  }
  normalise_by_given(keys_, t_);
  null_t_.assign(vocabulary, vocabulary == 0 ? 0.0F : 1.0F / static_cast<float>(vocabulary));

  std::vector<float> counts(keys_.size());
  std::vector<float> null_counts(vocabulary);
  for (uint32_t iteration = 0; iteration < options_.iterations; ++iteration) {
    std::fill(counts.begin(), counts.end(), 0.0F);
    std::fill(null_counts.begin(), null_counts.end(), 0.0F);
    add_expected_counts(pairs, cells, t_, null_t_, options_, counts, null_counts);
    // The M step: t(f | e) ∝ expected count + prior pseudo-count + kSmoothing.
    for (size_t k = 0; k < keys_.size(); ++k) {
      t_[k] = counts[k] + pseudo[k] + kSmoothing;
    }
    normalise_by_given(keys_, t_);
    reestimate_null(null_counts, null_t_);
  }
}

uint32_t DiagonalModel::find(uint32_t e, uint32_t f) const {
  return index_of(keys_, key_of(e, f));
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
