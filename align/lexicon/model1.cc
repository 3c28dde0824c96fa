#include "lexicon/model1.h"

#include <algorithm>
#include <cmath>

#include <Eigen/SparseCore>

namespace parallax::lexicon {

namespace {

using SparseTable = Eigen::SparseMatrix<float, Eigen::RowMajor, int64_t>;

// Position of (row, column) in the table's value array. The pattern holds every co-occurring
// pair, so the lookup always succeeds for pairs of one training example.
int64_t position(const SparseTable& table, uint32_t row, uint32_t column) {
  const int64_t* begin = table.innerIndexPtr() + table.outerIndexPtr()[row];
  const int64_t* end = table.innerIndexPtr() + table.outerIndexPtr()[row + 1];
  return std::lower_bound(begin, end, static_cast<int64_t>(column)) - table.innerIndexPtr();
}

// The (x, y) pairs of the training examples in EM order: for each example, for each
// conditioned token, the slots of its pairs with every conditioning token.
struct Slots {
  std::vector<uint32_t> slot;    // into the table's value array
  std::vector<uint32_t> width;   // per example: conditioning tokens (one row of slots)
  std::vector<uint32_t> height;  // per example: conditioned tokens
};

// t(column | row) by EM on a table whose pattern holds every co-occurring pair; the table
// rows are the conditioning side.
void train(SparseTable& table, const Slots& slots, uint32_t iterations) {
  // Uniform start: t(y|x) = 1 / |{y co-occurring with x}|.
  for (int64_t x = 0; x < table.outerSize(); ++x) {
    const int64_t count = table.outerIndexPtr()[x + 1] - table.outerIndexPtr()[x];
    for (SparseTable::InnerIterator it(table, x); it; ++it) {
      it.valueRef() = 1.0F / static_cast<float>(count);
    }
  }
  Eigen::VectorXf counts(table.nonZeros());
  Eigen::VectorXf row_totals(table.rows());
  for (uint32_t iteration = 0; iteration < iterations; ++iteration) {
    counts.setZero();
    const float* t = table.valuePtr();
    const uint32_t* slot = slots.slot.data();
    for (size_t k = 0; k < slots.width.size(); ++k) {
      const uint32_t width = slots.width[k];
      for (uint32_t c = 0; c < slots.height[k]; ++c, slot += width) {
        float denominator = 0.0F;
        for (uint32_t r = 0; r < width; ++r) {
          denominator += t[slot[r]];
        }
        if (denominator <= 0.0F) {
          continue;
        }
        for (uint32_t r = 0; r < width; ++r) {
          counts(slot[r]) += t[slot[r]] / denominator;
        }
      }
    }
    Eigen::Map<Eigen::VectorXf>(table.valuePtr(), table.nonZeros()) = counts;
    row_totals = table * Eigen::VectorXf::Ones(table.cols());
    for (int64_t x = 0; x < table.outerSize(); ++x) {
      const float total = row_totals(x);
      for (SparseTable::InnerIterator it(table, x); it; ++it) {
        it.valueRef() = total > 0.0F ? it.value() / total : 0.0F;
      }
    }
  }
}

// The transpose of table's pattern, and where each entry of table lands in it.
SparseTable transpose_pattern(const SparseTable& table, std::vector<uint32_t>& moved_to) {
  SparseTable transposed(table.cols(), table.rows());
  transposed.resizeNonZeros(table.nonZeros());
  int64_t* outer = transposed.outerIndexPtr();
  std::fill(outer, outer + transposed.outerSize() + 1, int64_t{0});
  for (int64_t p = 0; p < table.nonZeros(); ++p) {
    ++outer[table.innerIndexPtr()[p] + 1];
  }
  for (int64_t y = 0; y < transposed.outerSize(); ++y) {
    outer[y + 1] += outer[y];
  }
  std::vector<int64_t> next(outer, outer + transposed.outerSize());
  moved_to.resize(static_cast<size_t>(table.nonZeros()));
  // Rows visited in order, so every transposed row gets its columns sorted.
  for (int64_t x = 0; x < table.outerSize(); ++x) {
    for (int64_t p = table.outerIndexPtr()[x]; p < table.outerIndexPtr()[x + 1]; ++p) {
      const int64_t q = next[table.innerIndexPtr()[p]]++;
      transposed.innerIndexPtr()[q] = x;
      moved_to[static_cast<size_t>(p)] = static_cast<uint32_t>(q);
    }
  }
  return transposed;
}

}  // namespace

std::vector<LearnedLink> learn_links(const std::vector<std::vector<uint32_t>>& sources,
                                     const std::vector<std::vector<uint32_t>>& targets,
                                     size_t source_vocabulary,
                                     size_t target_vocabulary,
                                     const Model1Options& options) {
  std::vector<Eigen::Triplet<float, int64_t>> triplets;
  for (size_t k = 0; k < sources.size(); ++k) {
    for (const uint32_t x : sources[k]) {
      for (const uint32_t y : targets[k]) {
        triplets.emplace_back(x, y, 0.0F);
      }
    }
  }
  SparseTable forward(static_cast<int64_t>(source_vocabulary),
                      static_cast<int64_t>(target_vocabulary));
  forward.setFromTriplets(triplets.begin(), triplets.end());
  forward.makeCompressed();
  triplets = {};
  std::vector<uint32_t> moved_to;
  SparseTable backward = transpose_pattern(forward, moved_to);

  // The slot of every pair, found once (binary searches in the EM loop took 45% of the
  // alignment time); the backward slots follow through the transpose.
  Slots forward_slots;
  Slots backward_slots;
  for (size_t k = 0; k < sources.size(); ++k) {
    const auto width = static_cast<uint32_t>(sources[k].size());
    const auto height = static_cast<uint32_t>(targets[k].size());
    const size_t base = forward_slots.slot.size();
    for (const uint32_t y : targets[k]) {
      for (const uint32_t x : sources[k]) {
        forward_slots.slot.push_back(static_cast<uint32_t>(position(forward, x, y)));
      }
    }
    for (uint32_t xi = 0; xi < width; ++xi) {
      for (uint32_t yi = 0; yi < height; ++yi) {
        backward_slots.slot.push_back(moved_to[forward_slots.slot[base + yi * width + xi]]);
      }
    }
    forward_slots.width.push_back(width);
    forward_slots.height.push_back(height);
    backward_slots.width.push_back(height);
    backward_slots.height.push_back(width);
  }
  train(forward, forward_slots, options.iterations);
  train(backward, backward_slots, options.iterations);

  std::vector<uint32_t> cooccurrence(static_cast<size_t>(forward.nonZeros()), 0);
  for (const uint32_t slot : forward_slots.slot) {
    ++cooccurrence[slot];
  }
  std::vector<LearnedLink> links;
  for (int64_t x = 0; x < forward.outerSize(); ++x) {
    for (int64_t p = forward.outerIndexPtr()[x]; p < forward.outerIndexPtr()[x + 1]; ++p) {
      if (cooccurrence[static_cast<size_t>(p)] < options.min_cooccurrence) {
        continue;
      }
      const float back = backward.valuePtr()[moved_to[static_cast<size_t>(p)]];
      const float probability = std::sqrt(forward.valuePtr()[p] * back);
      if (probability >= options.min_probability) {
        links.push_back(LearnedLink{static_cast<uint32_t>(x),
                                    static_cast<uint32_t>(forward.innerIndexPtr()[p]),
                                    std::min(probability, 1.0F)});
      }
    }
  }
  return links;
}

}  // namespace parallax::lexicon
