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

// The DP tables of one search and the three passes over them (bead_search.h gives the
// formulas). Cells are addressed through the band: at(r, j) is the flat index of (r, j).
class Search {
 public:
  Search(const score::BeadScorer& scorer,
         const score::Band& band,
         const std::vector<score::Shape>& shapes,
         float temperature,
         uint64_t score_cache_bytes,
         bool posteriors)
      : scorer_(scorer),
        band_(band),
        shapes_(shapes),
        first_row_(band.first_row),
        m_(band.rows() - 1),
        n_(band.columns),
        cells_(band.cells()),
        inverse_temperature_(1.0 / temperature),
        posteriors_(posteriors),
        cached_(posteriors && cells_ * shapes.size() * sizeof(float) <= score_cache_bytes),
        scores_(cached_ ? cells_ * shapes.size() : 0, -std::numeric_limits<float>::infinity()),
        best_(PathScores::Constant(static_cast<score::Index>(cells_), kImpossible)),
        forward_(
            PathScores::Constant(static_cast<score::Index>(posteriors ? cells_ : 0), kImpossible)),
        backward_(
            PathScores::Constant(static_cast<score::Index>(posteriors ? cells_ : 0), kImpossible)),
        back_(cells_, kNoShape) {
    uint32_t widest = 0;
    for (uint32_t r = 0; r <= m_; ++r) {
      widest = std::max(widest, band.hi[r] - band.lo[r] + 1);
    }
    const auto shape_count = static_cast<Eigen::Index>(shapes.size());
    fresh_.resize(widest);
    terms_.resize(widest, shape_count);
    sums_.resize(widest);
    scratch_ = RowScratch{Eigen::ArrayXXf(widest, shape_count), Floats(widest)};
  }

  // Viterbi scores, back pointers and forward scores, row by row. Beads (a ≥ 1) come from
  // earlier rows: a whole row at once. Beads (0, b) stay in the row and chain along it: cell
  // by cell afterwards.
  void forward_pass() {
    for (uint32_t r = 0; r <= m_; ++r) {
      const uint32_t width = band_.hi[r] - band_.lo[r] + 1;
      if (posteriors_) {
        terms_.topRows(width).setConstant(kImpossible);
      }
      for (size_t k = 0; k < shapes_.size(); ++k) {
        if (shapes_[k].source != 0 && shapes_[k].source <= r) {
          forward_from_earlier_row(r, k);
        }
      }
      if (posteriors_) {
        log_sum_exp_rows(terms_, width, scratch_, sums_.head(width));
      }
      forward_along_row(r, width);
    }
  }

  // Backward scores, from the last row up, mirroring forward_pass.
  void backward_pass() {
    for (uint32_t r = m_ + 1; r-- > 0;) {
      const uint32_t width = band_.hi[r] - band_.lo[r] + 1;
      terms_.topRows(width).setConstant(kImpossible);
      for (size_t k = 0; k < shapes_.size(); ++k) {
        if (shapes_[k].source != 0 && r + shapes_[k].source <= m_) {
          backward_to_later_row(r, k);
        }
      }
      log_sum_exp_rows(terms_, width, scratch_, sums_.head(width));
      backward_along_row(r, width);
    }
  }

  // The best path from the band's end back to its start ((m, n) and (0, 0) for a band of all
  // rows), each bead with its posterior.
  SearchResult trace_back() const {
    SearchResult result;
    const double total = posteriors_ ? forward_(at(m_, band_.hi[m_])) : 0.0;
    uint32_t r = m_;
    uint32_t j = band_.hi[m_];
    while (r > 0 || j > band_.lo[0]) {
      const uint8_t k = back_[static_cast<size_t>(at(r, j))];
      assert(k != kNoShape);
      const uint32_t a = shapes_[k].source;
      const uint32_t b = shapes_[k].target;
      const float s = cached_
                          ? scores_[k * cells_ + static_cast<uint64_t>(at(r, j))]
                          : scorer_.score(first_row_ + r - a, a, j - b, b, shapes_[k].log_prior);
      const double posterior =
          posteriors_ ? std::clamp(std::exp(forward_(at(r - a, j - b)) + s * inverse_temperature_ +
                                            backward_(at(r, j)) - total),
                                   0.0, 1.0)
                      : 0.0;
      result.beads.push_back(Bead{{first_row_ + r - a, first_row_ + r},
                                  {j - b, j},
                                  std::isnan(posterior) ? 0.0F : static_cast<float>(posterior),
                                  {}});
      result.scores.push_back(s);
      if ((j == band_.lo[r] && band_.lo[r] > 0) || (j == band_.hi[r] && band_.hi[r] < n_)) {
        result.edge_rows.push_back(first_row_ + r);
      }
      r -= a;
      j -= b;
    }
    std::reverse(result.beads.begin(), result.beads.end());
    std::reverse(result.scores.begin(), result.scores.end());
    std::reverse(result.edge_rows.begin(), result.edge_rows.end());
    return result;
  }

 private:
  score::Index at(uint32_t r, int64_t j) const {
    return static_cast<score::Index>(band_.offset[r] + static_cast<uint64_t>(j - band_.lo[r]));
  }

  // Beads of shape k (a ≥ 1) ending in row r: Viterbi in place, forward terms into column k.
  void forward_from_earlier_row(uint32_t r, size_t k) {
    const uint32_t a = shapes_[k].source;
    const uint32_t b = shapes_[k].target;
    const Reach reach = reach_from(band_, r, a, b);
    const uint32_t count = reach.count();
    if (count == 0) {
      return;
    }
    float* s = cached_ ? scores_.data() + k * cells_ + at(r, reach.first) : fresh_.data();
    scorer_.score_row(first_row_ + r - a, a, static_cast<uint32_t>(reach.first - b), b, count,
                      shapes_[k].log_prior, s);
    const Eigen::Map<const Floats> bead(s, count);
    const auto from = at(r - a, reach.first - b);
    const PathScores candidate = best_.segment(from, count) + bead.cast<double>();
    for (uint32_t t = 0; t < count; ++t) {
      const auto cell = at(r, reach.first + t);
      // Strictly better: of equal paths, the earlier shape wins.
      if (candidate(t) > best_(cell)) {
        best_(cell) = candidate(t);
        back_[static_cast<size_t>(cell)] = static_cast<uint8_t>(k);
      }
    }
    if (posteriors_) {
      terms_.col(static_cast<Eigen::Index>(k)).segment(reach.first - band_.lo[r], count) =
          forward_.segment(from, count) + bead.cast<double>() * inverse_temperature_;
    }
  }

  // The (0, b) beads of row r, cell by cell (each may start where another ended), added to the
  // row's sums of the other shapes.
  void forward_along_row(uint32_t r, uint32_t width) {
    for (uint32_t t = 0; t < width; ++t) {
      const uint32_t j = band_.lo[r] + t;
      const auto cell = at(r, j);
      if (r == 0 && j == band_.lo[0]) {
        best_(cell) = 0.0;
        if (posteriors_) {
          forward_(cell) = 0.0;
        }
        continue;
      }
      double total = posteriors_ ? sums_(t) : kImpossible;
      for (size_t k = 0; k < shapes_.size(); ++k) {
        const uint32_t b = shapes_[k].target;
        if (shapes_[k].source != 0 || b > t) {
          continue;
        }
        const auto from = at(r, j - b);
        const float s = scorer_.score(first_row_ + r, 0, j - b, b, shapes_[k].log_prior);
        if (cached_) {
          scores_[k * cells_ + static_cast<uint64_t>(cell)] = s;
        }
        const double candidate = best_(from) + s;
        if (candidate > best_(cell) || (candidate == best_(cell) && candidate != kImpossible &&
                                        back_[static_cast<size_t>(cell)] > k)) {
          best_(cell) = candidate;
          back_[static_cast<size_t>(cell)] = static_cast<uint8_t>(k);
        }
        if (posteriors_) {
          total = log_add_exp(total, forward_(from) + s * inverse_temperature_);
        }
      }
      if (posteriors_) {
        forward_(cell) = total;
      }
    }
  }

  // Beads of shape k (a ≥ 1) starting in row r: backward terms into column k.
  void backward_to_later_row(uint32_t r, size_t k) {
    const uint32_t a = shapes_[k].source;
    const uint32_t b = shapes_[k].target;
    const Reach reach = reach_to(band_, r, a, b);
    const uint32_t count = reach.count();
    if (count == 0) {
      return;
    }
    const Eigen::Map<const Floats> bead(scores_from(r, reach.first, k, count), count);
    terms_.col(static_cast<Eigen::Index>(k)).segment(reach.first - band_.lo[r], count) =
        backward_.segment(at(r + a, reach.first + b), count) +
        bead.cast<double>() * inverse_temperature_;
  }

  void backward_along_row(uint32_t r, uint32_t width) {
    for (uint32_t t = width; t-- > 0;) {
      const uint32_t j = band_.lo[r] + t;
      const auto cell = at(r, j);
      if (r == m_ && j == band_.hi[m_]) {
        backward_(cell) = 0.0;
        continue;
      }
      double total = sums_(t);
      for (size_t k = 0; k < shapes_.size(); ++k) {
        const uint32_t b = shapes_[k].target;
        if (shapes_[k].source != 0 || t + b >= width) {
          continue;
        }
        const float s = *scores_from(r, j, k, 1);
        total = log_add_exp(total, backward_(at(r, j + b)) + s * inverse_temperature_);
      }
      backward_(cell) = total;
    }
  }

  // s(bead of shape k starting at (r, j)) for count cells along the row: from the forward
  // pass's cache, or computed again into fresh_.
  const float* scores_from(uint32_t r, int64_t j, size_t k, uint32_t count) {
    const uint32_t a = shapes_[k].source;
    const uint32_t b = shapes_[k].target;
    if (cached_) {
      return scores_.data() + k * cells_ + at(r + a, j + b);
    }
    scorer_.score_row(first_row_ + r, a, static_cast<uint32_t>(j), b, count, shapes_[k].log_prior,
                      fresh_.data());
    return fresh_.data();
  }

  const score::BeadScorer& scorer_;
  const score::Band& band_;
  const std::vector<score::Shape>& shapes_;
  uint32_t first_row_;  // the DP row of band row 0: rows are band rows below, beads DP rows
  uint32_t m_;
  uint32_t n_;
  uint64_t cells_;
  double inverse_temperature_;
  bool posteriors_;  // forward–backward too (search_beads), or the best path only
  bool cached_;
  // scores_[k·cells + cell(r, j)] = s(bead of shape k ending at (r, j)), from the forward pass.
  std::vector<float> scores_;
  PathScores best_;
  PathScores forward_;
  PathScores backward_;
  std::vector<uint8_t> back_;
  // Scratch of one band row.
  Floats fresh_;
  RowTerms terms_;
  PathScores sums_;
  RowScratch scratch_;
};

}  // namespace

SearchResult search_beads(const score::BeadScorer& scorer,
                          const score::Band& band,
                          const std::vector<score::Shape>& shapes,
                          float temperature,
                          uint64_t score_cache_bytes) {
  assert(!shapes.empty() && shapes.size() <= kMaxShapes);
  Search search(scorer, band, shapes, temperature, score_cache_bytes, true);
  search.forward_pass();
  search.backward_pass();
  return search.trace_back();
}

SearchResult search_best_path(const score::BeadScorer& scorer,
                              const score::Band& band,
                              const std::vector<score::Shape>& shapes) {
  assert(!shapes.empty() && shapes.size() <= kMaxShapes);
  Search search(scorer, band, shapes, 1.0F, 0, false);
  search.forward_pass();
  return search.trace_back();
}

}  // namespace parallax::search
