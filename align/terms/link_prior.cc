#include "terms/link_prior.h"

#include <algorithm>
#include <string>

#include "terms/token_stream.h"
#include "text/utf8.h"

namespace parallax::terms {

namespace {

struct Inheritance {
  uint32_t word;
  uint32_t base;
  float weight;
};

// Words that take the links of a base word of the same side:
//   - a possessive with a typographic apostrophe, from its base at full strength ("joseph’"
//     from "joseph": Snowball strips only the ASCII "'s"; TODO(#4): drop once the tokenizer
//     folds U+2019);
//   - a word whose stem extends a stem of at least kMinBase letters by at most kMaxSuffix
//     letters, from the longest such stem, at kRelativeWeight ("господен" from "господ",
//     "фарисе" from "фарис"): a derived or oddly stemmed form of the same word, most of the
//     time, so its own (rarer, learned) links keep precedence.
std::vector<Inheritance> inherited_bases(const score::SideFeatures& side) {
  constexpr size_t kMinBase = 4;
  constexpr size_t kMaxSuffix = 3;
  constexpr float kRelativeWeight = 0.8F;
  std::vector<Inheritance> out;
  for (uint32_t id = 0; id < side.vocabulary.size(); ++id) {
    const score::VocabularyEntry& entry = side.vocabulary[id];
    if (entry.kind != text::TokenKind::Word) {
      continue;
    }
    const std::string& key = entry.key;
    const std::string_view base = without_possessive(key);
    if (base.size() != key.size()) {
      if (const auto it = side.id_of_key.find(std::string(base)); it != side.id_of_key.end()) {
        out.push_back(Inheritance{id, it->second, 1.0F});
      }
      continue;
    }
    const size_t letters = text::code_points(key);
    std::string prefix = key;
    for (size_t cut = 1; cut <= kMaxSuffix && letters >= kMinBase + cut; ++cut) {
      // Remove the last code point: its continuation bytes, then its lead byte.
      while (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0xC0U) == 0x80U) {
        prefix.pop_back();
      }
      if (!prefix.empty()) {
        prefix.pop_back();
      }
      if (const auto it = side.id_of_key.find(prefix); it != side.id_of_key.end()) {
        out.push_back(Inheritance{id, it->second, kRelativeWeight});
        break;
      }
    }
  }
  return out;
}

}  // namespace

score::LinkTable build_link_prior(const score::SideFeatures& source,
                                  const score::SideFeatures& target,
                                  const PreparedLexicon& lexicon,
                                  std::string_view source_language,
                                  std::string_view target_language) {
  score::LinkTableBuilder builder(source.vocabulary.size(), target.vocabulary.size());
  score::add_dictionary_links(lexicon, source, target, builder);
  const bool same_language = !source_language.empty() && source_language == target_language;
  score::add_surface_links(source, target, same_language,
                           score::spellings_comparable(source_language, target_language), builder);
  // A word also gets the links of its base (see inherited_bases), weakened, so that a rare
  // derived form is linked where the stemmer left it apart: "Господень" (stem "господен")
  // renders "LORD" as "Господь" (stem "господ") does.
  const score::LinkTable first = builder.build();
  for (const Inheritance& inheritance : inherited_bases(target)) {
    const score::LinkRows& rows = first.backward;
    for (uint32_t l = rows.begin[inheritance.base]; l < rows.begin[inheritance.base + 1]; ++l) {
      builder.add(rows.other[l], inheritance.word, inheritance.weight * rows.strength[l],
                  rows.origin[l]);
    }
  }
  for (const Inheritance& inheritance : inherited_bases(source)) {
    const score::LinkRows& rows = first.forward;
    for (uint32_t l = rows.begin[inheritance.base]; l < rows.begin[inheritance.base + 1]; ++l) {
      builder.add(inheritance.word, rows.other[l], inheritance.weight * rows.strength[l],
                  rows.origin[l]);
    }
  }
  return builder.build();
}

std::optional<size_t> find_prior(const score::LinkTable& prior,
                                 uint32_t source_id,
                                 uint32_t target_id) {
  const score::LinkRows& rows = prior.forward;
  if (source_id + 1 >= rows.begin.size()) {
    return std::nullopt;
  }
  const auto first = rows.other.begin() + rows.begin[source_id];
  const auto last = rows.other.begin() + rows.begin[source_id + 1];
  const auto it = std::lower_bound(first, last, target_id);
  if (it == last || *it != target_id) {
    return std::nullopt;
  }
  return static_cast<size_t>(it - rows.other.begin());
}

}  // namespace parallax::terms
