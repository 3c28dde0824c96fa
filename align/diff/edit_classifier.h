// The classified edits of one bead: its two token sequences are diffed on the loose key
// (case and typography ignored), then
//   1. equal tokens whose exact text differs are Case or Typography edits, and so are
//      differing spaces between equal tokens;
//   2. differing runs that are near each other (at most DiffOptions::pair_window equal tokens
//      apart) form a cluster: the same tokens in another order make one Order edit; one dropped
//      and one added run make one replacement (also to try → to try even: also → even);
//   3. a replacement is diffed again on stems: equal stems in another form are Inflection
//      edits; the rest is classified by what its tokens are (marks: Punctuation; function
//      words and marks: FunctionWord; else Lexical, Insertion or Omission).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/diff.h>
#include <parallax/types.h>

#include "diff/diff_tokens.h"

namespace parallax::diff {

// One side of a bead: its document and tokens, and the byte position that stands for an
// empty side.
struct BeadSide {
  const Document* document = nullptr;
  std::span<const DiffToken> tokens;
  uint32_t position = 0;
};

// The edits between a and b in text order (by A's bytes, then B's). pair_window as in
// DiffOptions. Time O((n + m)·d) for n + m tokens with d differing ones.
std::vector<Edit> classify_bead(const BeadSide& a, const BeadSide& b, uint32_t pair_window);

// text with every run of white space (space, tab, line end) made one space and none at either
// end: how an edit shows a sentence.
std::string collapsed(std::string_view text);

}  // namespace parallax::diff
