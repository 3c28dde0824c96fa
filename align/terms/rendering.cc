#include "terms/rendering.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>

#include "terms/inflection.h"

namespace parallax::terms {

namespace {

constexpr std::string_view kPieceSeparator = " … ";

// How much stronger, in both directions' translation probabilities, a target word's link to
// a word outside the term must be than its link to the term for the term to lose it when it
// has no content anchor of its own (extract_rendering). Chosen on the twelve dev pairs among
// 1, 1.25, 1.5 and 2 (docs/EVALUATION.md, "Shared words the term holds weakly").
constexpr float kClearlyStronger = 1.25F;

bool contains(const std::vector<uint32_t>& sorted, uint32_t value) {
  return std::binary_search(sorted.begin(), sorted.end(), value);
}

void sort_unique(std::vector<uint32_t>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

// Whether anchors a < b of target belong to different groups (see extract_rendering): a
// phrase ends between them, a clause word stands between them, or too many content words.
bool separated(const RenderingTarget& target, uint32_t a, uint32_t b, uint32_t max_gap) {
  uint32_t content = 0;
  for (uint32_t q = a; q < b; ++q) {
    if (phrase_break(target.stream, target.text, q) || (q > a && target.is_clause_word[q])) {
      return true;
    }
    content += q > a && target.stream.is_word(q) && !target.is_function[q] ? 1U : 0U;
  }
  return content > max_gap;
}

// The anchors [begin, end) of the group to keep (step 2): with a content word when
// want_content, then the most anchors (content anchors when want_content), then the first.
std::pair<size_t, size_t> best_group(const std::vector<uint32_t>& anchors,
                                     const RenderingTarget& target,
                                     bool want_content,
                                     uint32_t max_gap) {
  std::pair<size_t, size_t> best{0, 0};
  std::pair<bool, size_t> best_rank{false, 0};
  for (size_t k = 0; k < anchors.size();) {
    size_t end = k + 1;
    while (end < anchors.size() && !separated(target, anchors[end - 1], anchors[end], max_gap)) {
      ++end;
    }
    const auto content =
        static_cast<size_t>(std::count_if(anchors.begin() + static_cast<std::ptrdiff_t>(k),
                                          anchors.begin() + static_cast<std::ptrdiff_t>(end),
                                          [&](uint32_t q) { return !target.is_function[q]; }));
    // A term with content words counts the content words among the anchors: "This mailing"
    // is no larger a rendering of "список рассылки" than "list".
    const std::pair<bool, size_t> rank{want_content && content > 0,
                                       want_content ? content : end - k};
    if (k == 0 || rank > best_rank) {
      best = {k, end};
      best_rank = rank;
    }
    k = end;
  }
  return best;
}

// Whether p is the first word of its sentence: no word (numbers and marks aside) before it in
// the sentence. A capital there tells no name: a heading's numbering ("3.1. Меню "Файл"") or
// a list mark does not make its first word a name. O(p - sentence start).
bool opens_sentence(const TokenStream& stream, uint32_t p) {
  for (uint32_t k = stream.sentence_begin[stream.sentence_of[p]]; k < p; ++k) {
    if (stream.kinds[k] == text::TokenKind::Word) {
      return false;
    }
  }
  return true;
}

// The target words a link gives a role: anchors (linked to the term's words) and blocked
// (content words linked to content words outside the term's span: they belong to another
// phrase; a link to a function word outside does not take a word from the rendering). Sorted.
struct TargetRoles {
  std::vector<uint32_t> anchors;
  std::vector<uint32_t> blocked;
  // The blocked words that translate another source word (target_roles: not another mention
  // of the term, "Isaac begat Jacob" beside "Abraham begat Isaac").
  std::vector<uint32_t> elsewhere;
  // The anchors in elsewhere whose link to that other word is kClearlyStronger times stronger
  // than every link to the term in both directions' translation probabilities (none without
  // strengths).
  std::vector<uint32_t> weak;
  // The anchors in elsewhere whose link to the term is kClearlyStronger times stronger than
  // every link to that other word in both directions (none without strengths): the term's own
  // words, which a stray link elsewhere does not take from it.
  std::vector<uint32_t> held;
};

// The strongest translation probabilities, per direction, of the links to one target word.
struct Strongest {
  float forward = 0.0F;
  float backward = 0.0F;

  void add(const LinkStrength& strength) {
    forward = std::max(forward, strength.forward);
    backward = std::max(backward, strength.backward);
  }
};

TargetRoles target_roles(const std::vector<std::pair<uint32_t, uint32_t>>& links,
                         const std::vector<uint32_t>& term,
                         const std::vector<bool>& is_source_function,
                         const TokenStream* source,
                         const RenderingTarget& target,
                         bool has_content,
                         const std::vector<LinkStrength>& strengths) {
  TargetRoles roles;
  std::map<uint32_t, Strongest> to_term;
  std::map<uint32_t, Strongest> to_other;
  const uint32_t first = term.front();
  const uint32_t last = term.back();
  // Whether the link (p, q) to a word outside the term leaves q to the term: p is another
  // mention of a term word, or a name (capitalized, not first in its sentence) linked to a
  // lowercase word, which renders no name ("Josaphat" linked to the "became" of "became the
  // father of").
  const auto leaves_to_term = [&](uint32_t p, uint32_t q) {
    if (source == nullptr) {
      return true;
    }
    const bool name = source->capitalized[p] && !opens_sentence(*source, p);
    return (name && !target.stream.capitalized[q]) ||
           std::any_of(term.begin(), term.end(),
                       [&](uint32_t t) { return source->ids[t] == source->ids[p]; });
  };
  for (size_t k = 0; k < links.size(); ++k) {
    const auto [p, q] = links[k];
    if (p < first || p > last) {
      // A function word aligned elsewhere does not cut a rendering ("peace and security" when
      // "and" went to another "и" of the bead).
      if (!target.is_function[q] && !is_source_function[p]) {
        roles.blocked.push_back(q);
        if (!leaves_to_term(p, q)) {
          roles.elsewhere.push_back(q);
          if (!strengths.empty()) {
            to_other[q].add(strengths[k]);
          }
        }
      }
    } else if (contains(term, p) && (!has_content || !is_source_function[p])) {
      roles.anchors.push_back(q);
      if (!strengths.empty()) {
        to_term[q].add(strengths[k]);
      }
    }
  }
  sort_unique(roles.anchors);
  sort_unique(roles.blocked);
  sort_unique(roles.elsewhere);
  for (const uint32_t q : roles.elsewhere) {
    const auto term_link = to_term.find(q);
    if (term_link != to_term.end() &&
        to_other[q].forward > kClearlyStronger * term_link->second.forward &&
        to_other[q].backward > kClearlyStronger * term_link->second.backward) {
      roles.weak.push_back(q);
    }
    if (term_link != to_term.end() &&
        term_link->second.forward > kClearlyStronger * to_other[q].forward &&
        term_link->second.backward > kClearlyStronger * to_other[q].backward) {
      roles.held.push_back(q);
    }
  }
  return roles;
}

// A term of two content words or more whose group holds the anchors of only some of them: the
// text repeats the phrase ("a so-called live system ... A live system is ...") and the links
// of a missing word went to another mention. The word just before or after the group, in its
// phrase, linked to nothing, and the same word (vocabulary id) as an anchor of the missing
// word, joins the group (group: sorted target positions).
void join_repeated_mention(std::vector<uint32_t>& group,
                           const std::vector<std::pair<uint32_t, uint32_t>>& links,
                           const std::vector<uint32_t>& term,
                           const std::vector<bool>& is_source_function,
                           const RenderingTarget& target) {
  const TokenStream& stream = target.stream;
  const auto linked = [&](uint32_t q) {
    return std::any_of(links.begin(), links.end(),
                       [q](const auto& link) { return link.second == q; });
  };
  for (const uint32_t p : term) {
    const auto of_p = [p](const auto& link) { return link.first == p; };
    const bool in_group = std::any_of(links.begin(), links.end(), [&](const auto& link) {
      return link.first == p && link.second >= group.front() && link.second <= group.back();
    });
    if (is_source_function[p] || in_group || std::none_of(links.begin(), links.end(), of_p)) {
      continue;
    }
    const auto same_as_anchor = [&](uint32_t c) {
      return stream.ids[c] != kNoId && !linked(c) &&
             std::any_of(links.begin(), links.end(), [&](const auto& link) {
               return link.first == p && stream.ids[link.second] == stream.ids[c];
             });
    };
    const uint32_t before = group.front() - 1;
    const uint32_t after = group.back() + 1;
    if (group.front() > 0 && stream.is_word(before) && !phrase_break(stream, target.text, before) &&
        same_as_anchor(before)) {
      group.insert(group.begin(), before);
    } else if (after < stream.size() && stream.is_word(after) &&
               !phrase_break(stream, target.text, group.back()) && same_as_anchor(after)) {
      group.push_back(after);
    }
  }
}

uint32_t content_words(const RenderingTarget& target, TokenRange range) {
  uint32_t count = 0;
  for (uint32_t q = range.first; q <= range.last; ++q) {
    count += target.stream.is_word(q) && !target.is_function[q] ? 1U : 0U;
  }
  return count;
}

// A one-word term rendered by a phrase of two content words or more takes the preposition that
// ends the phrase ("begat" -> "became the father of"), which the alignment may give to a word
// of the next phrase ("of" -> "Isaac"); not when the source has a function word of its own
// after the term, which that preposition translates ("espoused to a man" / "pledged to be
// married to a man").
void take_final_preposition(TokenRange& piece, const RenderingTarget& target, bool one_word_term) {
  const uint32_t q = piece.last + 1;
  if (one_word_term && content_words(target, piece) >= 2 && q < target.stream.size() &&
      !phrase_break(target.stream, target.text, piece.last) && target.is_preposition[q]) {
    piece.last = q;
  }
}

// A term that ends in a function word of the original (a verb's particle: "pass over",
// "search out") has that word in its meaning, not as a link between its words ("Совет по
// Опеке"): the target word linked to it right after the rendering translates it and ends the
// rendering ("crossed over", "spy out"). It is no anchor (anchors are the links of the term's
// content words, so that a stray link of "по" adds no "of"), and trim() would drop it.
void take_final_particle(TokenRange& piece,
                         const std::vector<std::pair<uint32_t, uint32_t>>& links,
                         const std::vector<uint32_t>& term,
                         const std::vector<bool>& is_source_function,
                         const RenderingTarget& target) {
  if (term.size() < 2 || !is_source_function[term.back()]) {
    return;
  }
  const uint32_t particle = term.back();
  const uint32_t q = piece.last + 1;
  if (q >= target.stream.size() || !target.stream.is_word(q) ||
      phrase_break(target.stream, target.text, piece.last)) {
    return;
  }
  if (std::any_of(links.begin(), links.end(),
                  [&](const auto& link) { return link.first == particle && link.second == q; })) {
    piece.last = q;
  }
}

// Trims function words from piece's edges (but a final preposition after two content words or
// more: "became the father of", not "Members in"; and the edge words: "Most High", "Back up").
// False if nothing but function words remain.
bool trim(TokenRange& piece, const RenderingTarget& target) {
  while (piece.first < piece.last && target.is_function[piece.first] &&
         !target.is_edge_word[piece.first]) {
    ++piece.first;
  }
  const auto keeps_preposition = [&](const TokenRange& range) {
    return target.is_preposition[range.last] &&
           content_words(target, TokenRange{range.first, range.last - 1}) >= 2;
  };
  while (piece.last > piece.first && target.is_function[piece.last] && !keeps_preposition(piece) &&
         !target.is_edge_word[piece.last]) {
    --piece.last;
  }
  return content_words(target, piece) > 0;
}

// Whether the sentence of q is a title in title case ("3.4 Meeting Minimum Hardware
// Requirements"): two words or more, every content word capitalized. Capitals tell no name
// there. O(sentence).
bool title_case(const RenderingTarget& target, uint32_t q) {
  const uint32_t sentence = target.stream.sentence_of[q];
  uint32_t words = 0;
  for (uint32_t p = target.stream.sentence_begin[sentence];
       p < target.stream.sentence_begin[sentence + 1]; ++p) {
    if (target.stream.kinds[p] != text::TokenKind::Word || target.is_function[p]) {
      continue;
    }
    if (!target.stream.capitalized[p]) {
      return false;
    }
    ++words;
  }
  return words >= 2;
}

// A word of a name: a capitalized content word that does not start its sentence, in a sentence
// that is not a title in title case.
bool name_word(const RenderingTarget& target, uint32_t q) {
  return target.stream.is_word(q) && target.stream.capitalized[q] && !target.is_function[q] &&
         !opens_sentence(target.stream, q) && !title_case(target, q);
}

// A rendering never ends inside a name ("Members of the United" where the English goes on with
// "Nations"): when the words of the name past the piece's end belong to no other phrase, the
// piece takes them ("Members of the United Nations"); when they are linked to source words
// outside the term (the name translates them), the piece gives back its part of the name
// ("Members"), unless it is all name. The start likewise.
void complete_name(TokenRange& piece, const TargetRoles& roles, const RenderingTarget& target) {
  const auto joined = [&](uint32_t q) {  // q and q + 1 are one name
    return q + 1 < target.stream.size() && !phrase_break(target.stream, target.text, q) &&
           name_word(target, q) && name_word(target, q + 1);
  };
  const auto free = [&](uint32_t q) { return !contains(roles.blocked, q); };
  if (joined(piece.last)) {
    uint32_t end = piece.last;
    bool whole = true;
    while (joined(end)) {
      whole = whole && free(end + 1);
      ++end;
    }
    if (whole) {
      piece.last = end;
    } else {
      uint32_t start = piece.last;
      while (start > piece.first && joined(start - 1)) {
        --start;
      }
      TokenRange cut{piece.first, start > piece.first ? start - 1 : piece.first};
      if (start > piece.first && trim(cut, target)) {
        piece = cut;
      }
    }
  }
  if (piece.first > 0 && joined(piece.first - 1)) {
    uint32_t begin = piece.first;
    bool whole = true;
    while (begin > 0 && joined(begin - 1)) {
      whole = whole && free(begin - 1);
      --begin;
    }
    if (whole) {
      piece.first = begin;
    }
  }
}

// A rendering never ends inside a hyphenated word: the piece takes the rest of it, on both
// sides, as long as those parts translate no other source word (blocked: "specific" of
// "Debian-specific", which renders "специфичные для Debian"; "installer" of
// "debian-installer", whose "debian" alone matched the term in the original).
void complete_hyphenated(TokenRange& piece,
                         const TargetRoles& roles,
                         const RenderingTarget& target) {
  while (hyphen_joined(target.stream, target.text, piece.last) &&
         !contains(roles.blocked, piece.last + 1)) {
    ++piece.last;
  }
  while (piece.first > 0 && hyphen_joined(target.stream, target.text, piece.first - 1) &&
         !contains(roles.blocked, piece.first - 1)) {
    --piece.first;
  }
}

}  // namespace

bool hyphen_joined(const TokenStream& stream, const std::string& text, uint32_t q) noexcept {
  if (q + 1 >= stream.size() || !stream.is_word(q) || !stream.is_word(q + 1) ||
      stream.sentence_of[q] != stream.sentence_of[q + 1]) {
    return false;
  }
  const std::string_view between(text.data() + stream.spans[q].end,
                                 stream.spans[q + 1].begin - stream.spans[q].end);
  return between == "-" || between == "\u2010" || between == "\u2011";
}

std::optional<Pieces> extract_rendering(const std::vector<std::pair<uint32_t, uint32_t>>& links,
                                        const std::vector<uint32_t>& term,
                                        const std::vector<bool>& is_source_function,
                                        const TokenStream* source,
                                        const RenderingTarget& target,
                                        uint32_t max_gap,
                                        bool whole_words,
                                        const std::vector<LinkStrength>& strengths) {
  if (term.empty()) {
    return std::nullopt;
  }
  const bool has_content =
      std::any_of(term.begin(), term.end(), [&](uint32_t p) { return !is_source_function[p]; });
  const TargetRoles roles =
      target_roles(links, term, is_source_function, source, target, has_content, strengths);
  if (roles.anchors.empty()) {
    return std::nullopt;
  }
  // A target word linked to the term and to a content word outside it (not another mention of
  // the term) translates that word too ("Undo History" for "история действий": "Undo" is
  // linked to "история" and "действий"): it is no anchor while the term keeps a content
  // anchor of its own (the phrase-extraction rule: no word of the rendering aligned outside).
  // Unless both models hold its link to the term clearly more strongly than the other one
  // (held): then the other link is the stray one ("В диалоговом окне Поля откройте" / "In the
  // Fields dialog, click": "dialog" linked to "окне", t 0.473 and 0.433, and by one model to
  // "откройте", 0.015 and 0.076; dropping it left "click", a stray link of "окне").
  std::vector<uint32_t> own;
  std::copy_if(
      roles.anchors.begin(), roles.anchors.end(), std::back_inserter(own),
      [&](uint32_t q) { return !contains(roles.elsewhere, q) || contains(roles.held, q); });
  const bool own_content =
      std::any_of(own.begin(), own.end(), [&](uint32_t q) { return !target.is_function[q]; });
  // Without a content anchor of its own, the term keeps the words it shares with another source
  // word unless both models hold the other link clearly more strongly (KiCad: "Standard" linked
  // to "стандартного", t 0.977 and 0.912, and to the term "регуляторов", 0.000 and 0.075): then
  // the term is not rendered.
  std::vector<uint32_t> shared;
  std::copy_if(roles.anchors.begin(), roles.anchors.end(), std::back_inserter(shared),
               [&](uint32_t q) { return !contains(roles.weak, q); });
  const std::vector<uint32_t>& anchors = own_content ? own : shared;
  if (anchors.empty()) {
    return std::nullopt;
  }
  const auto [begin, end] = best_group(anchors, target, has_content, max_gap);
  std::vector<uint32_t> group(anchors.begin() + static_cast<std::ptrdiff_t>(begin),
                              anchors.begin() + static_cast<std::ptrdiff_t>(end));
  join_repeated_mention(group, links, term, is_source_function, target);
  Pieces raw;
  std::optional<TokenRange> piece;
  for (uint32_t q = group.front(); q <= group.back(); ++q) {
    if (contains(group, q)) {
      if (piece) {
        piece->last = q;
      } else {
        piece = TokenRange{q, q};
      }
    } else if (piece && contains(roles.blocked, q)) {
      raw.push_back(*piece);
      piece.reset();
    }
  }
  raw.push_back(*piece);
  const auto content_term_words =
      std::count_if(term.begin(), term.end(), [&](uint32_t p) { return !is_source_function[p]; });
  const bool source_function_follows =
      term.back() + 1 < is_source_function.size() && is_source_function[term.back() + 1];
  take_final_preposition(raw.back(), target, content_term_words == 1 && !source_function_follows);
  Pieces pieces;
  for (TokenRange& range : raw) {
    // A term of function words only ("over against") is rendered by function words ("across
    // from"): its anchors are its translation, not edges to trim.
    const bool content = has_content ? trim(range, target) : content_words(target, range) > 0;
    if (has_content && content) {
      complete_name(range, roles, target);
    }
    if (content && whole_words) {
      complete_hyphenated(range, roles, target);
    }
    if (!has_content || content) {
      pieces.push_back(range);
    }
  }
  if (pieces.empty()) {
    return std::nullopt;
  }
  if (has_content) {
    take_final_particle(pieces.back(), links, term, is_source_function, target);
  }
  return pieces;
}

Span piece_span(const TokenStream& stream, const std::string& text, const TokenRange& range) {
  Span span{stream.spans[range.first].begin, stream.spans[range.last].end};
  const std::string_view last(text.data() + stream.spans[range.last].begin,
                              stream.spans[range.last].size());
  for (const std::string_view possessive : {"'s", "\u2019s"}) {
    if (last.size() > possessive.size() && last.ends_with(possessive)) {
      span.end -= static_cast<uint32_t>(possessive.size());
      return span;
    }
  }
  const std::string_view after(text.data() + span.end, text.size() - span.end);
  for (const std::string_view plural : {"(s)", "(es)"}) {
    if (after.starts_with(plural)) {
      span.end += static_cast<uint32_t>(plural.size());
      break;
    }
  }
  return span;
}

std::string rendering_key(const TokenStream& stream,
                          const score::SideFeatures& features,
                          text::Tokenizer& tokenizer,
                          const Pieces& pieces) {
  std::string key;
  for (const TokenRange& range : pieces) {
    if (&range != &pieces.front()) {
      key += kPieceSeparator;
    }
    bool first = true;
    for (uint32_t q = range.first; q <= range.last; ++q) {
      if (!stream.is_word(q) || stream.ids[q] == kNoId) {
        continue;
      }
      if (!first) {
        key += ' ';
      }
      first = false;
      const std::string_view stem = without_possessive(features.vocabulary[stream.ids[q]].key);
      key += stream.kinds[q] == text::TokenKind::Word
                 ? grouping_key(tokenizer, stream.folded[stream.folded_ids[q]], stem)
                 : std::string(stem);
    }
  }
  return key;
}

std::string rendering_text(const TokenStream& stream,
                           const std::string& text,
                           const Pieces& pieces) {
  std::string out;
  for (const TokenRange& range : pieces) {
    if (&range != &pieces.front()) {
      out += kPieceSeparator;
    }
    out += collapsed_text(text, piece_span(stream, text, range));
  }
  return out;
}

}  // namespace parallax::terms
