// Moved passages (search/moved_blocks.h): a block present in both texts at different places is
// aligned where it is, as a moved block, instead of as 1-0 beads plus 0-1 beads.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/align.h>
#include <parallax/coverage.h>
#include <parallax/validate.h>

#include "documents.h"
#include "partition.h"

namespace parallax {
namespace {

using testing::expect_partition;
using testing::made_up_sentence;
using testing::make_document;

std::vector<std::string> sentences(uint32_t first, uint32_t last) {
  std::vector<std::string> out;
  for (uint32_t i = first; i < last; ++i) {
    out.push_back(made_up_sentence(i));
  }
  return out;
}

std::vector<std::string> joined(std::initializer_list<std::vector<std::string>> parts) {
  std::vector<std::string> out;
  for (const std::vector<std::string>& part : parts) {
    out.insert(out.end(), part.begin(), part.end());
  }
  return out;
}

// The source's sentences 20–29 stand after its sentence 79 in the target: target sentences
// 70–79 are source 20–29.
TEST(MovedBlocks, PairsABlockMovedElsewhereInTheTarget) {
  const Document source = make_document(sentences(0, 100), "en");
  const Document target = make_document(
      joined({sentences(0, 20), sentences(30, 80), sentences(20, 30), sentences(80, 100)}), "en");
  const Alignment alignment = align(source, target, AlignOptions{}, Lexicon{});
  expect_partition(alignment, 100, 100);
  EXPECT_NO_THROW(validate_alignment(alignment, 100, 100, "moved"));
  for (uint32_t i = 20; i < 30; ++i) {
    const auto bead =
        std::find_if(alignment.beads.begin(), alignment.beads.end(),
                     [i](const Bead& b) { return b.source.begin <= i && i < b.source.end; });
    ASSERT_NE(bead, alignment.beads.end());
    EXPECT_EQ(bead->target, (IndexRange{i + 50, i + 51})) << "source sentence " << i;
    EXPECT_EQ(bead->moved, 1U) << "source sentence " << i;
  }
  EXPECT_EQ(std::count_if(alignment.beads.begin(), alignment.beads.end(),
                          [](const Bead& b) { return b.moved != 0; }),
            10);
  const Coverage coverage = coverage_of(alignment);
  ASSERT_EQ(coverage.moved.size(), 1U);
  EXPECT_EQ(coverage.moved[0], (MovedBlock{1, {20, 30}, {70, 80}}));
  EXPECT_FALSE(coverage.partial());
}

// The same with the block moved towards the start, and with the search of moved blocks off:
// then the block is an omission plus an insertion, as before.
TEST(MovedBlocks, FindsABlockMovedBackAndCanBeTurnedOff) {
  const Document source = make_document(sentences(0, 90), "en");
  const Document target = make_document(
      joined({sentences(0, 10), sentences(60, 75), sentences(10, 60), sentences(75, 90)}), "en");
  Alignment alignment = align(source, target, AlignOptions{}, Lexicon{});
  expect_partition(alignment, 90, 90);
  const Coverage coverage = coverage_of(alignment);
  ASSERT_EQ(coverage.moved.size(), 1U);
  EXPECT_EQ(coverage.moved[0], (MovedBlock{1, {60, 75}, {10, 25}}));

  AlignOptions off;
  off.find_moved = false;
  alignment = align(source, target, off, Lexicon{});
  expect_partition(alignment, 90, 90);
  EXPECT_TRUE(coverage_of(alignment).moved.empty());
}

// A stretch left out of the target and a different stretch added to it: nothing to pair, so
// the beads are the monotone ones.
TEST(MovedBlocks, LeavesUnrelatedOmissionAndInsertionAlone) {
  const Document source = make_document(sentences(0, 100), "en");
  const Document target = make_document(
      joined({sentences(0, 20), sentences(30, 80), sentences(200, 210), sentences(80, 100)}), "en");
  const Alignment alignment = align(source, target, AlignOptions{}, Lexicon{});
  AlignOptions off;
  off.find_moved = false;
  const Alignment monotone = align(source, target, off, Lexicon{});
  expect_partition(alignment, 100, 100);
  ASSERT_EQ(alignment.beads.size(), monotone.beads.size());
  for (size_t k = 0; k < alignment.beads.size(); ++k) {
    EXPECT_EQ(alignment.beads[k].source, monotone.beads[k].source) << "bead " << k;
    EXPECT_EQ(alignment.beads[k].target, monotone.beads[k].target) << "bead " << k;
    EXPECT_EQ(alignment.beads[k].moved, 0U) << "bead " << k;
  }
}

}  // namespace
}  // namespace parallax
