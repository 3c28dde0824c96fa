// Bilingual dictionaries: word or phrase pairs used as lexical anchors.
#pragma once

#include <array>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/types.h>

namespace parallax {

struct LexiconEntry {
  std::string source;   // a word or short phrase of the source language, as written
  std::string target;   // one translation of it, as written
  float weight = 1.0F;  // relative trust in (0, 1]
};

struct LexiconReadOptions {
  // Languages when the file has no "# parallax-lexicon source=xx target=yy" header line.
  std::string source_language;
  std::string target_language;
  OnAnomaly on_malformed_line = OnAnomaly::Fail;  // a line without a TAB, an empty side
  DiagnosticCallback on_diagnostic;
};

// An immutable list of translation pairs between two languages. Cheap to copy-construct
// from entries; safe to share as const& between threads.
class Lexicon {
 public:
  Lexicon() = default;
  Lexicon(std::string source_language,
          std::string target_language,
          std::vector<LexiconEntry> entries);

  // Reads the lexicon TSV format (docs/FORMATS.md): optional header line
  // "# parallax-lexicon source=en target=ru", then "source<TAB>target[<TAB>weight]" lines;
  // other lines starting with '#' and blank lines are skipped.
  // Throws InputError naming source_name and the line for malformed lines (unless
  // on_malformed_line says otherwise) and when the languages are unknown. Linear. Thread-safe.
  static Lexicon read_tsv(std::istream& in,
                          std::string_view source_name,
                          const LexiconReadOptions& options);

  // The same pairs with source and target swapped.
  Lexicon reversed() const;

  // All entries of all lexicons for the pair (source_language, target_language), reversing
  // those that are given the other way round; lexicons of other pairs are ignored.
  static Lexicon combine(const std::vector<Lexicon>& lexicons,
                         std::string_view source_language,
                         std::string_view target_language);

  const std::string& source_language() const { return source_language_; }

  const std::string& target_language() const { return target_language_; }

  const std::vector<LexiconEntry>& entries() const { return entries_; }

  bool empty() const { return entries_.empty(); }

 private:
  std::string source_language_;
  std::string target_language_;
  std::vector<LexiconEntry> entries_;
};

// A lexicon oriented to one language pair (Lexicon::combine) with the match keys (Snowball
// stems) of its entries computed once. Stemming the 133k pairs of the bundled English–Russian
// lexicon takes 0.3 s: aligning many documents of one pair (batch, several translations)
// prepares it once, and parallax/prepared_lexicon_io.h keeps it in a file between runs. Entries
// that cannot link words (no word, or more than two words on a side, or more than two word
// pairs) are left out. Immutable; safe to share as const& between threads.
class PreparedLexicon {
 public:
  // Word keys of one side of an entry: indices into keys(side).
  struct Entry {
    std::array<uint32_t, 2> source{};
    std::array<uint32_t, 2> target{};
    uint8_t source_count = 0;
    uint8_t target_count = 0;
    float weight = 1.0F;

    bool operator==(const Entry&) const = default;
  };

  PreparedLexicon() = default;
  PreparedLexicon(const Lexicon& lexicon,
                  std::string_view source_language,
                  std::string_view target_language);

  // A prepared lexicon from its parts, as read_prepared_lexicon reads them back
  // (parallax/prepared_lexicon_io.h). In every entry the counts are 1 or 2 and the first
  // count indices are below the size of that side's keys (asserted; the reader checks them).
  PreparedLexicon(std::string source_language,
                  std::string target_language,
                  std::vector<Entry> entries,
                  std::vector<std::string> source_keys,
                  std::vector<std::string> target_keys);

  const std::string& source_language() const { return source_language_; }

  const std::string& target_language() const { return target_language_; }

  const std::vector<Entry>& entries() const { return entries_; }

  // Distinct stems of each side, as the tokenizer of that language computes them.
  const std::vector<std::string>& source_keys() const { return source_keys_; }

  const std::vector<std::string>& target_keys() const { return target_keys_; }

  bool empty() const { return entries_.empty(); }

  // Same languages, entries and keys, in the same order.
  bool operator==(const PreparedLexicon&) const = default;

 private:
  std::string source_language_;
  std::string target_language_;
  std::vector<Entry> entries_;
  std::vector<std::string> source_keys_;
  std::vector<std::string> target_keys_;
};

}  // namespace parallax
