#include <algorithm>
#include <cassert>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <parallax/lexicon.h>

#include "text/tokenizer.h"

namespace parallax {

namespace {

// Interns the word stems of phrases of one language; each distinct phrase is tokenized once
// (entries repeat their headwords).
class KeyTable {
 public:
  explicit KeyTable(std::string_view language) : tokenizer_(language) {}

  // Indices into keys() of the words of phrase (numbers and punctuation left out).
  const std::vector<uint32_t>& words_of(const std::string& phrase) {
    auto [it, inserted] = phrases_.try_emplace(phrase);
    if (!inserted) {
      return it->second;
    }
    if (is_plain_word(phrase)) {
      // Most entries: one word of an alphabetic script, for which the word breaker would
      // return the phrase itself; setting up ICU's iterator per entry cost more than stemming.
      it->second.push_back(intern(tokenizer_.stem(tokenizer_.fold(phrase))));
      return it->second;
    }
    for (const text::Token& token : tokenizer_.tokenize(phrase, 0, false)) {
      if (token.kind == text::TokenKind::Word) {
        it->second.push_back(intern(token.stem));
      }
    }
    return it->second;
  }

  std::vector<std::string> release_keys() { return std::move(keys_); }

 private:
  // Letters of the Latin, Greek, Cyrillic and Armenian blocks only: no spaces, digits or marks,
  // and none of the scripts (Thai, Han, kana...) that the word breaker splits by dictionary.
  static bool is_plain_word(std::string_view phrase) {
    const auto* p = reinterpret_cast<const uint8_t*>(phrase.data());
    const auto size = static_cast<int32_t>(phrase.size());
    for (int32_t i = 0; i < size;) {
      UChar32 c = 0;
      U8_NEXT(p, i, size, c);
      if (c < 0 || c >= 0x0590 || u_isalpha(c) == 0) {
        return false;
      }
    }
    return size > 0;
  }

  uint32_t intern(const std::string& key) {
    auto [found, added] = index_.try_emplace(key, static_cast<uint32_t>(keys_.size()));
    if (added) {
      keys_.push_back(key);
    }
    return found->second;
  }

  text::Tokenizer tokenizer_;
  std::unordered_map<std::string, std::vector<uint32_t>> phrases_;
  std::unordered_map<std::string, uint32_t> index_;
  std::vector<std::string> keys_;
};

}  // namespace

PreparedLexicon::PreparedLexicon(const Lexicon& lexicon,
                                 std::string_view source_language,
                                 std::string_view target_language)
    : source_language_(source_language), target_language_(target_language) {
  const Lexicon oriented = Lexicon::combine({lexicon}, source_language, target_language);
  KeyTable source_table(source_language);
  KeyTable target_table(target_language);
  for (const LexiconEntry& entry : oriented.entries()) {
    const std::vector<uint32_t>& source = source_table.words_of(entry.source);
    if (source.empty() || source.size() > 2) {
      continue;
    }
    const std::vector<uint32_t>& target = target_table.words_of(entry.target);
    // A phrase of two words translating a phrase of two words pairs up four ways: too loose.
    if (target.empty() || source.size() * target.size() > 2) {
      continue;
    }
    Entry prepared;
    prepared.source_count = static_cast<uint8_t>(source.size());
    prepared.target_count = static_cast<uint8_t>(target.size());
    std::copy(source.begin(), source.end(), prepared.source.begin());
    std::copy(target.begin(), target.end(), prepared.target.begin());
    prepared.weight = entry.weight;
    entries_.push_back(prepared);
  }
  source_keys_ = source_table.release_keys();
  target_keys_ = target_table.release_keys();
}

PreparedLexicon::PreparedLexicon(std::string source_language,
                                 std::string target_language,
                                 std::vector<Entry> entries,
                                 std::vector<std::string> source_keys,
                                 std::vector<std::string> target_keys)
    : source_language_(std::move(source_language)),
      target_language_(std::move(target_language)),
      entries_(std::move(entries)),
      source_keys_(std::move(source_keys)),
      target_keys_(std::move(target_keys)) {
  assert(std::all_of(entries_.begin(), entries_.end(), [&](const Entry& entry) {
    const auto valid = [](const auto& indices, uint8_t count, size_t key_count) {
      return count >= 1 && count <= 2 &&
             std::all_of(indices.begin(), indices.begin() + count,
                         [&](uint32_t index) { return index < key_count; });
    };
    return valid(entry.source, entry.source_count, source_keys_.size()) &&
           valid(entry.target, entry.target_count, target_keys_.size());
  }));
}

}  // namespace parallax
