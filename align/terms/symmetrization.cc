#include "terms/symmetrization.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>
#include <map>

namespace parallax::terms {

namespace {

// How many of the four diagonal neighbours of (i, j) are linked (links sorted).
int neighbours(const std::vector<WordLink>& links, uint32_t i, uint32_t j) {
  int count = 0;
  for (const int di : {-1, 1}) {
    for (const int dj : {-1, 1}) {
      const WordLink next{i + static_cast<uint32_t>(di), j + static_cast<uint32_t>(dj)};
      count += std::binary_search(links.begin(), links.end(), next) ? 1 : 0;
    }
  }
  return count;
}

// For every column j of own ((k + 1) × l, row k: NULL): k when NULL is the most probable row,
// else the most probable row.
std::vector<uint32_t> decode_direction(const Eigen::MatrixXf& own) {
  const Eigen::Index k = own.rows() - 1;
  std::vector<uint32_t> out(static_cast<size_t>(own.cols()), static_cast<uint32_t>(k));
  for (Eigen::Index j = 0; j < own.cols(); ++j) {
    Eigen::Index best = 0;
    const float linked = own.col(j).head(k).maxCoeff(&best);
    if (own(k, j) > linked) {
      continue;
    }
    out[static_cast<size_t>(j)] = static_cast<uint32_t>(best);
  }
  return out;
}

}  // namespace

std::pair<std::vector<uint32_t>, std::vector<uint32_t>> decode_posteriors(
    const Eigen::MatrixXf& forward, const Eigen::MatrixXf& backward) {
  assert(forward.rows() == backward.cols() + 1 && backward.rows() == forward.cols() + 1);
  if (forward.rows() <= 1 || forward.cols() == 0) {
    return {std::vector<uint32_t>(static_cast<size_t>(forward.cols()),
                                  static_cast<uint32_t>(forward.rows() - 1)),
            std::vector<uint32_t>(static_cast<size_t>(backward.cols()),
                                  static_cast<uint32_t>(backward.rows() - 1))};
  }
  return {decode_direction(forward), decode_direction(backward)};
}

std::vector<WordLink> grow_diag_final_and(
    const std::vector<uint32_t>& source_of,
    const std::vector<uint32_t>& target_of,
    bool final_and,
    const std::function<float(uint32_t, uint32_t)>& strength) {
  const size_t m = target_of.size();
  const size_t n = source_of.size();
  // Cell (i, j) at i · n + j.
  std::vector<bool> forward(m * n, false);  // from target_of
  std::vector<bool> backward(m * n, false);
  for (size_t i = 0; i < m; ++i) {
    if (target_of[i] < n) {
      forward[i * n + target_of[i]] = true;
    }
  }
  for (size_t j = 0; j < n; ++j) {
    if (source_of[j] < m) {
      backward[source_of[j] * n + j] = true;
    }
  }
  std::vector<bool> linked(m * n, false);
  std::vector<bool> source_aligned(m, false);
  std::vector<bool> target_aligned(n, false);
  const auto add = [&](size_t i, size_t j) {
    linked[i * n + j] = true;
    source_aligned[i] = true;
    target_aligned[j] = true;
  };
  for (size_t cell = 0; cell < m * n; ++cell) {
    if (forward[cell] && backward[cell]) {
      add(cell / n, cell % n);
    }
  }
  constexpr std::array<std::pair<int, int>, 8> kNeighbours = {
      {{-1, 0}, {0, -1}, {1, 0}, {0, 1}, {-1, -1}, {-1, 1}, {1, -1}, {1, 1}}};
  for (bool grown = true; grown;) {
    grown = false;
    for (size_t cell = 0; cell < m * n; ++cell) {
      if (!linked[cell]) {
        continue;
      }
      const auto i = static_cast<int>(cell / n);
      const auto j = static_cast<int>(cell % n);
      for (const auto& [di, dj] : kNeighbours) {
        const int k = i + di;
        const int l = j + dj;
        if (k < 0 || l < 0 || k >= static_cast<int>(m) || l >= static_cast<int>(n)) {
          continue;
        }
        const size_t other = static_cast<size_t>(k) * n + static_cast<size_t>(l);
        if (!linked[other] && (forward[other] || backward[other]) &&
            (!source_aligned[static_cast<size_t>(k)] || !target_aligned[static_cast<size_t>(l)])) {
          add(static_cast<size_t>(k), static_cast<size_t>(l));
          grown = true;
        }
      }
    }
  }
  // The union links left, forward ones first, each by cell; then by strength (see the header).
  std::vector<size_t> left;
  left.reserve(m + n);
  for (const std::vector<bool>* direction : {&forward, &backward}) {
    for (size_t cell = 0; cell < m * n; ++cell) {
      if ((*direction)[cell] && !linked[cell]) {
        left.push_back(cell);
      }
    }
  }
  if (strength) {
    std::vector<std::pair<float, size_t>> ranked;
    ranked.reserve(left.size());
    for (const size_t cell : left) {
      ranked.emplace_back(
          strength(static_cast<uint32_t>(cell / n), static_cast<uint32_t>(cell % n)), cell);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t k = 0; k < ranked.size(); ++k) {
      left[k] = ranked[k].second;
    }
  }
  for (const size_t cell : left) {
    const bool source_free = !source_aligned[cell / n];
    const bool target_free = !target_aligned[cell % n];
    if (final_and ? source_free && target_free : source_free || target_free) {
      add(cell / n, cell % n);
    }
  }
  std::vector<WordLink> out;
  for (size_t cell = 0; cell < m * n; ++cell) {
    if (linked[cell]) {
      out.emplace_back(static_cast<uint32_t>(cell / n), static_cast<uint32_t>(cell % n));
    }
  }
  return out;
}

void pair_repeats_by_neighbours(std::vector<WordLink>& links,
                                const std::vector<uint32_t>& source_ids,
                                const std::vector<uint32_t>& target_ids) {
  constexpr size_t kMaxRepeats = 4;
  std::map<std::pair<uint32_t, uint32_t>, std::vector<size_t>> groups;
  for (size_t k = 0; k < links.size(); ++k) {
    groups[{source_ids[links[k].first], target_ids[links[k].second]}].push_back(k);
  }
  bool changed = false;
  for (const auto& [ids, members] : groups) {
    if (members.size() < 2 || members.size() > kMaxRepeats) {
      continue;
    }
    std::vector<uint32_t> sources;
    std::vector<uint32_t> targets;
    for (const size_t k : members) {
      sources.push_back(links[k].first);
      targets.push_back(links[k].second);
    }
    std::vector<uint32_t> distinct = sources;
    std::sort(distinct.begin(), distinct.end());
    std::vector<uint32_t> order = targets;
    std::sort(order.begin(), order.end());
    if (std::adjacent_find(distinct.begin(), distinct.end()) != distinct.end() ||
        std::adjacent_find(order.begin(), order.end()) != order.end()) {
      continue;  // one word linked to two repeats: not a pairing
    }
    const auto score = [&](const std::vector<uint32_t>& pairing) {
      int total = 0;
      for (size_t k = 0; k < sources.size(); ++k) {
        total += neighbours(links, sources[k], pairing[k]);
      }
      return total;
    };
    std::vector<uint32_t> best = targets;
    int best_score = score(targets);
    do {
      if (const int current = score(order); current > best_score) {
        best = order;
        best_score = current;
      }
    } while (std::next_permutation(order.begin(), order.end()));
    if (best != targets) {
      for (size_t k = 0; k < members.size(); ++k) {
        links[members[k]].second = best[k];
      }
      changed = true;
    }
  }
  if (changed) {
    std::sort(links.begin(), links.end());
  }
}

}  // namespace parallax::terms
