// Function words, which a proposed term may contain inside but neither start nor end with, and
// which word alignment keeps apart from content words.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "score/sentence_features.h"
#include "terms/token_stream.h"
#include "text/tokenizer.h"

namespace parallax::terms {

// The listed function words of language (ISO 639-1), lowercase as the tokenizer folds them;
// empty for a language without a list. English and Russian use the Snowball stop lists
// (snowballstem.org/algorithms/{english,russian}/stop.txt) plus the modal and archaic function
// words of legal and biblical text ("shall", "unto", "thee", "сей", "дабы"), and for Russian
// every form of the possessive pronouns and some prepositions ("Твоя", "среди").
std::unordered_set<std::string> function_words(const std::string& language);

// Per position of stream: whether the token is a function word. A listed surface form is one;
// so is an uncapitalized word whose stem is the stem of a listed word (inflected forms:
// "любого", "других"; for Russian, of a listed pronoun or determiner only, since the stems of
// its listed adverbs and prepositions are those of content words: "хороших", "среды"), using
// tokenizer (the stream's). Capitalized words need their surface
// form listed, since stems collapse some names with function words ("Илия" and "или" both stem
// to "ил"). Without a list for the language: one-letter words, and words of at most three
// letters when guess_short_words (a rough guess, good enough for proposing terms but not for
// word alignment); not a capitalized letter (an initial). Numbers and marks are not function
// words. Linear in the stream size.
std::vector<bool> function_word_flags(const TokenStream& stream,
                                      const score::SideFeatures& features,
                                      text::Tokenizer& tokenizer,
                                      bool guess_short_words);

// Per position of stream: whether the token is a preposition of language (English only;
// false elsewhere). Linear in the stream size.
std::vector<bool> preposition_flags(const TokenStream& stream, const std::string& language);

// Per position of stream: whether the token is a function word that makes a clause, not a
// phrase (word_classes.h may_join: an auxiliary, a personal or relative pronoun: "are",
// "which", "они"). English and Russian; false elsewhere. Linear in the stream size.
std::vector<bool> clause_word_flags(const TokenStream& stream, const std::string& language);

// Per position of stream: whether the token is a function word that is part of a phrase's
// meaning, which a rendering keeps at its edge when the alignment gives it to the term: a degree
// word ("Most High" for "Highest") and the particle of a phrasal verb ("Back up" for "резервная
// копия"). English only; false elsewhere. Linear in the stream size.
std::vector<bool> edge_word_flags(const TokenStream& stream, const std::string& language);

}  // namespace parallax::terms
