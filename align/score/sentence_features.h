// Per-sentence features of one document, computed once: lengths, paragraph ids and the
// interned, weighted set of tokens of every sentence (a slice of one flat id array).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <parallax/types.h>

#include "score/types.h"
#include "text/string_hash.h"
#include "text/tokenizer.h"

namespace parallax::score {

// One distinct token of a document: words by stem, numbers and marks by folded form.
struct VocabularyEntry {
  std::string key;  // stem (words) or folded form (numbers, punctuation)
  // Transliteration of the first surface form seen, lowercase ASCII; empty when the document's
  // language has no comparable spellings (spelled_in_latin).
  std::string latin;
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

// Whether a text in this language (ISO 639-1) has spellings worth transliterating: false for
// Han, kana and Hangul (zh, ja, ko), whose romanisations (pinyin "men", "shen") collide with
// unrelated words by chance, so that spellings are never compared (spellings_comparable).
bool spelled_in_latin(std::string_view language);

// Tokenizes every sentence of document and interns its tokens, with transliterations when
// spelled_in_latin(document.language) (ICU's transliteration of every distinct Chinese word was
// 10–45% of an en–zh alignment, for nothing). Linear in the text size.
SideFeatures extract_features(const Document& document, text::Tokenizer& tokenizer);

}  // namespace parallax::score
