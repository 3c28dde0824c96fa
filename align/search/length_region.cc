#include "search/length_region.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

#include <parallax/coverage.h>

namespace parallax::search {

namespace {

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
// The spread of y − x − μ over translations before it is measured (log units), and its floor.
constexpr double kInitialSpread = 0.35;
constexpr double kMinSpread = 0.1;
// μ is first searched over the median-length ratio ± kRatioSteps · kRatioStep.
constexpr int kRatioSteps = 3;
constexpr double kRatioStep = 0.1;
constexpr uint32_t kMaxShapeSide = 3;
constexpr double kNone = -std::numeric_limits<double>::infinity();

struct Shape {
  uint32_t source;
  uint32_t target;
  double log_prior;
};

// Shape priors over that of a 1-1 bead: a 1-1 bead pays nothing for its shape, so that a bead
// of translations gains what its lengths' likelihood ratio gives (about +0.8 on the en–zh
// Bible, where y − x has a spread of 0.21 against 0.48 for y alone). Gale & Church's (1-2
// 0.15, 2-2 0.03 of 0.6) made the 1-2 beads of translations score −1.3 each, and texts split
// differently have many (6,301 Chinese sentences to 5,000 English ones in the en–zh Bible).
constexpr size_t kShapeCount = 6;
const std::array<Shape, kShapeCount> kShapes = {{
    {1, 1, 0.0},
    {1, 2, std::log(0.4)},
    {2, 1, std::log(0.4)},
    {2, 2, std::log(0.1)},
    {1, 3, std::log(0.1)},
    {3, 1, std::log(0.1)},
}};
const double kNullLogPrior = std::log(0.02);
// Back pointers: 0 a free start, 1..6 a shape of kShapes, 7 a source null, 8 a target null.
constexpr uint8_t kStart = 0;
constexpr uint8_t kSourceNull = 7;
constexpr uint8_t kTargetNull = 8;

// One side in units of `block` sentences: log lengths of every run of 1..3 units ending at u.
struct Side {
  std::vector<double> cumulative;                                 // units + 1 entries
  std::array<std::vector<double>, kMaxShapeSide + 1> log_length;  // [k][u]: units (u−k, u]
  std::array<double, kMaxShapeSide + 1> mean{};                   // of log_length[k] over the side
  std::array<double, kMaxShapeSide + 1> variance{};

  Side(const std::vector<double>& sentences, uint32_t block) {
    const auto count = static_cast<uint32_t>(sentences.size() - 1);
    for (uint32_t u = 0; u * block < count; ++u) {
      cumulative.push_back(sentences[u * block]);
    }
    cumulative.push_back(sentences.back());
    const size_t units = cumulative.size() - 1;
    for (uint32_t k = 1; k <= kMaxShapeSide; ++k) {
      log_length[k].assign(units + 1, 0.0);
      double sum = 0.0;
      double squares = 0.0;
      size_t seen = 0;
      for (size_t u = k; u <= units; ++u) {
        const double value = std::log(std::max(1.0, cumulative[u] - cumulative[u - k]));
        log_length[k][u] = value;
        sum += value;
        squares += value * value;
        ++seen;
      }
      mean[k] = seen > 0 ? sum / static_cast<double>(seen) : 0.0;
      variance[k] =
          seen > 1 ? std::max(0.01, squares / static_cast<double>(seen) - mean[k] * mean[k]) : 1.0;
    }
  }

  uint32_t units() const { return static_cast<uint32_t>(cumulative.size() - 1); }
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
};

// log N(y; mean, variance) up to nothing: the full density, so that two models compare.
double log_normal(double y, double mean, double variance) noexcept {
  const double d = y - mean;
  return -0.5 * std::log(2.0 * std::numbers::pi * variance) - d * d / (2.0 * variance);
}

// One bead shape's candidates for a whole row (LengthSearch::fill_row): for every column c
// from `shift` on, the bead's score is prior − d²·inverse + target_background[c] +
// source_background with d = target_length[c] − source_length − μ, and
//   row[c] = max(row[c], from_row[c − shift] + score), noting `code` in from[c] when it wins
//   (ties keep the earlier);
// relax_fixed does the same for the channel that starts at (0,0) only (no back pointers), with
// the same score operation for operation: fixed[c] = max(fixed[c], from_fixed[c − shift] +
// score). Only the last search needs that channel (the whole diagonal's score), so the grid's
// searches skip it.
// Written as loads and selects so that it vectorises; GCC 12 vectorises the selects with AVX2
// only, hence a clone for AVX2 machines beside the baseline one. AVX2 alone, not x86-64-v3:
// v3's FMA would fuse d²·inverse into the subtraction and round differently from the
// baseline clone; AVX2 does the same operations in the same order, so both give identical
// results.
struct ShapeRow {
  const double* target_length;
  const double* target_background;
  double source_length;
  double source_background;
  double prior;  // the shape's log prior + the normal's log scale
  double mu;
  double inverse;  // 1 / 2σ²
  uint32_t shift;  // the shape's target units
  double code;     // its back pointer
};

#if defined(__x86_64__)
__attribute__((target_clones("default", "avx2")))
#endif
void relax_shape(const ShapeRow& shape,
                 uint32_t columns,
                 const double* __restrict from_row,
                 double* __restrict row,
                 double* __restrict from) {
  // Locals, not the struct's fields: a store to a row could alias them otherwise.
  const double* __restrict target_length = shape.target_length;
  const double* __restrict target_background = shape.target_background;
  const double source_length = shape.source_length;
  const double source_background = shape.source_background;
  const double prior = shape.prior;
  const double mu = shape.mu;
  const double inverse = shape.inverse;
  const double code = shape.code;
  const uint32_t shift = shape.shift;
  for (uint32_t c = shift; c < columns; ++c) {
    const double d = target_length[c] - source_length - mu;
    const double score = prior - d * d * inverse + target_background[c] + source_background;
    const double value = from_row[c - shift] + score;
    const double best = row[c];
    const double best_from = from[c];
    const bool better = value > best;
    row[c] = better ? value : best;
    from[c] = better ? code : best_from;
  }
}

#if defined(__x86_64__)
__attribute__((target_clones("default", "avx2")))
#endif
void relax_fixed(const ShapeRow& shape,
                 uint32_t columns,
                 const double* __restrict from_fixed,
                 double* __restrict fixed) {
  const double* __restrict target_length = shape.target_length;
  const double* __restrict target_background = shape.target_background;
  const double source_length = shape.source_length;
  const double source_background = shape.source_background;
  const double prior = shape.prior;
  const double mu = shape.mu;
  const double inverse = shape.inverse;
  const uint32_t shift = shape.shift;
  for (uint32_t c = shift; c < columns; ++c) {
    const double d = target_length[c] - source_length - mu;
    const double score = prior - d * d * inverse + target_background[c] + source_background;
    const double fixed_value = from_fixed[c - shift] + score;
    const double best_fixed = fixed[c];
    fixed[c] = best_fixed < fixed_value ? fixed_value : best_fixed;
  }
}

// One shape's candidate at column c (c ≥ its shift), as relax_shape computes it: best and its
// code are the cell's so far. The shape's fields come as restrict-qualified locals so that the
// loop over the columns vectorises (through the struct, GCC versions it for aliasing among 14
// pointers, more than it checks, and leaves it scalar).
struct ShapeCell {
  const double* __restrict target_length;
  const double* __restrict target_background;
  const double* __restrict from_row;
  double source_length;
  double source_background;
  double prior;
  uint32_t shift;
  double code;
};

[[gnu::always_inline]] inline void relax_cell(const ShapeCell& shape,
                                              double mu,
                                              double inverse,
                                              uint32_t c,
                                              double& best,
                                              double& best_code) noexcept {
  const double d = shape.target_length[c] - shape.source_length - mu;
  const double score =
      shape.prior - d * d * inverse + shape.target_background[c] + shape.source_background;
  const double value = shape.from_row[c - shape.shift] + score;
  const bool better = value > best;
  best = better ? value : best;
  best_code = better ? shape.code : best_code;
}

// The shapes of a row in one pass over the columns (rows from kMaxShapeSide on, where every
// shape has its row above): each cell sees the same candidates, computed with the same
// operations, compared in the same order as relax_shape's one pass per shape (so the scores
// and back pointers are identical), but the row and its back pointers are loaded and stored
// once instead of 6 times. Columns under kMaxShapeSide, where the wider shapes do not fit, go
// shape by shape. What it gained: docs/PERFORMANCE.md, "Unequal en–zh inputs" (session 11).
#if defined(__x86_64__)
__attribute__((target_clones("default", "avx2")))
#endif
void relax_all_shapes(const std::array<ShapeRow, kShapeCount>& shapes,
                      const std::array<const double*, kShapeCount>& from_rows,
                      uint32_t columns,
                      double* __restrict row,
                      double* __restrict from) {
  std::array<ShapeCell, kShapeCount> cells{};
  for (uint32_t k = 0; k < kShapeCount; ++k) {
    cells[k] = ShapeCell{shapes[k].target_length,
                         shapes[k].target_background,
                         from_rows[k],
                         shapes[k].source_length,
                         shapes[k].source_background,
                         shapes[k].prior,
                         shapes[k].shift,
                         shapes[k].code};
  }
  const double mu = shapes[0].mu;
  const double inverse = shapes[0].inverse;
  const uint32_t head = std::min(columns, kMaxShapeSide);
  for (uint32_t c = 0; c < head; ++c) {
    double best = row[c];
    double code = from[c];
    for (const ShapeCell& cell : cells) {
      if (c >= cell.shift) {
        relax_cell(cell, mu, inverse, c, best, code);
      }
    }
    row[c] = best;
    from[c] = code;
  }
  const ShapeCell s0 = cells[0];
  const ShapeCell s1 = cells[1];
  const ShapeCell s2 = cells[2];
  const ShapeCell s3 = cells[3];
  const ShapeCell s4 = cells[4];
  const ShapeCell s5 = cells[5];
  for (uint32_t c = head; c < columns; ++c) {
    double best = row[c];
    double code = from[c];
    relax_cell(s0, mu, inverse, c, best, code);
    relax_cell(s1, mu, inverse, c, best, code);
    relax_cell(s2, mu, inverse, c, best, code);
    relax_cell(s3, mu, inverse, c, best, code);
    relax_cell(s4, mu, inverse, c, best, code);
    relax_cell(s5, mu, inverse, c, best, code);
    row[c] = best;
    from[c] = code;
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

// The DP over both channels (free start; start at (0,0), when asked for: the whole diagonal's
// score) with back pointers of the first.
class LengthSearch {
 public:
  // reference: every row shape by shape (relax_shape), and the whole diagonal in every search,
  // as before session 11: the slow reference of the unit tests.
  LengthSearch(const Side& source, const Side& target, bool reference)
      : reference_(reference),
        source_(source),
        target_(target),
        rows_(source.units() + 1),
        columns_(target.units() + 1),
        back_(static_cast<size_t>(rows_) * columns_, kStart),
        from_(columns_, kStart),
        target_background_(background_of(target)),
        source_background_(background_of(source)) {}

  // Path::diagonal is computed only when with_diagonal (else −∞).
  Path run(const Model& model, bool with_diagonal) {
    std::array<std::vector<double>, kMaxShapeSide + 1> free_rows;
    std::array<std::vector<double>, kMaxShapeSide + 1> fixed_rows;
    for (uint32_t k = 0; k <= kMaxShapeSide; ++k) {
      free_rows[k].assign(columns_, kNone);
      fixed_rows[k].assign(columns_, kNone);
    }
    Path path;
    const double variance = model.spread * model.spread;
    for (uint32_t r = 0; r < rows_; ++r) {
      fill_row(r, model.mu, variance, with_diagonal, free_rows, fixed_rows);
      const std::vector<double>& row = free_rows[r % free_rows.size()];
      // The path ends on the bottom row or the right column.
      for (uint32_t c = r + 1 == rows_ ? 0 : columns_ - 1; c < columns_; ++c) {
        if (row[c] > path.overlap) {
          path.overlap = row[c];
          path.last_row = r;
          path.last_column = c;
        }
      }
    }
    if (with_diagonal) {
      path.diagonal = fixed_rows[(rows_ - 1) % fixed_rows.size()][columns_ - 1];
    }
    path.measured = model;
    trace(path);
    return path;
  }

 private:
  // The row in three passes, each cell seeing the same comparisons in the same order as one
  // pass over the cell would (shapes, then the source null, then the target null; ties keep
  // the earlier): the shapes over every column (relax_all_shapes, or one pass per shape on the
  // first rows and in the reference), which needs nothing of the row itself and vectorises,
  // then the source null, then the target null, which depends on the cell to its left and runs
  // last. The en–zh document searched 8 × 24 M cells in 1.2 s in one pass.
  void fill_row(uint32_t r,
                double mu,
                double variance,
                bool with_diagonal,
                std::array<std::vector<double>, kMaxShapeSide + 1>& free_rows,
                std::array<std::vector<double>, kMaxShapeSide + 1>& fixed_rows) {
    double* const row = free_rows[r % free_rows.size()].data();
    double* const fixed = fixed_rows[r % fixed_rows.size()].data();
    uint8_t* const back = back_.data() + static_cast<size_t>(r) * columns_;
    std::fill_n(row, columns_, kNone);
    if (with_diagonal) {
      std::fill_n(fixed, columns_, kNone);
    }
    // A free start on the top and left borders; the fixed channel starts at (0,0) only.
    if (r == 0) {
      std::fill_n(row, columns_, 0.0);
      fixed[0] = 0.0;
    } else {
      row[0] = 0.0;
    }
    // log N(y; x + μ, σ²) = log_scale − d² · inverse with d = y − x − μ.
    const double log_scale = -0.5 * std::log(2.0 * std::numbers::pi * variance);
    const double inverse = 0.5 / variance;
    // The shape passes note the winner in a scratch row of doubles, the type of the scores, so
    // that one select serves both.
    const uint32_t columns = columns_;
    double* const from = from_.data();
    std::fill_n(from, columns, double{kStart});
    std::array<ShapeRow, kShapeCount> candidates{};
    std::array<const double*, kShapeCount> from_rows{};
    for (uint8_t s = 0; s < kShapes.size(); ++s) {
      const Shape& shape = kShapes[s];
      if (shape.source > r) {
        continue;
      }
      candidates[s] = ShapeRow{target_.log_length[shape.target].data(),
                               target_background_[shape.target].data(),
                               source_.log_length[shape.source][r],
                               source_background_[shape.source][r],
                               shape.log_prior + log_scale,
                               mu,
                               inverse,
                               shape.target,
                               static_cast<double>(s + 1)};
      const size_t above = (r - shape.source) % free_rows.size();
      from_rows[s] = free_rows[above].data();
      if (reference_ || r < kMaxShapeSide) {
        relax_shape(candidates[s], columns, from_rows[s], row, from);
      }
      if (with_diagonal) {
        relax_fixed(candidates[s], columns, fixed_rows[above].data(), fixed);
      }
    }
    if (!reference_ && r >= kMaxShapeSide) {
      relax_all_shapes(candidates, from_rows, columns, row, from);
    }
    if (r > 0) {
      const double* const above = free_rows[(r - 1) % free_rows.size()].data();
      for (uint32_t c = 0; c < columns; ++c) {
        if (above[c] + kNullLogPrior > row[c]) {
          row[c] = above[c] + kNullLogPrior;
          from[c] = kSourceNull;
        }
      }
    }
    for (uint32_t c = 0; c < columns; ++c) {
      back[c] = static_cast<uint8_t>(from[c]);
    }
    for (uint32_t c = 1; c < columns_; ++c) {
      if (row[c - 1] + kNullLogPrior > row[c]) {
        row[c] = row[c - 1] + kNullLogPrior;
        back[c] = kTargetNull;
      }
    }
    if (with_diagonal) {
      fixed_nulls(r > 0 ? fixed_rows[(r - 1) % fixed_rows.size()].data() : nullptr, fixed);
    }
  }

  // The nulls of the channel from (0,0): from the row above (none on the top row), then along
  // the row.
  void fixed_nulls(const double* above_fixed, double* fixed) const {
    if (above_fixed != nullptr) {
      for (uint32_t c = 0; c < columns_; ++c) {
        fixed[c] = std::max(fixed[c], above_fixed[c] + kNullLogPrior);
      }
    }
    for (uint32_t c = 1; c < columns_; ++c) {
      fixed[c] = std::max(fixed[c], fixed[c - 1] + kNullLogPrior);
    }
  }

  // Follows the back pointers from the path's end to its start; measures μ and σ on its 1-1
  // beads.
  void trace(Path& path) const {
    uint32_t r = path.last_row;
    uint32_t c = path.last_column;
    double sum = 0.0;
    double squares = 0.0;
    uint32_t count = 0;
    for (uint8_t from = back_[static_cast<size_t>(r) * columns_ + c]; from != kStart;
         from = back_[static_cast<size_t>(r) * columns_ + c]) {
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
    }
    path.first_row = r;
    path.first_column = c;
    if (count > 1) {
      path.measured.mu = sum / count;
      path.measured.spread =
          std::max(kMinSpread,
                   std::sqrt(std::max(0.0, squares / count - path.measured.mu * path.measured.mu)));
    }
  }

  bool reference_;
  const Side& source_;
  const Side& target_;
  uint32_t rows_;
  uint32_t columns_;
  std::vector<uint8_t> back_;
  std::vector<double> from_;  // scratch of fill_row: the back pointers of the row
  std::array<std::vector<double>, kMaxShapeSide + 1> target_background_;
  std::array<std::vector<double>, kMaxShapeSide + 1> source_background_;
};

double median_log_length(const Side& side) {
  std::vector<double> lengths(side.log_length[1].begin() + 1, side.log_length[1].end());
  const auto middle = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2);
  std::nth_element(lengths.begin(), middle, lengths.end());
  return *middle;
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
                                       bool reference) {
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
  LengthSearch search(source, target, reference);
  // The sides' median sentence lengths give μ off by as much as their sentences differ in
  // length (−1.55 where the 1-1 beads of an en–zh excerpt have −1.31, 1.74 against 1.44 for
  // another): the best of a grid around it, then μ and σ measured on the path it finds.
  const double median_mu = median_log_length(target) - median_log_length(source);
  Path path;
  for (int k = -kRatioSteps; k <= kRatioSteps; ++k) {
    Path trial = search.run(Model{median_mu + kRatioStep * k, kInitialSpread}, reference);
    if (trial.overlap > path.overlap) {
      path = std::move(trial);
    }
  }
  if (path.overlap == kNone) {
    return std::nullopt;
  }
  return Searched{search.run(path.measured, true), block, source.units(), target.units()};
}

}  // namespace

std::optional<LengthScores> length_scores(const std::vector<double>& cs,
                                          const std::vector<double>& ct,
                                          bool reference) {
  const std::optional<Searched> searched = search_lengths(cs, ct, reference);
  if (!searched) {
    return std::nullopt;
  }
  const Path& path = searched->path;
  return LengthScores{path.overlap, path.diagonal, path.measured.mu, path.measured.spread};
}

std::optional<CoveredRegion> length_region(const std::vector<double>& cs,
                                           const std::vector<double>& ct,
                                           bool reference) {
  const auto m = static_cast<uint32_t>(cs.size() - 1);
  const auto n = static_cast<uint32_t>(ct.size() - 1);
  const std::optional<Searched> searched = search_lengths(cs, ct, reference);
  if (!searched) {
    return std::nullopt;
  }
  const Path& path = searched->path;
  const uint32_t block = searched->block;
  const double outside =
      static_cast<double>(path.first_row + path.first_column + searched->source_units -
                          path.last_row + searched->target_units - path.last_column);
  if (path.overlap - path.diagonal < std::max(kMinLengthAdvantage, kAdvantagePerUnit * outside)) {
    return std::nullopt;
  }
  CoveredRegion region;
  region.source = {std::min(m, path.first_row * block), std::min(m, path.last_row * block)};
  region.target = {std::min(n, path.first_column * block), std::min(n, path.last_column * block)};
  region.leading_gap = std::max(region.source.begin, region.target.begin) >= kMinLengthGap;
  region.trailing_gap = std::max(m - region.source.end, n - region.target.end) >= kMinLengthGap;
  if (!region.partial()) {
    return std::nullopt;
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
  return region;
}

}  // namespace parallax::search
