#include "terms/term_proposer.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "terms/inflection.h"
#include "terms/stop_words.h"
#include "terms/word_classes.h"
#include "text/utf8.h"

namespace parallax::terms {

namespace {

// A candidate is kept when at least this share of its occurrences (and min_occurrences of
// them) lie outside every longer kept candidate: "Совета" inside "Совета Безопасности" is
// folded into it, a "Совета" that also stands alone often enough is proposed too.
constexpr double kFreeShare = 0.4;
// A single word preceded by one and the same function word this often is a piece of a fixed
// prepositional expression ("в соответствии с", "с целью"), not a term of its own.
constexpr double kGovernedShare = 0.7;
// A single word must recur this many times min_occurrences (outside longer kept candidates):
// recurring ordinary words ("fact", "possible", "say") outnumber the single-word terms, which
// tend to recur more ("inspections" ×10 in the letter of 8 June 1963).
constexpr uint32_t kSingleWordFactor = 2;
// A lowercase single word shorter than this (in letters) is an ordinary word ("fact", "well",
// "мер", "должны"), however often it recurs; the short words are the common ones.
constexpr size_t kMinSingleWordLetters = 7;
// Content words of the longest candidate ("поддержания международного мира и безопасности").
constexpr uint32_t kMaxContentWords = 5;

// A candidate: the ids of its tokens from first to last (inner function words included).
using Key = std::u32string;  // ids as char32_t, for the standard hash

// Positions of the first and last token of one occurrence.
struct Occurrence {
  uint32_t first = 0;
  uint32_t last = 0;
};

struct Candidate {
  uint32_t count = 0;
  uint32_t content_words = 0;
  uint32_t free_count = 0;  // occurrences outside every longer kept candidate
  std::vector<Occurrence> occurrences;
  std::map<std::string, uint32_t> surfaces;
  std::map<std::string, Occurrence> first_of_surface;
  std::map<std::string, uint32_t> initial;  // per surface: occurrences starting a sentence
};

// Calls visit(key, first, last, content_words) for every candidate starting at position p:
// 1 to kMaxContentWords content words, at most one function word (joining) between two of them,
// within one phrase (phrase_end[q]: a phrase ends between q and q+1), starting and ending with
// a content word.
template <typename Visit>
void candidates_at(const TokenStream& stream,
                   const std::vector<bool>& phrase_end,
                   const std::vector<bool>& content,
                   const std::vector<bool>& joining,
                   uint32_t p,
                   Visit&& visit) {
  if (!content[p]) {
    return;
  }
  Key key(1, static_cast<char32_t>(stream.ids[p]));
  visit(key, p, p, 1U);
  uint32_t last = p;
  for (uint32_t words = 2; words <= kMaxContentWords; ++words) {
    if (phrase_end[last]) {
      return;
    }
    uint32_t q = last + 1;
    if (joining[q] && stream.kinds[q] == text::TokenKind::Word && stream.ids[q] != kNoId &&
        !phrase_end[q] && content[q + 1]) {
      // one function word inside: "мира и безопасности", "Совет по Опеке"
      key.push_back(static_cast<char32_t>(stream.ids[q]));
      ++q;
    }
    if (!content[q]) {
      return;
    }
    key.push_back(static_cast<char32_t>(stream.ids[q]));
    last = q;
    visit(key, p, last, words);
  }
}

// Whether no word comes before position p in its sentence (a list number may: "1. Члены
// Организации ...").
bool starts_sentence(const TokenStream& stream, uint32_t p) {
  for (uint32_t q = stream.sentence_begin[stream.sentence_of[p]]; q < p; ++q) {
    if (stream.is_word(q)) {
      return false;
    }
  }
  return true;
}

// Every candidate occurring at least min_occurrences times, with its occurrences and surface
// forms. Two passes: count, then collect the recurring ones.
std::unordered_map<Key, Candidate> recurring_candidates(const Document& original,
                                                        const TokenStream& stream,
                                                        const std::vector<bool>& phrase_end,
                                                        const std::vector<bool>& content,
                                                        const std::vector<bool>& joining,
                                                        uint32_t min_occurrences) {
  std::unordered_map<Key, Candidate> candidates;
  for (uint32_t p = 0; p < stream.size(); ++p) {
    candidates_at(stream, phrase_end, content, joining, p,
                  [&](const Key& key, uint32_t, uint32_t, uint32_t words) {
                    Candidate& candidate = candidates[key];
                    ++candidate.count;
                    candidate.content_words = words;
                  });
  }
  std::erase_if(candidates,
                [&](const auto& entry) { return entry.second.count < min_occurrences; });
  for (uint32_t p = 0; p < stream.size(); ++p) {
    candidates_at(stream, phrase_end, content, joining, p,
                  [&](const Key& key, uint32_t first, uint32_t last, uint32_t) {
                    const auto it = candidates.find(key);
                    if (it != candidates.end()) {
                      it->second.occurrences.push_back(Occurrence{first, last});
                      std::string surface = collapsed_text(
                          original.text, Span{stream.spans[first].begin, stream.spans[last].end});
                      it->second.first_of_surface.try_emplace(surface, Occurrence{first, last});
                      if (starts_sentence(stream, first)) {
                        ++it->second.initial[surface];
                      }
                      ++it->second.surfaces[std::move(surface)];
                    }
                  });
  }
  return candidates;
}

// Keeps the maximal candidates: longest first, each counts its occurrences not inside an
// occurrence of a longer kept one (free_count) and is kept if enough of them remain. Returns
// the kept ones. ordinary(candidate) says whether a single word is dropped.
template <typename Ordinary>
std::vector<const Candidate*> fold_nested(std::unordered_map<Key, Candidate>& candidates,
                                          size_t stream_size,
                                          uint32_t min_occurrences,
                                          Ordinary&& ordinary) {
  std::vector<std::pair<const Key*, Candidate*>> order;
  order.reserve(candidates.size());
  for (auto& [key, candidate] : candidates) {
    order.emplace_back(&key, &candidate);
  }
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    const size_t a_size = a.first->size();
    const size_t b_size = b.first->size();
    return std::tie(b.second->content_words, b_size, b.second->count, *a.first) <
           std::tie(a.second->content_words, a_size, a.second->count, *b.first);
  });
  // reach[p]: one past the last position of the longest kept occurrence starting at p (0: none).
  std::vector<uint32_t> reach(stream_size, 0);
  constexpr uint32_t kMaxSpan = 2 * kMaxContentWords - 1;
  const auto inside_kept = [&](const Occurrence& occurrence) {
    const uint32_t from = occurrence.first >= kMaxSpan ? occurrence.first - kMaxSpan + 1 : 0;
    for (uint32_t f = from; f <= occurrence.first; ++f) {
      if (reach[f] > occurrence.last) {
        return true;
      }
    }
    return false;
  };
  std::vector<const Candidate*> kept;
  for (auto& [key, candidate] : order) {
    for (const Occurrence& occurrence : candidate->occurrences) {
      candidate->free_count += inside_kept(occurrence) ? 0U : 1U;
    }
    if (candidate->content_words == 1 && ordinary(*candidate)) {
      continue;
    }
    const uint32_t needed =
        candidate->content_words == 1 ? kSingleWordFactor * min_occurrences : min_occurrences;
    if (candidate->free_count < needed || static_cast<double>(candidate->free_count) <
                                              kFreeShare * static_cast<double>(candidate->count)) {
      continue;
    }
    kept.push_back(candidate);
    for (const Occurrence& occurrence : candidate->occurrences) {
      reach[occurrence.first] = std::max(reach[occurrence.first], occurrence.last + 1);
    }
  }
  return kept;
}

// Per position of stream: whether the token is a content word, a word that may start, end or
// continue a proposed term: a word with a vocabulary id, neither a function word nor (in
// lowercase: a capital makes a name) a verb form.
std::vector<bool> content_flags(const TokenStream& stream,
                                const std::vector<bool>& is_function,
                                const std::string& language) {
  std::vector<bool> content(stream.size(), false);
  for (size_t p = 0; p < stream.size(); ++p) {
    content[p] =
        stream.kinds[p] == text::TokenKind::Word && stream.ids[p] != kNoId && !is_function[p] &&
        !(!stream.capitalized[p] && verb_form(language, stream.folded[stream.folded_ids[p]]));
  }
  return content;
}

// Per position of stream: whether the token is a function word that may join two content words
// of a term (may_join: a preposition, not an auxiliary or a pronoun).
std::vector<bool> joining_flags(const TokenStream& stream,
                                const std::vector<bool>& is_function,
                                const std::string& language) {
  std::vector<bool> joining(stream.size(), false);
  for (size_t p = 0; p < stream.size(); ++p) {
    joining[p] = is_function[p] && may_join(language, stream.folded[stream.folded_ids[p]]);
  }
  return joining;
}

// Per position p: whether a phrase ends between p and p+1: punctuation or a sentence end
// (phrase_break), an adjective governing a preposition (predicate_before: "указанных в
// статье"), or two adjacent content words whose endings cannot be one noun phrase
// (clause_break: "сказал Давид Саулу" holds no term "Давид Саулу").
std::vector<bool> phrase_ends(const TokenStream& stream,
                              const std::string& text,
                              const std::vector<bool>& content,
                              const std::vector<bool>& is_function,
                              const std::string& language) {
  std::vector<bool> ends(stream.size(), true);
  for (uint32_t p = 0; p + 1 < stream.size(); ++p) {
    const std::string& next = stream.folded[stream.folded_ids[p + 1]];
    ends[p] = phrase_break(stream, text, p) ||
              (content[p] && is_function[p + 1] &&
               predicate_before(language, stream.folded[stream.folded_ids[p]], next)) ||
              (content[p] && content[p + 1] &&
               clause_break(language, stream.folded[stream.folded_ids[p]], next));
  }
  return ends;
}

// A kept candidate shown by its dictionary form (dictionary_form), with that form's first
// occurrence and its score.
// How far a surface form is from the dictionary form (dictionary_form): smaller is nearer.
using FormRank = std::tuple<uint32_t, int64_t, size_t, int64_t>;

struct Ranked {
  uint64_t score = 0;
  std::string text;
  Occurrence at;
  FormRank form_rank;
  size_t occurrences = 0;  // of the candidates folded into this one
  size_t lowercase = 0;    // those starting with a lowercase letter
};

// Whether the occurrences a and b have the same number of tokens, each pair the same word or
// inflections of one word (inflection.h): "Египтян" and "Египтяне", stemmed apart.
bool inflections_of_one(const TokenStream& stream,
                        const std::string& language,
                        const Occurrence& a,
                        const Occurrence& b) {
  if (a.last - a.first != b.last - b.first) {
    return false;
  }
  for (uint32_t k = 0; k <= a.last - a.first; ++k) {
    const uint32_t folded_a = stream.folded_ids[a.first + k];
    const uint32_t folded_b = stream.folded_ids[b.first + k];
    if (folded_a != folded_b &&
        !same_word(language, stream.folded[folded_a], stream.folded[folded_b],
                   stream.capitalized[a.first + k], stream.capitalized[a.first + k])) {
      return false;
    }
  }
  return true;
}

// Folds into one proposal the kept candidates that are inflections of one another (the stems
// of some inflected names differ), adding up their scores; the form nearest a dictionary form
// is shown. Ranked by score. Quadratic in the number of kept candidates (a few hundred).
std::vector<Ranked> fold_inflections(std::vector<Ranked> ranked,
                                     const TokenStream& stream,
                                     const std::string& language) {
  const auto by_score = [](const Ranked& a, const Ranked& b) {
    return std::tie(b.score, a.text) < std::tie(a.score, b.text);
  };
  std::sort(ranked.begin(), ranked.end(), by_score);
  if (!knows_endings(language)) {
    return ranked;
  }
  std::vector<Ranked> folded;
  for (Ranked& candidate : ranked) {
    const auto same = std::find_if(folded.begin(), folded.end(), [&](const Ranked& kept) {
      return inflections_of_one(stream, language, kept.at, candidate.at);
    });
    if (same == folded.end()) {
      folded.push_back(std::move(candidate));
    } else {
      same->score += candidate.score;
      same->occurrences += candidate.occurrences;
      same->lowercase += candidate.lowercase;
      // Inflections stemmed apart ("Настоящий Устав", "настоящего Устава"): the nearest to a
      // dictionary form is shown.
      if (candidate.form_rank < same->form_rank) {
        same->text = std::move(candidate.text);
        same->at = candidate.at;
        same->form_rank = candidate.form_rank;
      }
    }
  }
  std::sort(folded.begin(), folded.end(), by_score);
  return folded;
}

// text with its first letter lowercase ("Настоящая статья" -> "настоящая статья").
std::string lowercase_first(const std::string& text) {
  int32_t k = 0;
  UChar32 c = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  U8_NEXT(bytes, k, static_cast<int32_t>(text.size()), c);
  if (c < 0) {
    return text;
  }
  char lower[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(lower), length, U8_MAX_LENGTH, u_tolower(c), error);
  return error ? text : std::string(lower, static_cast<size_t>(length)) + text.substr(k);
}

// The surface form a candidate is shown by, its lemma as far as endings tell (docs/TERMS.md,
// "Proposed terms"). In Russian: the form whose words are nearest a nominative by their
// endings (the sum of their citation_rank: "Генеральная Ассамблея", not "Генеральной
// Ассамблеи"; "Решения Совета Безопасности", not "решение Советом Безопасности"), then the
// one most often at the start of a sentence, the subject's place ("Совет Безопасности" 19
// times, "Совета Безопасности" never), then the shortest first word ("проект GNU", not
// "проекта GNU"), then the most frequent. In other languages: the most frequent. Ties: the
// smallest text. (propose then writes it with a lowercase first letter when most occurrences
// have one.)
Ranked dictionary_form(const Candidate& candidate,
                       const TokenStream& stream,
                       const std::string& language) {
  const auto count_of = [](const std::map<std::string, uint32_t>& counts, const std::string& key) {
    const auto it = counts.find(key);
    return it == counts.end() ? 0U : it->second;
  };
  const bool ranked = language == "ru";
  // The sort key: smaller is better.
  const auto rank = [&](const std::string& surface) -> FormRank {
    const Occurrence at = candidate.first_of_surface.at(surface);
    uint32_t distance = 0;
    for (uint32_t p = at.first; ranked && p <= at.last; ++p) {
      distance +=
          stream.is_word(p) ? citation_rank(language, stream.folded[stream.folded_ids[p]]) : 0;
    }
    const std::string& first = stream.folded[stream.folded_ids[at.first]];
    return std::make_tuple(distance,
                           ranked ? -static_cast<int64_t>(count_of(candidate.initial, surface)) : 0,
                           ranked ? text::code_points(first) : 0,
                           -static_cast<int64_t>(count_of(candidate.surfaces, surface)));
  };
  const std::string* best = nullptr;
  for (const auto& [surface, count] : candidate.surfaces) {
    if (best == nullptr || rank(surface) < rank(*best)) {
      best = &surface;
    }
  }
  const auto lowercase = std::count_if(
      candidate.occurrences.begin(), candidate.occurrences.end(),
      [&](const Occurrence& occurrence) { return !stream.capitalized[occurrence.first]; });
  return Ranked{0,
                *best,
                candidate.first_of_surface.at(*best),
                rank(*best),
                candidate.occurrences.size(),
                static_cast<size_t>(lowercase)};
}

}  // namespace

std::vector<TermQuery> propose(const Document& original,
                               const TokenStream& stream,
                               const std::vector<bool>& is_function,
                               const TermOptions& options) {
  const std::string& language = original.language;
  const std::vector<bool> content = content_flags(stream, is_function, language);
  const std::vector<bool> phrase_end =
      phrase_ends(stream, original.text, content, is_function, language);
  std::unordered_map<Key, Candidate> candidates =
      recurring_candidates(original, stream, phrase_end, content,
                           joining_flags(stream, is_function, language), options.min_occurrences);

  // Whether most occurrences of the most frequent form of a single word follow one and the
  // same function word (stems gather "отношении" and "отношений").
  const auto governed = [&](const Candidate& candidate) {
    std::unordered_map<uint32_t, uint32_t> forms;
    std::map<std::pair<uint32_t, uint32_t>, uint32_t> before;  // (form, function word)
    uint32_t most_form = 0;
    uint32_t most_before = 0;
    for (const Occurrence& occurrence : candidate.occurrences) {
      const uint32_t p = occurrence.first;
      const uint32_t form = stream.folded_ids[p];
      most_form = std::max(most_form, ++forms[form]);
      if (p > 0 && is_function[p - 1] && stream.kinds[p - 1] == text::TokenKind::Word &&
          !phrase_break(stream, original.text, p - 1)) {
        most_before = std::max(most_before, ++before[std::pair(form, stream.folded_ids[p - 1])]);
      }
    }
    return static_cast<double>(most_before) >= kGovernedShare * static_cast<double>(most_form);
  };
  // A single word is dropped when it is a lowercase word that is short or, in a language
  // with word classes, no abstract noun ("человека", "братьям", "условий"; not
  // "inspections", "рекомендации"), or when it is part of a fixed prepositional expression.
  const auto ordinary = [&](const Candidate& candidate) {
    const std::string& folded =
        stream.folded[stream.folded_ids[candidate.occurrences.front().first]];
    const auto capitalized = std::count_if(
        candidate.occurrences.begin(), candidate.occurrences.end(),
        [&](const Occurrence& occurrence) { return stream.capitalized[occurrence.first]; });
    // Mostly lowercase: a capital at the start of a sentence does not make a name.
    const bool lowercase = 2 * static_cast<size_t>(capitalized) <= candidate.occurrences.size();
    return (lowercase && (text::code_points(folded) < kMinSingleWordLetters ||
                          (knows_word_classes(language) && !abstract_noun(language, folded)))) ||
           governed(candidate);
  };
  std::vector<Ranked> ranked;
  for (const Candidate* candidate :
       fold_nested(candidates, stream.size(), options.min_occurrences, ordinary)) {
    if (candidate->surfaces.empty()) {
      continue;
    }
    // Frequency × length: a long expression recurring as often as a word is the better term.
    Ranked shown = dictionary_form(*candidate, stream, language);
    shown.score = static_cast<uint64_t>(candidate->free_count) * candidate->content_words;
    ranked.push_back(std::move(shown));
  }
  ranked = fold_inflections(std::move(ranked), stream, language);
  // When most occurrences start with a lowercase letter, so does the form shown ("настоящая
  // статья", though the nominative is only found as "Настоящая статья", opening a sentence):
  // a capitalized term word matches only capitalized words.
  for (Ranked& r : ranked) {
    if (stream.capitalized[r.at.first] && 2 * r.lowercase > r.occurrences) {
      r.text = lowercase_first(r.text);
    }
  }
  if (options.max_proposed > 0 && ranked.size() > options.max_proposed) {
    ranked.resize(options.max_proposed);
  }
  std::vector<TermQuery> out;
  out.reserve(ranked.size());
  for (Ranked& r : ranked) {
    out.push_back(TermQuery{std::move(r.text), {}});
  }
  return out;
}

}  // namespace parallax::terms
