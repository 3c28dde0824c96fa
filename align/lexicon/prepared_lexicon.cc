#include <string>
#include <unordered_map>

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
    if (inserted) {
      for (const text::Token& token : tokenizer_.tokenize(phrase, 0, false)) {
        if (token.kind == text::TokenKind::Word) {
          auto [key, added] = index_.try_emplace(token.stem, static_cast<uint32_t>(keys_.size()));
          if (added) {
            keys_.push_back(token.stem);
          }
          it->second.push_back(key->second);
        }
      }
    }
    return it->second;
  }

  std::vector<std::string> release_keys() { return std::move(keys_); }

 private:
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

}  // namespace parallax
