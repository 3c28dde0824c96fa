// Helpers shared by the writers of the rendering report: the text of a bead with a marked span.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/terms.h>
#include <parallax/types.h>

namespace parallax::formats {

// The sentences of a bead side joined by one space, and a span of the document moved into
// that string (empty when the span is empty or outside the sentences).
struct MarkedText {
  std::string text;
  Span mark;
};

MarkedText marked_text(const Document& document, IndexRange sentences, Span span);

// A bead side's sentence indices for people: "-" (none), "7", "7-9" (0-based, as the beads).
std::string sentence_ids(IndexRange range);

// count / total, 0 when total is 0.
double share(uint32_t count, uint32_t total) noexcept;

// Occurrences of a term in one translation: its variants' counts plus its omissions.
uint32_t total_occurrences(const TermRenderings& renderings) noexcept;

// How many of locations are uncertain (TermLocation::usual not empty).
uint32_t uncertain_count(const std::vector<TermLocation>& locations) noexcept;

// " (N uncertain)" for N > 0 uncertain locations, else "": the note after a count.
std::string uncertain_note(const std::vector<TermLocation>& locations);

// The forms of a term found in the original with their counts, most frequent first, joined by
// separator: "Совета Безопасности (46), Совет Безопасности (43)"; empty when none was found.
std::string forms_list(const TermResult& term, std::string_view separator);

}  // namespace parallax::formats
