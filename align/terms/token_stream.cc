#include "terms/token_stream.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace parallax::terms {

TokenStream make_token_stream(const Document& document,
                              text::Tokenizer& tokenizer,
                              const score::SideFeatures& features) {
  TokenStream stream;
  const size_t m = document.sentences.size();
  stream.sentence_begin.reserve(m + 1);
  for (size_t i = 0; i < m; ++i) {
    stream.sentence_begin.push_back(static_cast<uint32_t>(stream.size()));
    const Span sentence = document.sentences[i].span;
    for (const text::Token& token : tokenizer.tokenize(document.sentence_text(i), sentence.begin)) {
      // The same key extract_features interns: stems for words, folded forms otherwise.
      const std::string& key = token.kind == text::TokenKind::Word ? token.stem : token.folded;
      if (key.empty()) {
        continue;
      }
      const auto it = features.id_of_key.find(key);
      stream.spans.push_back(token.span);
      stream.ids.push_back(it == features.id_of_key.end() ? kNoId : it->second);
      const auto [folded, inserted] = stream.folded_id_of.try_emplace(
          token.folded, static_cast<uint32_t>(stream.folded.size()));
      if (inserted) {
        stream.folded.push_back(token.folded);
      }
      stream.folded_ids.push_back(folded->second);
      stream.capitalized.push_back(
          starts_uppercase(std::string_view(document.text)
                               .substr(token.span.begin, token.span.end - token.span.begin)));
      stream.kinds.push_back(token.kind);
      stream.sentence_of.push_back(static_cast<uint32_t>(i));
    }
  }
  stream.sentence_begin.push_back(static_cast<uint32_t>(stream.size()));
  stream.segment_end.assign(stream.size(), false);
  for (uint32_t p = 0; p < stream.size(); ++p) {
    if (p + 1 == stream.size() || stream.sentence_of[p] != stream.sentence_of[p + 1]) {
      continue;
    }
    for (uint32_t k = stream.spans[p].end; k < stream.spans[p + 1].begin; ++k) {
      const char c = document.text[k];
      if (c == ',' || c == ';' || c == ':') {
        stream.segment_end[p] = true;
        break;
      }
    }
  }
  return stream;
}

bool phrase_break(const TokenStream& stream, const std::string& text, uint32_t p) noexcept {
  if (p + 1 >= stream.size() || stream.sentence_of[p] != stream.sentence_of[p + 1] ||
      !stream.is_word(p) || !stream.is_word(p + 1)) {
    return true;
  }
  // An initial's full stop ("H. Macmillan") does not end a phrase.
  const bool initial = stream.capitalized[p] && stream.folded[stream.folded_ids[p]].size() <= 2;
  for (uint32_t k = stream.spans[p].end; k < stream.spans[p + 1].begin; ++k) {
    const char c = text[k];
    if (c == ',' || c == '/' || c == ';' || c == ':' || (c == '.' && !initial)) {
      return true;
    }
  }
  return false;
}

bool starts_uppercase(std::string_view utf8) noexcept {
  if (utf8.empty()) {
    return false;
  }
  int32_t k = 0;
  UChar32 c = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  U8_NEXT(bytes, k, static_cast<int32_t>(utf8.size()), c);
  return c >= 0 && u_isupper(c) != 0;
}

std::string_view without_possessive(std::string_view key) noexcept {
  constexpr std::string_view kApostrophe = "\u2019";
  if (key.size() > kApostrophe.size() && key.ends_with(kApostrophe)) {
    key.remove_suffix(kApostrophe.size());
  }
  return key;
}

std::string collapsed_text(const std::string& text, Span span) {
  std::string out;
  out.reserve(span.size());
  bool in_space = false;
  for (uint32_t k = span.begin; k < span.end; ++k) {
    const char c = text[k];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      in_space = true;
      continue;
    }
    if (in_space && !out.empty()) {
      out += ' ';
    }
    in_space = false;
    out += c;
  }
  return out;
}

}  // namespace parallax::terms
