// Test helper: Documents built from sentence lists, without the segmenter.
#pragma once

#include <string>
#include <vector>

#include <parallax/types.h>

namespace parallax::testing {

// One sentence per line, paragraph 0 (or paragraphs[i] when given), language as given.
Document make_document(const std::vector<std::string>& sentences,
                       const std::string& language,
                       const std::vector<uint32_t>& paragraphs = {});

// A made-up word for id: letters only, so that it is one token, rare and the same on both sides.
std::string made_up_word(uint32_t id);

// Made-up sentence i: "The", six to ten made-up words of its own, a full stop.
std::string made_up_sentence(uint32_t i);

// The sentences of a file of corpora/ (e.g. "un-charter.en.txt") as the segmenter cuts them,
// read and decoded as the CLI reads a text.
std::vector<std::string> corpus_sentences(const std::string& file, const std::string& language);

}  // namespace parallax::testing
