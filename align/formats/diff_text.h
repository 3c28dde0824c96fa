// Helpers shared by the writers of a diff.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <parallax/diff.h>
#include <parallax/types.h>

namespace parallax::formats {

// The 1-based line of the original input at byte `at` of document: its sentence's line plus
// the line breaks before `at` inside the sentence.
uint32_t line_at(const Document& document, uint32_t at);

// An edit's side for people: "∅" when empty; text with spaces at an end, or only spaces,
// between ‹ and › so that they show.
std::string shown_side(std::string_view text);

}  // namespace parallax::formats
