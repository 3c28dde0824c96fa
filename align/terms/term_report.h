// The rendering report (parallax/terms.h) on texts tokenized already: report_terms and
// propose_terms tokenize their inputs and call these; compare() tokenizes each text once for
// the sentence alignment and passes the same tokens here.
#pragma once

#include <vector>

#include <parallax/terms.h>
#include <parallax/types.h>

#include "score/tokenized_text.h"
#include "terms/token_stream.h"

namespace parallax::terms {

// The original, indexed once for every term and translation.
struct IndexedOriginal {
  score::TokenizedText& text;
  TokenStream stream;
  std::vector<bool> stop;  // function words, by position

  explicit IndexedOriginal(score::TokenizedText& tokenized);
};

// propose_terms(*original.text.document, options). options validated by the caller.
std::vector<TermQuery> propose_indexed(const IndexedOriginal& original, const TermOptions& options);

// report_terms(*original.text.document, translations, queries, options). tokenized is empty
// or parallel to translations: tokenized[t], when not null, is translations[t].document
// tokenized already; else it is tokenized here, and freed once reported. Throws OptionError as
// report_terms does.
TermReport report_indexed(IndexedOriginal& original,
                          const std::vector<Translation>& translations,
                          const std::vector<score::TokenizedText*>& tokenized,
                          const std::vector<TermQuery>& queries,
                          const TermOptions& options);

}  // namespace parallax::terms
