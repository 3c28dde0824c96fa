// Proposing terms of the original when the user gives none (parallax/terms.h, propose_terms).
#pragma once

#include <vector>

#include <parallax/terms.h>
#include <parallax/types.h>

#include "terms/token_stream.h"

namespace parallax::terms {

// propose_terms on an already tokenized original; is_function flags its function words by
// position (stop_words.h, guessing short words). Two passes over stream: count every
// candidate (content word; 2-3 content words with at most one function word between two of
// them), then collect the surface forms of those recurring often enough. Linear in the
// stream size.
std::vector<TermQuery> propose(const Document& original,
                               const TokenStream& stream,
                               const std::vector<bool>& is_function,
                               const TermOptions& options);

}  // namespace parallax::terms
