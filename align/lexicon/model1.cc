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

// t(column | row) by EM; the table rows are the conditioning side.
SparseTable train(const std::vector<std::vector<uint32_t>>& rows_side,
                  const std::vector<std::vector<uint32_t>>& columns_side,
                  size_t rows,
                  size_t columns,
                  uint32_t iterations) {
  std::vector<Eigen::Triplet<float, int64_t>> triplets;
  for (size_t k = 0; k < rows_side.size(); ++k) {
    for (const uint32_t x : rows_side[k]) {
      for (const uint32_t y : columns_side[k]) {
        triplets.emplace_back(x, y, 1.0F);
      }
    }
  }
  SparseTable table(static_cast<int64_t>(rows), static_cast<int64_t>(columns));
  table.setFromTriplets(triplets.begin(), triplets.end(), [](float a, float) { return a; });
  table.makeCompressed();
  // Uniform start: t(y|x) = 1 / |{y co-occurring with x}|.
  for (int64_t x = 0; x < table.outerSize(); ++x) {
    const int64_t count = table.outerIndexPtr()[x + 1] - table.outerIndexPtr()[x];
    for (SparseTable::InnerIterator it(table, x); it; ++it) {
      it.valueRef() = 1.0F / static_cast<float>(count);
    }
  }
  // The value slot of every (x, y) of every example, found once: the EM loop then touches
  // only flat arrays (the binary searches took 45% of the alignment time before).
  std::vector<uint32_t> slots;
  for (size_t k = 0; k < rows_side.size(); ++k) {
    for (const uint32_t y : columns_side[k]) {
      for (const uint32_t x : rows_side[k]) {
        slots.push_back(static_cast<uint32_t>(position(table, x, y)));
      }
    }
  }
  Eigen::VectorXf counts(table.nonZeros());
  Eigen::VectorXf row_totals(table.rows());
  for (uint32_t iteration = 0; iteration < iterations; ++iteration) {
    counts.setZero();
    const float* t = table.valuePtr();
    size_t next = 0;
    for (size_t k = 0; k < rows_side.size(); ++k) {
      const size_t width = rows_side[k].size();
      for (size_t c = 0; c < columns_side[k].size(); ++c, next += width) {
        float denominator = 0.0F;
        for (size_t r = 0; r < width; ++r) {
          denominator += t[slots[next + r]];
        }
        if (denominator <= 0.0F) {
          continue;
        }
        for (size_t r = 0; r < width; ++r) {
          counts(slots[next + r]) += t[slots[next + r]] / denominator;
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
  return table;
}

}  // namespace

std::vector<LearnedLink> learn_links(const std::vector<std::vector<uint32_t>>& sources,
                                     const std::vector<std::vector<uint32_t>>& targets,
                                     size_t source_vocabulary,
                                     size_t target_vocabulary,
                                     const Model1Options& options) {
  const SparseTable forward =
      train(sources, targets, source_vocabulary, target_vocabulary, options.iterations);
  const SparseTable backward =
      train(targets, sources, target_vocabulary, source_vocabulary, options.iterations);
  // Co-occurrence counts on the forward pattern.
  SparseTable cooccurrence = forward;
  Eigen::Map<Eigen::VectorXf>(cooccurrence.valuePtr(), cooccurrence.nonZeros()).setZero();
  for (size_t k = 0; k < sources.size(); ++k) {
    for (const uint32_t x : sources[k]) {
      for (const uint32_t y : targets[k]) {
        cooccurrence.valuePtr()[position(cooccurrence, x, y)] += 1.0F;
      }
    }
  }
  std::vector<LearnedLink> links;
  for (int64_t x = 0; x < forward.outerSize(); ++x) {
    SparseTable::InnerIterator count(cooccurrence, x);
    for (SparseTable::InnerIterator it(forward, x); it; ++it, ++count) {
      if (count.value() < static_cast<float>(options.min_cooccurrence)) {
        continue;
      }
      const auto y = static_cast<uint32_t>(it.col());
      const float back = backward.valuePtr()[position(backward, y, static_cast<uint32_t>(x))];
      const float probability = std::sqrt(it.value() * back);
      if (probability >= options.min_probability) {
        links.push_back(LearnedLink{static_cast<uint32_t>(x), y, std::min(probability, 1.0F)});
      }
    }
  }
  return links;
}

}  // namespace parallax::lexicon
