#include "terms/word_aligner.h"

#include <algorithm>

#include "terms/symmetrization.h"

namespace parallax::terms {

namespace {

constexpr float kCognateWeight = 0.5F;

// The word positions of sentences range of stream and their vocabulary ids.
struct Words {
  std::vector<uint32_t> positions;
  std::vector<uint32_t> ids;
};

void append_words(const TokenStream& stream, IndexRange range, Words& out) {
  for (uint32_t p = stream.sentence_begin[range.begin]; p < stream.sentence_begin[range.end]; ++p) {
    if (stream.is_word(p) && stream.ids[p] != kNoId) {
      out.positions.push_back(p);
      out.ids.push_back(stream.ids[p]);
    }
  }
}

// Training beads: all beads with both sides, or, beyond max_beads, the needed ones first and
// then others at a regular stride, up to max_beads (each set thinned at a regular stride if it
// alone is too large). Sorted. Why (measured with Model 1, which this replaced): training costs
// O(iterations · Σ |bead source words|·|bead target words|) and dominated the report on large
// texts; the words of the terms are all in the needed beads, and 20k beads are plenty for the
// words around them. Measured on 43 copies of the Bible dev set (99k sentences, 61k gold
// beads), 100 proposed terms, two translations, one core (`taskset -c 0`, a throwaway driver
// calling propose_terms and report_terms): report 36.1 s with every bead, 16.2 s capped.
std::vector<uint32_t> training_beads(const Alignment& alignment,
                                     const std::vector<bool>& needed,
                                     size_t max_beads) {
  std::vector<uint32_t> wanted;
  std::vector<uint32_t> others;
  for (uint32_t b = 0; b < alignment.beads.size(); ++b) {
    const Bead& bead = alignment.beads[b];
    if (!bead.source.empty() && !bead.target.empty()) {
      (b < needed.size() && needed[b] ? wanted : others).push_back(b);
    }
  }
  if (wanted.size() + others.size() <= max_beads) {
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
  std::vector<uint32_t> out = thin(wanted, std::min(wanted.size(), max_beads));
  const std::vector<uint32_t> fill = thin(others, std::min(others.size(), max_beads - out.size()));
  out.insert(out.end(), fill.begin(), fill.end());
  std::sort(out.begin(), out.end());
  return out;
}

// The prior pseudo-counts of (source id, target id): the link's strength times counts,
// cognates at half weight.
float prior_of(const score::LinkTable& prior, uint32_t source, uint32_t target, float counts) {
  const score::LinkRows& rows = prior.forward;
  if (source + 1 >= rows.begin.size()) {
    return 0.0F;
  }
  const auto first = rows.other.begin() + rows.begin[source];
  const auto last = rows.other.begin() + rows.begin[source + 1];
  const auto it = std::lower_bound(first, last, target);
  if (it == last || *it != target) {
    return 0.0F;
  }
  const auto l = static_cast<size_t>(it - rows.other.begin());
  return counts * rows.strength[l] *
         (rows.origin[l] == score::LinkOrigin::Cognate ? kCognateWeight : 1.0F);
}

}  // namespace

// A link the diagonal alone decided, moved to the word both models prefer. Model 2 gives a
// target word to the source word on the diagonal when the lexical evidence is weak there, as
// "and" in "and Isaac begat Jacob" / "Isaac became the father of Jacob" takes "became" (the
// conjunction sits where the verb does). When i is a common word, and another source word i'
// of the bead, at most half as common, is more probable for target word j under the forward
// model (t(f_j | e_i') > t(f_j | e_i)) and linked to a target word next to j (at most two words
// away), link j to i' instead: the phrase "became the father" stays with "begat". O(links²).
void WordAligner::relink_by_lexicon(std::vector<WordLink>& links,
                                    const std::vector<uint32_t>& source_ids,
                                    const std::vector<uint32_t>& target_ids) const {
  constexpr uint32_t kReach = 2;
  // A common word is in a quarter of the beads or more; the word preferred to it is in half as
  // many beads at most.
  constexpr uint32_t kCommonShare = 4;
  // Training beads holding source word id: 0 for a word seen only outside them (training is
  // capped at max_training_beads). The last entry of source_counts_ is the number of beads.
  const auto beads_with = [&](uint32_t id) {
    return id + 1 < source_counts_.size() ? source_counts_[id] : 0U;
  };
  const auto common = [&](uint32_t id) {
    return beads_with(id) > 0 && beads_with(id) * kCommonShare >= source_counts_.back();
  };
  std::vector<WordLink> moved = links;
  bool changed = false;
  for (WordLink& link : moved) {
    const auto [i, j] = link;
    if (!common(source_ids[i])) {
      continue;
    }
    const float forward = forward_.translation(source_ids[i], target_ids[j]);
    uint32_t best = i;
    float best_forward = forward;
    for (const auto& [k, l] : links) {
      const uint32_t distance = l > j ? l - j : j - l;
      if (k == i || k == best || distance == 0 || distance > kReach ||
          2 * beads_with(source_ids[k]) > beads_with(source_ids[i])) {
        continue;
      }
      const float f = forward_.translation(source_ids[k], target_ids[j]);
      if (f > best_forward) {
        best = k;
        best_forward = f;
      }
    }
    if (best != i) {
      link.first = best;
      changed = true;
    }
  }
  if (changed) {
    std::sort(moved.begin(), moved.end());
    moved.erase(std::unique(moved.begin(), moved.end()), moved.end());
    links = std::move(moved);
  }
}

struct WordAligner::Models {
  DiagonalModel forward;
  DiagonalModel backward;
  std::vector<uint32_t> source_counts;
};

WordAligner::WordAligner(const TokenStream& source,
                         const TokenStream& target,
                         const Alignment& alignment,
                         const score::LinkTable& prior,
                         const std::vector<bool>& needed,
                         const WordAlignerOptions& options)
    : WordAligner(
          source,
          target,
          [&] {
            const std::vector<uint32_t> chosen =
                training_beads(alignment, needed, options.max_training_beads);
            std::vector<Words> source_words(chosen.size());
            std::vector<Words> target_words(chosen.size());
            std::vector<IdPair> forward_pairs;
            std::vector<IdPair> backward_pairs;
            for (size_t k = 0; k < chosen.size(); ++k) {
              append_words(source, alignment.beads[chosen[k]].source, source_words[k]);
              append_words(target, alignment.beads[chosen[k]].target, target_words[k]);
              forward_pairs.push_back(IdPair{source_words[k].ids, target_words[k].ids});
              backward_pairs.push_back(IdPair{target_words[k].ids, source_words[k].ids});
            }
            const float counts = options.prior_counts;
            // The beads each source word occurs in (once per bead).
            std::vector<uint32_t> source_counts;
            for (const Words& words : source_words) {
              std::vector<uint32_t> ids = words.ids;
              std::sort(ids.begin(), ids.end());
              ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
              for (const uint32_t id : ids) {
                source_counts.resize(std::max<size_t>(source_counts.size(), id + 1), 0);
                ++source_counts[id];
              }
            }
            source_counts.push_back(static_cast<uint32_t>(chosen.size()));
            return Models{DiagonalModel(
                              forward_pairs,
                              [&](uint32_t s, uint32_t t) { return prior_of(prior, s, t, counts); },
                              options.model),
                          DiagonalModel(
                              backward_pairs,
                              [&](uint32_t t, uint32_t s) { return prior_of(prior, s, t, counts); },
                              options.model),
                          std::move(source_counts)};
          }(),
          options.final_and) {}

WordAligner::WordAligner(const TokenStream& source,
                         const TokenStream& target,
                         Models models,
                         bool final_and)
    : source_(source),
      target_(target),
      forward_(std::move(models.forward)),
      backward_(std::move(models.backward)),
      source_counts_(std::move(models.source_counts)),
      final_and_(final_and) {}

std::vector<PositionLink> WordAligner::align(const Bead& bead) const {
  Words source_words;
  Words target_words;
  append_words(source_, bead.source, source_words);
  append_words(target_, bead.target, target_words);
  const std::vector<uint32_t> source_of =
      forward_.viterbi(IdPair{source_words.ids, target_words.ids});
  const std::vector<uint32_t> target_of =
      backward_.viterbi(IdPair{target_words.ids, source_words.ids});
  std::vector<WordLink> links = grow_diag_final_and(source_of, target_of, final_and_);
  relink_by_lexicon(links, source_words.ids, target_words.ids);
  pair_repeats_by_neighbours(links, source_words.ids, target_words.ids);
  std::vector<PositionLink> out;
  for (const WordLink& link : links) {
    out.emplace_back(source_words.positions[link.first], target_words.positions[link.second]);
  }
  return out;
}

}  // namespace parallax::terms
