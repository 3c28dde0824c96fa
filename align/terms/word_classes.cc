#include "terms/word_classes.h"

#include <array>
#include <string_view>

#include "text/utf8.h"

namespace parallax::terms {

namespace {

bool ends_with(std::string_view word, std::string_view suffix) noexcept {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

template <size_t N>
bool ends_with_any(std::string_view word,
                   const std::array<std::string_view, N>& suffixes) noexcept {
  for (const std::string_view suffix : suffixes) {
    if (ends_with(word, suffix)) {
      return true;
    }
  }
  return false;
}

template <size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& words) noexcept {
  for (const std::string_view listed : words) {
    if (word == listed) {
      return true;
    }
  }
  return false;
}

constexpr std::array<std::string_view, 10> kRussianVowels = {"а", "я", "е", "ё", "и",
                                                             "ы", "о", "у", "ю", "э"};

// Present and future third person, reflexive, second person, imperative: endings no Russian
// noun or adjective has (the few nouns in "-ут" are misread: "институт").
constexpr std::array<std::string_view, 22> kRussianFiniteEndings = {
    "тся", "ться", "ут",    "ют",    "ят",  "ает", "яет", "ует", "еет", "ешь", "ёшь",
    "ишь", "йте",  "ешься", "ишься", "ась", "ось", "ись", "юсь", "усь", "ясь", "тесь"};

// Past tense: a vowel (or "ш", "ог": "пошли", "могла") before "л" and these endings.
constexpr std::array<std::string_view, 8> kRussianPastEndings = {"л",   "ла",   "ло",   "ли",
                                                                 "лся", "лась", "лось", "лись"};

// Nouns whose stem ends in a vowel and "л", so that some of their forms end like a past tense
// ("дело", "ангел", "цели", "правила", "силы" is safe but "сила" is not). The bases of the
// legal and biblical texts we read, and the common ones; a noun missing here is taken for a
// verb and not proposed.
constexpr std::array<std::string_view, 62> kRussianNounsInL = {
    "дел",      "тел",     "сел",       "чел",    "крыл",  "стол",     "посол",   "угол",
    "ангел",    "престол", "апостол",   "идол",   "вол",   "невол",    "пол",     "протокол",
    "трибунал", "капитал", "персонал",  "сигнал", "канал", "материал", "генерал", "адмирал",
    "журнал",   "арсенал", "потенциал", "символ", "пепел", "котел",    "орел",    "осел",
    "козел",    "зал",     "вал",       "бал",    "кол",   "мул",      "стул",    "тыл",
    "пыл",      "ил",      "цел",       "недел",  "печал", "рол",      "дол",     "бол",
    "сол",      "мол",     "модел",     "постел", "сил",   "могил",    "правил",  "начал",
    "школ",     "скал",    "стрел",     "пчел",   "мерил", "медал"};

// The endings a noun of kRussianNounsInL takes after its base ("дела", "целей", "правилами").
constexpr std::array<std::string_view, 22> kRussianNounEndings = {
    "",   "а", "о", "и", "ы",   "е",   "у",  "ом", "ам", "ах", "ей",
    "ью", "ь", "я", "ю", "ами", "ями", "ям", "ях", "ов", "ой", "ем"};

// Past active participles and gerunds: "-вш-"/"-дш-" and an adjective ending, or the
// gerund's "-вши(сь)" ("увидевшие", "пришедший", "оставивши").
constexpr std::array<std::string_view, 2> kRussianParticipleSuffixes = {"вш", "дш"};
constexpr std::array<std::string_view, 24> kRussianParticipleEndings = {
    "и",    "ись",   "ий",   "ая",    "ее",   "ие",   "его",  "ей",
    "ему",  "им",    "их",   "ую",    "ими",  "ийся", "аяся", "ееся",
    "иеся", "егося", "ейся", "емуся", "имся", "ихся", "уюся", "имися"};

bool russian_noun_in_l(std::string_view word) noexcept {
  for (const std::string_view base : kRussianNounsInL) {
    if (word.starts_with(base) && one_of(word.substr(base.size()), kRussianNounEndings)) {
      return true;
    }
  }
  return false;
}

bool russian_past(std::string_view word) noexcept {
  for (const std::string_view ending : kRussianPastEndings) {
    if (!ends_with(word, ending)) {
      continue;
    }
    const std::string_view rest = word.substr(0, word.size() - ending.size());
    if (text::code_points(rest) < 2) {
      continue;
    }
    const bool after_vowel = ends_with_any(rest, kRussianVowels);
    const bool after_consonant =
        ending != "л" && (ends_with(rest, "ш") || ends_with(rest, "ог"));  // пошли, могла
    if ((after_vowel || after_consonant) && !russian_noun_in_l(word)) {
      return true;
    }
  }
  return false;
}

bool russian_participle(std::string_view word) noexcept {
  for (const std::string_view suffix : kRussianParticipleSuffixes) {
    const size_t at = word.rfind(suffix);
    if (at != std::string_view::npos && at > 0 &&
        one_of(word.substr(at + suffix.size()), kRussianParticipleEndings)) {
      return true;
    }
  }
  return false;
}

bool russian_verb_form(std::string_view word) noexcept {
  if (ends_with(word, "ть")) {
    // Not the nouns "часть", "ответственность"; but the verbs "съесть", "сесть".
    return !ends_with(word, "сть") || ends_with(word, "ъесть") || ends_with(word, "сесть");
  }
  return ends_with_any(word, kRussianFiniteEndings) || russian_past(word) ||
         russian_participle(word);
}

// A derivational suffix and the case endings it takes, for abstract nouns.
struct Derivation {
  std::string_view suffix;
  bool after_vowel;  // the suffix follows a vowel ("решение", "развитие"; not "последний")
  std::array<std::string_view, 10> endings;
  size_t ending_count;
};

constexpr std::array<Derivation, 6> kRussianAbstract = {{
    {"ци", false, {"я", "и", "ю", "ей", "й", "ям", "ями", "ях"}, 8},
    {"ни", true, {"е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях"}, 9},
    {"ти", true, {"е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях"}, 9},
    {"ств", false, {"о", "а", "у", "ом", "е", "", "ам", "ами", "ах"}, 9},
    {"ост", false, {"ь", "и", "ью", "ей", "ям", "ями", "ях"}, 7},
    {"изм", false, {"", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"}, 10},
}};

constexpr std::array<std::string_view, 16> kEnglishAbstract = {
    "tion", "tions", "sion", "sions", "ment", "ments", "ity",  "ities",
    "ance", "ances", "ence", "ences", "ism",  "isms",  "ship", "ships"};

bool russian_abstract(std::string_view word) noexcept {
  for (const Derivation& derivation : kRussianAbstract) {
    for (size_t k = 0; k < derivation.ending_count; ++k) {
      const std::string_view ending = derivation.endings[k];
      if (!ends_with(word, ending)) {
        continue;
      }
      const std::string_view stem = word.substr(0, word.size() - ending.size());
      if (!ends_with(stem, derivation.suffix)) {
        continue;
      }
      const std::string_view before = stem.substr(0, stem.size() - derivation.suffix.size());
      if (text::code_points(before) >= 2 &&
          (!derivation.after_vowel || ends_with_any(before, kRussianVowels))) {
        return true;
      }
    }
  }
  return false;
}

// Function words that make a clause, not a phrase (may_join).
constexpr std::array<std::string_view, 41> kEnglishClauseWords = {
    "is",     "are",   "was",   "were", "be",    "been", "being", "am",     "have", "has",   "had",
    "having", "do",    "does",  "did",  "shall", "will", "would", "should", "may",  "might", "must",
    "can",    "could", "it",    "he",   "she",   "they", "we",    "i",      "you",  "this",  "that",
    "these",  "those", "which", "who",  "whom",  "what", "him",   "them"};
constexpr std::array<std::string_view, 36> kRussianClauseWords = {
    "был", "была", "было",    "были",    "будет",   "будут",   "есть", "быть", "он",
    "она", "оно",  "они",     "мы",      "вы",      "ты",      "я",    "его",  "ее",
    "её",  "их",   "ему",     "ей",      "им",      "это",     "этот", "эта",  "эти",
    "тот", "те",   "который", "которая", "которое", "которые", "что",  "кто",  "мне"};

// Adjective endings no noun has ("-ий", "-ие", "-ой", "-ей" are left out: "решений",
// "соглашение", "Ассамблеей").
constexpr std::array<std::string_view, 15> kRussianAdjectiveEndings = {
    "ый", "ые", "ая", "яя", "ое", "ого", "его", "ому", "ему", "ых", "их", "ыми", "ими", "ую", "юю"};
constexpr std::array<std::string_view, 3> kRussianConjunctions = {"и", "или", "либо"};
constexpr std::array<std::string_view, 3> kEnglishJoiners = {"of", "and", "or"};

}  // namespace

bool predicate_before(std::string_view language,
                      std::string_view word,
                      std::string_view function_word) noexcept {
  if (language == "en") {
    // A gerund or participle governing a preposition: "taking into account"; not "meeting of".
    return text::code_points(word) >= 5 && ends_with(word, "ing") &&
           !one_of(function_word, kEnglishJoiners);
  }
  if (language != "ru" || one_of(function_word, kRussianConjunctions)) {
    return false;
  }
  if (ends_with(word, "ся")) {  // "относящихся", "являющийся"
    word.remove_suffix(std::string_view("ся").size());
  }
  return text::code_points(word) >= 4 && ends_with_any(word, kRussianAdjectiveEndings);
}

bool may_join(std::string_view language, std::string_view folded) noexcept {
  if (language == "en") {
    return !one_of(folded, kEnglishClauseWords);
  }
  if (language == "ru") {
    return !one_of(folded, kRussianClauseWords);
  }
  return true;
}

bool knows_word_classes(std::string_view language) noexcept {
  return language == "ru" || language == "en";
}

namespace {

// Endings of Russian full adjectives and participles, in every case, gender and number, with
// those nouns share ("-ий", "-ой", "-ом", "-ей": kRussianAdjectiveEndings leaves them out).
constexpr std::array<std::string_view, 26> kRussianModifierEndings = {
    "ый", "ий", "ой", "ая", "яя", "ое", "ее",  "ые",  "ие", "ого", "его", "ому", "ему",
    "ым", "им", "ом", "ем", "ых", "их", "ыми", "ими", "ую", "юю",  "ою",  "ею",  "ей"};

// Genitive endings, singular and plural, of nouns and adjectives; a zero ending (a last
// consonant or "ь": "установок", "земель") is a genitive plural too.
constexpr std::array<std::string_view, 15> kRussianGenitiveEndings = {
    "а", "я", "ы", "и", "ов", "ев", "ёв", "ей", "ий", "ого", "его", "ой", "ых", "их", "ь"};

// Whether the last letter of folded is Cyrillic (two bytes, the first 0xD0 or 0xD1).
bool ends_cyrillic(std::string_view folded) noexcept {
  const auto lead = static_cast<unsigned char>(folded.size() >= 2 ? folded[folded.size() - 2] : 0);
  return lead == 0xD0 || lead == 0xD1;
}

}  // namespace

bool genitive_form(std::string_view language, std::string_view folded) noexcept {
  if (language != "ru" || !ends_cyrillic(folded)) {
    return true;
  }
  return ends_with_any(folded, kRussianGenitiveEndings) || !ends_with_any(folded, kRussianVowels);
}

bool modifier_form(std::string_view language, std::string_view folded) noexcept {
  if (language != "ru" || folded.empty()) {
    return true;
  }
  return !ends_cyrillic(folded) || ends_with_any(folded, kRussianModifierEndings);
}

bool verb_form(std::string_view language, std::string_view folded) noexcept {
  return language == "ru" && russian_verb_form(folded);
}

bool abstract_noun(std::string_view language, std::string_view folded) noexcept {
  if (language == "ru") {
    return russian_abstract(folded);
  }
  if (language == "en") {
    return ends_with_any(folded, kEnglishAbstract);
  }
  return false;
}

bool clause_break(std::string_view language,
                  std::string_view first,
                  std::string_view second) noexcept {
  if (language == "en") {
    return text::code_points(second) >= 4 && ends_with(second, "ed");
  }
  if (language != "ru" || text::code_points(second) < 3) {
    return false;
  }
  const bool oblique = ends_with(second, "у") || ends_with(second, "ю");
  const bool agrees = ends_with(first, "у") || ends_with(first, "ю") || ends_with(first, "м");
  return oblique && !agrees;
}

}  // namespace parallax::terms
