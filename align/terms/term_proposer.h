// Proposing terms of the original when the user gives none (parallax/terms.h, propose_terms).
#pragma once

#include <vector>

#include <parallax/terms.h>
#include <parallax/types.h>

#include "terms/token_stream.h"

namespace parallax::terms {

// propose_terms on an already tokenized original; is_function flags its function words by
// position (stop_words.h, guessing short words). Two passes over stream: count every
// candidate (1-5 content words, at most one function word between two of them, within one
// phrase; word classes from word_classes.h), then collect the surface forms of those
// recurring often enough. Linear in the stream size, plus a pass quadratic in the number of
// kept candidates to fold inflections.
std::vector<TermQuery> propose(const Document& original,
                               const TokenStream& stream,
                               const std::vector<bool>& is_function,
                               const TermOptions& options);

}  // namespace parallax::terms
