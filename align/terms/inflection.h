// Whether two forms are inflections of one word: the morphology a term's word is matched
// with, beyond Snowball stems. A stemmer maps words to stems with suffix rules that cross
// word boundaries ("соответствии" and "соответствующих" both -> "соответств"; "organization"
// and "organs" -> "organ") and leaves some inflections apart ("Даниил" -> "дан", "Даниилу" ->
// "даниил"). Two forms are one word when they split into a shared stem and two endings of one
// paradigm of the language: "Совета"/"Советом" (совет + а, ом), "государствами"/"государствах"
// (государств + ами, ах); not "Статья"/"Статута" (стат + ья, ута: "ута" is no ending).
// English endings include the archaic "-est" and "-eth" of the King James Version ("passeth"), and
// a verb's silent "e" drops before a vowel ("lodge"/"lodging", "make"/"maketh").
// A Russian stem takes the endings in "ы" or those in "и", never both ("удаление" and
// "удаления" are one word, the participle "удалены" another).
// Beyond endings: a Russian noun's fleeting vowel ("список"/"списка", "ссылка"/"ссылок") and
// the forms of an English irregular verb ("bring"/"brought"/"brings") or noun ("child"/
// "children", "horseman"/"horsemen"). A term given in a form of an irregular verb other than
// its base names that form, as a glossary of the King James Version asks ("spake", "saith",
// "begat": not "speak", "say", "beget"), while "speak" has "spake" and "spoken".
//
// Languages with lists: English and Russian. Others: unknown, every pair is accepted (the
// stems decide, as before).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace parallax::terms {

// Whether language has ending lists (otherwise same_word accepts every pair).
bool knows_endings(std::string_view language) noexcept;

// Whether the folded forms term and token are inflections of one word in language (see the
// top of this file). A proper name (proper_name: a capitalized term word) in English takes
// only plural and possessive endings ("Elias", "Elias’s"; not "Eliakim"; no irregular
// form); in Russian it declines like a noun. possessives: whether a Russian term makes
// possessive adjectives, so that its forms in "-овой", "-овым", "-овом", "-овых" (and "-ев-")
// are those ("фараоновой" of фараон), not a relational adjective, another word ("цветовой" of
// цвет, "файловых" of файл): true for a name, and for a common noun whose short possessive
// forms the text holds (short_possessives). A possessive's other endings follow the noun's
// whole stem, whose own ending is one of its nominative ("Давид"/"Давидова"; not "слой"/
// "словом"). Equal forms are always one word. O(length), and the irregular verb and noun
// tables for English words that no ending joins; no allocation.
bool same_word(std::string_view language,
               std::string_view term,
               std::string_view token,
               bool proper_name,
               bool possessives) noexcept;

// The short forms of the possessive adjectives of the Russian noun folded, which no
// relational adjective has ("фараон" -> "фараонова", "фараонову", ...; "Илия" -> "Илиина",
// ...); not all are words. Empty for other languages. O(length).
std::vector<std::string> short_possessives(std::string_view language, std::string_view folded);

// The forms same_word takes for folded that do not start with its stem, for finding their
// stems: the form without a Russian fleeting vowel ("список" -> "списк", as in "списка") or
// with it ("ссылка" -> "ссылок", "ссылек", "ссылёк"; not all are words), the other forms of
// an English irregular verb or noun ("bring" -> "brought", "child" -> "children"). Empty for
// most words. O(length + the tables).
std::vector<std::string> forms_apart(std::string_view language, std::string_view folded);

// The key a word of a rendering is grouped by (variants.h): its stem, and for English the
// derivational suffix Snowball's stem swallowed, so that a derived word is another variant
// ("documentation" is "document+ation", not "document"; "improvements" "improv+ement", not
// "improve"), while inflections stay one ("documents", "improved", "running": their stem).
// An English irregular form is keyed by its base, stemmed by tokenizer ("children" as
// "child", "brought" as "bring", "spoken" as "speak"), and so are the forms same_word leaves
// out because a noun shares them ("spoke", "rose", "left", "felt", "shot", "bit"): among one
// term's renderings they are the verb. folded: the lowercase word; stem: its stem (possessive
// left out); the language is tokenizer's. Other languages: the stem. O(length + the tables).
std::string grouping_key(text::Tokenizer& tokenizer,
                         std::string_view folded,
                         std::string_view stem);

// How far the folded word is from a dictionary (citation) form by its ending, for showing a
// proposed term by its lemma: 0 an ending only the nominative singular (or an adjective's
// nominative plural) has ("Генеральная", "Международный", "соглашение", "дело",
// "вооруженные"; not "-ье": "статье"); 1 a nominative or another case ("Совет" and "прав", "Совета"
// and "Глава", "территории"); 2 "-е", mostly a dative or prepositional ("Ассамблее", "деле"); 3 an
// ending of an oblique case only ("Совету", "Советом", "Членов", "настоящего"). Russian
// only; other languages: always 0 (their terms show their most frequent form). O(1).
uint32_t citation_rank(std::string_view language, std::string_view folded) noexcept;

}  // namespace parallax::terms
