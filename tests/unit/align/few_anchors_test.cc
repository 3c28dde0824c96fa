// Texts that share no anchor (search/length_centre.h): the first search is centred on a
// Gale–Church path found from the sentence lengths, not on the straight length diagonal.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/align.h>

#include "documents.h"
#include "search_tuning.h"

namespace parallax {
namespace {

using testing::make_document;

// m sentences of random Latin words against their "translations" in CJK characters (no
// token in common, so no anchor), one to one; the target sentences are 1.3 times as long as
// their source in the first 50, 0.8 times in the next 50, and so on: the length diagonal
// drifts away from the true path and back.
struct Input {
  Document source;
  Document target;
};

Input drifting_lengths(uint32_t m) {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> length(20, 200);
  std::uniform_int_distribution<int> letter(0, 25);
  std::vector<std::string> source;
  std::vector<std::string> target;
  for (uint32_t i = 0; i < m; ++i) {
    const int characters = length(random);
    std::string sentence;
    for (int k = 0; k < characters; ++k) {
      sentence += k % 6 == 5 ? ' ' : static_cast<char>('a' + letter(random));
    }
    source.push_back(sentence + ".");
    const double factor = (i / 50) % 2 == 0 ? 1.3 : 0.8;
    std::string translation;
    for (int k = 0; k < static_cast<int>(factor * characters); ++k) {
      translation += "\xE4\xB8\x80";  // U+4E00
    }
    target.push_back(translation + "\xE3\x80\x82");  // U+3002
  }
  return Input{make_document(source, "en"), make_document(target, "zh")};
}

// With a band of half-width 2 re-searched only within 10 rows of where the path touches its
// edge, the path is found only if the first centre line is near it: around the length
// diagonal (before) 126 of the 400 beads were right.
TEST(FewAnchors, FirstSearchStartsFromTheLengthPath) {
  const uint32_t m = 400;
  const Input input = drifting_lengths(m);
  AlignOptions options;
  options.band = 2;
  const Alignment alignment = align(input.source, input.target, options,
                                    PreparedLexicon(Lexicon{}, "en", "zh"), SearchTuning{0, 10});
  uint32_t right = 0;
  for (const Bead& bead : alignment.beads) {
    right += bead.source.size() == 1 && bead.target.size() == 1 &&
             bead.source.begin == bead.target.begin;
  }
  EXPECT_GE(right, m * 95 / 100);
}

}  // namespace
}  // namespace parallax
