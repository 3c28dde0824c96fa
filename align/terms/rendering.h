// The rendering of one term occurrence, read off the word alignment of its bead as a phrase
// consistent with it (the phrase-extraction rule of phrase-based MT, Koehn, Och and Marcu
// 2003: no word inside the phrase is aligned outside it): the target words aligned to the
// term's words, with the unaligned words between them ("kingdom of heaven"), and, when words
// aligned to other source words interrupt it, in pieces ("the Council … of Security").
//
// Notation: p indexes the original's token stream, q the translation's (token_stream.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "score/sentence_features.h"
#include "terms/token_stream.h"
#include "text/tokenizer.h"

namespace parallax::terms {

// How strongly the word aligner holds a link (p, q): the translation probabilities
// t(q's word | p's word) of the forward model and t(p's word | q's word) of the backward one
// (WordAligner::translation).
struct LinkStrength {
  float forward = 0.0F;
  float backward = 0.0F;
};

// Target positions [first, last] of a rendering or of a piece of one.
struct TokenRange {
  uint32_t first = 0;
  uint32_t last = 0;
};

// The pieces of a rendering, in text order: one for a contiguous rendering.
using Pieces = std::vector<TokenRange>;

// What the translation side needs for reading renderings off alignments.
struct RenderingTarget {
  const TokenStream& stream;
  const std::string& text;
  const std::vector<bool>& is_function;  // by q (stop_words.h)
  // by q: a preposition, the one function word a rendering of two content words or more may
  // end with ("became the father of" for "begat"); other function words are trimmed from its
  // edges ("by the General Assembly", "Security Council shall", "Members in").
  const std::vector<bool>& is_preposition;
  // by q: a function word that makes a clause, not a phrase (stop_words.h clause_word_flags:
  // "are", "shall", "which"), which a rendering never spans: in "the link are set forth" the
  // rendering of "линии связи" is "link", not "link are set".
  const std::vector<bool>& is_clause_word;
  // by q: a function word kept at a rendering's edge when linked to the term (stop_words.h
  // edge_word_flags: "Most High", "Back up").
  const std::vector<bool>& is_edge_word;
};

// The rendering of the term whose words are at source positions term (increasing), given the
// links (p, q) of its bead sorted by p, and is_source_function by p. Steps:
//   1. the target words linked to the term's content words (to any of its words if it has
//      none): its anchors;
//   2. anchors split into groups where a phrase ends between two (phrase_break: a comma,
//      a full stop, a sentence end; or a clause word: a rendering never runs into the next
//      phrase) or more than max_gap content words not linked to the term lie between them;
//      the group with a content word (unless the term has none), then the most anchors, then
//      the first, is kept;
//   3. inside the group, content words linked to source words outside the term's span
//      [term.front(), term.back()] cut it into pieces; each piece runs from its first to its
//      last anchor, function words at the edges trimmed (but for a final preposition; and
//      not at all for a term of function words only: "over against" -> "across from").
// Before step 2, an anchor also linked to a content word outside the term's span that is not
// another mention of a term word nor a name linked to a lowercase word (source: the
// original's stream, by p; nullptr: no anchor is dropped) is dropped when a content anchor
// remains: it translates that other word; not when strengths say that its link to the term is
// clearly stronger, in both directions, than every link to the other word (a stray link
// elsewhere takes no word from the term). When none remains, such an anchor is dropped all
// the same if strengths (parallel to links; empty: never) say that its link to the other word
// is clearly stronger, in both directions, than every link to the term: the term is then not
// rendered rather than rendered by another word's translation.
// Last, with whole_words, a piece that ends inside a hyphenated word (hyphen_joined: the
// tokenizer splits "plug-ins") takes the rest of it, on either side, unless a part is blocked
// ("Debian-specific" for "специфичные для Debian"). The caller passes whole_words false when
// the occurrence is itself part of a hyphenated word of the original ("debian" of
// "debian-installer", "linux" of "не-linux"): its rendering is then a part too.
// nullopt when nothing is linked, or only function words render a term with content words.
// O(links · term + span).
std::optional<Pieces> extract_rendering(const std::vector<std::pair<uint32_t, uint32_t>>& links,
                                        const std::vector<uint32_t>& term,
                                        const std::vector<bool>& is_source_function,
                                        const TokenStream* source,
                                        const RenderingTarget& target,
                                        uint32_t max_gap,
                                        bool whole_words = true,
                                        const std::vector<LinkStrength>& strengths = {});

// Whether the words at positions q and q + 1 of stream (text: its document's) are one
// hyphenated word ("plug-ins", "mother-in-law", "не-linux"): in one sentence, with only a
// hyphen (U+002D, U+2010 or U+2011) between them, touching both. O(1).
bool hyphen_joined(const TokenStream& stream, const std::string& text, uint32_t q) noexcept;

// The bytes of a rendering's piece in text: its first token to its last, but a final
// possessive left out ("Developer's", "God’s": the rendering is the noun, as in the key) and an
// optional plural glued to its end taken in ("author(s)"). O(1).
Span piece_span(const TokenStream& stream, const std::string& text, const TokenRange& range);

// The grouping keys (inflection.h grouping_key: case-folded stems, derived words apart,
// irregular forms under their base; folded forms of numbers) of the words in pieces, joined by
// one space, the pieces by " … "; tokenizer: the stream's.
std::string rendering_key(const TokenStream& stream,
                          const score::SideFeatures& features,
                          text::Tokenizer& tokenizer,
                          const Pieces& pieces);

// The text of the pieces (piece_span), spaces collapsed, joined by " … ".
std::string rendering_text(const TokenStream& stream,
                           const std::string& text,
                           const Pieces& pieces);

}  // namespace parallax::terms
