#include "terms/diagonal_model.h"

#include <algorithm>
#include <cmath>
#include <utility>

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

}  // namespace

float tension_for(size_t m, size_t n, const DiagonalModelOptions& options) noexcept {
  const size_t length = std::max(m, n);
  if (length >= options.min_length) {
    return options.tension;
  }
  return options.tension * static_cast<float>(length) / static_cast<float>(options.min_length);
}

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

namespace {

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

// The training pairs holding each given word, with the word's index in them.
struct Holders {
  std::vector<size_t> begin;                        // per given word: into list
  std::vector<std::pair<uint32_t, uint32_t>> list;  // (pair, index i of the word in it)

  explicit Holders(const std::vector<IdPair>& pairs) {
    uint32_t vocabulary = 0;
    for (const IdPair& pair : pairs) {
      for (const uint32_t e : pair.given) {
        vocabulary = std::max(vocabulary, e + 1);
      }
    }
    begin.assign(size_t{vocabulary} + 1, 0);
    for (const IdPair& pair : pairs) {
      for (const uint32_t e : pair.given) {
        ++begin[e + 1];
      }
    }
    for (size_t e = 0; e < vocabulary; ++e) {
      begin[e + 1] += begin[e];
    }
    list.resize(begin.back());
    std::vector<size_t> next(begin.begin(), begin.end() - 1);
    for (size_t k = 0; k < pairs.size(); ++k) {
      for (size_t i = 0; i < pairs[k].given.size(); ++i) {
        list[next[pairs[k].given[i]]++] = {static_cast<uint32_t>(k), static_cast<uint32_t>(i)};
      }
    }
  }
};

// The distinct (e, f) of every training pair, sorted (keys), and each cell's index into them.
// Built given word by given word: the words generated with e are gathered from the pairs
// holding e and sorted, then spread by f into a scratch array from which e's cells are filled.
// (Sorting every cell's key and a binary search per cell over all keys were a fifth of the
// rendering report's time.)
void index_cells(const std::vector<IdPair>& pairs, std::vector<uint64_t>& keys, CellIndex& cells) {
  size_t total = 0;
  for (const IdPair& pair : pairs) {
    cells.begin.push_back(total);
    total += pair.given.size() * pair.generated.size();
  }
  cells.index.resize(total);
  const Holders holders(pairs);
  const uint32_t vocabulary = generated_vocabulary(pairs);
  std::vector<uint32_t> seen(vocabulary, DiagonalModel::kNull);
  std::vector<uint32_t> position(vocabulary, 0);
  std::vector<uint32_t> row;
  for (size_t e = 0; e + 1 < holders.begin.size(); ++e) {
    row.clear();
    for (size_t h = holders.begin[e]; h < holders.begin[e + 1]; ++h) {
      for (const uint32_t f : pairs[holders.list[h].first].generated) {
        if (seen[f] != e) {
          seen[f] = static_cast<uint32_t>(e);
          row.push_back(f);
        }
      }
    }
    std::sort(row.begin(), row.end());
    for (const uint32_t f : row) {
      position[f] = static_cast<uint32_t>(keys.size());
      keys.push_back(key_of(static_cast<uint32_t>(e), f));
    }
    for (size_t h = holders.begin[e]; h < holders.begin[e + 1]; ++h) {
      const auto [k, i] = holders.list[h];
      const std::span<const uint32_t> generated = pairs[k].generated;
      uint32_t* out = cells.index.data() + cells.begin[k] + size_t{i} * generated.size();
      for (const uint32_t f : generated) {
        *out++ = position[f];
      }
    }
  }
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
                         const CellIndex& cells,
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
    Eigen::ArrayXXf posterior = diagonal(m, n, tension_for(m, n, options)) * (1.0F - p0);
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
    : options_(options) {
  const uint32_t vocabulary = generated_vocabulary(pairs);
  CellIndex cells;
  index_cells(pairs, keys_, cells);
  index_keys();
  pseudo_.resize(keys_.size());
  for (size_t k = 0; k < keys_.size(); ++k) {
    pseudo_[k] = prior(given_of(keys_[k]), static_cast<uint32_t>(keys_[k]));
  }
  t_.resize(keys_.size());
  for (size_t k = 0; k < keys_.size(); ++k) {
    t_[k] = 1.0F + pseudo_[k];
  }
  normalise_by_given(keys_, t_);
  null_t_.assign(vocabulary, vocabulary == 0 ? 0.0F : 1.0F / static_cast<float>(vocabulary));

  std::vector<float> counts(keys_.size());
  std::vector<float> null_counts(vocabulary);
  for (uint32_t iteration = 0; iteration < options_.iterations; ++iteration) {
    std::fill(counts.begin(), counts.end(), 0.0F);
    std::fill(null_counts.begin(), null_counts.end(), 0.0F);
    add_expected_counts(pairs, cells, t_, null_t_, options_, counts, null_counts);
    maximise(counts, null_counts);
  }
}

void DiagonalModel::maximise(const std::vector<float>& counts,
                             const std::vector<float>& null_counts) {
  // t(f | e) ∝ expected count + prior pseudo-count + kSmoothing.
  for (size_t k = 0; k < keys_.size(); ++k) {
    t_[k] = counts[k] + pseudo_[k] + kSmoothing;
  }
  normalise_by_given(keys_, t_);
  reestimate_null(null_counts, null_t_);
}

void DiagonalModel::index_keys() {
  size_t capacity = 16;
  uint32_t bits = 4;
  // At most 3/4 full: with linear probing a miss then looks at a few slots on average.
  while (4 * keys_.size() > 3 * capacity) {
    capacity *= 2;
    ++bits;
  }
  slots_.assign(capacity, kNull);
  shift_ = 64 - bits;
  const size_t mask = capacity - 1;
  for (size_t k = 0; k < keys_.size(); ++k) {
    size_t slot = home(keys_[k]);
    while (slots_[slot] != kNull) {
      slot = (slot + 1) & mask;
    }
    slots_[slot] = static_cast<uint32_t>(k);
  }
}

size_t DiagonalModel::home(uint64_t key) const noexcept {
  // Fibonacci hashing: the top bits of the product mix both words of the key.
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
}

uint32_t DiagonalModel::find(uint32_t e, uint32_t f) const {
  const uint64_t key = key_of(e, f);
  const size_t mask = slots_.size() - 1;
  for (size_t slot = home(key);; slot = (slot + 1) & mask) {
    const uint32_t k = slots_[slot];
    if (k == kNull || keys_[k] == key) {
      return k;
    }
  }
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
  const Eigen::ArrayXXf prior = diagonal(m, n, tension_for(m, n, options_)) * (1.0F - p0);
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

Eigen::MatrixXf DiagonalModel::posteriors(IdPair pair) const {
  return posteriors(emissions(pair),
                    diagonal(pair.given.size(), pair.generated.size(),
                             tension_for(pair.given.size(), pair.generated.size(), options_)));
}

Eigen::MatrixXf DiagonalModel::emissions(IdPair pair) const {
  const auto rows = static_cast<Eigen::Index>(pair.given.size());
  const auto columns = static_cast<Eigen::Index>(pair.generated.size());
  Eigen::MatrixXf out(rows + 1, columns);
  for (Eigen::Index j = 0; j < columns; ++j) {
    const uint32_t f = pair.generated[static_cast<size_t>(j)];
    for (Eigen::Index i = 0; i < rows; ++i) {
      out(i, j) = translation(pair.given[static_cast<size_t>(i)], f);
    }
    out(rows, j) = null_translation(f);
  }
  return out;
}

Eigen::MatrixXf DiagonalModel::posteriors(const Eigen::MatrixXf& emissions,
                                          const Eigen::ArrayXXf& alignment) const {
  const Eigen::Index rows = emissions.rows() - 1;
  Eigen::MatrixXf out(emissions.rows(), emissions.cols());
  if (rows == 0 || emissions.cols() == 0) {
    out.setZero();
    return out;
  }
  const float p0 = options_.null_probability;
  out.topRows(rows) = (1.0F - p0) * alignment.matrix().cwiseProduct(emissions.topRows(rows));
  out.row(rows) = p0 * emissions.row(rows);
  out.array().rowwise() /= out.array().colwise().sum();
  return out;
}

}  // namespace parallax::terms
