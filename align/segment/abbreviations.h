// Words that end with a period without ending the sentence ("Mr.", "т.е.", "No. 5").
#pragma once

#include <cstdint>
#include <string_view>

namespace parallax::segmenter {

// What a period after a word says about a sentence break that follows it.
enum class AbbreviationKind : uint8_t {
  None,          // an ordinary word: the period may end the sentence
  Always,        // a title or a reference word ("Mr", "Dr", "им", "см"): never ends a sentence
  BeforeNumber,  // "No", "p", "ст": no break when a number follows ("No. 5")
  AfterNumber,   // "г", "гг" (year): a break only when a number precedes and a capital follows
  Final,         // "etc", "т.д", "т.п": may end a sentence; no break before a lower-case word
  Initial,       // one capital letter of any script ("H", "Н"): a name's initial
  Dotted,        // letters with inner periods ("U.S.S.R", "e.g", "т.е"): no break
};

// Classifies word, the letters (and inner periods) just before a sentence-final period,
// e.g. "Mr", "U.S.S.R", "т.е", "H". The tables cover English, Russian, German, French, Spanish
// and Italian regardless of the document language (quotations mix languages). Pure; linear in
// the word length.
AbbreviationKind classify_abbreviation(std::string_view word) noexcept;

}  // namespace parallax::segmenter
