// The tokens of a document in text order, each with its vocabulary id: the positional view
// that term matching and word alignment need (score::SideFeatures keeps only the distinct ids
// of each sentence).
//
// Notation: a position p ∈ [0, size()) indexes the document's tokens in order; sentence i
// owns positions [sentence_begin[i], sentence_begin[i+1]).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <parallax/types.h>

#include "score/sentence_features.h"
#include "text/tokenizer.h"

namespace parallax::terms {

inline constexpr uint32_t kNoId = UINT32_MAX;

struct TokenStream {
  std::vector<Span> spans;           // bytes in Document::text
  std::vector<uint32_t> ids;         // vocabulary id (SideFeatures), kNoId if none
  std::vector<uint32_t> folded_ids;  // index into folded
  std::vector<text::TokenKind> kinds;
  std::vector<bool> capitalized;         // the first letter is uppercase
  std::vector<uint32_t> sentence_of;     // per position
  std::vector<uint32_t> sentence_begin;  // per sentence, plus one end entry
  // Per position: a comma, semicolon or colon follows the token before the next one of its
  // sentence (segment_links.h: the runs between are clauses and list items).
  std::vector<bool> segment_end;
  // Distinct folded forms (NFKC + case folding), for matching terms beyond equal stems.
  std::vector<std::string> folded;
  std::unordered_map<std::string, uint32_t> folded_id_of;

  size_t size() const { return ids.size(); }

  // Words and numbers carry meaning; punctuation tokens only separate.
  bool is_word(uint32_t p) const { return kinds[p] != text::TokenKind::Punct; }
};

// Whether a phrase ends between positions p and p+1 of stream (text is its document's text): a
// sentence boundary, a punctuation token on either side, or a comma, full stop, colon,
// semicolon or slash between them (the tokenizer makes no token of commas and full stops).
// Hyphens and apostrophes inside words ("espionage-type") and the full stop of an initial
// ("H. Macmillan") do not end a phrase.
bool phrase_break(const TokenStream& stream, const std::string& text, uint32_t p) noexcept;

// Whether the first code point of utf8 is an uppercase letter (ICU's u_isupper).
bool starts_uppercase(std::string_view utf8) noexcept;

// Tokenizes every sentence of document (with the tokenizer features were extracted with) and
// looks each token's key up in features. Linear in the text size.
TokenStream make_token_stream(const Document& document,
                              text::Tokenizer& tokenizer,
                              const score::SideFeatures& features);

// key without a final typographic apostrophe: the stem of "Joseph’s" is "joseph’" (Snowball
// strips only the ASCII "'s"), and a possessive is not another rendering of a name.
// TODO(#4): drop once the tokenizer folds U+2019 to "'" before stemming.
std::string_view without_possessive(std::string_view key) noexcept;

// The text of bytes [span.begin, span.end) of text with every run of white space replaced by
// one space.
std::string collapsed_text(const std::string& text, Span span);

}  // namespace parallax::terms
