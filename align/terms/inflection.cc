#include "terms/inflection.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/space_separated.h"
#include "text/utf8.h"

namespace parallax::terms {

namespace {

// Endings that close a word of one paradigm class, longest 4 letters. Nominal: nouns,
// adjectives, possessive adjectives ("Божьего", "Давидова"); verbal: finite forms, infinitive,
// past, reflexive. Derivational suffixes ("-ующ-", "-ость", "-ment", "-ly") are not endings: a form
// that needs one is another word.
constexpr std::array kRussianNominal = {
    "",    "а",  "я",  "о",    "е",    "ё",    "ы",   "и",    "у",   "ю",    "ь",   "й",   "ом",
    "ем",  "ём", "ой", "ей",   "ою",   "ею",   "ам",  "ям",   "ами", "ями",  "ах",  "ях",  "ов",
    "ев",  "ёв", "ий", "ия",   "ие",   "ии",   "ию",  "ией",  "иям", "иями", "иях", "ием", "ью",
    "ьи",  "ья", "ье", "ьё",   "ьям",  "ьями", "ьях", "ьев",  "ьей", "ьём",  "ьем", "ый",  "ая",
    "яя",  "ое", "ее", "ые",   "ого",  "его",  "ому", "ему",  "ым",  "им",   "ых",  "их",  "ыми",
    "ими", "ую", "юю", "ьего", "ьему", "ьим",  "ьих", "ьими", "ьею"};
// Endings of the possessive adjectives of a noun ("Давидова", "фараоновых", "Господень",
// "Господня"): the same referent, rendered "David's", "Pharaoh's", "of the LORD". They follow
// the noun's whole stem, so the noun's own ending there is one of its nominative
// (kRussianNounNominative: "Давид", "Господь", "Илия"; "слой" is "слой" + nothing, not "сл" +
// "ой", and "словом" no possessive of it).
constexpr std::array kRussianPossessive = {
    "ов",  "ова", "ово",  "ову",  "овы",  "овой", "овым", "овом", "овых", "овою", "ев",
    "ева", "ево", "еву",  "евы",  "евой", "евым", "евом", "евых", "ин",   "ина",  "ино",
    "ину", "ины", "иной", "иным", "ином", "иных", "ень",  "ня",   "не",   "ню",   "ни",
    "нем", "ней", "них",  "ним",  "ними", "нею",  "него", "нему"};
constexpr std::array kRussianNounNominative = {"", "а", "я", "о", "е", "ь", "й"};
// The possessive endings a relational adjective has too ("цветовой", "файловых", "сетевым":
// of цвет, файл, сеть, other words), taken as possessives only where the noun makes them
// (same_word's possessives).
constexpr std::array kRussianRelationalAdjective = {"овой", "овым", "овом", "овых",
                                                    "евой", "евым", "евом", "евых"};
// The short forms only a possessive adjective has ("фараонова", "Давидову"; "цветовой" has none).
constexpr std::array kRussianShortPossessive = {"ова", "ово", "ову", "овы", "ева", "ево",
                                                "еву", "евы", "ина", "ино", "ину", "ины"};
constexpr std::array kRussianVerbal = {
    "",     "ть",   "ти",   "ет",   "ёт",   "ит",   "ут",   "ют",  "ат",  "ят",   "ешь",
    "ёшь",  "ишь",  "ем",   "ём",   "им",   "ете",  "ёте",  "ите", "л",   "ла",   "ло",
    "ли",   "й",    "йте",  "и",    "ся",   "сь",   "ться", "тся", "лся", "лась", "лось",
    "лись", "ется", "ются", "ится", "ятся", "утся", "атся", "есь", "юсь", "усь"};
constexpr std::array kEnglishNominal = {"", "s", "es", "'s", "\u2019s", "'", "\u2019", "y", "ies"};
// With the second and third person singular of Early Modern English ("passest", "passeth";
// "criest", "crieth"), which the King James Version writes.
constexpr std::array kEnglishVerbal = {"",    "s",   "es",  "ed",  "d",    "ing", "y",
                                       "ies", "ied", "eth", "est", "ieth", "iest"};
// The endings before which an English verb drops its final silent "e" ("lodge" / "lodging",
// "make" / "maketh"): those that begin with a vowel.
constexpr std::array kEnglishAfterSilentE = {"ing", "ed", "eth", "est"};
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
                  bool proper_name,
                  bool possessives) noexcept {
  if (language == "ru") {
    // A stem takes "ы" (hard: "удалены", "новые") or "и" (soft or after г, к, х, ж, ш, ч, щ:
    // "удаление", "книги"), never both: "удалены" is no form of "удаление".
    if ((a.starts_with("ы") && b.starts_with("и")) || (a.starts_with("и") && b.starts_with("ы"))) {
      return false;
    }
    const auto possessive_of = [possessives](std::string_view possessive, std::string_view other) {
      return listed(kRussianPossessive, possessive) &&
             (listed(kRussianNounNominative, other) || listed(kRussianPossessive, other)) &&
             (possessives || !listed(kRussianRelationalAdjective, possessive));
    };
    return (listed(kRussianNominal, a) && listed(kRussianNominal, b)) || possessive_of(a, b) ||
           possessive_of(b, a) ||
           (!proper_name && listed(kRussianVerbal, a) && listed(kRussianVerbal, b));
  }
  if (proper_name) {
    return listed(kEnglishName, a) && listed(kEnglishName, b);
  }
  const auto silent_e = [](std::string_view e, std::string_view ending) {
    return e == "e" && listed(kEnglishAfterSilentE, ending);
  };
  return (listed(kEnglishNominal, a) && listed(kEnglishNominal, b)) ||
         (listed(kEnglishVerbal, a) && listed(kEnglishVerbal, b)) || silent_e(a, b) ||
         silent_e(b, a);
}

// Russian consonant letters (a fleeting vowel stands before one).
constexpr std::array kRussianConsonants = {"б", "в", "г", "д", "ж", "з", "к", "л", "м", "н",
                                           "п", "р", "с", "т", "ф", "х", "ц", "ч", "ш", "щ"};

// Whether full = X + V + C (or X + V + C + "ь") with V a fleeting "о", "е" or "ё" and C a
// consonant, and reduced = X + C + a nominal ending that is not empty: the vowel a Russian noun
// loses in its other forms ("список" / "списка", "списки"; "отец" / "отца"; "день" / "дня")
// or gains in its genitive plural ("ссылка" / "ссылок", taken the other way round).
bool fleeting_vowel(std::string_view full, std::string_view reduced) noexcept {
  if (full.ends_with("ь")) {
    full.remove_suffix(std::string_view("ь").size());
  }
  const std::string_view letter = "о";  // every Cyrillic letter is two bytes in UTF-8
  if (full.size() < 3 * letter.size()) {
    return false;
  }
  const std::string_view consonant = full.substr(full.size() - letter.size());
  const std::string_view vowel = full.substr(full.size() - 2 * letter.size(), letter.size());
  const std::string_view before = full.substr(0, full.size() - 2 * letter.size());
  if (!listed(kRussianConsonants, consonant) || (vowel != "о" && vowel != "е" && vowel != "ё") ||
      !reduced.starts_with(before) || reduced.substr(before.size()).substr(0, 2) != consonant) {
    return false;
  }
  const std::string_view ending = reduced.substr(before.size() + consonant.size());
  return !ending.empty() && text::code_points(ending) <= kMaxEnding &&
         listed(kRussianNominal, ending);
}

// The forms of English irregular verbs, base first: their past and participle share no
// ending with the base ("bring" / "brought"). Forms that are also common nouns or adjectives
// of another meaning are left out ("found", "left", "saw", "ground", "felt", "rose", "wound",
// "lay", "bore", "bare", "fell", "spoke", "bit", "shot", "lead"). The archaic forms of the King
// James Version's English are listed with their verbs ("spake", "begat", "sware", "hath",
// "doth", "saith").
constexpr auto kEnglishIrregularVerbs =
    std::to_array<std::string_view>({"arise arose arisen",
                                     "awake awoke awoken",
                                     "be was were been wast",
                                     "bear borne born",
                                     "beat beaten",
                                     "become became",
                                     "beget begat begot begotten",
                                     "begin began begun",
                                     "bend bent",
                                     "bid bade bidden",
                                     "bind bound",
                                     "bleed bled",
                                     "blow blew blown",
                                     "break broke broken brake",
                                     "breed bred",
                                     "bring brought",
                                     "build built",
                                     "buy bought",
                                     "catch caught",
                                     "choose chose chosen",
                                     "cleave clave cleft cloven",
                                     "come came",
                                     "creep crept",
                                     "deal dealt",
                                     "dig dug",
                                     "do did done doth dost didst",
                                     "draw drew drawn",
                                     "drink drank drunk",
                                     "drive drove driven drave",
                                     "dwell dwelt",
                                     "eat ate eaten",
                                     "feed fed",
                                     "fight fought",
                                     "fling flung",
                                     "flee fled",
                                     "fly flew flown",
                                     "forbid forbade forbidden",
                                     "forget forgot forgotten",
                                     "forgive forgave forgiven",
                                     "forsake forsook forsaken",
                                     "freeze froze frozen",
                                     "get got gotten gat",
                                     "give gave given",
                                     "go went gone",
                                     "grow grew grown",
                                     "hang hung",
                                     "have has had hath hast hadst",
                                     "hear heard",
                                     "hide hid hidden",
                                     "hold held",
                                     "keep kept",
                                     "kneel knelt",
                                     "know knew known",
                                     "lend lent",
                                     "lie lain",
                                     "lose lost",
                                     "make made",
                                     "mean meant",
                                     "meet met",
                                     "pay paid",
                                     "ride rode ridden",
                                     "ring rang rung",
                                     "rise risen",
                                     "run ran",
                                     "say said saith",
                                     "see seen",
                                     "seek sought",
                                     "sell sold",
                                     "send sent",
                                     "shake shook shaken",
                                     "shine shone",
                                     "shrink shrank shrunk",
                                     "sing sang sung",
                                     "sink sank sunk",
                                     "sit sat",
                                     "slay slew slain",
                                     "sleep slept",
                                     "speak spake spoken",
                                     "spend spent",
                                     "stand stood",
                                     "steal stole stolen",
                                     "stick stuck",
                                     "strike struck stricken",
                                     "strive strove striven",
                                     "swear swore sworn sware",
                                     "sweep swept",
                                     "swim swam swum",
                                     "take took taken",
                                     "teach taught",
                                     "tear tore torn",
                                     "tell told",
                                     "think thought",
                                     "throw threw thrown",
                                     "understand understood",
                                     "weave wove woven",
                                     "weep wept",
                                     "win won",
                                     "write wrote written",
                                     "withhold withheld"});

// English nouns whose plural is no ending: singular first. Compounds of "man" and "woman"
// follow them ("horseman" / "horsemen", same_word).
constexpr auto kEnglishIrregularNouns = std::to_array<std::string_view>(
    {"child children", "man men", "woman women", "foot feet", "tooth teeth", "goose geese",
     "mouse mice", "ox oxen", "louse lice", "brother brethren"});
constexpr std::array<std::span<const std::string_view>, 2> kEnglishIrregular = {
    kEnglishIrregularVerbs, kEnglishIrregularNouns};

// The base (infinitive, singular) of an English irregular verb form or noun plural
// ("brought" -> "bring", "bring" -> "bring", "children" -> "child"), or empty when folded is
// none. O(tables).
std::string_view irregular_base(std::string_view folded) noexcept {
  for (const std::span<const std::string_view> table : kEnglishIrregular) {
    for (const std::string_view forms : table) {
      const std::string_view base = forms.substr(0, forms.find(' '));
      for (const std::string_view form : text::SpaceSeparated(forms)) {
        if (form == folded) {
          return base;
        }
      }
    }
  }
  return {};
}

// Whether folded is a form of an English irregular verb other than its base ("spake",
// "saith", "brought", "begat"; not "speak"). O(table).
bool irregular_verb_form(std::string_view folded) noexcept {
  for (const std::string_view forms : kEnglishIrregularVerbs) {
    const size_t space = forms.find(' ');
    for (const std::string_view form : text::SpaceSeparated(forms.substr(space + 1))) {
      if (form == folded) {
        return true;
      }
    }
  }
  return false;
}

// The forms of English verbs that same_word leaves out because a common noun or adjective
// shares them ("spoke", "rose"), base first; among a term's renderings (grouping_base) they are
// the verb's. Not the forms of a regular verb of their own ("found"/"founded",
// "ground"/"grounded", "wound", "lay", "saw", "bore", "fell", "lead").
constexpr auto kEnglishNounLikeVerbForms = std::to_array<std::string_view>(
    {"speak spoke", "rise rose", "leave left", "feel felt", "shoot shot", "bite bit"});

// The base a rendering's English word is grouped under: irregular_base, or the verb of a
// form of kEnglishNounLikeVerbForms; the possessive left out ("children’s" -> "child"). Empty
// when folded is no irregular form. O(tables).
std::string_view grouping_base(std::string_view folded) noexcept {
  for (const std::string_view possessive : {"'s", "\u2019s", "'", "\u2019"}) {
    if (folded.size() > possessive.size() && folded.ends_with(possessive)) {
      folded.remove_suffix(possessive.size());
      break;
    }
  }
  const std::string_view base = irregular_base(folded);
  if (!base.empty()) {
    return base;
  }
  for (const std::string_view forms : kEnglishNounLikeVerbForms) {
    const size_t space = forms.find(' ');
    if (forms.substr(space + 1) == folded) {
      return forms.substr(0, space);
    }
  }
  return {};
}

// Whether a and b are the singular and plural of one compound of "man" ("horseman" /
// "horsemen", "chairwoman" / "chairwomen").
bool man_compound(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && a.size() > 3 && a.ends_with("man") && b.ends_with("men") &&
         a.substr(0, a.size() - 3) == b.substr(0, b.size() - 3);
}

bool same_by_endings(std::string_view language,
                     std::string_view term,
                     std::string_view token,
                     bool proper_name,
                     bool possessives) noexcept;

// English: whether term and token are forms of one irregular verb or noun, or one is an
// irregular form and the other a regular form of its base ("brought" / "brings").
bool same_irregular_word(std::string_view term, std::string_view token) noexcept {
  if (man_compound(term, token) || man_compound(token, term)) {
    return true;
  }
  const std::string_view term_base = irregular_base(term);
  const std::string_view token_base = irregular_base(token);
  if (term_base.empty() && token_base.empty()) {
    return false;
  }
  if (term_base == token_base) {
    return true;
  }
  return same_by_endings("en", term_base.empty() ? term : term_base,
                         token_base.empty() ? token : token_base, false, false);
}

// Whether the English folded word is a word in "-ing" derived from a verb ("offering",
// "setting", "blessing"; not "bring", "king", "thing": no vowel before the "-ing"). A term given
// in that form names the noun (or the gerund), not the verb: the citation form of a verb is its
// base. Its forms are its plural and possessives ("offerings"); the verb's ("offer", "offered")
// are another word, which its Snowball stem ("offer") would match. O(length).
bool ing_word(std::string_view folded) noexcept {
  if (!folded.ends_with("ing")) {
    return false;
  }
  const std::string_view before = folded.substr(0, folded.size() - 3);
  return before.find_first_of("aeiouy") != std::string_view::npos;
}

// Whether token is the "-ing" word term with a plural or possessive ending. O(length).
bool ing_word_form(std::string_view term, std::string_view token) noexcept {
  if (!token.starts_with(term)) {
    return false;
  }
  const std::string_view ending = token.substr(term.size());
  return ending == "s" || listed(kEnglishName, ending);
}

}  // namespace

bool knows_endings(std::string_view language) noexcept {
  return language == "ru" || language == "en";
}

bool same_word(std::string_view language,
               std::string_view term,
               std::string_view token,
               bool proper_name,
               bool possessives) noexcept {
  if (term == token) {
    return true;
  }
  if (!knows_endings(language)) {
    return true;
  }
  if (language == "en" && ing_word(term)) {
    return ing_word_form(term, token);
  }
  if (language == "en" && irregular_verb_form(term)) {
    return false;  // a term given in that form names it ("saith" is no "saying")
  }
  if (same_by_endings(language, term, token, proper_name, possessives)) {
    return true;
  }
  if (language == "ru") {
    return fleeting_vowel(term, token) || fleeting_vowel(token, term);
  }
  return !proper_name && same_irregular_word(term, token);
}

std::vector<std::string> forms_apart(std::string_view language, std::string_view folded) {
  std::vector<std::string> out;
  if (language == "en") {
    const std::string_view base = irregular_base(folded);
    for (const std::span<const std::string_view> table : kEnglishIrregular) {
      for (const std::string_view forms : table) {
        if (base.empty() || forms.substr(0, forms.find(' ')) != base) {
          continue;
        }
        for (const std::string_view form : text::SpaceSeparated(forms)) {
          if (form != folded) {
            out.emplace_back(form);
          }
        }
      }
    }
    if (folded.size() > 3 && (folded.ends_with("man") || folded.ends_with("men"))) {
      std::string other(folded.substr(0, folded.size() - 2));
      other += folded.ends_with("man") ? "en" : "an";
      out.push_back(std::move(other));
    }
    return out;
  }
  if (language != "ru") {
    return out;
  }
  const size_t letter = std::string_view("о").size();  // every Cyrillic letter
  // Without the vowel: "список" -> "списк", "день" -> "дн".
  std::string_view full = folded;
  if (full.ends_with("ь")) {
    full.remove_suffix(letter);
  }
  if (full.size() >= 3 * letter) {
    std::string reduced(full.substr(0, full.size() - 2 * letter));
    reduced += full.substr(full.size() - letter);
    if (fleeting_vowel(folded, reduced + "а")) {
      out.push_back(std::move(reduced));
    }
  }
  // With it, for a stem ending in a consonant before an ending: "ссылка" -> "ссылок".
  for (size_t cut = folded.size(); cut >= 2 * letter; cut -= letter) {
    const std::string_view ending = folded.substr(cut);
    const std::string_view consonant = folded.substr(cut - letter, letter);
    if (ending.empty() || !listed(kRussianNominal, ending) ||
        !listed(kRussianConsonants, consonant)) {
      continue;
    }
    for (const std::string_view vowel : {"о", "е", "ё"}) {
      std::string form(folded.substr(0, cut - letter));
      form += vowel;
      form += consonant;
      if (fleeting_vowel(form, folded)) {
        out.push_back(std::move(form));
      }
    }
  }
  return out;
}

std::vector<std::string> short_possessives(std::string_view language, std::string_view folded) {
  std::vector<std::string> out;
  if (language != "ru") {
    return out;
  }
  std::vector<std::string_view> stems = {folded};
  for (const char* ending : kRussianNounNominative) {
    const std::string_view e(ending);
    if (!e.empty() && folded.ends_with(e) && text::code_points(folded) > kMinStem + 1) {
      stems.push_back(folded.substr(0, folded.size() - e.size()));
    }
  }
  for (const std::string_view stem : stems) {
    for (const char* ending : kRussianShortPossessive) {
      out.push_back(std::string(stem) + ending);
    }
  }
  return out;
}

std::string grouping_key(text::Tokenizer& tokenizer,
                         std::string_view folded,
                         std::string_view stem) {
  std::string key(stem);
  if (tokenizer.language() != "en") {
    return key;
  }
  const std::string_view base = grouping_base(folded);
  if (!base.empty() && base != folded) {
    return grouping_key(tokenizer, base, tokenizer.stem(base));
  }
  size_t common = 0;
  while (common < folded.size() && common < stem.size() && folded[common] == stem[common]) {
    ++common;
  }
  std::string_view rest = folded.substr(common);
  for (const std::string_view possessive : {"'s", "\u2019s", "'", "\u2019"}) {
    if (rest.ends_with(possessive)) {
      rest.remove_suffix(possessive.size());
      break;
    }
  }
  // One inflectional ending, longest first ("-ies" of "agencies", "-ing", "-es", "-s", the "-y"
  // Snowball turns into "-i").
  for (const std::string_view ending : {"ies", "ied", "ing", "es", "ed", "s", "d", "y"}) {
    if (rest.ends_with(ending)) {
      rest.remove_suffix(ending.size());
      break;
    }
  }
  if (rest.size() == 1 && common > 0 && rest[0] == folded[common - 1]) {
    rest = {};  // a doubled consonant: "running", "stopped"
  }
  if (rest.ends_with('e')) {
    rest.remove_suffix(1);  // "operate" and "operating" are both "oper+at"
  }
  if (!rest.empty()) {
    key += '+';
    key += rest;
  }
  return key;
}

namespace {

bool same_by_endings(std::string_view language,
                     std::string_view term,
                     std::string_view token,
                     bool proper_name,
                     bool possessives) noexcept {
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
    if (one_paradigm(language, term_ending, token_ending, proper_name, possessives)) {
      return true;
    }
  }
  return false;
}

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
