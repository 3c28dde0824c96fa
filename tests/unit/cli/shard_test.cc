#include "shard.h"

#include <algorithm>
#include <numeric>
#include <random>

#include <gtest/gtest.h>

#include <parallax/errors.h>

namespace parallax::cli {
namespace {

TEST(Shard, ParsesKOfN) {
  const Shard shard = parse_shard("2/4");
  EXPECT_EQ(shard.index, 1U);
  EXPECT_EQ(shard.count, 4U);
  EXPECT_EQ(parse_shard("").count, 1U);
  for (const char* bad : {"0/2", "3/2", "2", "a/b", "/2", "1/", "-1/2", "1/1234567"}) {
    EXPECT_THROW(parse_shard(bad), OptionError) << bad;
  }
}

// Every pair lands in exactly one shard, each shard lists its pairs in manifest order.
TEST(Shard, ShardsPartitionTheManifest) {
  std::mt19937 rng(3);
  std::uniform_int_distribution<uint64_t> size(0, 1000);
  for (const uint32_t count : {1U, 2U, 3U, 7U, 40U}) {
    std::vector<uint64_t> sizes(25);
    std::generate(sizes.begin(), sizes.end(), [&] { return size(rng); });
    std::vector<size_t> seen;
    for (uint32_t k = 0; k < count; ++k) {
      const std::vector<size_t> mine = shard_indices(sizes, Shard{k, count});
      EXPECT_TRUE(std::is_sorted(mine.begin(), mine.end()));
      seen.insert(seen.end(), mine.begin(), mine.end());
    }
    std::sort(seen.begin(), seen.end());
    std::vector<size_t> all(sizes.size());
    std::iota(all.begin(), all.end(), size_t{0});
    EXPECT_EQ(seen, all) << count << " shards";
  }
}

// A manifest that repeats its pairs (period 4, one large pair) splits evenly by bytes; taking
// every other pair gave one shard every copy of the large one.
TEST(Shard, BalancesBytesOfAPeriodicManifest) {
  std::vector<uint64_t> sizes;
  for (int copy = 0; copy < 20; ++copy) {
    for (const uint64_t size : {100U, 500U, 10U, 20U}) {
      sizes.push_back(size);
    }
  }
  const uint64_t total = std::accumulate(sizes.begin(), sizes.end(), uint64_t{0});
  for (uint32_t k = 0; k < 2; ++k) {
    uint64_t bytes = 0;
    for (const size_t i : shard_indices(sizes, Shard{k, 2})) {
      bytes += sizes[i];
    }
    EXPECT_LE(bytes, total / 2 + 500) << "shard " << k + 1;
    EXPECT_GE(bytes, total / 2 - 500) << "shard " << k + 1;
  }
}

}  // namespace
}  // namespace parallax::cli
