// Moved blocks that the monotone path does not leave empty (search/moved_blocks_anchors.h), and
// blocks that stand in order after all (search::unmark_blocks_in_order).
#include "search/moved_blocks.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/validate.h>

#include "documents.h"
#include "score/link_table.h"
#include "score/sentence_features.h"
#include "text/tokenizer.h"

namespace parallax {
namespace {

using testing::made_up_sentence;
using testing::make_document;

std::vector<uint32_t> range(uint32_t first, uint32_t last) {
  std::vector<uint32_t> out;
  for (uint32_t i = first; i < last; ++i) {
    out.push_back(i);
  }
  return out;
}

struct Texts {
  Document source;
  Document target;
  text::Tokenizer source_tokenizer{"en"};
  text::Tokenizer target_tokenizer{"en"};
  score::SideFeatures source_features;
  score::SideFeatures target_features;
  score::LinkTable links;

  // Each side holds made_up_sentence(i) for the i in its order.
  Texts(const std::vector<uint32_t>& source_order, const std::vector<uint32_t>& target_order)
      : source(make_document(of(source_order), "en")),
        target(make_document(of(target_order), "en")) {
    source_features = score::extract_features(source, source_tokenizer);
    target_features = score::extract_features(target, target_tokenizer);
    score::LinkTableBuilder builder(source_features.vocabulary.size(),
                                    target_features.vocabulary.size());
    score::add_surface_links(source_features, target_features, true, true, builder);
    links = builder.build();
  }

  static std::vector<std::string> of(const std::vector<uint32_t>& order) {
    std::vector<std::string> out;
    for (const uint32_t i : order) {
      out.push_back(made_up_sentence(i));
    }
    return out;
  }
};

Bead pair(uint32_t i, uint32_t j) {
  return Bead{{i, i + 1}, {j, j + 1}, 1.0F, {}};
}

Bead source_only(uint32_t i, uint32_t j) {
  return Bead{{i, i + 1}, {j, j}, 1.0F, {}};
}

Bead target_only(uint32_t i, uint32_t j) {
  return Bead{{i, i}, {j, j + 1}, 1.0F, {}};
}

search::BlockSearchSettings settings() {
  std::vector<score::Shape> shapes = {{1, 1, -0.15F}, {1, 0, -4.6F}, {0, 1, -4.6F},
                                      {1, 2, -3.1F},  {2, 1, -3.1F}, {2, 2, -4.5F}};
  return {std::move(shapes), 2, 1.0F, false};
}

// Source 45–56 stand at target 3–14 (m = n = 60). The monotone path was dragged by the block,
// as on moved-bible-ru-en 04-ruth-1-4-forward-0: it leaves target 3–8 unpaired, pairs source
// 3–8 with target 9–14 (the block's second half), leaves target 15–20 (their partners) unpaired,
// pairs source 45–47 with target 57–59 and leaves source 48–59 unpaired. The runs of null beads
// hold only a quarter of the block (source 48–50, target 6–8); the anchors off the path hold
// all of it.
TEST(MovedBlocks, FindsTheWholeBlockThatTheMonotonePathPairedWrongly) {
  std::vector<uint32_t> order = range(0, 3);
  for (const auto& part : {range(45, 57), range(3, 45), range(57, 60)}) {
    order.insert(order.end(), part.begin(), part.end());
  }
  const Texts texts(range(0, 60), order);
  std::vector<Bead> monotone = {pair(0, 0), pair(1, 1), pair(2, 2)};
  for (uint32_t j = 3; j < 9; ++j) {
    monotone.push_back(target_only(3, j));
  }
  for (uint32_t i = 3; i < 9; ++i) {
    monotone.push_back(pair(i, i + 6));
  }
  for (uint32_t j = 15; j < 21; ++j) {
    monotone.push_back(target_only(9, j));
  }
  for (uint32_t i = 9; i < 45; ++i) {
    monotone.push_back(pair(i, i + 12));
  }
  for (uint32_t i = 45; i < 48; ++i) {
    monotone.push_back(pair(i, i + 12));
  }
  for (uint32_t i = 48; i < 60; ++i) {
    monotone.push_back(source_only(i, 60));
  }
  Alignment alignment;
  alignment.beads = monotone;
  ASSERT_NO_THROW(validate_alignment(alignment, 60, 60, "monotone"));

  score::ScoringParameters params;
  params.link_rate = 0.8F;
  params.chance_link_rate = 0.02F;
  alignment.beads = search::find_moved_blocks(
      monotone, texts.source_features, texts.target_features, texts.links, params, settings());
  EXPECT_NO_THROW(validate_alignment(alignment, 60, 60, "moved"));
  for (uint32_t i = 45; i < 57; ++i) {
    const auto bead =
        std::find_if(alignment.beads.begin(), alignment.beads.end(),
                     [i](const Bead& b) { return b.source.begin <= i && i < b.source.end; });
    ASSERT_NE(bead, alignment.beads.end());
    EXPECT_EQ(bead->target, (IndexRange{i - 42, i - 41})) << "source sentence " << i;
    EXPECT_NE(bead->moved, 0U) << "source sentence " << i;
  }
}

// A passage that both texts repeat (source and target 10–19 again at 40–49), aligned in place:
// the anchors of each copy with the other copy lie off the path, but the passage translates
// where it stands, so nothing moves.
TEST(MovedBlocks, LeavesARepeatedPassageInPlace) {
  std::vector<uint32_t> order = range(0, 40);
  const std::vector<uint32_t> again = range(10, 20);
  order.insert(order.end(), again.begin(), again.end());
  const std::vector<uint32_t> rest = range(40, 60);
  order.insert(order.end(), rest.begin(), rest.end());
  const Texts texts(order, order);
  const auto count = static_cast<uint32_t>(order.size());
  std::vector<Bead> monotone;
  for (uint32_t i = 0; i < count; ++i) {
    monotone.push_back(pair(i, i));
  }
  score::ScoringParameters params;
  params.link_rate = 0.8F;
  params.chance_link_rate = 0.02F;
  const std::vector<Bead> beads = search::find_moved_blocks(
      monotone, texts.source_features, texts.target_features, texts.links, params, settings());
  ASSERT_EQ(beads.size(), monotone.size());
  for (size_t k = 0; k < beads.size(); ++k) {
    EXPECT_EQ(beads[k].source, monotone[k].source) << "bead " << k;
    EXPECT_EQ(beads[k].target, monotone[k].target) << "bead " << k;
    EXPECT_EQ(beads[k].moved, 0U) << "bead " << k;
  }
}

// A block whose beads stand in order with the others (0-1 beads at its source position before
// it) is no moved block; a block that crosses the others stays one and is numbered 1.
TEST(MovedBlocks, UnmarksBlocksThatStandInOrder) {
  std::vector<Bead> beads = {target_only(0, 3), target_only(0, 4)};
  for (uint32_t i = 0; i < 3; ++i) {
    beads.push_back(pair(i, i));
    beads.back().moved = 1;
  }
  beads.push_back(pair(3, 5));
  for (uint32_t i = 4; i < 6; ++i) {
    beads.push_back(pair(i, i + 4));
    beads.back().moved = 2;
  }
  beads.push_back(pair(6, 6));
  beads.push_back(pair(7, 7));
  search::unmark_blocks_in_order(beads, 10);
  Alignment alignment;
  alignment.beads = beads;
  EXPECT_NO_THROW(validate_alignment(alignment, 8, 10, "unmarked"));
  ASSERT_EQ(beads.size(), 10U);
  EXPECT_EQ(beads[0].target, (IndexRange{0, 1}));
  EXPECT_EQ(beads[3].target, (IndexRange{3, 4}));
  for (const Bead& bead : beads) {
    EXPECT_EQ(bead.moved, bead.source.begin == 4 || bead.source.begin == 5 ? 1U : 0U)
        << bead.source.begin << ":" << bead.target.begin;
  }
}

}  // namespace
}  // namespace parallax
