// Word links between the vocabularies of a document pair: which source token may translate
// which target token, how strongly, and why. Lexical anchors are found through these links.
#pragma once

#include <cstdint>
#include <vector>

#include <parallax/lexicon.h>

#include "score/sentence_features.h"
#include "text/tokenizer.h"

namespace parallax::score {

enum class LinkOrigin : uint8_t { Dictionary, Identical, Cognate, Learned };

// Compressed rows: the links of source token s are entries [begin[s], begin[s+1]).
struct LinkRows {
  std::vector<uint32_t> begin;
  std::vector<uint32_t> other;  // token id on the other side
  std::vector<float> strength;  // in (0, 1]
  std::vector<LinkOrigin> origin;

  size_t size() const { return other.size(); }
};

struct LinkTable {
  LinkRows forward;   // source id -> target ids
  LinkRows backward;  // target id -> source ids
};

// Accumulates links, keeping the strongest per (source, target) pair.
class LinkTableBuilder {
 public:
  LinkTableBuilder(size_t source_vocabulary, size_t target_vocabulary);

  void add(uint32_t source_id, uint32_t target_id, float strength, LinkOrigin origin);

  // Sorted, deterministic rows in both directions.
  LinkTable build() const;

 private:
  struct Link {
    uint32_t source;
    uint32_t target;
    float strength;
    LinkOrigin origin;
  };

  size_t source_vocabulary_;
  size_t target_vocabulary_;
  std::vector<Link> links_;
};

// Links from a bilingual dictionary prepared for the documents' pair of languages: the
// entries' word keys matched to the vocabulary entries with equal keys. Linear in the lexicon
// size.
void add_dictionary_links(const PreparedLexicon& lexicon,
                          const SideFeatures& source,
                          const SideFeatures& target,
                          LinkTableBuilder& builder);

// Links between tokens that are the same across the pair: equal numbers and punctuation
// marks, equal stems when both sides share a language, and, when compare_spellings is set,
// words whose transliterations are equal or close (cognates and names: "Макмиллан" ~
// "Macmillan").
void add_surface_links(const SideFeatures& source,
                       const SideFeatures& target,
                       bool same_language,
                       bool compare_spellings,
                       LinkTableBuilder& builder);

// Whether transliterated spellings of the two languages are comparable: true for alphabetic
// scripts (Latin, Cyrillic, Greek, ...), false when either side is written in Han, kana or
// Hangul (spelled_in_latin of both).
bool spellings_comparable(std::string_view source_language, std::string_view target_language);

}  // namespace parallax::score
