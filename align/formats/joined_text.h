// The text of a range of sentences, for writers that put a bead side in one field.
#pragma once

#include <string>

#include <parallax/types.h>

namespace parallax::formats {

// The sentences of range joined by one space, from the original spans (newlines inside a
// sentence are kept; each writer escapes them its own way). range.end ≤ sentence count.
std::string joined_text(const Document& document, IndexRange range);

}  // namespace parallax::formats
