// What is known of the word pairs of one translation before aligning its words: dictionary
// entries, identical words (numbers, marks; every word when both sides share a language),
// transliterated names and cognates (score/link_table.h), and the same for derived forms the
// stemmer keeps apart from their base ("Господень" from "Господь"). The word aligner
// (word_aligner.h) takes these as prior counts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <parallax/lexicon.h>

#include "score/link_table.h"
#include "score/sentence_features.h"

namespace parallax::terms {

// The prior links of a translation. lexicon must be prepared for (source_language,
// target_language); the languages decide whether identical words link (same language) and
// whether spellings are compared (alphabetic scripts). Linear in the vocabularies and the
// lexicon.
score::LinkTable build_link_prior(const score::SideFeatures& source,
                                  const score::SideFeatures& target,
                                  const PreparedLexicon& lexicon,
                                  std::string_view source_language,
                                  std::string_view target_language);

// The index in prior.forward of the link between source vocabulary id source_id and target id
// target_id (the strongest one's), nullopt when there is none. O(log links of source_id).
std::optional<size_t> find_prior(const score::LinkTable& prior,
                                 uint32_t source_id,
                                 uint32_t target_id);

}  // namespace parallax::terms
