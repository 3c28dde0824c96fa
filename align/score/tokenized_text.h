// A document tokenized once, with the tokenizer of its language kept, for the steps that share
// the tokens: the sentence alignment (features) and the rendering report (token stream, term
// words), so that compare() tokenizes each text once instead of once per step.
#pragma once

#include <parallax/types.h>

#include "score/sentence_features.h"
#include "text/tokenizer.h"

namespace parallax::score {

struct TokenizedText {
  const Document* document;
  text::Tokenizer tokenizer;  // of document->language; reused for the terms' own words
  SideFeatures features;      // extract_features(*document, tokenizer)

  explicit TokenizedText(const Document& text)
      : document(&text), tokenizer(text.language), features(extract_features(text, tokenizer)) {}
};

}  // namespace parallax::score
