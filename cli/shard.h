// `parallax batch --shard K/N`: which pairs of a manifest shard K of N runs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace parallax::cli {

struct Shard {
  uint32_t index = 0;  // K − 1
  uint32_t count = 1;  // N
};

// "K/N" with 1 <= K <= N; "" = the one shard of everything. Throws OptionError.
Shard parse_shard(const std::string& text);

// The manifest indices that shard runs, in manifest order, given each pair's size in bytes
// (source + target files). The pairs are dealt largest first, each to the shard with the fewest
// bytes so far (ties: the lower index), so that the shards take about the same time. The split
// depends on the sizes and the shard count only: every shard computes the same one.
std::vector<size_t> shard_indices(const std::vector<uint64_t>& sizes, const Shard& shard);

}  // namespace parallax::cli
