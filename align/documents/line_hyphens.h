// Whether a hyphen at the end of a PDF line belongs to the word ("well-" + "known" stays
// "well-known") or only breaks it ("nego-" + "tiation" is "negotiation"). The PDF does not say
// which hyphens were typed; the rest of the document does (docs/FORMATS.md, PDF):
//   keep the hyphen when the hyphenated form occurs inside a line elsewhere, or when the joined
//   form occurs nowhere but both parts (3 letters or more each) occur as words;
//   otherwise join.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace parallax::documents {

// Whether line ends with a hyphen (-, U+2010, soft hyphen U+00AD) after a letter.
bool ends_with_break_hyphen(std::string_view line);

class HyphenEvidence {
 public:
  // Counts the words of lines (in reading order), case-folded: the words cut by a line-end
  // hyphen (the last of such a line, the first of the next) are left out. Linear in the text.
  explicit HyphenEvidence(const std::vector<std::string_view>& lines);

  // Whether the hyphen ending line is kept before next (the following line of the paragraph),
  // by the rule above. line ends with a hyphen.
  bool keeps_hyphen(std::string_view line, std::string_view next) const;

 private:
  std::unordered_map<std::string, uint32_t> words_;  // words and parts of compounds
  std::unordered_set<std::string> compounds_;        // words with an inner hyphen
};

}  // namespace parallax::documents
