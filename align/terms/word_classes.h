// Rough word classes from endings, for proposing terms (term_proposer.h): what a translator
// puts in a glossary is noun phrases, names and titles, never a verb in any tense nor a
// clause, rarely an everyday word. Snowball stems give no part of speech and no dictionary
// with one is bundled, so these guesses read the endings of the lowercase folded form. They
// are tuned for precision of proposals, not for tagging: a misread noun only loses a
// proposal.
//
// Languages with rules: Russian and English. Others: every guess is false (a word is taken as
// a noun).
#pragma once

#include <string_view>

namespace parallax::terms {

// Whether language has the rules below (Russian, English).
bool knows_word_classes(std::string_view language) noexcept;

// Whether folded (a lowercase word of language) is a verb form, which ends a noun phrase.
// Russian: infinitive ("угрожать"; not the nouns in "-сть"), present and future ("могут",
// "уполномочивается"), past ("сказал", "увидела", "сделали", "пошли"; not the listed nouns
// in "-л" such as "дело", "ангел", "цели", "правила"), reflexive ("обратились", "боясь"),
// second person and imperative ("знаешь", "дайте"), past active participles and gerunds
// ("пришедший", "увидевшие", "оставивши"). English: none (its past participles are adjectives
// in terms: "armed forces", "United Nations"). O(length), no allocation.
bool verb_form(std::string_view language, std::string_view folded) noexcept;

// Whether folded may be an adjective or a participle by its ending, the modifier that may stand
// between a term's words ("Права новых Членов"). Russian: a full adjective ending ("-ый",
// "-ая", "-ых", "-ому", ...; also "-ой", "-ом", "-ей", which nouns share); not "параметров"
// (a noun: "панель параметров инструментов" is no "панель инструментов"). A word without a
// Cyrillic last letter (a name, a number) counts as one. Other languages: true. O(1).
bool modifier_form(std::string_view language, std::string_view folded) noexcept;

// Whether folded may be a Russian genitive by its ending, singular or plural, noun or adjective
// ("изображения", "изображений", "установок", "Объединенных"; not "изображение",
// "изображению"). Other languages: true. O(1).
bool genitive_form(std::string_view language, std::string_view folded) noexcept;

// Whether folded is a derived abstract noun, the kind of lowercase word a specialised text
// coins and a glossary holds ("inspections", "negotiation", "рекомендации", "государства",
// "ответственность"), unlike the everyday nouns ("человека", "братьям", "условий"). Russian:
// "-ция", "-ние"/"-тие", "-ство", "-ость", "-изм" in any case; English: "-tion", "-sion",
// "-ment", "-ity", "-ance", "-ence", "-ism", "-ship" and their plurals. O(length).
bool abstract_noun(std::string_view language, std::string_view folded) noexcept;

// Whether the function word folded may stand inside a term, between two of its content words:
// prepositions, conjunctions, articles may ("Совет по Опеке", "cessation of nuclear tests");
// auxiliaries, pronouns and relatives make a clause ("inspections were refused", "Господь ему
// сказал") and may not. O(number of listed words).
bool may_join(std::string_view language, std::string_view folded) noexcept;

// Whether a phrase ends between word and the function word after it (both folded), the word
// being a predicate that governs it. Russian: an adjective or participle followed by a
// preposition ("необходимые для поддержания …", "указанных в статье", "относящихся к …"), not
// a term, whose adjectives precede their noun; a conjunction continues ("присутствующих и
// участвующих"). English: a word in "-ing" followed by a preposition other than "of" ("taking
// into account"; not "meeting of experts"). Other languages: false. O(1).
bool predicate_before(std::string_view language,
                      std::string_view word,
                      std::string_view function_word) noexcept;

// Whether the adjacent words first, second (folded, in this order, nothing between them) are
// two phrases by their endings, a verb's subject and object or a subject and its verb. Russian:
// a second word in the dative or accusative ("-у", "-ю") after a first word that does not
// agree with it ("Давид Саулу", "Господь Моисею"), whereas a noun phrase continues with a
// genitive or an agreeing word ("Совету Безопасности", "Объединенным Нациям", "чашу
// фараонову"). English: a second word in "-ed" is a past tense after its subject
// ("representatives demanded"); before a noun it is an adjective ("armed forces"). Other
// languages: false. O(1).
bool clause_break(std::string_view language,
                  std::string_view first,
                  std::string_view second) noexcept;

}  // namespace parallax::terms
