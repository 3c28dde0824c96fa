// Occurrences of terms in the original: an index from vocabulary id (stem) to token positions,
// built once, so that finding a term costs the postings of its words' stems, never a rescan
// of the text.
//
// Morphology: a term word matches a token when they are inflections of one word (inflection.h:
// a shared stem and two endings of one paradigm, so "Статья" does not match "Статута" nor
// "соответствии" "соответствующих"), and their Snowball stems are equal ("Совет",
// "Совета", "Советом" -> "совет") or one stem extends the other, the token starts with
// the term word's stem and the two share all but the last three letters of each word, at least
// four letters ("ученики" does not match "учению", stem "учен"; "agreed" does not match
// "agreement"): the stemmer leaves some
// inflected names with longer stems ("фарисеи" -> "фарис" but "фарисеев" -> "фарисе";
// "Даниил" -> "дан" but "Даниилу" -> "даниил"). Two guards against stems that collapse
// distinct words: a capitalized term word matches only capitalized tokens ("Илия" does not
// match "или"; a lowercase term matches any case), and a listed function word matches only
// itself (so "или" does not match "Илия" either). Russian "ё" and "е" are one letter here, as
// a Russian text mostly writes "е" for "ё" ("жесткие диски" is "жёсткий диск").
//
// Notation (token_stream.h): positions p index the original's tokens in order.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "score/sentence_features.h"
#include "terms/token_stream.h"
#include "text/tokenizer.h"

namespace parallax::terms {

// One word of a term, as matched.
struct TermWord {
  std::string folded;  // "ё" written "е" (a Russian text mostly writes it so)
  std::string stem;
  uint32_t stem_id = kNoId;   // the word's stem in the vocabulary, kNoId if absent
  std::vector<uint32_t> ids;  // sorted vocabulary ids it may match (stem_id and relatives)
  bool capitalized = false;
  bool function_word = false;  // listed function word (stop_words.h)
  // Its possessive adjectives are its forms (inflection.h same_word): a name's, or a noun's
  // whose short possessive forms the document holds ("фараонова").
  bool possessives = false;
  // A Russian word in the genitive after the term's head noun ("окно изображения", "список
  // рассылки"; in a term without function words): it keeps its case in every form of the term
  // ("окна изображений"), so a form in another case is another phrase ("в окне изображение",
  // word_classes.h genitive_form).
  bool governed_genitive = false;
  // The term has a phrase boundary (comma, colon, ...) between the previous word and this one,
  // so its occurrences may too.
  bool after_break = false;
};

// One occurrence: the positions of the term's words, increasing, inside one sentence.
struct Occurrence {
  uint32_t sentence = 0;
  std::vector<uint32_t> positions;

  uint32_t first() const { return positions.front(); }

  uint32_t last() const { return positions.back(); }
};

class TermIndex {
 public:
  // Indexes stream, whose ids are those of features, of a document with text in language.
  // function_words are folded forms (stop_words.h). The references must outlive the index. Linear
  // in the stream size, plus sorting the vocabulary.
  TermIndex(const TokenStream& stream,
            const score::SideFeatures& features,
            std::unordered_set<std::string> function_words,
            const std::string& text,
            std::string language);

  // The words of a term text (numbers included, punctuation left out), tokenized with the
  // tokenizer of the indexed document.
  std::vector<TermWord> term_words(std::string_view text, text::Tokenizer& tokenizer) const;

  // Sorted positions of vocabulary id.
  std::span<const uint32_t> positions(uint32_t id) const;

  // Whether the token at position p matches word (see the top of this file).
  bool matches(uint32_t p, const TermWord& word) const;

  // Whether the token at position p may stand between two words of a term (a gap word): a
  // modifier may ("cessation of nuclear tests" for "cessation of tests"), and so may an English
  // article; a function word or a verb makes two phrases of the term's words ("Членов в
  // Организацию", "пакета для Debian", "системах работает Debian") and may not, nor may a
  // Russian word that is no adjective by its ending (word_classes.h modifier_form: "панель
  // параметров инструментов" is no "панель инструментов"). Languages without word classes
  // (word_classes.h): every word may.
  bool skippable(uint32_t p) const;

  // Non-overlapping occurrences of the words, in text order. Consecutive words may be
  // separated by up to max_gap skippable words, but not by a sentence boundary nor, unless the
  // term has one there (TermWord::after_break), a phrase boundary (phrase_break: "Совет, по
  // опеке" is no "Совет по Опеке"); the earliest completion wins. Empty when words is empty or a
  // word matches nothing. Time O(postings(words[0]) · |words| · max_gap).
  std::vector<Occurrence> find(const std::vector<TermWord>& words, uint32_t max_gap) const;

 private:
  // Appends to ids the vocabulary ids whose key starts with prefix. O(log V + their number).
  void add_ids_starting_with(const std::string& prefix, std::vector<uint32_t>& ids) const;

  const TokenStream& stream_;
  const score::SideFeatures& features_;
  const std::string& text_;
  std::string language_;
  std::unordered_set<std::string> function_words_;
  std::vector<bool> folded_is_function_;  // per folded id of stream_
  std::vector<std::string> match_forms_;  // per folded id: the folded form, "ё" written "е"
  std::vector<uint32_t> by_key_;          // vocabulary ids sorted by key, for prefix search
  std::vector<uint32_t> begin_;  // CSR rows: positions of id v are at [begin_[v], begin_[v+1])
  std::vector<uint32_t> positions_;
};

}  // namespace parallax::terms
