// Sentences too long to be sentences: a text without sentence punctuation (a transcript, a
// list, text extracted without its full stops) comes out of segmentation as a few huge
// "sentences", which align only as wholes. The user should hear about it.
#pragma once

#include <optional>

#include <parallax/types.h>

namespace parallax::segmenter {

// A warning about the first sentence of document longer than kLongSentenceChars characters,
// at its line, saying how long it is, whether it holds sentence-ending punctuation, and how many
// more such sentences there are; lines: the document was read with --lines (each line one
// sentence), which the advice depends on. nullopt when no sentence is that long. Linear in the
// text of the sentences.
std::optional<Diagnostic> long_sentence_warning(const Document& document, bool lines);

}  // namespace parallax::segmenter
