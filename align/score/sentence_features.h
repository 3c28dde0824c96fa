// Per-sentence features of one document, computed once: lengths, paragraph ids and the
// interned, weighted set of tokens of every sentence (a slice of one flat id array).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include <parallax/types.h>

#include "score/types.h"
#include "text/string_hash.h"
#include "text/tokenizer.h"

namespace parallax::score {

// One distinct token of a document: words by stem, numbers and marks by folded form.
struct VocabularyEntry {
  std::string key;    // stem (words) or folded form (numbers, punctuation)
  std::string latin;  // transliteration of the first surface form seen, lowercase ASCII
  text::TokenKind kind = text::TokenKind::Word;
  uint32_t document_frequency = 0;  // number of sentences containing it
};

struct SideFeatures {
  std::vector<VocabularyEntry> vocabulary;
  std::unordered_map<std::string, uint32_t, text::StringHash, std::equal_to<>> id_of_key;
  // Sentence i's distinct token ids are token_ids[token_begin[i] .. token_begin[i+1]).
  std::vector<uint32_t> token_begin;
  std::vector<uint32_t> token_ids;
  ScoreVector token_weight;         // per vocabulary id: rarity weight (0 for stop-like tokens)
  ScoreVector length;               // per sentence: Unicode code points
  ScoreVector content_weight;       // per sentence: sum of its tokens' weights
  ScoreVector words;                // per sentence: distinct word and number tokens
  std::vector<uint32_t> paragraph;  // per sentence
  // postings[id] = sorted sentence indices containing token id.
  std::vector<std::vector<uint32_t>> postings;

  size_t sentence_count() const { return paragraph.size(); }
};

// Tokenizes every sentence of document and interns its tokens. Linear in the text size.
SideFeatures extract_features(const Document& document, text::Tokenizer& tokenizer);

}  // namespace parallax::score
