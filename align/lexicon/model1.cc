#include "lexicon/model1.h"

#include <algorithm>
#include <cmath>

#include <Eigen/SparseCore>

namespace parallax::lexicon {

namespace {

using SparseTable = Eigen::SparseMatrix<float, Eigen::RowMajor, int64_t>;

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

// The transpose of table's pattern, where each entry of table lands in it (moved_to) and where
// each of its entries comes from (moved_from).
SparseTable transpose_pattern(const SparseTable& table,
                              std::vector<uint32_t>& moved_to,
                              std::vector<uint32_t>& moved_from) {
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
  moved_from.resize(static_cast<size_t>(table.nonZeros()));
  // Rows visited in order, so every transposed row gets its columns sorted.
  for (int64_t x = 0; x < table.outerSize(); ++x) {
    for (int64_t p = table.outerIndexPtr()[x]; p < table.outerIndexPtr()[x + 1]; ++p) {
      const int64_t q = next[static_cast<size_t>(table.innerIndexPtr()[p])]++;
      transposed.innerIndexPtr()[q] = x;
      moved_to[static_cast<size_t>(p)] = static_cast<uint32_t>(q);
      moved_from[static_cast<size_t>(q)] = static_cast<uint32_t>(p);
    }
  }
  return transposed;
}

// The training examples holding each token of one side, with the token's index in them.
struct Holders {
  std::vector<uint32_t> begin;                      // per token: into list
  std::vector<std::pair<uint32_t, uint32_t>> list;  // (example, index)

  Holders(const std::vector<std::vector<uint32_t>>& examples, size_t vocabulary)
      : begin(vocabulary + 1, 0) {
    for (const std::vector<uint32_t>& example : examples) {
      for (const uint32_t token : example) {
        ++begin[token + 1];
      }
    }
    for (size_t token = 0; token < vocabulary; ++token) {
      begin[token + 1] += begin[token];
    }
    list.resize(begin.back());
    std::vector<uint32_t> next(begin.begin(), begin.end() - 1);
    for (size_t k = 0; k < examples.size(); ++k) {
      for (size_t index = 0; index < examples[k].size(); ++index) {
        list[next[examples[k][index]]++] = {static_cast<uint32_t>(k), static_cast<uint32_t>(index)};
      }
    }
  }
};

// The pattern of the table t(y|x): row x holds every y co-occurring with x, in order.
SparseTable cooccurrence_pattern(const Holders& source_holders,
                                 const std::vector<std::vector<uint32_t>>& targets,
                                 size_t target_vocabulary) {
  const size_t rows = source_holders.begin.size() - 1;
  std::vector<int64_t> outer(rows + 1, 0);
  std::vector<int64_t> inner;
  std::vector<uint32_t> seen(target_vocabulary, UINT32_MAX);
  std::vector<uint32_t> row;
  for (size_t x = 0; x < rows; ++x) {
    row.clear();
    for (uint32_t h = source_holders.begin[x]; h < source_holders.begin[x + 1]; ++h) {
      for (const uint32_t y : targets[source_holders.list[h].first]) {
        if (seen[y] != x) {
          seen[y] = static_cast<uint32_t>(x);
          row.push_back(y);
        }
      }
    }
    std::sort(row.begin(), row.end());
    inner.insert(inner.end(), row.begin(), row.end());
    outer[x + 1] = static_cast<int64_t>(inner.size());
  }
  SparseTable table(static_cast<int64_t>(rows), static_cast<int64_t>(target_vocabulary));
  table.resizeNonZeros(static_cast<int64_t>(inner.size()));
  std::copy(outer.begin(), outer.end(), table.outerIndexPtr());
  std::copy(inner.begin(), inner.end(), table.innerIndexPtr());
  return table;
}

// The slots for EM (Slots) of a table whose rows are the conditioning side, found through the
// transposed table (rows = the conditioned side): row c of it holds every token co-occurring
// with c, and position_in_table maps its positions to the table's. Each conditioned token
// spreads the positions of its row into a scratch array indexed by conditioning token, then
// fills one run of slots per example holding it (a binary search per pair took 10% of the
// alignment time).
Slots find_slots(const SparseTable& transposed,
                 const std::vector<uint32_t>& position_in_table,
                 const std::vector<std::vector<uint32_t>>& conditioning,
                 const std::vector<std::vector<uint32_t>>& conditioned,
                 const Holders& conditioned_holders) {
  Slots slots;
  std::vector<uint64_t> base;
  base.reserve(conditioning.size());
  uint64_t total = 0;
  for (size_t k = 0; k < conditioning.size(); ++k) {
    slots.width.push_back(static_cast<uint32_t>(conditioning[k].size()));
    slots.height.push_back(static_cast<uint32_t>(conditioned[k].size()));
    base.push_back(total);
    total += uint64_t{conditioning[k].size()} * conditioned[k].size();
  }
  slots.slot.resize(total);
  std::vector<uint32_t> position(static_cast<size_t>(transposed.cols()), 0);
  for (int64_t c = 0; c < transposed.outerSize(); ++c) {
    for (int64_t q = transposed.outerIndexPtr()[c]; q < transposed.outerIndexPtr()[c + 1]; ++q) {
      position[static_cast<size_t>(transposed.innerIndexPtr()[q])] =
          position_in_table[static_cast<size_t>(q)];
    }
    const auto token = static_cast<size_t>(c);
    for (uint32_t h = conditioned_holders.begin[token]; h < conditioned_holders.begin[token + 1];
         ++h) {
      const auto [k, index] = conditioned_holders.list[h];
      uint32_t* out = slots.slot.data() + base[k] + uint64_t{index} * slots.width[k];
      for (const uint32_t r : conditioning[k]) {
        *out++ = position[r];
      }
    }
  }
  return slots;
}

}  // namespace

std::vector<LearnedLink> learn_links(const std::vector<std::vector<uint32_t>>& sources,
                                     const std::vector<std::vector<uint32_t>>& targets,
                                     size_t source_vocabulary,
                                     size_t target_vocabulary,
                                     const Model1Options& options) {
  const Holders source_holders(sources, source_vocabulary);
  const Holders target_holders(targets, target_vocabulary);
  SparseTable forward = cooccurrence_pattern(source_holders, targets, target_vocabulary);
  std::vector<uint32_t> moved_to;
  std::vector<uint32_t> moved_from;
  SparseTable backward = transpose_pattern(forward, moved_to, moved_from);
  const Slots forward_slots = find_slots(backward, moved_from, sources, targets, target_holders);
  const Slots backward_slots = find_slots(forward, moved_to, targets, sources, source_holders);
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
