// The words and marks of a version, with the interned keys the word diff compares.
//
// Unlike text::Tokenizer (which keeps only the marks that separate phrases), every non-space
// piece of text is a token here: a changed comma or quote is an edit too. A run of dashes
// ("--", "---") is one token, so that "--" and "—" are one typographic edit.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <parallax/types.h>

#include "text/tokenizer.h"

namespace parallax::diff {

enum class TokenClass : uint8_t { Word, Number, Mark };

// One token; the keys are ids into a Vocabulary shared by both versions.
struct DiffToken {
  Span span;       // bytes in the document's text
  uint32_t exact;  // the token's text
  uint32_t loose;  // NFKC + case folded; quotes → ", dashes → -, apostrophes → '
  uint32_t lower;  // the text lowercased, nothing else: equal lower, other exact = Case
  uint32_t stem;   // Snowball stem of the loose form (words); == loose otherwise
  TokenClass token_class = TokenClass::Word;
  bool function_word = false;   // a listed function word of the language (terms/stop_words)
  bool sentence_start = false;  // the first word or number of its sentence
};

// Interned strings: equal strings, equal ids.
class Vocabulary {
 public:
  uint32_t intern(std::string_view text);

  const std::string& text(uint32_t id) const { return texts_[id]; }

 private:
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::string> texts_;
};

// Splits sentences into DiffTokens (ICU word breaks over UTF-8). Create one per diff; not
// thread-safe (ICU iterator, stemmer and caches are mutable state).
class DiffTokenizer {
 public:
  // language: ISO 639-1, for word breaks, stems and function words ("" = none).
  // Throws parallax::Error only if ICU data is missing.
  explicit DiffTokenizer(std::string_view language);
  ~DiffTokenizer();
  DiffTokenizer(const DiffTokenizer&) = delete;
  DiffTokenizer& operator=(const DiffTokenizer&) = delete;
  DiffTokenizer(DiffTokenizer&&) = delete;
  DiffTokenizer& operator=(DiffTokenizer&&) = delete;

  // Appends the tokens of sentences [range.begin, range.end) of document to out, in text
  // order. Linear in the text size (each distinct word is folded and stemmed once).
  void tokenize(const Document& document, IndexRange range, std::vector<DiffToken>& out);

  Vocabulary& vocabulary() { return vocabulary_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  Vocabulary vocabulary_;
};

// The loose form of a mark (NFKC already applied): every quote → ", every dash run → -,
// every apostrophe → '. Exposed for tests.
std::string loose_mark(std::string_view folded);

}  // namespace parallax::diff
