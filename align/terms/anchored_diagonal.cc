#include "terms/anchored_diagonal.h"

#include <algorithm>
#include <unordered_map>

namespace parallax::terms {

namespace {

// How often each id occurs in ids.
std::unordered_map<uint32_t, uint32_t> occurrences(const std::vector<uint32_t>& ids) {
  std::unordered_map<uint32_t, uint32_t> out;
  for (const uint32_t id : ids) {
    ++out[id];
  }
  return out;
}

// The longest subsequence of links (sorted by i, distinct i) strictly increasing in j; the
// first found on ties. O(k²) for k links (a few dozen at most in a bead).
std::vector<WordLink> longest_chain(const std::vector<WordLink>& links) {
  const size_t k = links.size();
  std::vector<size_t> length(k, 1);
  std::vector<size_t> previous(k, k);
  size_t best = 0;
  for (size_t b = 0; b < k; ++b) {
    for (size_t a = 0; a < b; ++a) {
      if (links[a].second < links[b].second && length[a] + 1 > length[b]) {
        length[b] = length[a] + 1;
        previous[b] = a;
      }
    }
    if (length[b] > length[best]) {
      best = b;
    }
  }
  std::vector<WordLink> out;
  for (size_t at = k == 0 ? k : best; at < k; at = previous[at]) {
    out.push_back(links[at]);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<WordLink> anchor_links(const std::vector<uint32_t>& source_of,
                                   const std::vector<uint32_t>& target_of,
                                   const std::vector<uint32_t>& source_ids,
                                   const std::vector<uint32_t>& target_ids) {
  const std::unordered_map<uint32_t, uint32_t> source_count = occurrences(source_ids);
  const std::unordered_map<uint32_t, uint32_t> target_count = occurrences(target_ids);
  std::vector<WordLink> links;
  for (uint32_t i = 0; i < target_of.size(); ++i) {
    const uint32_t j = target_of[i];
    if (j < source_of.size() && source_of[j] == i && source_count.at(source_ids[i]) == 1 &&
        target_count.at(target_ids[j]) == 1) {
      links.emplace_back(i, j);
    }
  }
  return longest_chain(links);
}

size_t agreed_links(const std::vector<uint32_t>& source_of,
                    const std::vector<uint32_t>& target_of) {
  size_t count = 0;
  for (uint32_t j = 0; j < source_of.size(); ++j) {
    const uint32_t i = source_of[j];
    count += i < target_of.size() && target_of[i] == j ? 1 : 0;
  }
  return count;
}

Eigen::ArrayXXf anchored_diagonal(size_t m,
                                  size_t n,
                                  const std::vector<WordLink>& anchors,
                                  float tension) {
  // The knots (x, y) of the piecewise-linear diagonal, x in source words, y in target words.
  std::vector<std::pair<float, float>> knots{{0.0F, 0.0F}};
  for (const auto& [i, j] : anchors) {
    knots.emplace_back(static_cast<float>(i) + 0.5F, static_cast<float>(j) + 0.5F);
  }
  knots.emplace_back(static_cast<float>(m), static_cast<float>(n));
  Eigen::ArrayXf expected(static_cast<Eigen::Index>(m));
  size_t segment = 0;
  for (size_t i = 0; i < m; ++i) {
    const float x = static_cast<float>(i) + 0.5F;
    while (segment + 2 < knots.size() && knots[segment + 1].first <= x) {
      ++segment;
    }
    const auto [x0, y0] = knots[segment];
    const auto [x1, y1] = knots[segment + 1];
    expected(static_cast<Eigen::Index>(i)) = x1 > x0 ? y0 + (x - x0) * (y1 - y0) / (x1 - x0) : y0;
  }
  Eigen::ArrayXXf out(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(n));
  const float scale = tension / static_cast<float>(n);
  for (Eigen::Index j = 0; j < out.cols(); ++j) {
    const float column = static_cast<float>(j) + 0.5F;
    out.col(j) = (-scale * (expected - column).abs()).exp();
    out.col(j) /= out.col(j).sum();
  }
  return out;
}

}  // namespace parallax::terms
