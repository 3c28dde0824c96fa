#include "terms/stop_words.h"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "terms/word_classes.h"
#include "text/space_separated.h"
#include "text/utf8.h"

namespace parallax::terms {

namespace {

// Snowball english/stop.txt, then additions for legal and biblical English, and "forth", an
// adverbial particle as the list's "out" and "up" are ("bring forth" -> "yield", not "yield
// grass").
constexpr std::string_view kEnglish =
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself "
    "she her hers herself it its itself they them their theirs themselves what which who whom "
    "this that these those am is are was were be been being have has had having do does did "
    "doing would should could ought a an the and but if or because as until while of at by for "
    "with about against between into through during before after above below to from up down "
    "in out on off over under again further then once here there when where why how all any "
    "both each few more most other some such no nor not only own same so than too very "
    "shall may will can must might upon unto thee thou thy thine ye hath doth art also said "
    "one every either neither whether whose thereof therein hereby forth "
    // The contractions of Snowball's list (a pronoun or an auxiliary with its clitic): "where
    // you'll camp" renders "where ye shall lodge" by "camp" alone. function_words adds each
    // with the typographic apostrophe too.
    "i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd she'd "
    "we'd they'd i'll you'll he'll she'll we'll they'll isn't aren't wasn't weren't hasn't "
    "haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't cannot couldn't "
    "mustn't let's that's who's what's here's there's when's where's why's how's";

// Snowball russian/stop.txt, then relative pronouns and connectives of formal Russian,
// possessive pronouns and prepositions.
constexpr std::string_view kRussian =
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только "
    "ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни "
    "быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где "
    "есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж "
    "тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее "
    "сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше "
    "тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой "
    "перед иногда лучше чуть том нельзя такой им более всегда конечно всю между "
    "который которая которое которые также свой своих весь вся это та те то ибо оно сие сей "
    "сего сему всякий всякого каждый любой либо пусть дабы ли же "
    // Possessive pronouns in every form: the Synodal text capitalizes those of God ("славу
    // Мою", "Десница Твоя"), and capitalized words are function words only when listed.
    "мой моя моё мое мои моего моей моему моим моих мою моими моею твой твоя твоё твое твои "
    "твоего твоей твоему твоим твоих твою твоими твоею наш наша наше наши нашего нашей нашему "
    "нашим наших нашу нашими ваш ваша ваше ваши вашего вашей вашему вашим ваших вашу вашими "
    "своя своё свое свои своего своей своему своим своими своею "
    // Prepositions and quantifiers the Snowball list lacks.
    "среди пред предо против ради кроме вместо возле около вокруг внутри сквозь вне подле "
    "сколько столько коей коего коих кои";

// The Russian listed words whose inflected forms are function words too ("которых", "других",
// "каждого", "любым"): the pronouns and determiners. Only their stems mark other forms; the
// stems of the rest of the list are also the stems of content words ("хорошо" / "хороших",
// "больше" / "большим", "почти" / "почты", "среди" / "среды", "им" / "имя", "ради" / "рады").
constexpr std::string_view kRussianInflecting =
    "который этот тот весь все всех сам свой другой каждый любой всякий какой такой один сей "
    "кто что мой твой наш ваш он она оно они него нему ним них ней нее мне меня тебя себя себе "
    "нас вас нам вам";

// Prepositions a rendering may end with: a verb or relational noun rendered with its
// preposition ("became the father of", "in accordance with").
constexpr std::string_view kEnglishPrepositions =
    "of to for with from by in on at into upon unto about against over under through";

// Degree words and phrasal verbs' particles, kept at a rendering's edge (edge_word_flags).
constexpr std::string_view kEnglishEdgeWords = "most more up out down off away";

std::string_view list_for(const std::string& language) {
  if (language == "en") {
    return kEnglish;
  }
  if (language == "ru") {
    return kRussian;
  }
  return {};
}

}  // namespace

std::unordered_set<std::string> function_words(const std::string& language) {
  std::unordered_set<std::string> words;
  for (const std::string_view word : text::SpaceSeparated(list_for(language))) {
    words.emplace(word);
    if (const size_t apostrophe = word.find('\''); apostrophe != std::string_view::npos) {
      std::string typographic(word.substr(0, apostrophe));
      typographic += "\u2019";
      typographic += word.substr(apostrophe + 1);
      words.insert(std::move(typographic));
    }
  }
  return words;
}

std::vector<bool> preposition_flags(const TokenStream& stream, const std::string& language) {
  std::unordered_set<std::string_view> prepositions;
  if (language == "en") {
    for (const std::string_view word : text::SpaceSeparated(kEnglishPrepositions)) {
      prepositions.insert(word);
    }
  }
  std::vector<bool> flags(stream.size(), false);
  for (size_t p = 0; p < stream.size(); ++p) {
    flags[p] = stream.kinds[p] == text::TokenKind::Word &&
               prepositions.contains(stream.folded[stream.folded_ids[p]]);
  }
  return flags;
}

std::vector<bool> edge_word_flags(const TokenStream& stream, const std::string& language) {
  std::unordered_set<std::string_view> kept;
  if (language == "en") {
    for (const std::string_view word : text::SpaceSeparated(kEnglishEdgeWords)) {
      kept.insert(word);
    }
  }
  std::vector<bool> flags(stream.size(), false);
  for (size_t p = 0; p < stream.size(); ++p) {
    flags[p] = stream.kinds[p] == text::TokenKind::Word &&
               kept.contains(stream.folded[stream.folded_ids[p]]);
  }
  return flags;
}

std::vector<bool> clause_word_flags(const TokenStream& stream, const std::string& language) {
  std::vector<bool> flags(stream.size(), false);
  for (size_t p = 0; p < stream.size(); ++p) {
    flags[p] = stream.kinds[p] == text::TokenKind::Word &&
               !may_join(language, stream.folded[stream.folded_ids[p]]);
  }
  return flags;
}

std::vector<bool> function_word_flags(const TokenStream& stream,
                                      const score::SideFeatures& features,
                                      text::Tokenizer& tokenizer,
                                      bool guess_short_words) {
  const std::unordered_set<std::string> listed = function_words(tokenizer.language());
  std::vector<bool> listed_stem(features.vocabulary.size(), false);
  const auto mark_stem = [&](std::string_view word) {
    const auto it = features.id_of_key.find(tokenizer.stem(word));
    if (it != features.id_of_key.end()) {
      listed_stem[it->second] = true;
    }
  };
  if (tokenizer.language() == "ru") {
    for (const std::string_view word : text::SpaceSeparated(kRussianInflecting)) {
      mark_stem(word);
    }
  } else {
    for (const std::string& word : listed) {
      mark_stem(word);
    }
  }
  std::vector<bool> folded_listed(stream.folded.size(), false);
  const size_t short_word = listed.empty() && guess_short_words ? 3 : 1;
  for (size_t k = 0; k < stream.folded.size(); ++k) {
    folded_listed[k] =
        text::code_points(stream.folded[k]) <= short_word || listed.contains(stream.folded[k]);
  }
  std::vector<bool> flags(stream.size(), false);
  for (size_t p = 0; p < stream.size(); ++p) {
    if (stream.kinds[p] != text::TokenKind::Word) {
      continue;
    }
    const uint32_t id = stream.ids[p];
    // A capitalized single letter is an initial ("H. Macmillan"), not a function word.
    const bool initial = stream.capitalized[p] &&
                         text::code_points(stream.folded[stream.folded_ids[p]]) == 1 &&
                         !listed.contains(stream.folded[stream.folded_ids[p]]);
    flags[p] = !initial && (folded_listed[stream.folded_ids[p]] ||
                            (!stream.capitalized[p] && id != kNoId && listed_stem[id]));
  }
  return flags;
}

}  // namespace parallax::terms
