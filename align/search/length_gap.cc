#include "search/length_gap.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <numbers>

#include <parallax/coverage.h>

#include "search/length_bead_model.h"

// The searches' loops vectorise at -O2 too (the ci preset, whose binary the quality tests run):
// GCC 12's -O2 cost model ("very cheap") leaves a loop scalar when it needs an epilogue
// (evaluate.py --sets gap-en-zh with the ci binary: 35.1 s scalar, 24.9 s vectorised). The
// operations of each cell are the same either way: the same beads.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("vect-cost-model=dynamic")
#endif

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

// μ measured on the gap path's 1-1 beads is drawn toward the μ searched at (the beads that
// path keeps are those whose lengths fit it): from the region search's μ, off by up to 0.3 on the
// development cases (1.58 where the gold 1-1 beads have 1.39), it took up to 5 searches to
// settle, and from 0.2 off the gap found was a wrong one. So μ is searched first at the spread
// kSearchSpread (the region search's first one, wider than the 0.19-0.21 measured: the path
// keeps beads of other lengths too), each step twice what was measured (at most kMaxMuStep), up
// to kMaxWideRuns searches; then with the spread measured, a step at a time, until μ and σ
// move less than kSettled, kMaxGapRuns searches in all. Chosen on the development cases
// (docs/EVALUATION.md, "Unequal texts", session 14): the measured spread throughout left 2 of
// 16 cases at a wrong μ (0.855), the wide one throughout 4 cases with a gap 300-700 sentences
// off (0.890), this 1 (0.913).
constexpr double kSearchSpread = 0.35;
constexpr double kWideStepGain = 2.0;
constexpr double kMaxMuStep = 0.2;
constexpr uint32_t kMaxWideRuns = 3;
constexpr uint32_t kMaxGapRuns = 4;
constexpr double kSettled = 0.01;
// Where every search from the region search's μ found a gap path that gains over D but misses a
// threshold (μ settled at a wrong place: on gap-en-zh development case seed 102 forward-1 the
// region search's μ was −1.67, the gap path's settled at −1.66 with a short wrong gap beating F
// by 20, where the gold 1-1 beads have −1.39 and a search started at −1.39 or −1.5 finds the
// gap, 914 sentences, beating F by 400), μ starts again this far on either side. Texts without a
// gap stop earlier (a search gaining under kMinGapAdvantage over D: the whole en–zh Bible), and
// so do excerpts (region_found), so only such texts pay for the searches of the second start.
constexpr double kSecondStart = 0.25;

// Back pointers: 1..6 a shape of kShapes, 7 a source null, 8 a target null (D and H); H also
// 9 from J, 10 from K; D's in bits 4 and 5 whether J and K at the cell continue a run (else
// they enter it from D there).
constexpr uint8_t kSourceNull = 7;
constexpr uint8_t kTargetNull = 8;
constexpr uint8_t kFromTargetGap = 9;
constexpr uint8_t kFromSourceGap = 10;
constexpr uint8_t kCodeMask = 0x0F;
constexpr uint8_t kTargetRun = 0x10;  // in D's back pointers
constexpr uint8_t kSourceRun = 0x20;

// One side's log lengths of runs of 1..3 sentences (length_bead_model.h) and their background
// terms −½ log N(y; m_k, v_k).
struct Side : RunLengths {
  std::array<std::vector<double>, kMaxShapeSide + 1> background;

  explicit Side(const std::vector<double>& cumulative) : RunLengths(cumulative) {
    for (uint32_t k = 1; k <= kMaxShapeSide; ++k) {
      background[k].assign(log_length[k].size(), 0.0);
      for (size_t u = k; u < log_length[k].size(); ++u) {
        background[k][u] = -0.5 * log_normal(log_length[k][u], mean[k], variance[k]);
      }
    }
  }
};

// A bead shape's terms on one row, in float for the vectorised pass (as length_region.cc's
// ShapeRow): the target's log lengths and background terms at each column, the rows its beads
// come from in the three channels (padded: index c − shift is valid for c < shift and −∞).
struct ShapeTerms {
  const float* target_length;
  const float* target_background;
  const float* d_from;
  const float* f_from;
  const float* h_from;
  float source_length;
  float source_background;
  float prior;  // log prior + the normal's log scale
  size_t shift;
  float code;
};

// s(a,b) of the shape's bead ending at column c (the same operations in every search, so that
// F is the same to the bit whether it is searched beside D and H or alone).
[[gnu::always_inline]] inline float bead_score(const ShapeTerms& shape,
                                               float mu,
                                               float inverse,
                                               size_t c) noexcept {
  const float d = shape.target_length[c] - shape.source_length - mu;
  return shape.prior - d * d * inverse + shape.target_background[c] + shape.source_background;
}

template <bool kOverlap>
[[gnu::always_inline]] inline void relax(const ShapeTerms& shape,
                                         float mu,
                                         float inverse,
                                         size_t c,
                                         float& best_d,
                                         float& code_d,
                                         float& best_f,
                                         float& best_h,
                                         float& code_h) noexcept {
  const float score = bead_score(shape, mu, inverse, c);
  const float value_d = shape.d_from[c - shape.shift] + score;
  code_d = value_d > best_d ? shape.code : code_d;
  best_d = value_d > best_d ? value_d : best_d;
  if constexpr (kOverlap) {
    const float value_f = shape.f_from[c - shape.shift] + score;
    best_f = value_f > best_f ? value_f : best_f;
  }
  const float value_h = shape.h_from[c - shape.shift] + score;
  code_h = value_h > best_h ? shape.code : code_h;
  best_h = value_h > best_h ? value_h : best_h;
}

// The cells of a row in one pass over the columns, without the candidates along the row (the
// target nulls and J, which depend on the cell to the left: row_along): the six shapes and the
// source null in the three channels, and K (source_run, updated in place; kSourceRun in
// source_bit where it continues). The back pointers as floats (narrowed in row_along). The fields
// come as restrict-qualified locals so that the loop vectorises (length_region.cc's relax_inner);
// a clone for AVX2 beside the baseline one, with the same operations in the same order. F only
// with kOverlap (f, f_above unread otherwise).
template <bool kOverlap>
#if defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("default", "avx2")))
#endif
void row_across(const std::array<ShapeTerms, kShapeCount>& shapes,
                const float* __restrict d_above,
                const float* __restrict f_above,
                const float* __restrict h_above,
                float mu,
                float inverse,
                size_t columns,
                float* __restrict d,
                float* __restrict f,
                float* __restrict h,
                float* __restrict source_run,
                float* __restrict code_d,
                float* __restrict code_h,
                float* __restrict source_bit) {
  const ShapeTerms s0 = shapes[0];
  const ShapeTerms s1 = shapes[1];
  const ShapeTerms s2 = shapes[2];
  const ShapeTerms s3 = shapes[3];
  const ShapeTerms s4 = shapes[4];
  const ShapeTerms s5 = shapes[5];
  const float none = -std::numeric_limits<float>::infinity();
  const auto null = static_cast<float>(kNullLogPrior);
  for (size_t c = 0; c < columns; ++c) {
    float best_d = none;
    float best_f = none;
    float best_h = none;
    float cd = 0.0F;
    float ch = 0.0F;
    relax<kOverlap>(s0, mu, inverse, c, best_d, cd, best_f, best_h, ch);
    relax<kOverlap>(s1, mu, inverse, c, best_d, cd, best_f, best_h, ch);
    relax<kOverlap>(s2, mu, inverse, c, best_d, cd, best_f, best_h, ch);
    relax<kOverlap>(s3, mu, inverse, c, best_d, cd, best_f, best_h, ch);
    relax<kOverlap>(s4, mu, inverse, c, best_d, cd, best_f, best_h, ch);
    relax<kOverlap>(s5, mu, inverse, c, best_d, cd, best_f, best_h, ch);
    const float value_d = d_above[c] + null;
    cd = value_d > best_d ? float{kSourceNull} : cd;
    best_d = value_d > best_d ? value_d : best_d;
    if constexpr (kOverlap) {
      const float value_f = f_above[c] + null;
      best_f = value_f > best_f ? value_f : best_f;
      f[c] = best_f;
    }
    const float value_h = h_above[c] + null;
    ch = value_h > best_h ? float{kSourceNull} : ch;
    best_h = value_h > best_h ? value_h : best_h;
    // K(r,c) = max(K(r−1,c), D(r−1,c)).
    const float run = source_run[c];
    const bool continues = run >= d_above[c];
    const float k = continues ? run : d_above[c];
    source_run[c] = k;
    ch = k > best_h ? float{kFromSourceGap} : ch;
    best_h = k > best_h ? k : best_h;
    d[c] = best_d;
    h[c] = best_h;
    code_d[c] = cd;
    code_h[c] = ch;
    source_bit[c] = continues ? float{kSourceRun} : 0.0F;
  }
}

[[gnu::always_inline]] inline void relax_overlap(
    const ShapeTerms& shape, float mu, float inverse, size_t c, float& best_f) noexcept {
  const float value_f = shape.f_from[c - shape.shift] + bead_score(shape, mu, inverse, c);
  best_f = value_f > best_f ? value_f : best_f;
}

// F alone (the overlap's channel), with row_across's operations for it in its order: the same
// values to the bit.
#if defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("default", "avx2")))
#endif
void row_overlap(const std::array<ShapeTerms, kShapeCount>& shapes,
                 const float* __restrict f_above,
                 float mu,
                 float inverse,
                 size_t columns,
                 float* __restrict f) {
  const ShapeTerms s0 = shapes[0];
  const ShapeTerms s1 = shapes[1];
  const ShapeTerms s2 = shapes[2];
  const ShapeTerms s3 = shapes[3];
  const ShapeTerms s4 = shapes[4];
  const ShapeTerms s5 = shapes[5];
  const float none = -std::numeric_limits<float>::infinity();
  const auto null = static_cast<float>(kNullLogPrior);
  for (size_t c = 0; c < columns; ++c) {
    float best_f = none;
    relax_overlap(s0, mu, inverse, c, best_f);
    relax_overlap(s1, mu, inverse, c, best_f);
    relax_overlap(s2, mu, inverse, c, best_f);
    relax_overlap(s3, mu, inverse, c, best_f);
    relax_overlap(s4, mu, inverse, c, best_f);
    relax_overlap(s5, mu, inverse, c, best_f);
    const float value_f = f_above[c] + null;
    best_f = value_f > best_f ? value_f : best_f;
    f[c] = best_f;
  }
}

// row[c] = max(row[c], row[c − 1] + log prior(null)) for c = 1, 2, … in turn (a target null,
// which depends on the cell to its left), noting kTargetNull in code (when given) where it wins.
// The comparisons with the values before the pass go first, in a loop that vectorises (wins[c]:
// row[c − 1] + log prior(null) > row[c] as the row stands). Then only the runs of cells that take
// their left neighbour's value are walked, each from a cell that wins: a cell whose left
// neighbour kept its value takes the neighbour's exactly where it wins; one whose neighbour took
// a value takes it where it wins (the neighbour's value only grew, and a rounded sum is monotone
// in its operands) or where the grown value beats it, which ends the run when it does not. The
// same comparisons and sums as the cell-by-cell pass, so the same values and codes to the bit
// (LengthGap.TargetNullsAreTheCellByCellPass). In D the target null wins in scattered cells (1 to
// 5 of a chunk of 8 in most chunks that have one, gap-en-zh 001-forward-1): going over such
// chunks cell by cell, one unpredictable branch a cell, was 14% of a gap case's CPU (perf).
#if defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("default", "avx2")))
#endif
void null_wins(const float* __restrict row, uint8_t* __restrict wins, size_t columns) noexcept {
  const auto null = static_cast<float>(kNullLogPrior);
  for (size_t c = 1; c < columns; ++c) {
    wins[c] = row[c - 1] + null > row[c] ? 1 : 0;
  }
}

void target_nulls(float* __restrict row,
                  float* __restrict code,
                  uint8_t* __restrict wins,
                  size_t columns) noexcept {
  constexpr size_t kChunk = 8;
  const auto null = static_cast<float>(kNullLogPrior);
  null_wins(row, wins, columns);
  // The first cell from c on that wins, or columns.
  const auto next_win = [&](size_t c) {
    for (; c + kChunk <= columns; c += kChunk) {
      uint64_t chunk = 0;
      static_assert(sizeof(chunk) == kChunk);
      std::memcpy(&chunk, wins + c, kChunk);
      if (chunk != 0) {
        // wins holds 0 or 1 a byte; the lowest set byte is the first in memory (little endian
        // here; on a big-endian machine the cell-by-cell scan below finds it).
        if constexpr (std::endian::native == std::endian::little) {
          return c + static_cast<size_t>(std::countr_zero(chunk)) / 8;
        }
        break;
      }
    }
    for (; c < columns && wins[c] == 0; ++c) {
    }
    return c;
  };
  for (size_t c = next_win(1); c < columns; c = next_win(c + 1)) {
    // Cell c wins and its left neighbour kept its value: the run starts here.
    float value = row[c - 1] + null;
    while (true) {
      row[c] = value;
      if (code != nullptr) {
        code[c] = float{kTargetNull};
      }
      if (++c == columns) {
        return;
      }
      value = row[c - 1] + null;
      if (wins[c] == 0 && !(value > row[c])) {
        break;  // cell c keeps its value: the next run starts after it
      }
    }
  }
}

// H(r,c) = max(H(r,c), J(r,c)) with J(r,c) = max(J(r,c−1), D(r,c−1)) (target_run: J(r,c),
// −∞ at c = 0), noting kFromTargetGap in code_h where J wins and kTargetRun in target_bit where
// J continues a run. All in float, so that the loop vectorises.
#if defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("default", "avx2")))
#endif
void target_gaps(const float* __restrict d,
                 const float* __restrict target_run,
                 float* __restrict h,
                 float* __restrict code_h,
                 float* __restrict target_bit,
                 size_t columns) noexcept {
  target_bit[0] = 0.0F;
  for (size_t c = 1; c < columns; ++c) {
    const float run = target_run[c];
    target_bit[c] = target_run[c - 1] >= d[c - 1] ? float{kTargetRun} : 0.0F;
    code_h[c] = run > h[c] ? float{kFromTargetGap} : code_h[c];
    h[c] = run > h[c] ? run : h[c];
  }
}

// The back pointers of a row narrowed to bytes: D's code with its run bits, H's code.
#if defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("default", "avx2")))
#endif
void narrow(const float* __restrict code_d,
            const float* __restrict target_bit,
            const float* __restrict source_bit,
            const float* __restrict code_h,
            uint8_t* __restrict back_d,
            uint8_t* __restrict back_h,
            size_t columns) noexcept {
  for (size_t c = 0; c < columns; ++c) {
    back_d[c] = static_cast<uint8_t>(code_d[c] + target_bit[c] + source_bit[c]);
    back_h[c] = static_cast<uint8_t>(code_h[c]);
  }
}

// The rest of a row, along it: D's target nulls, then J from D's final values, then F's and H's
// target nulls (H's after J: a null may follow the gap on the same row).
struct RowScratch {
  std::vector<float> code_d, code_h, source_bit, target_bit, target_run;
  std::vector<uint8_t> wins;

  explicit RowScratch(size_t columns)
      : code_d(columns),
        code_h(columns),
        source_bit(columns),
        target_bit(columns),
        target_run(columns),
        wins(columns) {}
};

void row_along(float* __restrict d,
               float* __restrict f,
               float* __restrict h,
               RowScratch& scratch,
               size_t columns,
               uint8_t* __restrict back_d,
               uint8_t* __restrict back_h) noexcept {
  target_nulls(d, scratch.code_d.data(), scratch.wins.data(), columns);
  if (f != nullptr) {
    target_nulls(f, nullptr, scratch.wins.data(), columns);
  }
  // The prefix maxima of D, one step behind (a loop-carried maximum: scalar).
  float run = -std::numeric_limits<float>::infinity();
  float* const target_run = scratch.target_run.data();
  target_run[0] = run;
  for (size_t c = 1; c < columns; ++c) {
    run = std::max(run, d[c - 1]);
    target_run[c] = run;
  }
  target_gaps(d, target_run, h, scratch.code_h.data(), scratch.target_bit.data(), columns);
  target_nulls(h, scratch.code_h.data(), scratch.wins.data(), columns);
  narrow(scratch.code_d.data(), scratch.target_bit.data(), scratch.source_bit.data(),
         scratch.code_h.data(), back_d, back_h, columns);
}

class GapSearch {
 public:
  GapSearch(const std::vector<double>& cs, const std::vector<double>& ct)
      : rows_(static_cast<uint32_t>(cs.size())),
        columns_(static_cast<uint32_t>(ct.size())),
        source_(cs),
        target_(ct),
        back_d_(static_cast<size_t>(rows_) * columns_, 0),
        back_h_(static_cast<size_t>(rows_) * columns_, 0) {
    for (uint32_t k = 1; k <= kMaxShapeSide; ++k) {
      target_length_[k].assign(target_.log_length[k].begin(), target_.log_length[k].end());
      target_background_[k].assign(target_.background[k].begin(), target_.background[k].end());
    }
  }

  // One search at mu, spread: D, H and their back pointers, the gap path traced; F (the best
  // overlap) only with kOverlap, else LengthGapSearch::overlap is NaN.
  template <bool kOverlap>
  LengthGapSearch run(double mu, double spread) {
    const Model model(mu, spread);
    const float none = -std::numeric_limits<float>::infinity();
    Rings rings(columns_);
    std::vector<float> source_run(columns_, none);
    RowScratch scratch(columns_);
    float best_overlap = none;
    for (uint32_t r = 0; r < rows_; ++r) {
      float* const d = rings.at(0, r);
      float* const f = rings.at(1, r);
      float* const h = rings.at(2, r);
      const std::array<ShapeTerms, kShapeCount> shapes = shapes_at(r, model, rings);
      row_across<kOverlap>(shapes, rings.above(0, r), rings.above(1, r), rings.above(2, r),
                           model.mu, model.inverse, columns_, d, f, h, source_run.data(),
                           scratch.code_d.data(), scratch.code_h.data(), scratch.source_bit.data());
      // The starts: D at (0,0) only, F anywhere on the top and left borders.
      if (r == 0) {
        d[0] = 0.0F;
        scratch.code_d[0] = 0.0F;
        scratch.source_bit[0] = 0.0F;
      }
      uint8_t* const back_d = back_d_.data() + static_cast<size_t>(r) * columns_;
      uint8_t* const back_h = back_h_.data() + static_cast<size_t>(r) * columns_;
      if constexpr (kOverlap) {
        overlap_starts(r, f);
      }
      row_along(d, kOverlap ? f : nullptr, h, scratch, columns_, back_d, back_h);
      if constexpr (kOverlap) {
        overlap_ends(r, f, best_overlap);
      }
    }
    LengthGapSearch result{rings.at(0, rows_ - 1)[columns_ - 1],
                           rings.at(2, rows_ - 1)[columns_ - 1],
                           kOverlap ? best_overlap : std::numeric_limits<double>::quiet_NaN(),
                           {}};
    result.gap = trace();
    return result;
  }

  // The best overlap F alone at mu, spread: run<true>'s to the bit (the same operations on F,
  // which reads nothing of D and H), in about a third of its time (no back pointers).
  double overlap(double mu, double spread) const {
    const Model model(mu, spread);
    const float none = -std::numeric_limits<float>::infinity();
    Rings rings(columns_);
    std::vector<uint8_t> wins(columns_);
    float best_overlap = none;
    for (uint32_t r = 0; r < rows_; ++r) {
      float* const f = rings.at(1, r);
      row_overlap(shapes_at(r, model, rings), rings.above(1, r), model.mu, model.inverse, columns_,
                  f);
      overlap_starts(r, f);
      target_nulls(f, nullptr, wins.data(), columns_);
      overlap_ends(r, f, best_overlap);
    }
    return best_overlap;
  }

 private:
  // The bead model's terms of one search in float.
  struct Model {
    float mu;
    float inverse;  // 1/2σ²
    double log_scale;

    Model(double mean, double spread)
        : mu(static_cast<float>(mean)),
          inverse(static_cast<float>(0.5 / (spread * spread))),
          log_scale(-0.5 * std::log(2.0 * std::numbers::pi * spread * spread)) {}
  };

  // Ring rows of the three channels D, F, H (0, 1, 2), kPad cells of −∞ before column 0; one
  // row of −∞ for the rows above row 0.
  struct Rings {
    static constexpr size_t kRing = kMaxShapeSide + 1;
    static constexpr size_t kPad = kMaxShapeSide;
    std::array<std::vector<float>, 3 * kRing + 1> rows;

    explicit Rings(size_t columns) {
      for (std::vector<float>& row : rows) {
        row.assign(columns + kPad, -std::numeric_limits<float>::infinity());
      }
    }

    float* at(size_t channel, uint32_t r) {
      return rows[channel * kRing + r % kRing].data() + kPad;
    }

    const float* outside() const { return rows[3 * kRing].data() + kPad; }

    const float* above(size_t channel, uint32_t r) {
      return r > 0 ? at(channel, r - 1) : outside();
    }
  };

  // The shapes' terms on row r, their beads coming from the rings' rows (−∞ above row 0).
  std::array<ShapeTerms, kShapeCount> shapes_at(uint32_t r,
                                                const Model& model,
                                                Rings& rings) const {
    std::array<ShapeTerms, kShapeCount> shapes{};
    for (size_t s = 0; s < kShapeCount; ++s) {
      const Shape& shape = kShapes[s];
      const bool fits = shape.source <= r;
      const uint32_t from = fits ? r - shape.source : 0;
      shapes[s] = ShapeTerms{target_length_[shape.target].data(),
                             target_background_[shape.target].data(),
                             fits ? rings.at(0, from) : rings.outside(),
                             fits ? rings.at(1, from) : rings.outside(),
                             fits ? rings.at(2, from) : rings.outside(),
                             static_cast<float>(source_.log_length[shape.source][r]),
                             static_cast<float>(source_.background[shape.source][r]),
                             static_cast<float>(shape.log_prior + model.log_scale),
                             shape.target,
                             static_cast<float>(s + 1)};
    }
    return shapes;
  }

  // F starts anywhere on the top and left borders.
  void overlap_starts(uint32_t r, float* f) const {
    if (r == 0) {
      std::fill_n(f, columns_, 0.0F);
    }
    f[0] = std::max(f[0], 0.0F);
  }

  // F ends on the bottom row or the right column.
  void overlap_ends(uint32_t r, const float* f, float& best) const {
    best = std::max(best, f[columns_ - 1]);
    if (r + 1 == rows_) {
      best = std::max(best, *std::max_element(f, f + columns_));
    }
  }

  // Follows the back pointers of H from (m,n), through the gap, and of D to (0,0): the gap, the
  // line where the path enters each row, μ and σ of its 1-1 beads.
  LengthGap trace() const {
    LengthGap gap;
    std::vector<double> centre(rows_, -1.0);
    uint32_t r = rows_ - 1;
    uint32_t c = columns_ - 1;
    bool after_gap = true;
    double sum = 0.0;
    double squares = 0.0;
    uint32_t count = 0;
    const auto at = [&](uint32_t row, uint32_t column) {
      return static_cast<size_t>(row) * columns_ + column;
    };
    // Cells are met from the end: the last one met on a row is where the path enters it.
    const auto visit = [&]() { centre[r] = c; };
    visit();
    while (r > 0 || c > 0) {
      const uint8_t code = (after_gap ? back_h_[at(r, c)] : back_d_[at(r, c)]) & kCodeMask;
      if (after_gap && code == kFromTargetGap) {
        const uint32_t end = c;
        do {
          --c;
        } while ((back_d_[at(r, c + 1)] & kTargetRun) != 0);
        gap.target_gap = true;
        gap.left_out = {c, end};
        gap.at = r;
        after_gap = false;
      } else if (after_gap && code == kFromSourceGap) {
        const uint32_t end = r;
        do {
          --r;
          visit();
        } while ((back_d_[at(r + 1, c)] & kSourceRun) != 0);
        gap.target_gap = false;
        gap.left_out = {r, end};
        gap.at = c;
        after_gap = false;
      } else if (code == kSourceNull) {
        --r;
      } else if (code == kTargetNull) {
        --c;
      } else if (code >= 1 && code <= kShapeCount) {
        const Shape& shape = kShapes[code - 1];
        if (shape.source == 1 && shape.target == 1) {
          const double d = target_.log_length[1][c] - source_.log_length[1][r];
          sum += d;
          squares += d * d;
          ++count;
        }
        r -= shape.source;
        c -= shape.target;
      } else {
        break;  // no path (only where nothing reaches (m,n), which the nulls rule out)
      }
      visit();
    }
    for (uint32_t k = 1; k < rows_; ++k) {
      centre[k] = std::max(centre[k], centre[k - 1]);
    }
    if (count > 1) {
      gap.mu = sum / count;
      gap.spread =
          std::max(kMinSpread, std::sqrt(std::max(0.0, squares / count - gap.mu * gap.mu)));
    }
    gap.centre = std::move(centre);
    return gap;
  }

  uint32_t rows_;
  uint32_t columns_;
  Side source_;
  Side target_;
  std::array<std::vector<float>, kMaxShapeSide + 1> target_length_;
  std::array<std::vector<float>, kMaxShapeSide + 1> target_background_;
  std::vector<uint8_t> back_d_;  // D's code, kTargetRun (J), kSourceRun (K)
  std::vector<uint8_t> back_h_;  // H's code
};

}  // namespace

LengthGapSearch length_gap_search(const std::vector<double>& cs,
                                  const std::vector<double>& ct,
                                  double mu,
                                  double spread) {
  return GapSearch(cs, ct).run<true>(mu, spread);
}

double length_gap_overlap(const std::vector<double>& cs,
                          const std::vector<double>& ct,
                          double mu,
                          double spread) {
  return GapSearch(cs, ct).overlap(mu, spread);
}

void length_gap_target_nulls(std::vector<float>& row, std::vector<float>& code) {
  std::vector<uint8_t> wins(row.size());
  target_nulls(row.data(), code.data(), wins.data(), row.size());
}

namespace {

// μ settled from mu (as length_gap.h says) and the gap found, or nullopt. stuck: every search
// gained kMinGapAdvantage over D, and the gap of the last one still missed a threshold (a μ
// settled at a wrong place: see kSecondStart).
std::optional<LengthGap> settle(
    GapSearch& search, double mu, bool region_found, uint32_t m, uint32_t n, bool& stuck) {
  stuck = false;
  // First μ alone, at the wide spread kSearchSpread, each step twice what the path measured
  // (at most kMaxMuStep); then the spread measured too, one step at a time.
  // F (the best overlap) is searched only where it is read: in the first search when the region
  // search found a region, and in the last one, alone, once the others have let the gap
  // through. On gap-en-zh 001-forward-1 (20.4 M cells) 3 of the 4 searches go without it.
  bool wide = true;
  uint32_t wide_runs = 1;
  double spread = kSearchSpread;
  LengthGapSearch found =
      region_found ? search.run<true>(mu, spread) : search.run<false>(mu, spread);
  if (region_found && found.with_gap - found.overlap < kMinGapAdvantage) {
    return std::nullopt;
  }
  for (uint32_t run = 1; run < kMaxGapRuns && found.gap.spread > 0.0; ++run) {
    const bool settled = std::abs(found.gap.mu - mu) < kSettled;
    if (wide && (settled || wide_runs >= kMaxWideRuns)) {
      wide = false;
    } else if (!wide && settled && std::abs(found.gap.spread - spread) < kSettled) {
      break;
    }
    wide_runs += wide ? 1 : 0;
    const double step = (wide ? kWideStepGain : 1.0) * (found.gap.mu - mu);
    mu += std::clamp(step, -kMaxMuStep, kMaxMuStep);
    spread = wide ? kSearchSpread : found.gap.spread;
    found = search.run<false>(mu, spread);
    // Once μ has been measured on a path, a gap that gains less than kMinGapAdvantage over D is
    // none: on the whole en–zh Bible the second search gains 18 (and the later ones 20–24 at
    // most, all under the thresholds below); on the 16 development gap cases at least 94.
    if (found.with_gap - found.diagonal < kMinGapAdvantage) {
      return std::nullopt;
    }
  }
  if (std::isnan(found.overlap)) {
    found.overlap = search.overlap(mu, spread);
  }
  LengthGap gap = found.gap;
  gap.advantage = found.with_gap - found.diagonal;
  const uint32_t left_out = gap.left_out.size();
  // The other side's sentences before and after the jump, and the gap side's.
  const uint32_t other_side = gap.target_gap ? m : n;
  const uint32_t gap_side = gap.target_gap ? n : m;
  const bool inside = gap.at >= kMinUncoveredRun && other_side - gap.at >= kMinUncoveredRun &&
                      gap.left_out.begin >= kMinUncoveredRun &&
                      gap_side - gap.left_out.end >= kMinUncoveredRun;
  if (!inside || left_out < kMinUncoveredRun || gap.spread <= 0.0 ||
      gap.advantage < std::max(kMinGapAdvantage, kGapAdvantagePerSentence * left_out) ||
      found.with_gap - found.overlap < kMinGapAdvantage) {
    stuck = true;
    return std::nullopt;
  }
  return gap;
}

}  // namespace

std::optional<LengthGap> length_gap(const std::vector<double>& cs,
                                    const std::vector<double>& ct,
                                    double mu,
                                    bool region_found) {
  const auto m = static_cast<uint32_t>(cs.size() - 1);
  const auto n = static_cast<uint32_t>(ct.size() - 1);
  if (m < 3 * kMinUncoveredRun || n < 3 * kMinUncoveredRun ||
      static_cast<uint64_t>(m) * n > kMaxGapCells) {
    return std::nullopt;
  }
  GapSearch search(cs, ct);
  bool stuck = false;
  std::optional<LengthGap> gap = settle(search, mu, region_found, m, n, stuck);
  if (gap || !stuck || region_found) {
    return gap;
  }
  // A second start kSecondStart either side of mu, from the one whose first search beats F by
  // more (and by kMinGapAdvantage at least).
  double best_mu = mu;
  double best_margin = kMinGapAdvantage;
  for (const double start : {mu - kSecondStart, mu + kSecondStart}) {
    const LengthGapSearch found = search.run<true>(start, kSearchSpread);
    const double margin = found.with_gap - found.overlap;
    if (margin >= best_margin) {
      best_margin = margin;
      best_mu = start;
    }
  }
  if (best_mu == mu) {
    return std::nullopt;
  }
  return settle(search, best_mu, false, m, n, stuck);
}

}  // namespace parallax::search
