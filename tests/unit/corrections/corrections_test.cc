#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/corrections.h>
#include <parallax/errors.h>

#include "documents.h"
#include "partition.h"

namespace parallax {
namespace {

using testing::make_document;

std::vector<std::string> numbered(const char* word, int count) {
  std::vector<std::string> sentences;
  for (int i = 0; i < count; ++i) {
    sentences.push_back(std::string(word) + " " + std::to_string(i) + " has a few more words.");
  }
  return sentences;
}

TEST(TextChecksum, IsFnv1a64OfTheBytes) {
  // Reference values of FNV-1a 64 (http://www.isthe.com/chongo/tech/comp/fnv/).
  EXPECT_EQ(text_checksum(""), "fnv1a64:cbf29ce484222325");
  EXPECT_EQ(text_checksum("a"), "fnv1a64:af63dc4c8601ec8c");
  EXPECT_NE(text_checksum("Совет"), text_checksum("Совет "));
}

TEST(AlignWithFixedBeads, KeepsFixedBeadsVerbatimAndPartitions) {
  const Document source = make_document(numbered("Sentence", 30), "en");
  const Document target = make_document(numbered("Phrase", 28), "fr");
  const std::vector<Bead> fixed = {Bead{{0, 2}, {0, 1}, 0.0F, {}}, Bead{{9, 10}, {8, 8}, 0.0F, {}},
                                   Bead{{10, 10}, {8, 9}, 0.0F, {}},
                                   Bead{{29, 30}, {27, 28}, 0.0F, {}}};
  const Alignment alignment =
      align_with_fixed_beads(source, target, fixed, AlignOptions{}, PreparedLexicon{});
  testing::expect_partition(alignment, 30, 28);
  size_t found = 0;
  for (const Bead& bead : alignment.beads) {
    for (const Bead& want : fixed) {
      if (bead.source == want.source && bead.target == want.target) {
        ++found;
        EXPECT_TRUE(bead.checked);
        EXPECT_EQ(bead.confidence, 1.0F);
      }
    }
  }
  EXPECT_EQ(found, fixed.size());
}

TEST(AlignWithFixedBeads, PartitionsForRandomFixedBeads) {
  const Document source = make_document(numbered("Sentence", 40), "en");
  const Document target = make_document(numbered("Phrase", 35), "fr");
  std::mt19937 random(16);
  const auto below = [&random](uint32_t n) { return static_cast<uint32_t>(random() % n); };
  for (int round = 0; round < 20; ++round) {
    std::vector<Bead> fixed;
    uint32_t i = 0;
    uint32_t j = 0;
    while (true) {
      i += below(6);
      j += below(6);
      const uint32_t a = below(3);
      const uint32_t b = a == 0 ? 1 + below(2) : below(3);
      if (i + a > 40 || j + b > 35) {
        break;
      }
      fixed.push_back(Bead{{i, i + a}, {j, j + b}, 0.0F, {}});
      i += a;
      j += b;
    }
    const Alignment alignment =
        align_with_fixed_beads(source, target, fixed, AlignOptions{}, PreparedLexicon{});
    testing::expect_partition(alignment, 40, 35);
    size_t checked = 0;
    for (const Bead& bead : alignment.beads) {
      checked += bead.checked ? 1 : 0;
    }
    EXPECT_EQ(checked, fixed.size()) << "round " << round;
  }
}

TEST(AlignWithFixedBeads, RefusesOverlappingBeads) {
  const Document source = make_document(numbered("Sentence", 5), "en");
  const Document target = make_document(numbered("Phrase", 5), "fr");
  const std::vector<Bead> fixed = {Bead{{0, 2}, {0, 1}, 0.0F, {}}, Bead{{1, 3}, {1, 2}, 0.0F, {}}};
  EXPECT_THROW(align_with_fixed_beads(source, target, fixed, AlignOptions{}, PreparedLexicon{}),
               OptionError);
}

TEST(Corrections, RoundTripThroughTheFile) {
  const Document source = make_document(numbered("Sentence", 6), "en");
  const Document target = make_document(numbered("Phrase", 6), "fr");
  Alignment alignment;
  alignment.beads = {Bead{{0, 2}, {0, 1}, 0.4F, {}, true}, Bead{{2, 3}, {1, 1}, 0.9F, {}, true},
                     Bead{{3, 6}, {1, 6}, 0.9F, {}, false}};
  std::ostringstream out;
  write_corrections(out, corrections_of(source, target, alignment), source, target);
  const Corrections read = read_corrections(out.str(), "c.json");
  ASSERT_EQ(read.beads.size(), 2U);
  EXPECT_EQ(read.beads[1].source, (IndexRange{2, 3}));
  EXPECT_EQ(read.beads[1].target, (IndexRange{1, 1}));  // the empty side keeps its place
  EXPECT_NO_THROW(check_corrections(read, source, target, "c.json"));
  const Document edited = make_document(numbered("Phrase", 7), "fr");
  try {
    check_corrections(read, source, edited, "c.json");
    FAIL() << "a corrections file for other contents was accepted";
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("c.json: checksum mismatch"), std::string::npos)
        << error.what();
  }
}

TEST(Corrections, NamesTheLineOfAJsonSyntaxError) {
  try {
    read_corrections("{\n  \"format\": \"parallax corrections\",\n  oops\n}", "c.json");
    FAIL() << "malformed JSON was accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(error.line, 3U) << error.what();
  }
}

}  // namespace
}  // namespace parallax
