// Tokens and match keys: ICU word breaks, NFKC case folding, Snowball stems, transliteration.
#include "text/tokenizer.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "text/icu_check.h"
#include "text/number_normalizer.h"
#include "text/string_hash.h"
#include "text/utf8.h"

namespace parallax::text {

namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const noexcept { sb_stemmer_delete(stemmer); }
};

struct UTextCloser {
  void operator()(UText* text) const noexcept { utext_close(text); }
};

bool is_ascii(std::string_view s) noexcept {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      return false;
    }
  }
  return true;
}

// The folded form of a punctuation mark that gets a token, or nullopt for other marks.
std::optional<std::string_view> punct_key(UChar32 c) noexcept {
  switch (c) {
    case '?':
    case 0xFF1F:
      return "?";
    case '!':
    case 0xFF01:
      return "!";
    case ':':
    case 0xFF1A:
      return ":";
    case ';':
    case 0xFF1B:
      return ";";
    case '(':
    case 0xFF08:
      return "(";
    case ')':
    case 0xFF09:
      return ")";
    case '[':
    case 0xFF3B:
      return "[";
    case ']':
    case 0xFF3D:
      return "]";
    case '"':
    case '\'':
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x201E:  // „
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x201A:  // ‚
    case 0x2039:  // ‹
    case 0x203A:  // ›
      return "\"";
    default:
      return std::nullopt;
  }
}

bool is_dash(UChar32 c) noexcept {
  return c == '-' || c == 0x2010 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 ||
         c == 0x2212;
}

// Code point starting at byte i of s, or 0 at the end.
UChar32 code_point_at(std::string_view s, size_t i) noexcept {
  if (i >= s.size()) {
    return 0;
  }
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto k = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(p, k, static_cast<int32_t>(s.size()), c);
  return c;
}

// Code point ending just before byte i of s, or 0 at the start (-1 if ill-formed).
UChar32 code_point_before(std::string_view s, size_t i) noexcept {
  if (i == 0) {
    return 0;
  }
  size_t start = i - 1;
  while (start > 0 && i - start < 4 && !starts_code_point(s[start])) {
    --start;
  }
  const UChar32 c = code_point_at(s, start);
  return start + static_cast<size_t>(U8_LENGTH(c)) == i ? c : -1;
}

bool is_word_char(UChar32 c) noexcept {
  return c > 0 && u_isalnum(c) != 0;
}

// Hash for looking strings up by string_view without building a std::string.
}  // namespace

struct Tokenizer::Impl {
  // The match keys of one surface form, computed once: books repeat their words, and folding
  // (ICU) and stemming were most of the tokenizing time.
  struct WordKeys {
    std::string folded;
    std::string stem;
    std::string latin;
    bool has_latin = false;
  };

  std::string language;
  std::unique_ptr<icu::BreakIterator> words;
  std::unique_ptr<UText, UTextCloser> utext;
  const icu::Normalizer2* nfkc_casefold = nullptr;
  std::unique_ptr<icu::Transliterator> to_latin;
  std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;
  std::unordered_map<std::string, std::string> stems;
  std::unordered_map<std::string, std::string> latins;
  std::unordered_map<std::string, WordKeys, StringHash, std::equal_to<>> word_keys;

  explicit Impl(std::string_view language_code) : language(language_code) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale =
        language.empty() ? icu::Locale::getRoot() : icu::Locale(language.c_str());
    words.reset(icu::BreakIterator::createWordInstance(locale, status));
    icu_check(status, "BreakIterator::createWordInstance");
    nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    icu_check(status, "Normalizer2::getNFKCCasefoldInstance");
    if (!language.empty()) {
      // libstemmer knows ISO 639-1 codes as aliases ("ru", "en"); nullptr = no stemmer.
      stemmer.reset(sb_stemmer_new(language.c_str(), "UTF_8"));
    }
  }

  std::string fold(std::string_view word) const {
    if (is_ascii(word)) {
      // NFKC_Casefold of ASCII is ASCII lower case; most words of Latin-script books.
      std::string out(word);
      for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
          c = static_cast<char>(c - 'A' + 'a');
        }
      }
      return out;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString folded =
        nfkc_casefold->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                     word.data(), static_cast<int32_t>(word.size()))),
                                 status);
    icu_check(status, "NFKC_Casefold");
    std::string out;
    folded.toUTF8String(out);
    return out;
  }

  std::string stem(std::string_view folded) {
    if (!stemmer) {
      return std::string(folded);
    }
    std::string key(folded);
    if (const auto it = stems.find(key); it != stems.end()) {
      return it->second;
    }
    const sb_symbol* stemmed =
        sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(folded.data()),
                        static_cast<int>(folded.size()));
    // nullptr only when libstemmer is out of memory: keep the word.
    std::string out = stemmed == nullptr
                          ? key
                          : std::string(reinterpret_cast<const char*>(stemmed),
                                        static_cast<size_t>(sb_stemmer_length(stemmer.get())));
    stems.emplace(std::move(key), out);
    return out;
  }

  std::string latin(std::string_view folded) {
    if (is_ascii(folded)) {
      return std::string(folded);
    }
    std::string key(folded);
    if (const auto it = latins.find(key); it != latins.end()) {
      return it->second;
    }
    if (!to_latin) {
      // Made on first use: its rules take milliseconds to build, and a Chinese text or a
      // dictionary's entries never ask for it.
      UErrorCode status = U_ZERO_ERROR;
      to_latin.reset(
          icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
      icu_check(status, "Transliterator::createInstance(Any-Latin; Latin-ASCII)");
    }
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(folded.data(), static_cast<int32_t>(folded.size())));
    to_latin->transliterate(text);
    std::string out;
    text.toLower(icu::Locale::getRoot()).toUTF8String(out);
    latins.emplace(std::move(key), out);
    return out;
  }

  const WordKeys& keys(std::string_view raw, bool transliterate) {
    auto it = word_keys.find(raw);
    if (it == word_keys.end()) {
      WordKeys computed;
      computed.folded = fold(raw);
      computed.stem = stem(computed.folded);
      it = word_keys.emplace(std::string(raw), std::move(computed)).first;
    }
    WordKeys& found = it->second;
    if (transliterate && !found.has_latin) {
      found.latin = latin(found.folded);
      found.has_latin = true;
    }
    return found;
  }

  // Emits the Punct tokens of a run without words (spaces and punctuation).
  template <typename Emit>
  static void add_marks(
      std::string_view text, size_t begin, size_t end, uint32_t base, const Emit& emit) {
    const auto* p = reinterpret_cast<const uint8_t*>(text.data());
    auto i = static_cast<int32_t>(begin);
    const auto stop = static_cast<int32_t>(end);
    while (i < stop) {
      const int32_t start = i;
      UChar32 c = 0;
      U8_NEXT(p, i, stop, c);
      std::optional<std::string_view> key = punct_key(c);
      if (!key && is_dash(c)) {
        // A hyphen or en dash between two words or numbers joins them ("well-known",
        // "1963–1964"); an em dash is punctuation even unspaced ("inspections—and").
        const bool em_dash = c == 0x2014 || c == 0x2015;
        const bool joins = !em_dash &&
                           is_word_char(code_point_before(text, static_cast<size_t>(start))) &&
                           is_word_char(code_point_at(text, static_cast<size_t>(i)));
        if (!joins) {
          key = "-";
        }
      }
      if (key) {
        emit(TokenView{{base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(i)},
                       TokenKind::Punct,
                       *key,
                       *key,
                       *key});
      }
    }
  }

  // Calls visit(const TokenView&) for the tokens of text in order. A number that groups of
  // thousands may still join is held back until it is complete.
  void for_each_token(std::string_view text,
                      uint32_t base,
                      bool transliterate,
                      const std::function<void(const TokenView&)>& visit) {
    if (text.empty()) {
      return;
    }
    UErrorCode status = U_ZERO_ERROR;
    utext.reset(
        utext_openUTF8(utext.release(), text.data(), static_cast<int64_t>(text.size()), &status));
    icu_check(status, "utext_openUTF8");
    words->setText(utext.get(), status);
    icu_check(status, "BreakIterator::setText");

    // The number that a following group of thousands may still join ("1 000 000"), and
    // whether the one group space after it has been seen.
    std::optional<TokenView> open_number;
    std::string open_folded;
    bool group_space_seen = false;
    const auto close_number = [&] {
      if (open_number) {
        visit(*open_number);
        open_number.reset();
      }
    };
    const auto mark = [&](const TokenView& token) {
      close_number();
      visit(token);
    };
    int32_t begin = words->first();
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE;
         begin = end, end = words->next()) {
      const int32_t rule_status = words->getRuleStatus();
      const auto b = static_cast<size_t>(begin);
      const auto e = static_cast<size_t>(end);
      const std::string_view raw = text.substr(b, e - b);
      if (rule_status < UBRK_WORD_NONE_LIMIT) {
        const UChar32 c = code_point_at(text, b);
        const bool one_group_space = c > 0 && is_group_space(static_cast<char32_t>(c)) &&
                                     static_cast<size_t>(U8_LENGTH(c)) == raw.size();
        if (open_number && one_group_space && !group_space_seen) {
          group_space_seen = true;
        } else {
          close_number();
        }
        add_marks(text, b, e, base, mark);
        continue;
      }
      if (rule_status < UBRK_WORD_NUMBER_LIMIT) {
        const GroupKind group = group_kind(raw);
        if (open_number && group_space_seen && group != GroupKind::None) {
          open_number->span.end = base + static_cast<uint32_t>(e);
          open_folded = normalize_number(text.substr(
              open_number->span.begin - base, open_number->span.end - open_number->span.begin));
          open_number->folded = open_folded;
          open_number->stem = open_folded;
          open_number->latin = open_folded;
          group_space_seen = false;
          if (group == GroupKind::Last) {
            close_number();
          }
          continue;
        }
        close_number();
        group_space_seen = false;
        open_folded = normalize_number(raw);
        const TokenView number{{base + static_cast<uint32_t>(b), base + static_cast<uint32_t>(e)},
                               TokenKind::Number,
                               open_folded,
                               open_folded,
                               open_folded};
        if (ascii_digit_count(raw) == raw.size() && raw.size() <= 3) {
          open_number = number;
        } else {
          visit(number);
        }
        continue;
      }
      close_number();
      const WordKeys& word = keys(raw, transliterate);
      visit(TokenView{{base + static_cast<uint32_t>(b), base + static_cast<uint32_t>(e)},
                      TokenKind::Word,
                      word.folded,
                      word.stem,
                      transliterate ? std::string_view(word.latin) : std::string_view()});
    }
    close_number();
  }

  static size_t ascii_digit_count(std::string_view s) noexcept {
    size_t digits = 0;
    while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') {
      ++digits;
    }
    return digits;
  }

  // How a number token can continue a grouped integer: not at all, as a middle group of
  // exactly 3 digits, or as the last group (3 digits and more: "000,50", "000\u202F000").
  enum class GroupKind : uint8_t { None, Middle, Last };

  static GroupKind group_kind(std::string_view raw) noexcept {
    const size_t digits = ascii_digit_count(raw);
    if (digits != 3) {
      return GroupKind::None;
    }
    if (digits == raw.size()) {
      return GroupKind::Middle;
    }
    // ICU keeps "678,5" and "678\u202F901" (narrow no-break space is ExtendNumLet) together.
    if (raw[3] == ',' || raw[3] == '.') {
      return GroupKind::Last;
    }
    const UChar32 c = code_point_at(raw, 3);
    return c > 0 && is_group_space(static_cast<char32_t>(c)) ? GroupKind::Last : GroupKind::None;
  }
};

Tokenizer::Tokenizer(std::string_view language) : impl_(std::make_unique<Impl>(language)) {}

Tokenizer::~Tokenizer() = default;

Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;

Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

std::vector<Token> Tokenizer::tokenize(std::string_view text,
                                       uint32_t base_offset,
                                       bool transliterate) {
  std::vector<Token> tokens;
  impl_->for_each_token(text, base_offset, transliterate, [&](const TokenView& view) {
    tokens.push_back(Token{view.span, view.kind, std::string(view.folded), std::string(view.stem),
                           std::string(view.latin)});
  });
  return tokens;
}

void Tokenizer::for_each_token(std::string_view text,
                               uint32_t base_offset,
                               bool transliterate,
                               const std::function<void(const TokenView&)>& visit) {
  impl_->for_each_token(text, base_offset, transliterate, visit);
}

std::string Tokenizer::fold(std::string_view word) {
  return impl_->fold(word);
}

std::string Tokenizer::stem(std::string_view folded_word) {
  return impl_->stem(folded_word);
}

std::string Tokenizer::to_latin(std::string_view folded_word) {
  return impl_->latin(folded_word);
}

const std::string& Tokenizer::language() const {
  return impl_->language;
}

}  // namespace parallax::text
