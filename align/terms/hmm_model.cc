#include "terms/hmm_model.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace parallax::terms {

namespace {

using Matrix = Eigen::MatrixXf;
using Vector = Eigen::VectorXf;
using Eigen::Index;

// The count every jump width gets on top of its expected count, so that no width ever has
// probability 0 (a word may always move anywhere).
constexpr float kJumpSmoothing = 0.1F;

size_t width_index(Index d, Index max_jump) noexcept {
  return static_cast<size_t>(std::clamp(d, -max_jump, max_jump) + max_jump);
}

// What forward_backward gives for one pair.
struct Posteriors {
  Matrix linked;  // γ(i, j) = p(a_j = i | e, f)
  Vector null;    // p(a_j = NULL | e, f)
  Vector first;   // the posterior of the position remembered at j = 0 (the start's jump)
  Matrix jumps;   // Σ_j ξ_j(i, k): expected jumps from i to k
};

// The posteriors of one pair under the model of hmm_model.h (jumps: c(k - i)^w at (i, k);
// start: c(k + 1)^w; diagonal: D), by the scaled forward-backward algorithm (Rabiner 1989, "A
// Tutorial on Hidden Markov Models and Selected Applications in Speech Recognition", Proc.
// IEEE 77(2), eq. 91-92: each forward step normalised to sum 1, the backward steps divided by
// the same scales). States: e_i, and NULL remembering i. A state's future depends only on the
// position it remembers, so both share one backward value b_j(i). With z_j = jumps · D.col(j)
// (the normaliser of each i), the transitions into column j are a matrix-vector product:
//   α_j(k) ∝ e(k, j) · ((1 - p0) · D(k, j) · Σ_i jumps(i, k) · s_{j-1}(i) / z_j(i)),
// s the forward mass remembering i (e_i or NULL). O(m²·n) per pair.
Posteriors forward_backward(const Matrix& emission,
                            const Vector& null_emission,
                            const Matrix& jumps,
                            const Vector& start,
                            const Matrix& diagonal_prior,
                            float p0) {
  const Index m = emission.rows();
  const Index n = emission.cols();
  Matrix real(m, n);   // α̂ of e_i
  Matrix empty(m, n);  // α̂ of NULL remembering i
  Matrix back(m, n);   // b_j(i)
  const Matrix z = jumps * diagonal_prior;
  Vector scale(n);
  Vector first = start.cwiseProduct(diagonal_prior.col(0));
  first /= first.sum();
  Vector pre_real = (1.0F - p0) * first;
  Vector pre_null = p0 * first;
  for (Index j = 0; j < n; ++j) {
    real.col(j) = pre_real.cwiseProduct(emission.col(j));
    empty.col(j) = pre_null * null_emission(j);
    scale(j) = real.col(j).sum() + empty.col(j).sum();
    real.col(j) /= scale(j);
    empty.col(j) /= scale(j);
    if (j + 1 < n) {
      const Vector remembered = real.col(j) + empty.col(j);
      pre_real.noalias() = jumps.transpose() * remembered.cwiseQuotient(z.col(j + 1));
      pre_real = (1.0F - p0) * pre_real.cwiseProduct(diagonal_prior.col(j + 1));
      pre_null = p0 * remembered;
    }
  }
  back.col(n - 1).setOnes();
  Matrix weighted(m, n);  // D(k, j) · e(k, j) · b_j(k) / scale_j
  for (Index j = n - 1; j >= 0; --j) {
    weighted.col(j) =
        diagonal_prior.col(j).cwiseProduct(emission.col(j)).cwiseProduct(back.col(j)) / scale(j);
    if (j > 0) {
      back.col(j - 1).noalias() = jumps * weighted.col(j);
      back.col(j - 1) = (1.0F - p0) * back.col(j - 1).cwiseQuotient(z.col(j));
      back.col(j - 1) += (p0 * null_emission(j) / scale(j)) * back.col(j);
    }
  }
  Posteriors out;
  out.linked = real.cwiseProduct(back);
  out.null = empty.cwiseProduct(back).colwise().sum().transpose();
  out.first = out.linked.col(0) + empty.col(0).cwiseProduct(back.col(0));
  out.jumps = Matrix::Zero(m, m);
  if (n > 1) {
    // ξ_j(i, k) = s_{j-1}(i) / z_j(i) · (1 - p0) · jumps(i, k) · weighted(k, j), summed over j.
    const Matrix spread =
        (real.leftCols(n - 1) + empty.leftCols(n - 1)).cwiseQuotient(z.rightCols(n - 1));
    out.jumps.noalias() = spread * weighted.rightCols(n - 1).transpose();
    out.jumps = (1.0F - p0) * out.jumps.cwiseProduct(jumps);
  }
  return out;
}

}  // namespace

HmmModel::HmmModel(const std::vector<IdPair>& pairs,
                   const std::function<float(uint32_t, uint32_t)>& prior,
                   const DiagonalModelOptions& model,
                   const HmmModelOptions& options)
    : HmmModel(pairs, prior, model, options, CellIndex{}) {}

HmmModel::HmmModel(const std::vector<IdPair>& pairs,
                   const std::function<float(uint32_t, uint32_t)>& prior,
                   const DiagonalModelOptions& model,
                   const HmmModelOptions& options,
                   CellIndex cells)
    : lexicon_(pairs, prior, model, options.iterations > 0 ? &cells : nullptr),
      model_(model),
      options_(options) {
  // The first jumps: forward by one word most of the time, falling off with the width, so
  // that the first E step keeps the order Model 2 gave.
  const auto max_jump = static_cast<Index>(options_.max_jump);
  jumps_.resize(static_cast<size_t>(2 * max_jump + 1));
  for (Index d = -max_jump; d <= max_jump; ++d) {
    jumps_[width_index(d, max_jump)] = std::exp(-0.5F * static_cast<float>(std::abs(d - 1)));
  }
  for (uint32_t iteration = 0; iteration < options_.iterations; ++iteration) {
    train(pairs, cells);
  }
}

void HmmModel::train(const std::vector<IdPair>& pairs, const CellIndex& cells) {
  const auto max_jump = static_cast<Index>(options_.max_jump);
  const float p0 = model_.null_probability;
  std::vector<float> counts(lexicon_.table().size(), 0.0F);
  std::vector<float> null_counts(lexicon_.null_size(), 0.0F);
  std::vector<float> jump_counts(jumps_.size(), 0.0F);
  const std::vector<float>& t = lexicon_.table();
  for (size_t k = 0; k < pairs.size(); ++k) {
    const IdPair& pair = pairs[k];
    const auto m = static_cast<Index>(pair.given.size());
    const auto n = static_cast<Index>(pair.generated.size());
    if (m == 0 || n == 0) {
      continue;
    }
    const uint32_t* cell = cells.index.data() + cells.begin[k];
    Matrix emission(m, n);
    for (Index i = 0; i < m; ++i) {
      for (Index j = 0; j < n; ++j) {
        emission(i, j) = t[cell[i * n + j]];
      }
    }
    const Posteriors posteriors = forward_backward(
        emission, null_emissions(pair), jump_weights(m), start_weights(m),
        diagonal(pair.given.size(), pair.generated.size(), model_.tension).matrix(), p0);
    for (Index i = 0; i < m; ++i) {
      for (Index j = 0; j < n; ++j) {
        counts[cell[i * n + j]] += posteriors.linked(i, j);
      }
    }
    for (Index j = 0; j < n; ++j) {
      null_counts[pair.generated[static_cast<size_t>(j)]] += posteriors.null(j);
    }
    for (Index c = 0; c < m; ++c) {
      jump_counts[width_index(c + 1, max_jump)] += posteriors.first(c);
      for (Index i = 0; i < m; ++i) {
        jump_counts[width_index(c - i, max_jump)] += posteriors.jumps(i, c);
      }
    }
  }
  lexicon_.maximise(counts, null_counts);
  for (size_t d = 0; d < jumps_.size(); ++d) {
    jumps_[d] = jump_counts[d] + kJumpSmoothing;
  }
}

Matrix HmmModel::jump_weights(Index m) const {
  if (options_.iterations == 0) {
    return Matrix::Ones(m, m);  // Model 2: no jumps learned, the diagonal alone
  }
  const auto max_jump = static_cast<Index>(options_.max_jump);
  Vector by_width(2 * max_jump + 1);
  for (Index d = 0; d < by_width.size(); ++d) {
    by_width(d) = std::pow(jumps_[static_cast<size_t>(d)], options_.jump_weight);
  }
  Matrix out(m, m);
  for (Index k = 0; k < m; ++k) {
    for (Index i = 0; i < m; ++i) {
      out(i, k) = by_width(static_cast<Index>(width_index(k - i, max_jump)));
    }
  }
  return out;
}

Vector HmmModel::start_weights(Index m) const {
  if (options_.iterations == 0) {
    return Vector::Ones(m);
  }
  const auto max_jump = static_cast<Index>(options_.max_jump);
  Vector out(m);
  for (Index k = 0; k < m; ++k) {
    out(k) = std::pow(jumps_[width_index(k + 1, max_jump)], options_.jump_weight);
  }
  return out;
}

Matrix HmmModel::emissions(IdPair pair) const {
  const auto m = static_cast<Index>(pair.given.size());
  const auto n = static_cast<Index>(pair.generated.size());
  Matrix out(m, n);
  for (Index i = 0; i < m; ++i) {
    for (Index j = 0; j < n; ++j) {
      out(i, j) =
          translation(pair.given[static_cast<size_t>(i)], pair.generated[static_cast<size_t>(j)]);
    }
  }
  return out;
}

Vector HmmModel::null_emissions(IdPair pair) const {
  Vector out(static_cast<Index>(pair.generated.size()));
  for (Index j = 0; j < out.size(); ++j) {
    out(j) = lexicon_.null_translation(pair.generated[static_cast<size_t>(j)]);
  }
  return out;
}

Matrix HmmModel::posteriors(IdPair pair) const {
  const size_t m = pair.given.size();
  const size_t n = pair.generated.size();
  const auto rows = static_cast<Index>(m);
  Matrix out(rows + 1, static_cast<Index>(n));
  if (m == 0 || n == 0) {
    out.setZero();
    return out;
  }
  const float p0 = model_.null_probability;
  const Matrix diagonal_prior = diagonal(m, n, model_.tension).matrix();
  if (options_.iterations == 0) {
    // Model 2 (uniform jumps): every word on its own, p(a_j = i) ∝ (1 - p0) · D(i, j) ·
    // t(f_j | e_i); forward_backward would give the same in O(m²·n).
    out.topRows(rows) = (1.0F - p0) * diagonal_prior.cwiseProduct(emissions(pair));
    out.row(rows) = p0 * null_emissions(pair).transpose();
    out.array().rowwise() /= out.array().colwise().sum();
    return out;
  }
  const Posteriors posteriors =
      forward_backward(emissions(pair), null_emissions(pair), jump_weights(rows),
                       start_weights(rows), diagonal_prior, p0);
  out.topRows(rows) = posteriors.linked;
  out.row(rows) = posteriors.null.transpose();
  return out;
}

float HmmModel::transition(uint32_t from, uint32_t to, uint32_t j, uint32_t m, uint32_t n) const {
  const Vector column = diagonal(m, n, model_.tension).matrix().col(static_cast<Index>(j));
  if (from == DiagonalModel::kNull) {
    const Vector start = start_weights(static_cast<Index>(m)).cwiseProduct(column);
    return start(static_cast<Index>(to)) / start.sum();
  }
  const Matrix jumps = jump_weights(static_cast<Index>(m));
  const auto row = static_cast<Index>(from);
  return jumps(row, static_cast<Index>(to)) * column(static_cast<Index>(to)) /
         jumps.row(row).dot(column);
}

}  // namespace parallax::terms
