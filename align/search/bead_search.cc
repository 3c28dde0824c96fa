#include "search/bead_search.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

#include <Eigen/Core>

#include "score/types.h"

namespace parallax::search {

namespace {

constexpr double kImpossible = -std::numeric_limits<double>::infinity();
constexpr uint8_t kNoShape = 0xFF;
[[maybe_unused]] constexpr size_t kMaxShapes = 16;

// Path scores grow with the document (−10⁵ at 20k sentences), where a float's step is 10⁻²:
// posteriors exp(F + s + B − total) and near-tied paths came out as noise. Doubles keep
// 10⁻¹¹.
using PathScores = Eigen::ArrayXd;
using Floats = Eigen::ArrayXf;
// One band row's candidate terms, one column per shape.
using RowTerms = Eigen::Array<double, Eigen::Dynamic, Eigen::Dynamic>;

// Below this difference, log1p(exp(difference)) < 1e-16 vanishes when added to a path score
// (never below 1 in magnitude but at the first cells): skipping exp and log1p there saved a
// tenth of the alignment time.
constexpr double kNegligible = -37.0;

// log(exp(x) + exp(y)); the difference is small, so float exponentials suffice.
double log_add_exp(double x, double y) noexcept {
  const double peak = std::max(x, y);
  const double difference = std::min(x, y) - peak;
  if (peak == kImpossible || !(difference > kNegligible)) {
    return peak;
  }
  return peak + std::log1p(std::exp(static_cast<float>(difference)));
}

// Scratch arrays of one band row, allocated once per search.
struct RowScratch {
  Eigen::ArrayXXf below_peak;
  Floats sums;
};

// Row-wise log(Σ_columns exp(terms)) of the first count rows, −inf where all are −inf. The
// differences to the peak are small: their exponentials are taken in float, four to a
// register (one by one they were an eighth of the alignment time).
void log_sum_exp_rows(const RowTerms& terms,
                      Eigen::Index count,
                      RowScratch& scratch,
                      Eigen::Ref<PathScores> out) {
  const auto block = terms.topRows(count);
  const PathScores peak = block.rowwise().maxCoeff();
  const PathScores shift = (peak == kImpossible).select(0.0, peak);
  auto below_peak = scratch.below_peak.topRows(count);
  below_peak = (block.colwise() - shift).cast<float>();
  below_peak = below_peak.exp();
  auto sums = scratch.sums.head(count);
  sums = below_peak.rowwise().sum();
  sums = sums.log();
  // exp(−inf) is a tiny number, not 0, in Eigen's SIMD exponential: keep −inf rows −inf.
  out = (peak == kImpossible).select(kImpossible, shift + sums.cast<double>());
}

// The cells of row r that a bead of shape (a, b) reaches from row r − a (forward) or leaves
// to row r + a (backward), as target positions [first, last]; empty when first > last.
struct Reach {
  int64_t first;
  int64_t last;

  uint32_t count() const { return first > last ? 0 : static_cast<uint32_t>(last - first + 1); }
};

Reach reach_from(const score::Band& band, uint32_t r, uint32_t a, uint32_t b) {
  const uint32_t p = r - a;
  return {std::max<int64_t>(band.lo[r], int64_t{band.lo[p]} + b),
          std::min<int64_t>(band.hi[r], int64_t{band.hi[p]} + b)};
}

Reach reach_to(const score::Band& band, uint32_t r, uint32_t a, uint32_t b) {
  const uint32_t q = r + a;
  return {std::max<int64_t>(band.lo[r], int64_t{band.lo[q]} - b),
          std::min<int64_t>(band.hi[r], int64_t{band.hi[q]} - b)};
}

}  // namespace

SearchResult search_beads(const score::BeadScorer& scorer,
                          const score::Band& band,
                          const std::vector<score::Shape>& shapes,
                          float temperature,
                          uint64_t score_cache_bytes) {
  assert(!shapes.empty() && shapes.size() <= kMaxShapes);
  const uint32_t rows = band.rows();
  const uint32_t m = rows - 1;
  const uint32_t n = band.columns;
  const uint64_t cells = band.cells();
  PathScores best = PathScores::Constant(static_cast<score::Index>(cells), kImpossible);
  PathScores forward = PathScores::Constant(static_cast<score::Index>(cells), kImpossible);
  std::vector<uint8_t> back(cells, kNoShape);
  const double inverse_temperature = 1.0 / temperature;
  const auto at = [&](uint32_t r, int64_t j) {
    return static_cast<score::Index>(band.offset[r] + static_cast<uint64_t>(j - band.lo[r]));
  };

  const size_t shape_count = shapes.size();
  const bool cached = cells * shape_count * sizeof(float) <= score_cache_bytes;
  // scores[k·cells + cell(r, j)] = s(bead of shape k ending at (r, j)), from the forward pass.
  std::vector<float> scores(cached ? cells * shape_count : 0,
                            -std::numeric_limits<float>::infinity());
  uint32_t widest = 0;
  for (uint32_t r = 0; r < rows; ++r) {
    widest = std::max(widest, band.hi[r] - band.lo[r] + 1);
  }
  Floats fresh(widest);
  RowTerms terms(widest, static_cast<Eigen::Index>(shape_count));
  PathScores sums(widest);
  RowScratch scratch{Eigen::ArrayXXf(widest, static_cast<Eigen::Index>(shape_count)),
                     Floats(widest)};

  // Beads (a ≥ 1) come from earlier rows: a whole row at once. Beads (0, b) stay in the row
  // and chain along it: cell by cell afterwards.
  for (uint32_t r = 0; r < rows; ++r) {
    const uint32_t lo = band.lo[r];
    const uint32_t width = band.hi[r] - lo + 1;
    terms.topRows(width).setConstant(kImpossible);
    for (size_t k = 0; k < shape_count; ++k) {
      const uint32_t a = shapes[k].source;
      const uint32_t b = shapes[k].target;
      if (a == 0 || a > r) {
        continue;
      }
      const Reach reach = reach_from(band, r, a, b);
      const uint32_t count = reach.count();
      if (count == 0) {
        continue;
      }
      const auto first = static_cast<Eigen::Index>(reach.first - lo);
      float* s = cached ? scores.data() + k * cells + at(r, reach.first) : fresh.data();
      scorer.score_row(r - a, a, static_cast<uint32_t>(reach.first - b), b, count,
                       shapes[k].log_prior, s);
      const Eigen::Map<const Floats> bead(s, count);
      const auto from = at(r - a, reach.first - b);
      const PathScores candidate = best.segment(from, count) + bead.cast<double>();
      for (uint32_t t = 0; t < count; ++t) {
        const auto cell = at(r, reach.first + t);
        // Strictly better: of equal paths, the earlier shape wins.
        if (candidate(t) > best(cell)) {
          best(cell) = candidate(t);
          back[static_cast<size_t>(cell)] = static_cast<uint8_t>(k);
        }
      }
      terms.col(static_cast<Eigen::Index>(k)).segment(first, count) =
          forward.segment(from, count) + bead.cast<double>() * inverse_temperature;
    }
    log_sum_exp_rows(terms, width, scratch, sums.head(width));
    for (uint32_t t = 0; t < width; ++t) {
      const uint32_t j = lo + t;
      const auto cell = at(r, j);
      if (r == 0 && j == 0) {
        best(cell) = 0.0;
        forward(cell) = 0.0;
        continue;
      }
      double total = sums(t);
      for (size_t k = 0; k < shape_count; ++k) {
        const uint32_t b = shapes[k].target;
        if (shapes[k].source != 0 || b > t) {
          continue;
        }
        const auto from = at(r, j - b);
        const float s = scorer.score(r, 0, j - b, b, shapes[k].log_prior);
        if (cached) {
          scores[k * cells + static_cast<uint64_t>(cell)] = s;
        }
        const double candidate = best(from) + s;
        if (candidate > best(cell) || (candidate == best(cell) && candidate != kImpossible &&
                                       back[static_cast<size_t>(cell)] > k)) {
          best(cell) = candidate;
          back[static_cast<size_t>(cell)] = static_cast<uint8_t>(k);
        }
        total = log_add_exp(total, forward(from) + s * inverse_temperature);
      }
      forward(cell) = total;
    }
  }

  // s(bead of shape k starting at (r, j)) for count cells along the row.
  const auto scores_from = [&](uint32_t r, int64_t j, size_t k, uint32_t count) -> const float* {
    const uint32_t a = shapes[k].source;
    const uint32_t b = shapes[k].target;
    if (cached) {
      return scores.data() + k * cells + at(r + a, j + b);
    }
    scorer.score_row(r, a, static_cast<uint32_t>(j), b, count, shapes[k].log_prior, fresh.data());
    return fresh.data();
  };

  PathScores backward = PathScores::Constant(static_cast<score::Index>(cells), kImpossible);
  for (uint32_t r = rows; r-- > 0;) {
    const uint32_t lo = band.lo[r];
    const uint32_t width = band.hi[r] - lo + 1;
    terms.topRows(width).setConstant(kImpossible);
    for (size_t k = 0; k < shape_count; ++k) {
      const uint32_t a = shapes[k].source;
      const uint32_t b = shapes[k].target;
      if (a == 0 || r + a > m) {
        continue;
      }
      const Reach reach = reach_to(band, r, a, b);
      const uint32_t count = reach.count();
      if (count == 0) {
        continue;
      }
      const Eigen::Map<const Floats> bead(scores_from(r, reach.first, k, count), count);
      terms.col(static_cast<Eigen::Index>(k)).segment(reach.first - lo, count) =
          backward.segment(at(r + a, reach.first + b), count) +
          bead.cast<double>() * inverse_temperature;
    }
    log_sum_exp_rows(terms, width, scratch, sums.head(width));
    for (uint32_t t = width; t-- > 0;) {
      const uint32_t j = lo + t;
      const auto cell = at(r, j);
      if (r == m && j == n) {
        backward(cell) = 0.0;
        continue;
      }
      double total = sums(t);
      for (size_t k = 0; k < shape_count; ++k) {
        const uint32_t b = shapes[k].target;
        if (shapes[k].source != 0 || t + b >= width) {
          continue;
        }
        const float s = *scores_from(r, j, k, 1);
        total = log_add_exp(total, backward(at(r, j + b)) + s * inverse_temperature);
      }
      backward(cell) = total;
    }
  }

  SearchResult result;
  const double total = forward(at(m, n));
  uint32_t r = m;
  uint32_t j = n;
  while (r > 0 || j > 0) {
    const uint8_t k = back[static_cast<size_t>(at(r, j))];
    assert(k != kNoShape);
    const uint32_t a = shapes[k].source;
    const uint32_t b = shapes[k].target;
    const float s = cached ? scores[k * cells + static_cast<uint64_t>(at(r, j))]
                           : scorer.score(r - a, a, j - b, b, shapes[k].log_prior);
    const double log_posterior =
        forward(at(r - a, j - b)) + s * inverse_temperature + backward(at(r, j)) - total;
    const double posterior = std::clamp(std::exp(log_posterior), 0.0, 1.0);
    result.beads.push_back(Bead{
        {r - a, r}, {j - b, j}, std::isnan(posterior) ? 0.0F : static_cast<float>(posterior), {}});
    result.scores.push_back(s);
    if ((j == band.lo[r] && band.lo[r] > 0) || (j == band.hi[r] && band.hi[r] < n)) {
      result.edge_rows.push_back(r);
    }
    r -= a;
    j -= b;
  }
  std::reverse(result.beads.begin(), result.beads.end());
  std::reverse(result.scores.begin(), result.scores.end());
  std::reverse(result.edge_rows.begin(), result.edge_rows.end());
  return result;
}

}  // namespace parallax::search
