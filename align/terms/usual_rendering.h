// Uncertain occurrences (parallax/terms.h TermLocation::usual): an occurrence off a term's
// main variant whose bead's translation holds the main variant's rendering elsewhere. The
// translator used the usual words in this very sentence, so the divergence may be the word
// links' (the usual words went to another mention of the term, or to a neighbour) rather than
// the translator's. Session 9 measured it on the six dev pairs (docs/EVALUATION.md).
//
// Notation: q indexes the translation's token stream (token_stream.h).
#pragma once

#include <parallax/terms.h>

#include "score/sentence_features.h"
#include "terms/token_stream.h"
#include "text/tokenizer.h"

namespace parallax::terms {

// Sets TermLocation::usual of the locations of renderings' variants after the first and of
// its not-rendered occurrences: the first run of words of the location's bead (stream: the
// translation's tokens) whose keys (rendering_key of each word) are the main variant's key's
// words, outside the location's own rendering. A main variant in pieces ("…") is looked for
// nowhere. tokenizer: the translation's. O(words of the marked beads · words of the key).
void mark_usual_renderings(TermRenderings& renderings,
                           const TokenStream& stream,
                           const score::SideFeatures& features,
                           text::Tokenizer& tokenizer);

// An uncertain occurrence not rendered whose usual words are free (no other occurrence of the
// term in its bead is rendered by any of them) takes them as its rendering: the translator
// used the usual words in this sentence, no other mention of the term claims them, and the
// word links only missed them (Acts 2:8 "in our own tongue" / "in our own native language":
// "language" held by a stray one-direction link of "born"). It moves to the main variant (the
// first still: its count only grows), in document order, and is no longer uncertain. Call
// after mark_usual_renderings. O(occurrences not rendered · occurrences rendered).
void take_free_usual_renderings(TermRenderings& renderings);

}  // namespace parallax::terms
