// Links between the items of two lists. Two versions of one text (two translations, or two
// versions of one language) keep the order of a list's items: where both sides of a bead have a
// list (three or more items of one or two content words, between commas, in one sentence) and
// the lists' lead-ins correspond, item k translates item k. Daniel 3:2, KJV "the princes, the
// governors, and the captains, the judges, ..." / WEB "the local governors, the deputies, and
// the governors, the judges, ...": the identical word drew KJV's second item ("governors") to
// WEB's first, and the third ("captains") to the second ("deputies").
//
// Notation: i ∈ [0,m) source words, j ∈ [0,n) target words of the bead; a link is (i, j).
#pragma once

#include <cstdint>
#include <vector>

#include "terms/symmetrization.h"
#include "terms/token_stream.h"

namespace parallax::terms {

// The segments of one side of a bead: of each word, the number of segment ends (a sentence end,
// or TokenStream::segment_end: a comma, semicolon or colon) between the bead's first word and
// it; of each segment, whether it opens a sentence.
struct Segments {
  std::vector<uint32_t> of_word;
  std::vector<bool> opens_sentence;
};

// The segments of the words at positions (increasing stream positions of one bead's words).
// O(positions).
Segments word_segments(const TokenStream& stream, const std::vector<uint32_t>& positions);

// Matches the lists of the two sides (source by i, target by j, as word_segments gives them;
// content words by source_content and target_content): a source and a target run of three
// items or more whose lead-ins correspond (both open a sentence, or a link joins the segments
// before them) correspond item by item, from the lead-in up to the last pair of the same rank
// that a link joins. Then drops every link between corresponding segments of different ranks,
// unless the two items are exchanged (a link joins the item of the target's rank to the item
// of the source's rank: a reordered list keeps each item's counterpart); and, segment by
// segment, links the content words left without any link on one side to those of the
// corresponding segment, when one of the two lost its links so; a word that lost its links and
// has no such partner joins the links of the word beside it in its segment ("local" of "local
// governors", linked to "princes", takes "governors" along). Without matched lists, links are
// left as they are. links sorted by (i, j), and kept so. O(links · (lists + m + n) + m·n).
void keep_links_in_segments(std::vector<WordLink>& links,
                            const Segments& source,
                            const Segments& target,
                            const std::vector<bool>& source_content,
                            const std::vector<bool>& target_content);

}  // namespace parallax::terms
