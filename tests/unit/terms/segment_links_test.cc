#include "terms/segment_links.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "documents.h"
#include "score/link_table.h"
#include "score/sentence_features.h"
#include "terms/stop_words.h"
#include "terms/token_stream.h"
#include "terms/word_aligner.h"
#include "text/tokenizer.h"

namespace parallax {
namespace {

using testing::make_document;
using Links = std::vector<terms::WordLink>;

// Daniel 3:2-3 (session 15), KJV / WEB: the WEB renders the officials of the list by other
// names, shifted: "the princes, the governors, and the captains" / "the local governors, the
// deputies, and the governors". The identical word drew KJV's second item ("governors") to
// WEB's first and left WEB's third without its counterpart; item k translates item k.
TEST(TermsSegmentLinks, ListItemsKeepTheirRank) {
  const Document source = make_document(
      {"The king sent for the princes, the governors, and the captains, the judges, the "
       "sheriffs, and all the rulers, to come to the feast.",
       "Then the princes, the governors, and the captains, the judges, the sheriffs, and all "
       "the rulers, came to the feast.",
       "The judges and the sheriffs came.", "The king made a feast for the rulers."},
      "en");
  const Document target = make_document(
      {"The king sent for the local governors, the deputies, and the governors, the judges, the "
       "sheriffs, and all the rulers, to come to the feast.",
       "Then the local governors, the deputies, and the governors, the judges, the sheriffs, and "
       "all the rulers, came to the feast.",
       "The judges and the sheriffs came.", "The king made a feast for the rulers."},
      "en");
  text::Tokenizer source_tokenizer("en");
  text::Tokenizer target_tokenizer("en");
  const score::SideFeatures source_features = score::extract_features(source, source_tokenizer);
  const score::SideFeatures target_features = score::extract_features(target, target_tokenizer);
  const terms::TokenStream source_stream =
      terms::make_token_stream(source, source_tokenizer, source_features);
  const terms::TokenStream target_stream =
      terms::make_token_stream(target, target_tokenizer, target_features);
  Alignment alignment;
  for (uint32_t i = 0; i < 4; ++i) {
    alignment.beads.push_back(Bead{{i, i + 1}, {i, i + 1}, 1.0F, {}});
  }
  score::LinkTableBuilder prior(source_features.vocabulary.size(),
                                target_features.vocabulary.size());
  score::add_surface_links(source_features, target_features, true, true, prior);
  const terms::WordAligner aligner(
      source_stream, target_stream, alignment, prior.build(), std::vector<bool>(4, true),
      terms::WordAlignerOptions{},
      terms::function_word_flags(target_stream, target_features, target_tokenizer, false),
      terms::function_word_flags(source_stream, source_features, source_tokenizer, false));
  const auto word = [](const terms::TokenStream& stream, uint32_t p) {
    return stream.folded[stream.folded_ids[p]];
  };
  for (uint32_t b = 0; b < 2; ++b) {
    // The targets of each source word of the list, by their text and rank among the bead's
    // words of that text ("governors#2").
    std::map<std::string, std::vector<std::string>> targets;
    for (const auto& [p, q] : aligner.align(alignment.beads[b])) {
      uint32_t rank = 1;
      for (uint32_t k = target_stream.sentence_begin[b]; k < q; ++k) {
        rank += word(target_stream, k) == word(target_stream, q) ? 1U : 0U;
      }
      targets[word(source_stream, p)].push_back(word(target_stream, q) + "#" +
                                                std::to_string(rank));
    }
    EXPECT_EQ(targets["princes"], (std::vector<std::string>{"local#1", "governors#1"}))
        << "bead " << b;
    EXPECT_EQ(targets["governors"], (std::vector<std::string>{"deputies#1"})) << "bead " << b;
    EXPECT_EQ(targets["captains"], (std::vector<std::string>{"governors#2"})) << "bead " << b;
    EXPECT_EQ(targets["judges"], (std::vector<std::string>{"judges#1"})) << "bead " << b;
  }
}

// The rule on its own. Source "Then(0) A(1) , B(2) , and C(3) , D(4) , rest(5)"; target the same
// shape. Segments: 0: Then A, 1: B, 2: C, 3: D, 4: rest.
TEST(TermsSegmentLinks, AShiftIsMendedAnExchangeKept) {
  const terms::Segments segments{{0, 0, 1, 2, 3, 4}, {true, false, false, false, false}};
  const std::vector<bool> content(6, true);
  // A shift: A -> (nothing), B -> A's counterpart, C -> B's; D and the lead-in in place.
  Links shifted = {{0, 0}, {2, 1}, {3, 2}, {4, 4}, {5, 5}};
  terms::keep_links_in_segments(shifted, segments, segments, content, content);
  EXPECT_EQ(shifted, (Links{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}}));
  // An exchange ("Peter, and James, and John" / "Peter, John, James"): each item keeps its own.
  Links exchanged = {{0, 0}, {1, 1}, {2, 3}, {3, 2}, {4, 4}, {5, 5}};
  terms::keep_links_in_segments(exchanged, segments, segments, content, content);
  EXPECT_EQ(exchanged, (Links{{0, 0}, {1, 1}, {2, 3}, {3, 2}, {4, 4}, {5, 5}}));
  // Not as many items on each side up to a pair that a link joins: unchanged.
  const terms::Segments one_list{{0, 0, 1, 1, 1, 1}, {true, false}};
  Links other = {{0, 0}, {2, 1}, {3, 2}, {4, 4}, {5, 5}};
  terms::keep_links_in_segments(other, segments, one_list, content, content);
  EXPECT_EQ(other, (Links{{0, 0}, {2, 1}, {3, 2}, {4, 4}, {5, 5}}));
}

}  // namespace
}  // namespace parallax
