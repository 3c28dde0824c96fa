#include "search/length_region.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <numbers>
#include <type_traits>

#include <parallax/coverage.h>

#include "search/length_bead_model.h"

namespace parallax::search {

namespace {

using length_model::kMaxShapeSide;
using length_model::kMinSpread;
using length_model::kNullLogPrior;
using length_model::kShapeCount;
using length_model::kShapes;
using length_model::log_normal;
using length_model::RunLengths;
using length_model::Shape;

// An end of a side counts as uncovered from this many sentences on (as in anchor_path.cc).
constexpr uint32_t kMinLengthGap = kMinUncoveredRun;
// How much the overlap path must beat the whole diagonal by (natural log of the likelihood
// ratio): 8 uncovered sentences cost the diagonal up to 8 null beads' prior, −31.
constexpr double kMinLengthAdvantage = 25.0;
// ... and by this much per unit the overlap path leaves out. The model is rough (it has no
// 2-3 or 1-4 bead, its 1-2 beads of translations score below 0 on the en–zh Bible), so that
// the whole en–zh document's gold path scores below a path that leaves out 1,500 of its
// sentences, by 1.0 a unit left out; its excerpts beat the diagonal by 2.7–3.6 a unit left
// out (chosen on those 4 cases and that document: development data).
constexpr double kAdvantagePerUnit = 2.0;
// The spread of y − x − μ over translations before it is measured (log units).
constexpr double kInitialSpread = 0.35;
// μ is first searched over the median-length ratio ± kRatioSteps · kRatioStep.
constexpr int kRatioSteps = 3;
constexpr double kRatioStep = 0.1;
// The band around a path found (band_around): this many cells either side of it. The paths of
// neighbouring μ of the grid and of the measured μ lie within 5 cells of each other on the 8
// en–zh cases (tests/bench/partial_speed.sh) where they share their ends, 91 where they do not.
constexpr uint32_t kBandMargin = 64;
// A band's best overlap path is taken for the whole table's when its score comes within this of
// the whole table's float score (which was within 0.003 of the double one on those cases).
constexpr double kBandShortfall = 1.0;
constexpr double kNone = -std::numeric_limits<double>::infinity();

// Back pointers: 0 a free start, 1..6 a shape of kShapes, 7 a source null, 8 a target null.
constexpr uint8_t kStart = 0;
constexpr uint8_t kSourceNull = 7;
constexpr uint8_t kTargetNull = 8;

// One side in units of `block` sentences: log lengths of every run of 1..3 units ending at u.
struct Side : RunLengths {
  std::vector<double> cumulative;  // units + 1 entries

  Side(const std::vector<double>& sentences, uint32_t block) : Side(in_units(sentences, block)) {}

  uint32_t units() const { return static_cast<uint32_t>(cumulative.size() - 1); }

 private:
  explicit Side(std::vector<double> unit_ends)
      : RunLengths(unit_ends), cumulative(std::move(unit_ends)) {}

  static std::vector<double> in_units(const std::vector<double>& sentences, uint32_t block) {
    std::vector<double> units;
    const auto count = static_cast<uint32_t>(sentences.size() - 1);
    for (uint32_t u = 0; u * block < count; ++u) {
      units.push_back(sentences[u * block]);
    }
    units.push_back(sentences.back());
    return units;
  }
};

struct Model {
  double mu = 0.0;  // log target per source characters
  double spread = kInitialSpread;
};

struct Path {
  double overlap = kNone;   // best score with free end gaps
  double diagonal = kNone;  // best score from (0,0) to (M,N)
  uint32_t first_row = 0, first_column = 0, last_row = 0, last_column = 0;
  Model measured;  // μ and σ of the path's 1-1 beads
  // A corner of the path lies on an edge of the band searched that is not a border of the
  // table: a path through cells outside the band may score more.
  bool touches = false;
  // The cells the path passes through at bead ends, from its end to its start.
  std::vector<std::pair<uint32_t, uint32_t>> corners;
  // The score of the best path to each cell where a path may end: the right column's, rows 0 to
  // M − 1, then the bottom row's (for the unit tests).
  std::vector<double> ends;
};

// One bead shape on row r: its terms, and the rows its beads come from, in the type T of the
// search (double; float for the first pass over the μ grid, LengthSearch::overlap).
template <typename T>
struct ShapeRow {
  const T* target_length;      // log length of the shape's target units ending at c
  const T* target_background;  // −½ log N of those lengths
  const T* from_row;           // the free channel's row r − a
  const T* from_fixed;         // the channel from (0,0)'s row r − a (when it is computed)
  T source_length;
  T source_background;
  T prior;       // the shape's log prior + the normal's log scale
  size_t shift;  // the shape's target units (64 bits: relax_inner)
  T code;        // its back pointer
};

// s(a,b) of the bead ending at column c: prior − d²·inverse + target_background[c] +
// source_background with d = target_length[c] − source_length − μ (the header's formula, with
// log N(y; x + μ, σ²) = log_scale − d² · inverse). Every search and length_bead_scores compute
// it with these operations in this order, so that their scores are equal to the bit.
template <typename T>
[[gnu::always_inline]] inline T bead_score(const ShapeRow<T>& shape,
                                           T mu,
                                           T inverse,
                                           size_t c) noexcept {
  const T d = shape.target_length[c] - shape.source_length - mu;
  return shape.prior - d * d * inverse + shape.target_background[c] + shape.source_background;
}

// One cell's candidates, in the order of every search: the cell's start (0 on the top and left
// borders, else −∞), the shapes in kShapes' order, then the source null; ties keep the earlier.
// The target null comes after, along the row (target_nulls). With the channel from (0,0)
// (kDiagonal), its value at the cell too: the same scores, maxima only (no back pointers).
template <typename T, bool kDiagonal>
[[gnu::always_inline]] inline void relax_cell(
    const ShapeRow<T>& shape, T mu, T inverse, size_t c, T& best, T& code, T& fixed) noexcept {
  const T score = bead_score(shape, mu, inverse, c);
  const T value = shape.from_row[c - shape.shift] + score;
  const bool better = value > best;
  best = better ? value : best;
  code = better ? shape.code : code;
  if constexpr (kDiagonal) {
    const T fixed_value = shape.from_fixed[c - shape.shift] + score;
    fixed = fixed < fixed_value ? fixed_value : fixed;
  }
}

// The cells [head, columns) of a row from kMaxShapeSide on, where every shape fits: the six
// shapes and the source null in one pass over the columns, storing the cell's score, its back
// pointer (kBack: as a double in the scratch row `from`, narrowed after the loop; narrowing in
// the loop was 5–10% slower) and the value from (0,0) (kDiagonal). The fields come as
// restrict-qualified locals so that the loop vectorises (through the struct GCC versions it for
// aliasing among more pointers than it checks, and leaves it scalar); GCC 12 vectorises the
// selects with AVX2 only, hence a clone for AVX2 machines beside the baseline one. AVX2 alone,
// not x86-64-v3: v3's FMA would fuse d²·inverse into the subtraction and round differently from
// the baseline clone; AVX2 does the same operations in the same order, so both give identical
// results. In float (T = float, no back pointers) twice the lanes: a search of the grid costs
// about half one in double (perf, session 12). Clang (the fuzz build) does not version function
// templates and gets the baseline only. The column and the shapes' shifts are 64-bit: with
// uint32_t, c − shift may wrap, so GCC loaded from_row[c − shift] element by element (8 scalar
// loads and inserts a shape and vector); affine in 64 bits it is one vector load (with the
// vectorised target_nulls, a float search 0.0265 -> 0.0207 s of CPU, a double one 0.053 ->
// 0.049 s on 001-forward-1-prefix-src-55, 17.7 M cells: a clock() harness, session 13).
template <typename T, bool kDiagonal, bool kBack>
#if defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("default", "avx2")))
#endif
void relax_inner(const std::array<ShapeRow<T>, kShapeCount>& shapes,
                 const T* __restrict above,
                 const T* __restrict above_fixed,
                 T mu,
                 T inverse,
                 uint32_t head,
                 uint32_t columns,
                 T* __restrict row,
                 double* __restrict from,
                 uint8_t* __restrict back,
                 T* __restrict fixed) {
  const ShapeRow<T> s0 = shapes[0];
  const ShapeRow<T> s1 = shapes[1];
  const ShapeRow<T> s2 = shapes[2];
  const ShapeRow<T> s3 = shapes[3];
  const ShapeRow<T> s4 = shapes[4];
  const ShapeRow<T> s5 = shapes[5];
  const T none = -std::numeric_limits<T>::infinity();
  const T null = static_cast<T>(kNullLogPrior);
  for (size_t c = head; c < columns; ++c) {
    T best = none;
    T code = kStart;
    T fixed_best = none;
    relax_cell<T, kDiagonal>(s0, mu, inverse, c, best, code, fixed_best);
    relax_cell<T, kDiagonal>(s1, mu, inverse, c, best, code, fixed_best);
    relax_cell<T, kDiagonal>(s2, mu, inverse, c, best, code, fixed_best);
    relax_cell<T, kDiagonal>(s3, mu, inverse, c, best, code, fixed_best);
    relax_cell<T, kDiagonal>(s4, mu, inverse, c, best, code, fixed_best);
    relax_cell<T, kDiagonal>(s5, mu, inverse, c, best, code, fixed_best);
    const T value = above[c] + null;
    const bool better = value > best;
    row[c] = better ? value : best;
    if constexpr (kBack) {
      from[c] = better ? T{kSourceNull} : code;
    }
    if constexpr (kDiagonal) {
      const T fixed_value = above_fixed[c] + null;
      fixed[c] = fixed_best < fixed_value ? fixed_value : fixed_best;
    }
  }
  if constexpr (kBack) {
    for (uint32_t c = head; c < columns; ++c) {
      back[c] = static_cast<uint8_t>(from[c]);
    }
  }
}

// One bead shape on row r for the float searches (no back pointers), in fewer operations: s(a,b)
// = constant + target_background[c] − e² with e = scaled[c] − source_scaled = (target_length[c]
// − source_length − μ) · √(1/2σ²) and constant = the prior, log scale and source background
// (bead_score's terms, summed in another order: the same score up to a few 2⁻²⁴ of its terms,
// which overlap_tolerance allows). 6 operations a shape and cell instead of 9.
struct RoughShape {
  const float* scaled;             // the shape's target log lengths · √(1/2σ²)
  const float* target_background;  // −½ log N of those lengths
  const float* from_row;           // row r − a
  float source_scaled;             // (source log length + μ) · √(1/2σ²)
  float constant;                  // log prior + log scale + source background
  size_t shift;                    // the shape's target units
};

[[gnu::always_inline]] inline float rough_value(const RoughShape& shape, size_t c) noexcept {
  const float e = shape.scaled[c] - shape.source_scaled;
  return shape.from_row[c - shape.shift] + ((shape.constant + shape.target_background[c]) - e * e);
}

// relax_inner for the float searches: each cell's best of the six shapes and the source null
// (maxima only, in any order). Cloned for AVX2 as relax_inner is.
#if defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("default", "avx2")))
#endif
void relax_rough(const std::array<RoughShape, kShapeCount>& shapes,
                 const float* __restrict above,
                 uint32_t head,
                 uint32_t columns,
                 float* __restrict row) noexcept {
  const RoughShape s0 = shapes[0];
  const RoughShape s1 = shapes[1];
  const RoughShape s2 = shapes[2];
  const RoughShape s3 = shapes[3];
  const RoughShape s4 = shapes[4];
  const RoughShape s5 = shapes[5];
  const auto null = static_cast<float>(kNullLogPrior);
  for (size_t c = head; c < columns; ++c) {
    float best = above[c] + null;
    for (const float value : {rough_value(s0, c), rough_value(s1, c), rough_value(s2, c),
                              rough_value(s3, c), rough_value(s4, c), rough_value(s5, c)}) {
      best = best < value ? value : best;
    }
    row[c] = best;
  }
}

// relax_rough with back pointers, for the float path that draws the band of the double searches
// (LengthSearch::run_rough): the candidates in relax_inner's order, ties keeping the earlier;
// the codes as floats in `from` (one vector select a shape), narrowed after the loop.
#if defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("default", "avx2")))
#endif
void relax_rough_back(const std::array<RoughShape, kShapeCount>& shapes,
                      const float* __restrict above,
                      uint32_t head,
                      uint32_t columns,
                      float* __restrict row,
                      float* __restrict from,
                      uint8_t* __restrict back) noexcept {
  const RoughShape s0 = shapes[0];
  const RoughShape s1 = shapes[1];
  const RoughShape s2 = shapes[2];
  const RoughShape s3 = shapes[3];
  const RoughShape s4 = shapes[4];
  const RoughShape s5 = shapes[5];
  const auto null = static_cast<float>(kNullLogPrior);
  const float none = -std::numeric_limits<float>::infinity();
  for (size_t c = head; c < columns; ++c) {
    float best = none;
    float code = kStart;
    const std::array<float, kShapeCount + 1> values = {
        rough_value(s0, c), rough_value(s1, c), rough_value(s2, c), rough_value(s3, c),
        rough_value(s4, c), rough_value(s5, c), above[c] + null};
    for (size_t k = 0; k <= kShapeCount; ++k) {
      const bool better = values[k] > best;
      best = better ? values[k] : best;
      code = better ? static_cast<float>(k + 1) : code;
    }
    row[c] = best;
    from[c] = code;
  }
  for (uint32_t c = head; c < columns; ++c) {
    back[c] = static_cast<uint8_t>(from[c]);
  }
}

// row[c] = max(row[c], row[c − 1] + log prior(null)) for c = 1, 2, … in turn (the target null,
// which depends on the cell to its left), noting kTargetNull where it wins (kBack). It wins in
// about 1% of the cells, so the row goes in chunks: a chunk whose cells all keep their value when
// compared with their left neighbour's value before the pass, and whose left neighbour kept its
// own, is left as it is; the others go cell by cell as before. Exact: a cell's left neighbour
// changes only in a chunk that goes cell by cell. The serial pass was 13% of a search (perf,
// session 12). The comparisons with the values before the pass go first, in a loop of their own
// (`wins`, one byte a cell), which vectorises: checked chunk by chunk inside the serial loop they
// were compiled to one scalar comparison and branch a cell, about 40% of a float search of the
// grid (perf of the release binary on 001-forward-1-prefix-src-55, session 13).
template <typename T>
#if defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("default", "avx2")))
#endif
void left_wins(const T* __restrict row, uint8_t* __restrict wins, uint32_t columns) noexcept {
  const T null = static_cast<T>(kNullLogPrior);
  for (size_t c = 1; c < columns; ++c) {
    wins[c] = row[c - 1] + null > row[c] ? 1 : 0;
  }
}

template <typename T, bool kBack>
void target_nulls(T* __restrict row,
                  uint8_t* __restrict back,
                  uint8_t* __restrict wins,
                  uint32_t columns) noexcept {
  constexpr uint32_t kChunk = 8;
  const T null = static_cast<T>(kNullLogPrior);
  left_wins(row, wins, columns);
  bool carried = false;  // the cell before the chunk took its left neighbour's value
  uint32_t c = 1;
  for (; c + kChunk <= columns; c += kChunk) {
    uint64_t chunk = 0;
    static_assert(sizeof(chunk) == kChunk);
    std::memcpy(&chunk, wins + c, kChunk);
    if (chunk == 0 && !carried) {
      continue;
    }
    for (uint32_t k = 0; k < kChunk; ++k) {
      carried = row[c + k - 1] + null > row[c + k];
      if (carried) {
        row[c + k] = row[c + k - 1] + null;
        if constexpr (kBack) {
          back[c + k] = kTargetNull;
        }
      }
    }
  }
  for (; c < columns; ++c) {
    if (row[c - 1] + null > row[c]) {
      row[c] = row[c - 1] + null;
      if constexpr (kBack) {
        back[c] = kTargetNull;
      }
    }
  }
}

// The same for the channel from (0,0): maxima only.
void fixed_target_nulls(double* __restrict fixed, uint32_t columns) noexcept {
  for (uint32_t c = 1; c < columns; ++c) {
    fixed[c] = std::max(fixed[c], fixed[c - 1] + kNullLogPrior);
  }
}

// The same for the float channel from (0,0) alone (LengthSearch::diagonal<float>), whose score
// is only compared within overlap_tolerance. There the target null wins in most cells (the path
// from (0,0) crosses the uncovered stretches by null beads): target_nulls went cell by cell, a
// chain of dependent additions and maxima, and the search took 2–3 times one of the grid. As
// row[c] = max(near[c], row[c − 8] + 8 · log prior(null)), with near[c] the best of row[c − j] +
// j · log prior(null) for j < 8 (a vectorised pass over the row as it was): 8 independent chains.
// The sums round differently from the serial pass's, by far less than overlap_tolerance.
void scan_target_nulls(float* __restrict row, float* __restrict near, uint32_t columns) noexcept {
  constexpr uint32_t kStride = 8;
  const auto null = static_cast<float>(kNullLogPrior);
  std::array<float, kStride + 1> nulls{};  // j · log prior(null)
  for (uint32_t j = 0; j <= kStride; ++j) {
    nulls[j] = static_cast<float>(j) * null;
  }
  for (uint32_t c = 1; c < std::min(columns, kStride); ++c) {
    row[c] = std::max(row[c], row[c - 1] + null);
  }
  for (size_t c = kStride; c < columns; ++c) {
    float best = row[c];
    for (size_t j = 1; j < kStride; ++j) {
      best = std::max(best, row[c - j] + nulls[j]);
    }
    near[c] = best;
  }
  for (size_t c = kStride; c < columns; ++c) {
    row[c] = std::max(near[c], row[c - kStride] + nulls[kStride]);
  }
}

// −½ log N(y; m_b, v_b) of every run of k = 1..3 units ending at u: the background terms of a
// side, half each side's so that the ratio is the same whichever text is the source. They do
// not depend on μ: computed once for the searches of the grid.
std::array<std::vector<double>, kMaxShapeSide + 1> background_of(const Side& side) {
  std::array<std::vector<double>, kMaxShapeSide + 1> terms;
  for (uint32_t k = 1; k <= kMaxShapeSide; ++k) {
    terms[k].assign(side.units() + 1, 0.0);
    for (uint32_t u = k; u <= side.units(); ++u) {
      terms[k][u] = -0.5 * log_normal(side.log_length[k][u], side.mean[k], side.variance[k]);
    }
  }
  return terms;
}

// A side's log lengths and background terms (runs of 1..3 units ending at u) in the type of a
// search.
template <typename T>
struct Terms {
  std::array<std::vector<T>, kMaxShapeSide + 1> log_length;
  std::array<std::vector<T>, kMaxShapeSide + 1> background;

  explicit Terms(const Side& side) {
    const std::array<std::vector<double>, kMaxShapeSide + 1> terms = background_of(side);
    for (uint32_t k = 1; k <= kMaxShapeSide; ++k) {
      log_length[k].assign(side.log_length[k].begin(), side.log_length[k].end());
      background[k].assign(terms[k].begin(), terms[k].end());
    }
  }
};

// Cells [lo[r], hi[r]) of each row r ∈ [0, M] of a search; the other cells are −∞.
struct RowBand {
  std::vector<uint32_t> lo;
  std::vector<uint32_t> hi;
};

// The DP over both channels (free start; start at (0,0), when asked for: the whole diagonal's
// score) with back pointers of the first; or without back pointers the best overlap's score
// (in float: the grid's first pass) or the whole diagonal's alone. Over the whole table, or the
// cells of a band (set_band).
class LengthSearch {
 public:
  LengthSearch(const Side& source, const Side& target)
      : rows_(source.units() + 1),
        columns_(target.units() + 1),
        lo_(rows_, 0),
        hi_(rows_, columns_),
        back_row_(columns_),
        from_(columns_),
        wins_(columns_),
        near_(columns_),
        source_(source),
        target_(target),
        source_float_(source),
        target_float_(target) {}

  uint32_t rows() const { return rows_; }

  uint32_t columns() const { return columns_; }

  // The searches from now on cover only the band's cells (rows_ rows).
  void set_band(RowBand band) {
    lo_ = std::move(band.lo);
    hi_ = std::move(band.hi);
  }

  // Path::diagonal is computed only when with_diagonal (else −∞).
  Path run(const Model& model, bool with_diagonal) {
    Path path = search<double, true>(model, with_diagonal, true);
    path.measured = model;
    trace(path);
    return path;
  }

  // run's path in float (relax_rough's scores), without the whole diagonal: one near it, to
  // draw a band around.
  Path run_rough(const Model& model) {
    Path path = search<float, true>(model, false, true);
    path.measured = model;
    trace(path);
    return path;
  }

  // The best overlap's score in float (no back pointers): within overlap_tolerance of run's.
  double overlap(const Model& model) { return search<float, false>(model, false, true).overlap; }

  // The whole diagonal's score alone, in T: in double equal to run(model, true).diagonal (the
  // same candidates' maxima), in float within overlap_tolerance of it.
  template <typename T>
  double diagonal(const Model& model) {
    return search<T, false>(model, false, false).diagonal;
  }

  // An estimate of the most |overlap(model) − run(model).overlap| can be, from the rounding of
  // float (2⁻²⁴ of each operation's result). A cell's value is the maximum of its candidates'
  // (which errs by no more than they do), each its predecessor's plus a bead's score: along a
  // path of at most rows + columns beads, each bead's operations err by a few 2⁻²⁴ of the path's
  // score so far (taken as at most |best| + kScoreDip: it starts at 0 on a border and ends at
  // best) and of the bead's terms (at most bead_bound); counted as 2⁻²⁰ of their sum. On the
  // 8 en–zh cases of tests/bench/partial_speed.sh the float grid's scores differ from the
  // double ones by at most 0.003, where this gives 20–60. The same holds of the whole diagonal.
  double overlap_tolerance(const Model& model, double best) const {
    constexpr double kScoreDip = 1000.0;
    return static_cast<double>(rows_ + columns_) *
           (std::abs(best) + kScoreDip + bead_bound(model)) * std::ldexp(1.0, -20);
  }

  // s(a,b) of every bead (length_bead_scores).
  std::vector<double> bead_scores(const Model& model) const {
    const double variance = model.spread * model.spread;
    std::vector<double> scores(kShapeCount * rows_ * columns_, kNone);
    for (uint32_t r = 1; r < rows_; ++r) {
      const auto shapes = shapes_of<double>(r, variance, source_, target_, nullptr, nullptr);
      for (uint32_t s = 0; s < kShapeCount; ++s) {
        for (uint32_t c = kShapes[s].target; c < columns_ && kShapes[s].source <= r; ++c) {
          scores[(s * rows_ + r) * columns_ + c] =
              bead_score(shapes[s], model.mu, 0.5 / variance, c);
        }
      }
    }
    return scores;
  }

 private:
  template <typename T>
  using Rows = std::array<std::vector<T>, kMaxShapeSide + 1>;

  // A bound on the magnitude of any bead's score and of its terms at model: the prior and log
  // scale, d² · 1/2σ² with |d| at most the longest log lengths plus |μ|, the backgrounds.
  double bead_bound(const Model& model) const {
    const auto largest = [](const Terms<double>& side) {
      std::pair<double, double> most{0.0, 0.0};  // |log length|, |background|
      for (uint32_t k = 1; k <= kMaxShapeSide; ++k) {
        for (size_t u = 0; u < side.log_length[k].size(); ++u) {
          most.first = std::max(most.first, std::abs(side.log_length[k][u]));
          most.second = std::max(most.second, std::abs(side.background[k][u]));
        }
      }
      return most;
    };
    const auto [source_length, source_background] = largest(source_);
    const auto [target_length, target_background] = largest(target_);
    const double variance = model.spread * model.spread;
    const double d = source_length + target_length + std::abs(model.mu);
    const double log_scale = std::abs(0.5 * std::log(2.0 * std::numbers::pi * variance));
    double prior = std::abs(kNullLogPrior);
    for (const Shape& shape : kShapes) {
      prior = std::max(prior, std::abs(shape.log_prior));
    }
    return prior + log_scale + d * d * 0.5 / variance + source_background + target_background;
  }

  // free_start: paths start anywhere on the top and left borders (the overlap); else only at
  // (0,0), and Path::diagonal is the score at (M,N) (with_diagonal: the channel from (0,0)
  // beside the free one, over the whole table only).
  template <typename T, bool kBack>
  Path search(const Model& model, bool with_diagonal, bool free_start) {
    const T none = -std::numeric_limits<T>::infinity();
    Rows<T> free_rows;
    Rows<T> fixed_rows;
    for (uint32_t k = 0; k <= kMaxShapeSide; ++k) {
      free_rows[k].assign(columns_, none);
      fixed_rows[k].assign(with_diagonal ? columns_ : 0, none);
    }
    if constexpr (kBack) {
      offset_.assign(rows_ + 1, 0);
      for (uint32_t r = 0; r < rows_; ++r) {
        offset_[r + 1] = offset_[r] + (hi_[r] - lo_[r]);
      }
      back_.assign(offset_.back(), kStart);
    }
    Path path;
    const double variance = model.spread * model.spread;
    if constexpr (std::is_same_v<T, float>) {
      const double scale = std::sqrt(0.5 / variance);
      for (uint32_t k = 1; k <= kMaxShapeSide; ++k) {
        scaled_[k].resize(columns_);
        for (uint32_t c = 0; c < columns_; ++c) {
          scaled_[k][c] = static_cast<float>(target_.log_length[k][c] * scale);
        }
      }
    }
    for (uint32_t r = 0; r < rows_; ++r) {
      fill_row<T, kBack>(r, model.mu, variance, with_diagonal, free_start, free_rows, fixed_rows);
      const std::vector<T>& row = free_rows[r % free_rows.size()];
      // The path ends on the bottom row or the right column.
      const uint32_t first = r + 1 == rows_ ? lo_[r] : std::max(lo_[r], columns_ - 1);
      for (uint32_t c = first; c < hi_[r]; ++c) {
        path.ends.push_back(row[c]);
        if (row[c] > path.overlap) {
          path.overlap = row[c];
          path.last_row = r;
          path.last_column = c;
        }
      }
    }
    if (with_diagonal) {
      path.diagonal = fixed_rows[(rows_ - 1) % fixed_rows.size()][columns_ - 1];
    } else if (!free_start) {
      path.diagonal = free_rows[(rows_ - 1) % free_rows.size()][columns_ - 1];
    }
    return path;
  }

  // The shapes' terms on row r (those that fit: a ≤ r), their beads coming from the rows of the
  // rings free_rows and fixed_rows (when given).
  template <typename T>
  std::array<ShapeRow<T>, kShapeCount> shapes_of(uint32_t r,
                                                 double variance,
                                                 const Terms<T>& source,
                                                 const Terms<T>& target,
                                                 const Rows<T>* free_rows,
                                                 const Rows<T>* fixed_rows) const {
    const double log_scale = -0.5 * std::log(2.0 * std::numbers::pi * variance);
    std::array<ShapeRow<T>, kShapeCount> shapes{};
    for (uint8_t s = 0; s < kShapeCount; ++s) {
      const Shape& shape = kShapes[s];
      if (shape.source > r) {
        continue;
      }
      const size_t above = (r - shape.source) % (kMaxShapeSide + 1);
      const bool fixed = fixed_rows != nullptr && !(*fixed_rows)[above].empty();
      shapes[s] = ShapeRow<T>{target.log_length[shape.target].data(),
                              target.background[shape.target].data(),
                              free_rows != nullptr ? (*free_rows)[above].data() : nullptr,
                              fixed ? (*fixed_rows)[above].data() : nullptr,
                              source.log_length[shape.source][r],
                              source.background[shape.source][r],
                              static_cast<T>(shape.log_prior + log_scale),
                              shape.target,
                              static_cast<T>(s + 1)};
    }
    return shapes;
  }

  const Terms<double>& terms(double /*type*/, bool source) const {
    return source ? source_ : target_;
  }

  const Terms<float>& terms(float /*type*/, bool source) const {
    return source ? source_float_ : target_float_;
  }

  // The shapes of row r for relax_rough (from ShapeRow's rows), their terms from the double ones.
  std::array<RoughShape, kShapeCount> rough_shapes(
      uint32_t r,
      double mu,
      double variance,
      const std::array<ShapeRow<float>, kShapeCount>& shapes) const {
    const double scale = std::sqrt(0.5 / variance);
    const double log_scale = -0.5 * std::log(2.0 * std::numbers::pi * variance);
    std::array<RoughShape, kShapeCount> rough{};
    for (size_t s = 0; s < kShapeCount; ++s) {
      const Shape& shape = kShapes[s];
      rough[s] = RoughShape{
          scaled_[shape.target].data(),
          shapes[s].target_background,
          shapes[s].from_row,
          static_cast<float>((source_.log_length[shape.source][r] + mu) * scale),
          static_cast<float>(shape.log_prior + log_scale + source_.background[shape.source][r]),
          shapes[s].shift};
    }
    return rough;
  }

  // Row 0 in its band: a free start on the top border (a target null never wins there: 0 + log
  // prior(null) < 0); the channel from (0,0) starts at (0,0) only.
  template <typename T, bool kBack>
  void fill_top_row(bool with_diagonal, bool free_start, T* row, T* fixed) {
    const uint32_t lo = lo_[0];
    const uint32_t hi = hi_[0];
    if (free_start) {
      std::fill(row + lo, row + hi, T{0});
    } else if (lo == 0) {
      row[0] = T{0};
      from_origin_nulls(row, hi);
    }
    if constexpr (kBack) {
      std::fill(back_row_.begin() + lo, back_row_.begin() + hi, kStart);
      if constexpr (std::is_same_v<T, double>) {
        if (with_diagonal) {
          std::fill_n(fixed, columns_, kNone);
          fixed[0] = 0.0;
          fixed_target_nulls(fixed, columns_);
        }
      }
      std::copy(back_row_.begin() + lo, back_row_.begin() + hi, back_.begin());
    }
  }

  // Row r of both channels, in its band: its first columns (and the first rows) cell by cell
  // with the shapes that fit, the rest in one vectorised pass (relax_inner), then the target
  // nulls along the row. The ring's row held row r − 4, whose band is set to −∞ first. Back
  // pointers (kBack) go to the scratch row back_row_, then to the band's cells in back_; the
  // channel from (0,0) only when with_diagonal (in double, over the whole table).
  template <typename T, bool kBack>
  void fill_row(uint32_t r,
                double mu,
                double variance,
                bool with_diagonal,
                bool free_start,
                Rows<T>& free_rows,
                Rows<T>& fixed_rows) {
    T* const row = free_rows[r % free_rows.size()].data();
    T* const fixed = with_diagonal ? fixed_rows[r % fixed_rows.size()].data() : nullptr;
    uint8_t* const back = back_row_.data();
    const T none = -std::numeric_limits<T>::infinity();
    const uint32_t lo = lo_[r];
    const uint32_t hi = hi_[r];
    if (r >= free_rows.size()) {
      // The cells of row r − 4's band outside row r's.
      const uint32_t before = r - static_cast<uint32_t>(free_rows.size());
      std::fill(row + lo_[before], row + std::max(lo_[before], std::min(hi_[before], lo)), none);
      std::fill(row + std::min(hi_[before], std::max(lo_[before], hi)), row + hi_[before], none);
    }
    if (lo >= hi) {
      return;
    }
    if (r == 0) {
      fill_top_row<T, kBack>(with_diagonal, free_start, row, fixed);
      return;
    }
    const T mu_t = static_cast<T>(mu);
    const T inverse = static_cast<T>(0.5 / variance);
    const std::array<ShapeRow<T>, kShapeCount> shapes =
        shapes_of<T>(r, variance, terms(T{}, true), terms(T{}, false), &free_rows, &fixed_rows);
    const T* const above = free_rows[(r - 1) % free_rows.size()].data();
    const T* const above_fixed =
        with_diagonal ? fixed_rows[(r - 1) % fixed_rows.size()].data() : nullptr;
    const T null = static_cast<T>(kNullLogPrior);
    const uint32_t head = r < kMaxShapeSide ? hi : std::clamp(kMaxShapeSide, lo, hi);
    for (uint32_t c = lo; c < head; ++c) {
      // A free start on the left border.
      T best = c == 0 && free_start ? T{0} : none;
      T code = kStart;
      T fixed_best = none;
      for (uint32_t s = 0; s < kShapeCount; ++s) {
        if (kShapes[s].source <= r && kShapes[s].target <= c) {
          relax_cell<T, false>(shapes[s], mu_t, inverse, c, best, code, fixed_best);
          if (with_diagonal) {
            const T fixed_value =
                shapes[s].from_fixed[c - shapes[s].shift] + bead_score(shapes[s], mu_t, inverse, c);
            fixed_best = fixed_best < fixed_value ? fixed_value : fixed_best;
          }
        }
      }
      const T value = above[c] + null;
      const bool better = value > best;
      row[c] = better ? value : best;
      if constexpr (kBack) {
        back[c] = static_cast<uint8_t>(better ? T{kSourceNull} : code);
      }
      if (with_diagonal) {
        fixed[c] = std::max(fixed_best, above_fixed[c] + null);
      }
    }
    if (head < hi) {
      if constexpr (kBack && std::is_same_v<T, double>) {
        if (with_diagonal) {
          relax_inner<T, true, true>(shapes, above, above_fixed, mu_t, inverse, head, hi, row,
                                     from_.data(), back, fixed);
        } else {
          relax_inner<T, false, true>(shapes, above, above_fixed, mu_t, inverse, head, hi, row,
                                      from_.data(), back, fixed);
        }
      } else if constexpr (kBack) {
        relax_rough_back(rough_shapes(r, mu, variance, shapes), above, head, hi, row, near_.data(),
                         back);
      } else if constexpr (std::is_same_v<T, float>) {
        relax_rough(rough_shapes(r, mu, variance, shapes), above, head, hi, row);
      } else {
        relax_inner<T, false, false>(shapes, above, above_fixed, mu_t, inverse, head, hi, row,
                                     from_.data(), back, fixed);
      }
    }
    if (free_start) {
      target_nulls<T, kBack>(row + lo, back + lo, wins_.data() + lo, hi - lo);
    } else {
      from_origin_nulls(row + lo, hi - lo);
    }
    if constexpr (kBack) {
      if constexpr (std::is_same_v<T, double>) {
        if (with_diagonal) {
          fixed_target_nulls(fixed, columns_);
        }
      }
      std::copy(back + lo, back + hi, back_.begin() + static_cast<std::ptrdiff_t>(offset_[r]));
    }
  }

  // The target nulls of a search from (0,0) alone: in float as a scan, in double as the channel
  // from (0,0) beside the free one (the same maxima, to the bit).
  void from_origin_nulls(float* row, uint32_t columns) {
    scan_target_nulls(row, near_.data(), columns);
  }

  void from_origin_nulls(double* row, uint32_t columns) { fixed_target_nulls(row, columns); }

  uint8_t back_at(uint32_t r, uint32_t c) const { return back_[offset_[r] + (c - lo_[r])]; }

  // A corner at (r, c) on an edge of the band that is not a border of the table: its first or
  // last cell of row r, or a start on the left border in the band's first row (a path might
  // start higher) or an end on the right border in its last row.
  bool on_edge(uint32_t r, uint32_t c, bool start) const {
    if ((c == lo_[r] && lo_[r] > 0) || (c + 1 == hi_[r] && hi_[r] < columns_)) {
      return true;
    }
    const bool first_row = r > 0 && lo_[r - 1] >= hi_[r - 1];
    const bool last_row = r + 1 < rows_ && lo_[r + 1] >= hi_[r + 1];
    return start ? c == 0 && first_row : c + 1 == columns_ && last_row;
  }

  // Follows the back pointers from the path's end to its start; measures μ and σ on its 1-1
  // beads.
  void trace(Path& path) const {
    uint32_t r = path.last_row;
    uint32_t c = path.last_column;
    double sum = 0.0;
    double squares = 0.0;
    uint32_t count = 0;
    path.touches = on_edge(r, c, false);
    path.corners.assign(1, {r, c});
    for (uint8_t from = back_at(r, c); from != kStart; from = back_at(r, c)) {
      if (from == kSourceNull) {
        --r;
      } else if (from == kTargetNull) {
        --c;
      } else {
        const Shape& shape = kShapes[from - 1];
        if (shape.source == 1 && shape.target == 1) {
          const double d = target_.log_length[1][c] - source_.log_length[1][r];
          sum += d;
          squares += d * d;
          ++count;
        }
        r -= shape.source;
        c -= shape.target;
      }
      path.corners.emplace_back(r, c);
    }
    path.touches = path.touches || on_edge(r, c, true);
    path.first_row = r;
    path.first_column = c;
    if (count > 1) {
      path.measured.mu = sum / count;
      path.measured.spread =
          std::max(kMinSpread,
                   std::sqrt(std::max(0.0, squares / count - path.measured.mu * path.measured.mu)));
    }
  }

  uint32_t rows_;
  uint32_t columns_;
  std::vector<uint32_t> lo_;  // the band: cells [lo_[r], hi_[r]) of row r
  std::vector<uint32_t> hi_;
  std::vector<size_t> offset_;     // back_'s first cell of each row
  std::vector<uint8_t> back_;      // back pointers of the band's cells, row by row
  std::vector<uint8_t> back_row_;  // scratch: the back pointers of a row, by column
  std::vector<double> from_;       // scratch of relax_inner: the back pointers of a row
  std::vector<uint8_t> wins_;      // scratch of target_nulls
  std::vector<float> near_;        // scratch of scan_target_nulls
  // The target's log lengths · √(1/2σ²) of the float search under way (RoughShape::scaled).
  std::array<std::vector<float>, kMaxShapeSide + 1> scaled_;
  Terms<double> source_;
  Terms<double> target_;
  Terms<float> source_float_;
  Terms<float> target_float_;
};

double median_log_length(const Side& side) {
  std::vector<double> lengths(side.log_length[1].begin() + 1, side.log_length[1].end());
  const auto middle = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2);
  std::nth_element(lengths.begin(), middle, lengths.end());
  return *middle;
}

// The cells within kBandMargin of a path's corners, each row's together with the
// kMaxShapeSide rows either side (a 3-1 bead passes over two rows), the path continued
// kBandMargin cells along the border where it starts on the left one or ends on the right one
// (a path of another μ may start a little higher or end a little lower).
RowBand band_around(const Path& path,
                    uint32_t rows,
                    uint32_t columns,
                    uint32_t margin = kBandMargin) {
  std::vector<uint32_t> first(rows, columns);  // the path's columns in each row: [first, last]
  std::vector<uint32_t> last(rows, 0);
  const auto mark = [&](uint32_t r, uint32_t c) {
    first[r] = std::min(first[r], c);
    last[r] = std::max(last[r], c);
  };
  for (const auto& [r, c] : path.corners) {
    mark(r, c);
  }
  if (path.first_column == 0) {
    for (uint32_t r = path.first_row > margin ? path.first_row - margin : 0; r < path.first_row;
         ++r) {
      mark(r, 0);
    }
  }
  if (path.last_column + 1 == columns) {
    for (uint32_t r = path.last_row + 1; r < std::min(rows, path.last_row + margin + 1); ++r) {
      mark(r, columns - 1);
    }
  }
  RowBand band{std::vector<uint32_t>(rows, 0), std::vector<uint32_t>(rows, 0)};
  for (uint32_t r = 0; r < rows; ++r) {
    uint32_t lo = columns;
    uint32_t hi = 0;
    for (uint32_t k = r > kMaxShapeSide ? r - kMaxShapeSide : 0;
         k <= std::min(rows - 1, r + kMaxShapeSide); ++k) {
      if (first[k] <= last[k]) {
        lo = std::min(lo, first[k]);
        hi = std::max(hi, last[k] + 1);
      }
    }
    if (lo < hi) {
      band.lo[r] = lo > margin ? lo - margin : 0;
      band.hi[r] = std::min(columns, hi + margin);
    }
  }
  return band;
}

// The advantage over the whole diagonal that a path needs to be accepted as the region:
// kMinLengthAdvantage, and kAdvantagePerUnit for each unit it leaves out.
double required_advantage(const Path& path, uint32_t source_units, uint32_t target_units) {
  const double outside = static_cast<double>(path.first_row + path.first_column + source_units -
                                             path.last_row + target_units - path.last_column);
  return std::max(kMinLengthAdvantage, kAdvantagePerUnit * outside);
}

// The last search: its path and the units it searched in.
struct Searched {
  Path path;
  uint32_t block = 1;
  uint32_t source_units = 0;
  uint32_t target_units = 0;
};

std::optional<Searched> search_lengths(const std::vector<double>& cs,
                                       const std::vector<double>& ct,
                                       LengthRegionSearch how) {
  const auto m = static_cast<uint32_t>(cs.size() - 1);
  const auto n = static_cast<uint32_t>(ct.size() - 1);
  if (m < kMinLengthGap || n < kMinLengthGap) {
    return std::nullopt;
  }
  const double cells = static_cast<double>(m) * static_cast<double>(n);
  const auto block = static_cast<uint32_t>(
      std::max(1.0, std::ceil(std::sqrt(cells / static_cast<double>(kMaxLengthCells)))));
  const Side source(cs, block);
  const Side target(ct, block);
  LengthSearch search(source, target);
  // The sides' median sentence lengths give μ off by as much as their sentences differ in
  // length (−1.55 where the 1-1 beads of an en–zh excerpt have −1.31, 1.74 against 1.44 for
  // another): the best of a grid around it, then μ and σ measured on the path it finds.
  const double median_mu = median_log_length(target) - median_log_length(source);
  const auto grid_model = [&](int k) { return Model{median_mu + kRatioStep * k, kInitialSpread}; };
  // The grid's scores in float first (twice the vector lanes, no back pointers), then in double
  // every μ whose float score comes within twice the float's error bound of the best: among
  // them is each μ whose double score is the best, so the choice (the first best in the grid's
  // order) is the one of the double grid. The 8 en–zh cases search 1 μ of the 7 again.
  constexpr size_t kGrid = 2 * kRatioSteps + 1;
  std::array<double, kGrid> rough{};
  double best = kNone;
  size_t roughest = 0;  // the first μ of the grid with the best float score
  for (size_t k = 0; k < kGrid; ++k) {
    rough[k] = search.overlap(grid_model(static_cast<int>(k) - kRatioSteps));
    if (rough[k] > best) {
      best = rough[k];
      roughest = k;
    }
  }
  // (μ farthest from 0 of the grid: the largest bead scores)
  const Model farthest{std::abs(median_mu) + kRatioStep * kRatioSteps, kInitialSpread};
  const double tolerance = 2.0 * search.overlap_tolerance(farthest, best);
  // With LengthRegionSearch::Banded, the μ of the best float score is searched again in double
  // over the whole table, the other μ near it and the measured μ in a band around its path
  // (band_around): the paths of nearby μ run close to each other, and the same DP in a band
  // that holds the whole table's best path finds that path, its score and its back pointers
  // (the cells on it have the same scores, the others no higher ones). Where the path found
  // touches the band's edge, or its score falls short of the float one, the whole table is
  // searched again. The whole diagonal is then searched alone in float. On
  // 001-forward-1-prefix-src-55 (17.7 M cells) a double search of the whole table took 0.055 s
  // of CPU, one in the band 0.0015–0.002 s, the last one with the whole diagonal 0.104 s, the
  // whole diagonal alone in float 0.027 s (a clock() harness, not kept).
  const bool banded = how == LengthRegionSearch::Banded;
  LengthSearch around(source, target);
  const auto search_at = [&](size_t k) {
    const Model model = grid_model(static_cast<int>(k) - kRatioSteps);
    if (!banded) {
      return search.run(model, false);
    }
    // Also again when the band's best falls short of the whole table's float score by more
    // than kBandShortfall: the best path runs elsewhere (001-reverse-0-prefix-tgt-8 at the
    // grid's μ + 0.1: 80.6 in the band, 87.1 from a path that starts 5,687 rows lower).
    Path trial = around.run(model, false);
    return trial.touches || trial.overlap < rough[k] - kBandShortfall ? search.run(model, false)
                                                                      : trial;
  };
  if (banded) {
    const Path near = search.run_rough(grid_model(static_cast<int>(roughest) - kRatioSteps));
    around.set_band(band_around(near, around.rows(), around.columns()));
  }
  Path path;
  for (size_t k = 0; k < kGrid; ++k) {
    if (rough[k] < best - tolerance) {
      continue;
    }
    Path trial = search_at(k);
    if (trial.overlap > path.overlap) {
      path = std::move(trial);
    }
  }
  if (path.overlap == kNone) {
    return std::nullopt;
  }
  if (!banded) {
    return Searched{search.run(path.measured, true), block, source.units(), target.units()};
  }
  around.set_band(band_around(path, around.rows(), around.columns()));
  const Model model = path.measured;
  Searched last{around.run(model, false), block, source.units(), target.units()};
  if (last.path.touches) {
    return Searched{search.run(model, true), block, source.units(), target.units()};
  }
  // The whole diagonal over the whole table, in float; in double only when that is too close
  // to the advantage needed to tell.
  last.path.diagonal = search.diagonal<float>(model);
  const double needed = required_advantage(last.path, last.source_units, last.target_units);
  if (std::abs(last.path.overlap - last.path.diagonal - needed) <=
      search.overlap_tolerance(model, last.path.diagonal)) {
    last.path.diagonal = search.diagonal<double>(model);
  }
  return last;
}

}  // namespace

LengthSearchResult length_search(const std::vector<double>& cs,
                                 const std::vector<double>& ct,
                                 double mu,
                                 double spread,
                                 uint32_t band_margin) {
  const Side source(cs, 1);
  const Side target(ct, 1);
  const Model model{mu, spread};
  LengthSearch search(source, target);
  Path path = search.run(model, true);
  const double rough = search.overlap(model);
  const double rough_diagonal = search.diagonal<float>(model);
  if (band_margin > 0) {
    const double diagonal = path.diagonal;
    LengthSearch around(source, target);
    around.set_band(band_around(path, around.rows(), around.columns(), band_margin));
    path = around.run(model, false);
    path.diagonal = diagonal;
  }
  return LengthSearchResult{path.overlap,
                            path.diagonal,
                            path.first_row,
                            path.first_column,
                            path.last_row,
                            path.last_column,
                            path.measured.mu,
                            path.measured.spread,
                            path.ends,
                            rough,
                            search.overlap_tolerance(model, rough),
                            rough_diagonal,
                            search.overlap_tolerance(model, rough_diagonal),
                            path.touches};
}

std::array<std::pair<uint32_t, uint32_t>, 6> length_shapes() {
  std::array<std::pair<uint32_t, uint32_t>, 6> shapes{};
  for (size_t s = 0; s < kShapeCount; ++s) {
    shapes[s] = {kShapes[s].source, kShapes[s].target};
  }
  return shapes;
}

double length_null_score() {
  return kNullLogPrior;
}

std::vector<double> length_bead_scores(const std::vector<double>& cs,
                                       const std::vector<double>& ct,
                                       double mu,
                                       double spread) {
  const Side source(cs, 1);
  const Side target(ct, 1);
  return LengthSearch(source, target).bead_scores(Model{mu, spread});
}

std::optional<CoveredRegion> length_region(const std::vector<double>& cs,
                                           const std::vector<double>& ct,
                                           LengthRegionSearch how) {
  return length_region_and_model(cs, ct, how).region;
}

LengthRegion length_region_and_model(const std::vector<double>& cs,
                                     const std::vector<double>& ct,
                                     LengthRegionSearch how) {
  const auto m = static_cast<uint32_t>(cs.size() - 1);
  const auto n = static_cast<uint32_t>(ct.size() - 1);
  const std::optional<Searched> searched = search_lengths(cs, ct, how);
  if (!searched) {
    return {};
  }
  const Path& path = searched->path;
  LengthRegion result{std::nullopt, path.measured.mu, path.measured.spread};
  const uint32_t block = searched->block;
  if (path.overlap - path.diagonal <
      required_advantage(path, searched->source_units, searched->target_units)) {
    return result;
  }
  CoveredRegion region;
  region.source = {std::min(m, path.first_row * block), std::min(m, path.last_row * block)};
  region.target = {std::min(n, path.first_column * block), std::min(n, path.last_column * block)};
  region.leading_gap = std::max(region.source.begin, region.target.begin) >= kMinLengthGap;
  region.trailing_gap = std::max(m - region.source.end, n - region.target.end) >= kMinLengthGap;
  if (!region.partial()) {
    return result;
  }
  // A gap too short to count is covered.
  if (!region.leading_gap) {
    region.source.begin = 0;
    region.target.begin = 0;
  }
  if (!region.trailing_gap) {
    region.source.end = m;
    region.target.end = n;
  }
  region.ratio = (ct[region.target.end] - ct[region.target.begin]) /
                 std::max(1.0, cs[region.source.end] - cs[region.source.begin]);
  result.region = region;
  return result;
}

}  // namespace parallax::search
