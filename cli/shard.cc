#include "shard.h"

#include <algorithm>
#include <numeric>
#include <string_view>

#include <fmt/format.h>

#include <parallax/errors.h>

namespace parallax::cli {

Shard parse_shard(const std::string& text) {
  Shard shard;
  if (text.empty()) {
    return shard;
  }
  const std::string error = fmt::format(
      "--shard '{}': expected K/N with 1 <= K <= N, e.g. --shard 2/4 for the second of four "
      "parts",
      text);
  const size_t slash = text.find('/');
  if (slash == std::string::npos) {
    throw OptionError(error);
  }
  const auto number = [&](std::string_view digits) -> uint32_t {
    if (digits.empty() || digits.size() > 6 ||
        digits.find_first_not_of("0123456789") != std::string_view::npos) {
      throw OptionError(error);
    }
    return static_cast<uint32_t>(std::stoul(std::string(digits)));
  };
  const uint32_t k = number(std::string_view(text).substr(0, slash));
  const uint32_t n = number(std::string_view(text).substr(slash + 1));
  if (k < 1 || k > n) {
    throw OptionError(error);
  }
  shard.index = k - 1;
  shard.count = n;
  return shard;
}

std::vector<size_t> shard_indices(const std::vector<uint64_t>& sizes, const Shard& shard) {
  std::vector<size_t> order(sizes.size());
  std::iota(order.begin(), order.end(), size_t{0});
  if (shard.count == 1) {
    return order;
  }
  // Largest first (the longest-processing-time rule); equal sizes in manifest order.
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
  std::vector<uint64_t> load(shard.count, 0);
  std::vector<size_t> mine;
  for (const size_t i : order) {
    const auto lightest =
        static_cast<uint32_t>(std::min_element(load.begin(), load.end()) - load.begin());
    load[lightest] += sizes[i];
    if (lightest == shard.index) {
      mine.push_back(i);
    }
  }
  std::sort(mine.begin(), mine.end());
  return mine;
}

}  // namespace parallax::cli
