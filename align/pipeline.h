// The sentence-alignment pipeline of align() on documents tokenized already, so that a caller
// which needs the same features afterwards (compare: the rendering report) tokenizes each
// document once.
#pragma once

#include <parallax/align.h>
#include <parallax/lexicon.h>
#include <parallax/types.h>

#include "score/sentence_features.h"
#include "search_tuning.h"

namespace parallax {

// align(source, target, options, lexicon, tuning) with the documents' features given: they must
// be score::extract_features of source and target with a text::Tokenizer of each one's language
// (the result is then byte-identical to align's). Throws OptionError as align does.
// Thread-safe; deterministic.
Alignment align_features(const Document& source,
                         const Document& target,
                         const score::SideFeatures& source_features,
                         const score::SideFeatures& target_features,
                         const AlignOptions& options,
                         const PreparedLexicon& lexicon,
                         const SearchTuning& tuning = SearchTuning{});

}  // namespace parallax
