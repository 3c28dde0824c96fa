// Words, numbers and a few punctuation marks of a text, with their match keys.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/types.h>

namespace parallax::text {

enum class TokenKind : uint8_t { Word, Number, Punct };

struct Token {
  Span span;  // absolute byte offsets (base_offset + offset in the given text)
  TokenKind kind = TokenKind::Word;
  // NFKC + case-folded form. Numbers: normalized ("1 000", "1,000", "1000" -> "1000";
  // "3,5", "3.5" -> "3.5" when clearly decimal; see number_normalizer.h). Punct: the mark, every
  // quote kind -> "\"", every dash -> "-".
  std::string folded;
  // Snowball stem of folded for the tokenizer's language; == folded for numbers, punctuation
  // and languages without a stemmer.
  std::string stem;
  // folded transliterated to lowercase ASCII Latin (ICU "Any-Latin; Latin-ASCII"):
  // "макмиллан" -> "makmillan", "größe" -> "grosse". Numbers and Punct: == folded.
  std::string latin;
};

// A token whose keys point into the tokenizer's caches or the text: valid until the next call
// of the tokenizer.
struct TokenView {
  Span span;
  TokenKind kind = TokenKind::Word;
  std::string_view folded;
  std::string_view stem;
  std::string_view latin;
};

// Splits text into tokens with ICU's word BreakIterator (dictionary words for Chinese and
// Japanese) and computes their match keys. Output spans always point into the original text;
// the keys live in separate strings.
//
// Punct tokens are made only for ? ! : ; ( ) [ ], quotes (" « » „ “ ” ‘ ’ ') and dashes
// (— – -) that do not join two words or numbers; other punctuation and spaces give no token.
// Stems and transliterations are cached per distinct folded word.
class Tokenizer {
 public:
  // language: ISO 639-1 code; unknown or "" = no stemming (word breaking still works).
  // Throws parallax::Error only if ICU data is missing (the transliterator's: at the first
  // transliteration of a non-ASCII word, which costs a few milliseconds of ICU rules); create
  // one per thread and reuse it.
  explicit Tokenizer(std::string_view language);
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Not thread-safe (ICU iterators, libstemmer and caches are mutable state): one per thread.

  // Tokens of text (UTF-8) in order, spans offset by base_offset. Linear in the text size
  // (amortized: each distinct word is stemmed and transliterated once).
  // transliterate = false leaves Token::latin of words empty, for callers that only need
  // stems (dictionary entries): transliteration is the slowest step.
  std::vector<Token> tokenize(std::string_view text,
                              uint32_t base_offset = 0,
                              bool transliterate = true);
  // The same tokens as tokenize(), as views passed to visit one by one: for callers that only
  // look their keys up (copying three strings per token was a third of the tokenizing time).
  void for_each_token(std::string_view text,
                      uint32_t base_offset,
                      bool transliterate,
                      const std::function<void(const TokenView&)>& visit);
  // NFKC + case folding of a word (UTF-8).
  std::string fold(std::string_view word);
  // Snowball stem of an already folded word; the word itself without a stemmer.
  std::string stem(std::string_view folded_word);
  // Lowercase ASCII transliteration of an already folded word.
  std::string to_latin(std::string_view folded_word);
  const std::string& language() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax::text
