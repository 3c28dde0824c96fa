// The rendering of one term occurrence: the shortest target span covering the target words
// linked to the term's words, extended over inner gaps of unlinked words ("kingdom of heaven"
// for "Царство Небесное": "of" is unlinked), and its normalized form.
//
// Notation: q indexes the translation's token stream (token_stream.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "score/sentence_features.h"
#include "terms/token_stream.h"

namespace parallax::terms {

struct LinkedWord {
  uint32_t position = 0;  // q
  float strength = 0.0F;
  bool content = true;  // linked from a content word of the term (not a function word)
};

// Target positions [first, last] of a rendering.
struct TokenRange {
  uint32_t first = 0;
  uint32_t last = 0;
};

// Splits the linked words (any order) into clusters wherever more than max_gap content words
// (function words, flagged by position in is_function, do not count: "Members of the United
// Nations"), a
// punctuation mark (text holds the target document) or a sentence boundary separate two of
// them, and returns the cluster with the most linked words (then the largest total strength,
// then the earliest). A cluster of scattered words is most often one right rendering plus a
// stray link elsewhere in the bead. Only the words linked from content words count when there
// are any: the rendering of "мира и безопасности" starts and ends with the renderings of its
// content words, whichever "and" the "и" was linked to. nullopt when words is empty.
// O(k log k + span) for k linked words.
std::optional<TokenRange> find_rendering(std::vector<LinkedWord> words,
                                         const TokenStream& target,
                                         const std::vector<bool>& is_function,
                                         const std::string& text,
                                         uint32_t max_gap);

// Case-folded stems (folded forms of numbers) of the words in range, joined by one space.
std::string rendering_key(const TokenStream& stream,
                          const score::SideFeatures& features,
                          TokenRange range);

}  // namespace parallax::terms
