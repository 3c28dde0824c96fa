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

}  // namespace parallax::terms
