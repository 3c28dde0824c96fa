#include "terms/inflection.h"

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace parallax::terms {

namespace {

// Endings that close a word of one paradigm class, longest 4 letters. Nominal: nouns,
// adjectives, possessive adjectives ("Божьего", "Давидова"); verbal: finite forms, infinitive,
// past, reflexive. Derivational suffixes ("-ующ-", "-ость", "-ment", "-ly") are not endings: a form
// that needs one is another word.
constexpr std::array kRussianNominal = {
    "", "а", "я", "о", "е", "ё", "ы", "и", "у", "ю", "ь", "й", "ом", "ем", "ём", "ой", "ей", "ою",
    "ею", "ам", "ям", "ами", "ями", "ах", "ях", "ов", "ев", "ёв", "ий", "ия", "ие", "ии", "ию",
    "ией", "иям", "иями", "иях", "ием", "ью", "ьи", "ья", "ье", "ьё", "ьям", "ьями", "ьях", "ьев",
    "ьей", "ьём", "ьем", "ый", "ая", "яя", "ое", "ее", "ые", "ого", "его", "ому", "ему", "ым", "им",
    "ых", "их", "ую", "юю", "ьего", "ьему", "ьим", "ьих", "ьею",
    // Possessive adjectives of the noun ("Давидова", "фараоновых", "Господень", "Господня"):
    // the same referent, rendered "David's", "Pharaoh's", "of the LORD".
    "ов", "ова", "ово", "ову", "овы", "овой", "овым", "овом", "овых", "овою", "ев", "ева", "ево",
    "еву", "евы", "евой", "евым", "евом", "евых", "ин", "ина", "ино", "ину", "ины", "иной", "иным",
    "ином", "иных", "ень", "ня", "не", "ню", "ни", "нем", "ней", "них", "ним", "ними", "нею",
    "него", "нему"};
constexpr std::array kRussianVerbal = {
    "",     "ть",   "ти",   "ет",   "ёт",   "ит",   "ут",   "ют",  "ат",  "ят",   "ешь",
    "ёшь",  "ишь",  "ем",   "ём",   "им",   "ете",  "ёте",  "ите", "л",   "ла",   "ло",
    "ли",   "й",    "йте",  "и",    "ся",   "сь",   "ться", "тся", "лся", "лась", "лось",
    "лись", "ется", "ются", "ится", "ятся", "утся", "атся", "есь", "юсь", "усь"};
constexpr std::array kEnglishNominal = {"", "s", "es", "'s", "\u2019s", "'", "\u2019", "y", "ies"};
constexpr std::array kEnglishVerbal = {"", "s", "es", "ed", "d", "ing", "y", "ies", "ied"};
// A capitalized English word is matched whole, with its plural and possessives ("Elias",
// "Elias’s"; "Members", "Member"), never with a longer name ("Eliakim").
constexpr std::array kEnglishName = {"", "s", "es", "'s", "\u2019s", "'", "\u2019"};

// A stem keeps at least this many letters, and a word loses at most kMaxEnding letters to
// its ending.
constexpr size_t kMinStem = 2;
constexpr size_t kMaxEnding = 4;

template <size_t N>
bool listed(const std::array<const char*, N>& endings, std::string_view ending) noexcept {
  return std::any_of(endings.begin(), endings.end(),
                     [ending](const char* listed) { return ending == listed; });
}

// Whether endings a and b belong to one paradigm class of language.
bool one_paradigm(std::string_view language,
                  std::string_view a,
                  std::string_view b,
                  bool proper_name) noexcept {
  if (language == "ru") {
    return (listed(kRussianNominal, a) && listed(kRussianNominal, b)) ||
           (!proper_name && listed(kRussianVerbal, a) && listed(kRussianVerbal, b));
  }
  if (proper_name) {
    return listed(kEnglishName, a) && listed(kEnglishName, b);
  }
  return (listed(kEnglishNominal, a) && listed(kEnglishNominal, b)) ||
         (listed(kEnglishVerbal, a) && listed(kEnglishVerbal, b));
}

}  // namespace

bool knows_endings(std::string_view language) noexcept {
  return language == "ru" || language == "en";
}

bool same_word(std::string_view language,
               std::string_view term,
               std::string_view token,
               bool proper_name) noexcept {
  if (term == token) {
    return true;
  }
  if (!knows_endings(language)) {
    return true;
  }
  size_t shared = 0;  // bytes
  while (shared < term.size() && shared < token.size() && term[shared] == token[shared]) {
    ++shared;
  }
  // Try every split of the shared prefix at a letter boundary, longest stem first, while both
  // endings stay short enough to be endings.
  for (size_t cut = shared + 1; cut-- > 0;) {
    if (cut < term.size() && !text::starts_code_point(term[cut])) {
      continue;
    }
    if (cut < token.size() && !text::starts_code_point(token[cut])) {
      continue;
    }
    const std::string_view stem = term.substr(0, cut);
    const std::string_view term_ending = term.substr(cut);
    const std::string_view token_ending = token.substr(cut);
    if (text::code_points(stem) < kMinStem || text::code_points(term_ending) > kMaxEnding ||
        text::code_points(token_ending) > kMaxEnding) {
      return false;
    }
    if (one_paradigm(language, term_ending, token_ending, proper_name)) {
      return true;
    }
  }
  return false;
}

namespace {

// Endings (of the whole word) only a nominative has, and those only an oblique case has, of
// Russian nouns and adjectives. Checked in this order: "-ого" ends in "о", "-ее" in "е".
constexpr std::array kRussianObliqueFirst = {"ого", "его"};
constexpr std::array kRussianNominativeOnly = {"ый", "ая", "яя", "ое", "ие", "ые", "о"};
constexpr std::array kRussianObliqueOnly = {
    "у",  "ю",  "ом",  "ем",  "ём", "ой", "ей", "ам", "ям", "ами", "ями", "ах", "ях",
    "ов", "ев", "ому", "ему", "ым", "им", "ых", "их", "ою", "ею",  "ыми", "ими"};

template <size_t N>
bool ends_with_any(std::string_view word, const std::array<const char*, N>& endings) noexcept {
  return std::any_of(endings.begin(), endings.end(),
                     [word](const char* ending) { return word.ends_with(ending); });
}

}  // namespace

uint32_t citation_rank(std::string_view language, std::string_view folded) noexcept {
  // A word of two letters or less is no stem and ending.
  if (language != "ru" || text::code_points(folded) <= 2) {
    return 0;
  }
  if (ends_with_any(folded, kRussianObliqueFirst)) {
    return 3;
  }
  if (ends_with_any(folded, kRussianNominativeOnly)) {
    return 0;
  }
  if (ends_with_any(folded, kRussianObliqueOnly)) {
    return 3;
  }
  return folded.ends_with("е") ? 2 : 1;
}

}  // namespace parallax::terms
