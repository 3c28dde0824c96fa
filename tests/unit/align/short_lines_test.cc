// Short lines (issue #13, item 4): a line of one word or a number joins the sentence it belongs
// with instead of standing as a 1-0 bead, and a 1-1 pair with few links is not split into a
// 1-0 and a 0-1 bead. On Matthew 1–2, King James Version against the World English Bible,
// one verse per line (tests/quality/renderings), where line k is line k.
#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/align.h>

#include "documents.h"
#include "partition.h"

namespace parallax {
namespace {

using testing::expect_partition;
using testing::make_document;

std::vector<std::string> matthew(const std::string& version) {
  const std::string path = std::string(PARALLAX_SOURCE_DIR) +
                           "/tests/quality/renderings/matthew-1-2." + version + ".txt";
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

// The verse numbers of Matthew 1 (25 verses) and 2.
std::string verse_number(size_t k) {
  return std::to_string(k < 25 ? k + 1 : k - 24);
}

// Verses 1:3 and 1:9 have few links (Judas/Judah, Phares/Perez, Ozias/Uzziah…) and were each
// a 1-0 plus a 0-1 bead (1-1 scored −14.5, the two null beads 2 × −5.8).
TEST(ShortLines, OneToOneWithFewLinksIsNotSplit) {
  const std::vector<std::string> kjv = matthew("kjv");
  const std::vector<std::string> web = matthew("web");
  ASSERT_EQ(kjv.size(), 48U);
  ASSERT_EQ(web.size(), kjv.size());
  const Alignment alignment =
      align(make_document(kjv, "en"), make_document(web, "en"), AlignOptions{}, Lexicon{});
  expect_partition(alignment, kjv.size(), web.size());
  ASSERT_EQ(alignment.beads.size(), kjv.size());
  for (uint32_t k = 0; k < kjv.size(); ++k) {
    EXPECT_EQ(alignment.beads[k].source, (IndexRange{k, k + 1})) << "verse line " << k;
    EXPECT_EQ(alignment.beads[k].target, (IndexRange{k, k + 1})) << "verse line " << k;
  }
}

// Verse numbers on lines of their own on one side ("3", "And Judas begat…") and inline on the
// other ("3 Judah became…"): each number joins its verse in a 2-1 (or 1-2) bead. Before, the
// numbers stood alone or joined the verse before: 8 of 48 verses right (KJV numbered), 27 of
// 48 (WEB numbered).
TEST(ShortLines, NumberOnALineOfItsOwnJoinsItsVerse) {
  const std::vector<std::string> kjv = matthew("kjv");
  const std::vector<std::string> web = matthew("web");
  for (const bool numbers_in_kjv : {true, false}) {
    std::vector<std::string> alone;
    std::vector<std::string> inline_numbers;
    const std::vector<std::string>& split = numbers_in_kjv ? kjv : web;
    const std::vector<std::string>& joined = numbers_in_kjv ? web : kjv;
    for (size_t k = 0; k < kjv.size(); ++k) {
      alone.push_back(verse_number(k));
      alone.push_back(split[k]);
      inline_numbers.push_back(verse_number(k) + " " + joined[k]);
    }
    const Document a = make_document(numbers_in_kjv ? alone : inline_numbers, "en");
    const Document b = make_document(numbers_in_kjv ? inline_numbers : alone, "en");
    const Alignment alignment = align(a, b, AlignOptions{}, Lexicon{});
    expect_partition(alignment, a.sentences.size(), b.sentences.size());
    uint32_t right = 0;
    for (const Bead& bead : alignment.beads) {
      const IndexRange& two = numbers_in_kjv ? bead.source : bead.target;
      const IndexRange& one = numbers_in_kjv ? bead.target : bead.source;
      right +=
          two.size() == 2 && two.begin % 2 == 0 && one.size() == 1 && two.begin / 2 == one.begin
              ? 1
              : 0;
    }
    EXPECT_GE(right, 46U) << "numbers on lines of their own in the KJV: " << numbers_in_kjv;
  }
}

// Lines without a word or a number (OCR debris, a row of dots) inserted after every sixth verse
// of one side stand alone as null beads; the verses stay 1-1. Before, each joined the verse
// next to it (a null bead cost its prior, −5.8, and nothing opposed the merge).
TEST(ShortLines, LineWithoutWordsStandsAlone) {
  const std::vector<std::string> kjv = matthew("kjv");
  const std::vector<std::string> web = matthew("web");
  const std::vector<std::string> debris = {".....", "- _-", "* , *^", ".:-- , ."};
  std::vector<std::string> with_debris;
  std::vector<uint32_t> debris_lines;
  for (size_t k = 0; k < web.size(); ++k) {
    with_debris.push_back(web[k]);
    if (k % 6 == 2) {
      debris_lines.push_back(static_cast<uint32_t>(with_debris.size()));
      with_debris.push_back(debris[k / 6 % debris.size()]);
    }
  }
  const Alignment alignment =
      align(make_document(kjv, "en"), make_document(with_debris, "en"), AlignOptions{}, Lexicon{});
  expect_partition(alignment, kjv.size(), with_debris.size());
  uint32_t alone = 0;
  uint32_t one_to_one = 0;
  for (const Bead& bead : alignment.beads) {
    const bool is_debris = bead.target.size() == 1 &&
                           std::find(debris_lines.begin(), debris_lines.end(), bead.target.begin) !=
                               debris_lines.end();
    alone += is_debris && bead.source.empty() ? 1 : 0;
    one_to_one += bead.source.size() == 1 && bead.target.size() == 1 && !is_debris ? 1 : 0;
  }
  EXPECT_EQ(alone, debris_lines.size());
  EXPECT_EQ(one_to_one, kjv.size());
}

// The same kind of line on both sides at the same place ("* * *" between two sections) is
// still a 1-1 bead: its marks link, and the pair scores above two null beads.
TEST(ShortLines, LinesWithoutWordsOnBothSidesPair) {
  std::vector<std::string> kjv = matthew("kjv");
  std::vector<std::string> web = matthew("web");
  kjv.insert(kjv.begin() + 25, "* * *");
  web.insert(web.begin() + 25, "* * *");
  const Alignment alignment =
      align(make_document(kjv, "en"), make_document(web, "en"), AlignOptions{}, Lexicon{});
  expect_partition(alignment, kjv.size(), web.size());
  ASSERT_EQ(alignment.beads.size(), kjv.size());
  EXPECT_EQ(alignment.beads[25].source, (IndexRange{25, 26}));
  EXPECT_EQ(alignment.beads[25].target, (IndexRange{25, 26}));
}

}  // namespace
}  // namespace parallax
