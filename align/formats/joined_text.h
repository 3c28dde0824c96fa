// Sentences of a document as the writers take them: the text of a range of sentences (for
// writers that put a bead side in one field), the sentence at a byte.
#pragma once

#include <cstdint>
#include <string>

#include <parallax/types.h>

namespace parallax::formats {

// The sentences of range joined by one space, from the original spans (newlines inside a
// sentence are kept; each writer escapes them its own way). range.end ≤ sentence count.
std::string joined_text(const Document& document, IndexRange range);

// The sentence of document holding byte `at` (the last one starting at or before it); 0 for a
// document without sentences. O(log n).
uint32_t sentence_at(const Document& document, uint32_t at);

}  // namespace parallax::formats
