#include "diff/diff_tokens.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "terms/stop_words.h"
#include "text/icu_check.h"
#include "text/tokenizer.h"

namespace parallax::diff {

namespace {

struct UTextCloser {
  void operator()(UText* text) const noexcept { utext_close(text); }
};

bool is_dash(UChar32 c) noexcept {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 ||
         c == 0xFF0D;
}

bool is_quote(UChar32 c) noexcept {
  return c == '"' || c == 0x00AB || c == 0x00BB || (c >= 0x201C && c <= 0x201F) || c == 0x2039 ||
         c == 0x203A || c == 0x300C || c == 0x300D || c == 0xFF02;
}

bool is_apostrophe(UChar32 c) noexcept {
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x02BC ||
         c == 0x2032 || c == 0xFF07;
}

// text with every apostrophe-like code point as "'" (words: "stranger’s" = "stranger's").
std::string with_plain_apostrophes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < size) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, size, c);
    if (c != '\'' && is_apostrophe(c)) {
      out += '\'';
    } else {
      out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

std::string to_lower(std::string_view text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  unicode.toLower(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

}  // namespace

std::string loose_mark(std::string_view folded) {
  const auto* p = reinterpret_cast<const uint8_t*>(folded.data());
  const auto size = static_cast<int32_t>(folded.size());
  std::string out;
  int32_t i = 0;
  while (i < size) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, size, c);
    if (is_dash(c)) {
      if (out.empty() || out.back() != '-') {
        out += '-';
      }
    } else if (is_quote(c)) {
      out += '"';
    } else if (is_apostrophe(c)) {
      out += '\'';
    } else {
      out.append(folded.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

uint32_t Vocabulary::intern(std::string_view text) {
  const auto [it, inserted] =
      ids_.try_emplace(std::string(text), static_cast<uint32_t>(texts_.size()));
  if (inserted) {
    texts_.emplace_back(text);
  }
  return it->second;
}

struct DiffTokenizer::Impl {
  // The keys of one surface form, computed once.
  struct Keys {
    uint32_t exact = 0;
    uint32_t loose = 0;
    uint32_t lower = 0;
    uint32_t stem = 0;
    bool function_word = false;
  };

  text::Tokenizer keys_tokenizer;  // NFKC case folding and Snowball stems
  std::unique_ptr<icu::BreakIterator> words;
  std::unique_ptr<UText, UTextCloser> utext;
  std::unordered_set<std::string> function_words;
  std::unordered_map<std::string, Keys> cache;

  explicit Impl(std::string_view language)
      : keys_tokenizer(language), function_words(terms::function_words(std::string(language))) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale =
        language.empty() ? icu::Locale::getRoot() : icu::Locale(std::string(language).c_str());
    words.reset(icu::BreakIterator::createWordInstance(locale, status));
    text::icu_check(status, "BreakIterator::createWordInstance");
  }

  const Keys& keys(std::string_view raw, TokenClass token_class, Vocabulary& vocabulary) {
    std::string cache_key(raw);
    cache_key += static_cast<char>('0' + static_cast<int>(token_class));
    const auto found = cache.find(cache_key);
    if (found != cache.end()) {
      return found->second;
    }
    Keys keys;
    const std::string folded = keys_tokenizer.fold(raw);
    const std::string loose =
        token_class == TokenClass::Mark ? loose_mark(folded) : with_plain_apostrophes(folded);
    keys.exact = vocabulary.intern(raw);
    keys.loose = vocabulary.intern(loose);
    keys.lower = vocabulary.intern(to_lower(raw));
    keys.stem = token_class == TokenClass::Word ? vocabulary.intern(keys_tokenizer.stem(loose))
                                                : keys.loose;
    keys.function_word = token_class == TokenClass::Word && function_words.contains(loose);
    return cache.emplace(std::move(cache_key), keys).first->second;
  }

  void add(std::string_view raw,
           uint32_t begin,
           TokenClass token_class,
           Vocabulary& vocabulary,
           std::vector<DiffToken>& out) {
    const Keys& k = keys(raw, token_class, vocabulary);
    out.push_back(DiffToken{Span{begin, begin + static_cast<uint32_t>(raw.size())}, k.exact,
                            k.loose, k.lower, k.stem, token_class, k.function_word, false});
  }

  // The marks of a piece without words: one token per code point that is not white space,
  // except that a run of dashes is one token.
  void add_marks(std::string_view text,
                 uint32_t base,
                 Vocabulary& vocabulary,
                 std::vector<DiffToken>& out) {
    const auto* p = reinterpret_cast<const uint8_t*>(text.data());
    const auto size = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < size) {
      const int32_t start = i;
      UChar32 c = 0;
      U8_NEXT(p, i, size, c);
      if (u_isUWhiteSpace(c) != 0 || c == 0x200B || c == 0xFEFF) {
        continue;
      }
      // A run of dashes ("--") is one token: i moves past every following dash.
      while (is_dash(c) && i < size) {
        int32_t next = i;
        UChar32 d = 0;
        U8_NEXT(p, next, size, d);
        if (!is_dash(d)) {
          break;
        }
        i = next;
      }
      const auto b = static_cast<size_t>(start);
      add(text.substr(b, static_cast<size_t>(i) - b), base + static_cast<uint32_t>(start),
          TokenClass::Mark, vocabulary, out);
    }
  }

  void tokenize_sentence(std::string_view text,
                         uint32_t base,
                         Vocabulary& vocabulary,
                         std::vector<DiffToken>& out) {
    if (text.empty()) {
      return;
    }
    UErrorCode status = U_ZERO_ERROR;
    utext.reset(
        utext_openUTF8(utext.release(), text.data(), static_cast<int64_t>(text.size()), &status));
    text::icu_check(status, "utext_openUTF8");
    words->setText(utext.get(), status);
    text::icu_check(status, "BreakIterator::setText");
    // Consecutive pieces without words are one run of marks (ICU makes a piece of each dash
    // of "--").
    bool first_word = true;
    int32_t marks_begin = -1;
    const auto flush_marks = [&](int32_t until) {
      if (marks_begin >= 0) {
        const auto b = static_cast<size_t>(marks_begin);
        add_marks(text.substr(b, static_cast<size_t>(until) - b),
                  base + static_cast<uint32_t>(marks_begin), vocabulary, out);
        marks_begin = -1;
      }
    };
    int32_t begin = words->first();
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE;
         begin = end, end = words->next()) {
      if (words->getRuleStatus() < UBRK_WORD_NONE_LIMIT) {
        marks_begin = marks_begin < 0 ? begin : marks_begin;
        continue;
      }
      flush_marks(begin);
      const auto b = static_cast<size_t>(begin);
      const std::string_view raw = text.substr(b, static_cast<size_t>(end) - b);
      const TokenClass token_class =
          words->getRuleStatus() < UBRK_WORD_NUMBER_LIMIT ? TokenClass::Number : TokenClass::Word;
      add(raw, base + static_cast<uint32_t>(begin), token_class, vocabulary, out);
      out.back().sentence_start = first_word;
      first_word = false;
    }
    flush_marks(static_cast<int32_t>(text.size()));
  }
};

DiffTokenizer::DiffTokenizer(std::string_view language) : impl_(std::make_unique<Impl>(language)) {}

DiffTokenizer::~DiffTokenizer() = default;

void DiffTokenizer::tokenize(const Document& document,
                             IndexRange range,
                             std::vector<DiffToken>& out) {
  for (uint32_t i = range.begin; i < range.end; ++i) {
    impl_->tokenize_sentence(document.sentence_text(i), document.sentences[i].span.begin,
                             vocabulary_, out);
  }
}

}  // namespace parallax::diff
