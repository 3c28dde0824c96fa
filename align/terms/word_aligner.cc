#include "terms/word_aligner.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "lexicon/model1.h"

namespace parallax::terms {

namespace {

constexpr float kCognateWeight = 0.5F;

// Distinct vocabulary ids of sentences range of side (SideFeatures keeps them per sentence).
std::vector<uint32_t> bead_ids(const score::SideFeatures& side, IndexRange range) {
  std::vector<uint32_t> ids;
  for (uint32_t i = range.begin; i < range.end; ++i) {
    ids.insert(ids.end(), side.token_ids.begin() + side.token_begin[i],
               side.token_ids.begin() + side.token_begin[i + 1]);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// Model 1 training beads: all beads with both sides, or, beyond kMaxTrainingBeads, the needed
// ones first and then others at a regular stride, up to kMaxTrainingBeads (each set thinned at
// a regular stride if it alone is too large). Sorted. Why: Model 1 costs
// O(iterations · Σ |bead source words|·|bead target words|) and dominated the report on large
// texts; the words of the terms are all in the needed beads, and 20k beads are plenty for the
// words around them. Measured on 43 copies of the Bible dev set (99k sentences, 61k gold
// beads), 100 proposed terms, two translations, one core (`taskset -c 0`, a throwaway driver
// calling propose_terms and report_terms): report 36.1 s with every bead, 16.2 s capped.
std::vector<uint32_t> training_beads(const Alignment& alignment, const std::vector<bool>& needed) {
  constexpr size_t kMaxTrainingBeads = 20000;
  std::vector<uint32_t> wanted;
  std::vector<uint32_t> others;
  for (uint32_t b = 0; b < alignment.beads.size(); ++b) {
    const Bead& bead = alignment.beads[b];
    if (!bead.source.empty() && !bead.target.empty()) {
      (b < needed.size() && needed[b] ? wanted : others).push_back(b);
    }
  }
  if (wanted.size() + others.size() <= kMaxTrainingBeads) {
    wanted.insert(wanted.end(), others.begin(), others.end());
    std::sort(wanted.begin(), wanted.end());
    return wanted;
  }
  const auto thin = [](const std::vector<uint32_t>& from, size_t count) {
    std::vector<uint32_t> out;
    for (size_t k = 0; k < count; ++k) {
      out.push_back(from[k * from.size() / count]);
    }
    return out;
  };
  std::vector<uint32_t> out = thin(wanted, std::min(wanted.size(), kMaxTrainingBeads));
  const std::vector<uint32_t> fill =
      thin(others, std::min(others.size(), kMaxTrainingBeads - out.size()));
  out.insert(out.end(), fill.begin(), fill.end());
  std::sort(out.begin(), out.end());
  return out;
}

struct Inheritance {
  uint32_t word;
  uint32_t base;
  float weight;
};

size_t code_points(std::string_view utf8) noexcept {
  size_t count = 0;
  for (const char c : utf8) {
    count += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1U : 0U;
  }
  return count;
}

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
    const size_t letters = code_points(key);
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

score::LinkTable build_word_links(const score::SideFeatures& source,
                                  const score::SideFeatures& target,
                                  const Alignment& alignment,
                                  const PreparedLexicon& lexicon,
                                  std::string_view source_language,
                                  std::string_view target_language,
                                  const std::vector<bool>& needed) {
  score::LinkTableBuilder builder(source.vocabulary.size(), target.vocabulary.size());
  score::add_dictionary_links(lexicon, source, target, builder);
  const bool same_language = !source_language.empty() && source_language == target_language;
  score::add_surface_links(source, target, same_language,
                           score::spellings_comparable(source_language, target_language), builder);
  // Unlike align(), every bead may train Model 1: the alignment is final, and low-confidence
  // beads still hold most of their words' translations.
  std::vector<std::vector<uint32_t>> sources;
  std::vector<std::vector<uint32_t>> targets;
  const std::vector<uint32_t> chosen = training_beads(alignment, needed);
  sources.reserve(chosen.size());
  targets.reserve(chosen.size());
  for (const uint32_t b : chosen) {
    sources.push_back(bead_ids(source, alignment.beads[b].source));
    targets.push_back(bead_ids(target, alignment.beads[b].target));
  }
  for (const lexicon::LearnedLink& link :
       lexicon::learn_links(sources, targets, source.vocabulary.size(), target.vocabulary.size(),
                            lexicon::Model1Options{})) {
    builder.add(link.source, link.target, link.probability, score::LinkOrigin::Learned);
  }
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

BeadLinker::BeadLinker(const score::LinkTable& links,
                       const TokenStream& source,
                       const std::string& source_text,
                       const TokenStream& target,
                       const std::string& target_text,
                       const std::vector<bool>& source_stop,
                       const std::vector<bool>& target_stop,
                       float min_strength)
    : links_(links),
      source_(source),
      source_text_(source_text),
      target_(target),
      target_text_(target_text),
      source_stop_(source_stop),
      target_stop_(target_stop),
      min_strength_(min_strength) {}

bool BeadLinker::is_source_stop(uint32_t p) const {
  return source_stop_[p];
}

uint32_t BeadLinker::next_content(uint32_t p, uint32_t end) const {
  constexpr int kReach = 2;  // the next word, or the one after a function word
  uint32_t current = p;
  for (int k = 0; k < kReach; ++k) {
    if (current + 1 >= end || phrase_break(source_, source_text_, current)) {
      return kNoId;
    }
    ++current;
    if (!is_source_stop(current)) {
      return current;
    }
  }
  return kNoId;
}

BeadLinks BeadLinker::link(const Bead& bead) const {
  BeadLinks out;
  const uint32_t p_begin = source_.sentence_begin[bead.source.begin];
  const uint32_t p_end = source_.sentence_begin[bead.source.end];
  out.source_first = p_begin;
  out.target_of.assign(p_end - p_begin, kNoId);
  out.strength.assign(p_end - p_begin, 0.0F);
  if (bead.target.empty() || p_begin == p_end) {
    return out;
  }
  const uint32_t q_begin = target_.sentence_begin[bead.target.begin];
  const uint32_t q_end = target_.sentence_begin[bead.target.end];
  if (q_begin == q_end) {
    return out;
  }

  // Target positions sorted by id, to meet each source word's (id-sorted) link row.
  std::vector<std::pair<uint32_t, uint32_t>> by_id;
  for (uint32_t q = q_begin; q < q_end; ++q) {
    if (target_.is_word(q) && target_.ids[q] != kNoId) {
      by_id.emplace_back(target_.ids[q], q);
    }
  }
  std::sort(by_id.begin(), by_id.end());

  const auto relative = [](uint32_t k, uint32_t begin, uint32_t end) {
    return (static_cast<float>(k - begin) + 0.5F) / static_cast<float>(end - begin);
  };
  const score::LinkRows& rows = links_.forward;
  // Candidates grouped by source position (the loop visits p in order).
  std::vector<Candidate> candidates;
  std::vector<uint32_t> first_of(p_end - p_begin + 1, 0);
  for (uint32_t p = p_begin; p < p_end; ++p) {
    first_of[p - p_begin] = static_cast<uint32_t>(candidates.size());
    const uint32_t x = source_.ids[p];
    if (!source_.is_word(p) || x == kNoId || x + 1 >= rows.begin.size()) {
      continue;
    }
    const bool source_stop = is_source_stop(p);
    // Merge the link row of x (sorted by target id) with the bead's target ids.
    auto t = by_id.begin();
    for (uint32_t l = rows.begin[x]; l < rows.begin[x + 1] && t != by_id.end(); ++l) {
      const uint32_t y = rows.other[l];
      t = std::lower_bound(t, by_id.end(), std::pair<uint32_t, uint32_t>{y, 0});
      // Cognates are weaker evidence than a learned or dictionary translation: "совет" ~
      // "soviet" (LCSR 0.83) must lose to "совет" = "council". Equal spellings (names) are
      // Identical links and keep their strength.
      const float strength = rows.origin[l] == score::LinkOrigin::Cognate
                                 ? kCognateWeight * rows.strength[l]
                                 : rows.strength[l];
      if (strength < min_strength_) {
        continue;
      }
      const bool identical = rows.origin[l] == score::LinkOrigin::Identical;
      for (auto u = t; u != by_id.end() && u->first == y; ++u) {
        if (!identical && source_stop != target_stop_[u->second]) {
          continue;
        }
        const float distance =
            std::fabs(relative(p, p_begin, p_end) - relative(u->second, q_begin, q_end));
        candidates.push_back(Candidate{strength, distance, p, u->second});
      }
    }
  }
  first_of[p_end - p_begin] = static_cast<uint32_t>(candidates.size());

  struct Block {
    float strength;
    float distance;
    Candidate a;
    Candidate b;
  };

  constexpr uint32_t kNear = 2;
  std::vector<Block> blocks;
  for (uint32_t k = 0; k < candidates.size(); ++k) {
    const Candidate& c = candidates[k];
    if (is_source_stop(c.source)) {
      continue;
    }
    const uint32_t n = next_content(c.source, p_end);
    if (n == kNoId) {
      continue;
    }
    for (uint32_t l = first_of[n - p_begin]; l < first_of[n - p_begin + 1]; ++l) {
      const Candidate& d = candidates[l];
      const uint32_t low = std::min(c.target, d.target);
      const uint32_t high = std::max(c.target, d.target);
      if (low == high || high - low > kNear) {
        continue;
      }
      bool same_phrase = true;
      for (uint32_t q = low; q < high && same_phrase; ++q) {
        same_phrase = !phrase_break(target_, target_text_, q);
      }
      if (same_phrase) {
        blocks.push_back(Block{c.strength + d.strength, c.distance + d.distance, c, d});
      }
    }
  }
  std::sort(blocks.begin(), blocks.end(), [](const Block& x, const Block& y) {
    return std::tie(y.strength, x.distance, x.a.source, x.a.target, x.b.target) <
           std::tie(x.strength, y.distance, y.a.source, y.a.target, y.b.target);
  });
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return std::tie(y.strength, x.distance, x.source, x.target) <
           std::tie(x.strength, y.distance, y.source, y.target);
  });

  std::vector<bool> target_taken(q_end - q_begin, false);
  const auto is_free = [&](const Candidate& c) {
    return out.target_of[c.source - p_begin] == kNoId && !target_taken[c.target - q_begin];
  };
  const auto take = [&](const Candidate& c) {
    out.target_of[c.source - p_begin] = c.target;
    out.strength[c.source - p_begin] = c.strength;
    target_taken[c.target - q_begin] = true;
  };
  for (const Block& block : blocks) {
    if (is_free(block.a) && is_free(block.b)) {
      take(block.a);
      take(block.b);
    }
  }
  for (const Candidate& c : candidates) {
    if (is_free(c)) {
      take(c);
    }
  }

  // Uncrossing: links between repeats of one source word and repeats of one target word are
  // reassigned in text order ("Господи! Господи!" -> "Lord, Lord"): distances to the bead's
  // diagonal cannot order repeats that lie on the same side of it.
  std::vector<std::tuple<uint32_t, uint32_t, uint32_t, uint32_t>> same;  // ids, p, q
  for (uint32_t p = p_begin; p < p_end; ++p) {
    if (const uint32_t q = out.target(p); q != kNoId) {
      same.emplace_back(source_.ids[p], target_.ids[q], p, q);
    }
  }
  std::sort(same.begin(), same.end());
  for (size_t first = 0; first < same.size();) {
    size_t last = first + 1;
    while (last < same.size() && std::get<0>(same[last]) == std::get<0>(same[first]) &&
           std::get<1>(same[last]) == std::get<1>(same[first])) {
      ++last;
    }
    if (last - first > 1) {
      // One link (same ids) means one strength: only the targets move.
      std::vector<uint32_t> targets;
      for (size_t k = first; k < last; ++k) {
        targets.push_back(std::get<3>(same[k]));
      }
      std::sort(targets.begin(), targets.end());
      for (size_t k = first; k < last; ++k) {  // sources are in order within the group
        out.target_of[std::get<2>(same[k]) - p_begin] = targets[k - first];
      }
    }
    first = last;
  }

  // Growing: candidates are sorted by strength, so look each (p, q') pair up by position.
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  pairs.reserve(candidates.size());
  for (const Candidate& c : candidates) {
    pairs.emplace_back(c.source, c.target);
  }
  std::sort(pairs.begin(), pairs.end());
  const auto has_link = [&pairs](uint32_t p, uint32_t q) {
    return std::binary_search(pairs.begin(), pairs.end(), std::pair<uint32_t, uint32_t>{p, q});
  };
  for (uint32_t p = p_begin; p < p_end; ++p) {
    const uint32_t q = out.target(p);
    if (q == kNoId || is_source_stop(p)) {
      continue;
    }
    for (const int step : {-1, 1}) {
      uint32_t next = q;
      for (;;) {
        if (step < 0 ? (next == q_begin || phrase_break(target_, target_text_, next - 1))
                     : (next + 1 >= q_end || phrase_break(target_, target_text_, next))) {
          break;
        }
        next = step < 0 ? next - 1 : next + 1;
        if (target_taken[next - q_begin] || !has_link(p, next)) {
          break;
        }
        target_taken[next - q_begin] = true;
        out.extra.emplace_back(p, next);
      }
    }
  }
  std::sort(out.extra.begin(), out.extra.end());
  return out;
}

}  // namespace parallax::terms
