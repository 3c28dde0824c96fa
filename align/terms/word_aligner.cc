#include "terms/word_aligner.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "terms/anchored_diagonal.h"
#include "terms/link_prior.h"
#include "terms/segment_links.h"
#include "terms/surface_shares.h"
#include "terms/symmetrization.h"

namespace parallax::terms {

namespace {

constexpr float kCognateWeight = 0.5F;

// The word positions of sentences range of stream, their vocabulary ids and their surface
// forms (TokenStream::folded_ids).
struct Words {
  std::vector<uint32_t> positions;
  std::vector<uint32_t> ids;
  std::vector<uint32_t> surfaces;
};

// The vocabulary ids the models see, by position of stream: its ids, but a word with a
// typographic possessive ("Yahweh’s", "brothers’") takes the id of the word without it when
// the text has that word. Snowball strips only the ASCII "'s" (without_possessive, TODO(#4)),
// so "Yahweh’s" was a word of its own, seen a few times: in "the word of the LORD" / "Yahweh’s
// word" the model did not know it for "LORD", and "word" took it by the diagonal (Samuel 3:1,
// the rendering "Yahweh’s word" for "word"). O(stream).
std::vector<uint32_t> model_ids(const TokenStream& stream) {
  std::vector<uint32_t> ids = stream.ids;
  std::vector<uint32_t> id_of_folded(stream.folded.size(), kNoId);
  for (uint32_t p = 0; p < stream.size(); ++p) {
    if (stream.is_word(p) && stream.ids[p] != kNoId) {
      id_of_folded[stream.folded_ids[p]] = stream.ids[p];
    }
  }
  for (uint32_t p = 0; p < stream.size(); ++p) {
    if (!stream.is_word(p) || stream.ids[p] == kNoId) {
      continue;
    }
    const std::string& form = stream.folded[stream.folded_ids[p]];
    for (const std::string_view possessive : {"\u2019s", "\u2019"}) {
      if (form.size() > possessive.size() && form.ends_with(possessive)) {
        const auto base = stream.folded_id_of.find(form.substr(0, form.size() - possessive.size()));
        if (base != stream.folded_id_of.end() && id_of_folded[base->second] != kNoId) {
          ids[p] = id_of_folded[base->second];
        }
        break;
      }
    }
  }
  return ids;
}

// Appends the words of sentences range of stream, with ids (model_ids) by position.
void append_words(const TokenStream& stream,
                  const std::vector<uint32_t>& ids,
                  IndexRange range,
                  Words& out) {
  for (uint32_t p = stream.sentence_begin[range.begin]; p < stream.sentence_begin[range.end]; ++p) {
    if (stream.is_word(p) && ids[p] != kNoId) {
      out.positions.push_back(p);
      out.ids.push_back(ids[p]);
      out.surfaces.push_back(stream.folded_ids[p]);
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
  const std::optional<size_t> l = find_prior(prior, source, target);
  if (!l) {
    return 0.0F;
  }
  const score::LinkRows& rows = prior.forward;
  return counts * rows.strength[*l] *
         (rows.origin[*l] == score::LinkOrigin::Cognate ? kCognateWeight : 1.0F);
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

// A word's links to target words cut apart by a content word linked to another source word
// (and not to it), as "сопровождающих" -> "waiting", "maintainers" in "waiting for good
// maintainers"
// ("good" <- "хороших"): the grow steps of the symmetrisation add a diagonal neighbour on one
// side while the lexicon finds the other. A rendering is one phrase, so only one run (maximal
// sequence of i's targets that no such word interrupts) is kept: the one holding the most
// probable link by t(f | e) + t(e | f) of both models, the nearest to the diagonal on ties (a
// repeated word linked to every repeat of its translation). O(links · n).
void WordAligner::keep_one_run(std::vector<WordLink>& links,
                               const std::vector<uint32_t>& source_ids,
                               const std::vector<uint32_t>& target_ids,
                               const std::vector<uint32_t>& target_positions) const {
  const size_t m = source_ids.size();
  const size_t n = target_ids.size();
  std::vector<std::vector<uint32_t>> sources_of(n);
  for (const auto& [i, j] : links) {
    sources_of[j].push_back(i);
  }
  const auto function = [&](uint32_t j) {
    const uint32_t q = target_positions[j];
    return q < target_function_.size() && target_function_[q];
  };
  const auto interrupted = [&](uint32_t i, uint32_t a, uint32_t b) {  // a < b, targets of i
    for (uint32_t j = a + 1; j < b; ++j) {
      const std::vector<uint32_t>& owners = sources_of[j];
      if (!function(j) && !owners.empty() &&
          std::find(owners.begin(), owners.end(), i) == owners.end()) {
        return true;
      }
    }
    return false;
  };
  const auto off_diagonal = [&](uint32_t i, uint32_t j) {
    const float h = (static_cast<float>(i) + 0.5F) / static_cast<float>(m) -
                    (static_cast<float>(j) + 0.5F) / static_cast<float>(n);
    return h < 0.0F ? -h : h;
  };
  std::vector<WordLink> out;
  for (size_t first = 0; first < links.size();) {
    size_t last = first;
    while (last < links.size() && links[last].first == links[first].first) {
      ++last;
    }
    const uint32_t i = links[first].first;
    // The runs of links[first, last) (sorted by j), [begin, end) each; the best by
    // (strongest link, links of i's neighbours next to the run, -distance to the diagonal).
    std::pair<size_t, size_t> best_run{first, first};
    std::tuple<float, int, float> best{-1.0F, 0, 0.0F};
    for (size_t begin = first; begin < last;) {
      size_t end = begin + 1;
      while (end < last && !interrupted(i, links[end - 1].second, links[end].second)) {
        ++end;
      }
      std::tuple<float, int, float> rank{0.0F, 0, -1.0F};
      for (size_t k = begin; k < end; ++k) {
        const uint32_t j = links[k].second;
        std::get<0>(rank) =
            std::max(std::get<0>(rank), forward_.translation(source_ids[i], target_ids[j]) +
                                            backward_.translation(target_ids[j], source_ids[i]));
        std::get<2>(rank) = std::max(std::get<2>(rank), -off_diagonal(i, j));
      }
      // The run's content words (all its words if it has none).
      size_t content_begin = begin;
      size_t content_end = end;
      while (content_begin + 1 < content_end && function(links[content_begin].second)) {
        ++content_begin;
      }
      while (content_end - 1 > content_begin && function(links[content_end - 1].second)) {
        --content_end;
      }
      const uint32_t run_first = links[content_begin].second;
      const uint32_t run_last = links[content_end - 1].second;
      for (const auto& [k, l] : links) {
        const bool beside_i = k + 1 == i || k == i + 1;
        const bool beside_run = l + 1 == run_first || l == run_last + 1;
        std::get<1>(rank) += beside_i && beside_run ? 1 : 0;
      }
      if (rank > best) {
        best = rank;
        best_run = {begin, end};
      }
      begin = end;
    }
    out.insert(out.end(), links.begin() + static_cast<std::ptrdiff_t>(best_run.first),
               links.begin() + static_cast<std::ptrdiff_t>(best_run.second));
    first = last;
  }
  links = std::move(out);
}

// A source word left without a content word before a phrase whose translation comes first:
// Russian puts a head noun before what names or qualifies it, English after ("В поле Следующий
// стиль выберите" / "In the Next Style box, select"; "номеров страниц" / "page numbers"; "окно
// Файловые операции" / "the Operations Viewer window"). The diagonal looks for "поле" where
// "the" is, and the lexicon alone, which sends "поле" to "field" in most beads (t(box | поле)
// 0.014), cannot pull "box" back from the words the diagonal gave it ("выберите", "пункт",
// t(· | box) 0.166 and 0.115 against t(поле | box) 0.614). So when the words right after i
// form a phrase consistent with the links (source [i + 1, e], each linked; every content word
// of the span [lo, hi] of their content targets linked into it only), the content word
// j = hi + 1 right after that span links to i if it is i's most probable content word in the
// bead by the backward model and i explains it better than each source word it is linked to;
// i's links to function words, the diagonal's stand-ins, go. The smallest such phrase is
// taken. Not the other way round (a word after the phrase, its target before): the dev pairs
// have no case of it, and there it only added links to the wrong words. Run after
// keep_one_run, whose runs make the phrase's span its own. O(m · (m + n) · links per word).
void WordAligner::link_across_moved_phrase(std::vector<WordLink>& links,
                                           const std::vector<uint32_t>& source_ids,
                                           const std::vector<uint32_t>& target_ids,
                                           const std::vector<uint32_t>& target_positions) const {
  const size_t m = source_ids.size();
  const size_t n = target_ids.size();
  std::vector<std::vector<uint32_t>> sources_of(n);
  std::vector<std::vector<uint32_t>> targets_of(m);
  for (const auto& [i, j] : links) {
    sources_of[j].push_back(i);
    targets_of[i].push_back(j);
  }
  const auto function = [&](uint32_t j) {
    const uint32_t q = target_positions[j];
    return q < target_function_.size() && target_function_[q];
  };
  const auto explains = [&](uint32_t i, uint32_t j) {  // t(e_i | f_j), backward
    return backward_.translation(target_ids[j], source_ids[i]);
  };
  const auto takes = [&](uint32_t i, uint32_t j) {
    const float t = explains(i, j);
    if (t <= 0.0F || function(j)) {
      return false;
    }
    for (uint32_t l = 0; l < n; ++l) {
      if (!function(l) && explains(i, l) > t) {
        return false;
      }
    }
    return std::all_of(sources_of[j].begin(), sources_of[j].end(),
                       [&](uint32_t k) { return t > explains(k, j); });
  };
  std::vector<WordLink> added;
  for (uint32_t i = 0; i + 1 < m; ++i) {
    if (!std::all_of(targets_of[i].begin(), targets_of[i].end(), function)) {
      continue;
    }
    uint32_t lo = UINT32_MAX;
    uint32_t hi = 0;
    for (uint32_t e = i + 1; e < m && !targets_of[e].empty(); ++e) {
      for (const uint32_t j : targets_of[e]) {
        if (!function(j)) {
          lo = std::min(lo, j);
          hi = std::max(hi, j);
        }
      }
      bool consistent = lo <= hi;
      for (uint32_t j = lo; j <= hi && consistent; ++j) {
        consistent = function(j) || std::all_of(sources_of[j].begin(), sources_of[j].end(),
                                                [&](uint32_t k) { return k > i && k <= e; });
      }
      if (!consistent) {
        continue;
      }
      if (hi + 1 >= n) {
        break;
      }
      if (takes(i, hi + 1)) {
        added.emplace_back(i, hi + 1);
        break;
      }
    }
  }
  if (!added.empty()) {
    // i's links to function words were the diagonal's stand-ins for the word it now has.
    links.erase(std::remove_if(links.begin(), links.end(),
                               [&](const WordLink& link) {
                                 return std::any_of(
                                     added.begin(), added.end(),
                                     [&](const WordLink& a) { return a.first == link.first; });
                               }),
                links.end());
    links.insert(links.end(), added.begin(), added.end());
    std::sort(links.begin(), links.end());
  }
}

struct WordAligner::Models {
  DiagonalModel forward;
  DiagonalModel backward;
  std::vector<uint32_t> source_counts;
  SurfaceShares surface_shares;
  std::vector<uint32_t> source_ids;  // model_ids
  std::vector<uint32_t> target_ids;
};

WordAligner::WordAligner(const TokenStream& source,
                         const TokenStream& target,
                         const Alignment& alignment,
                         const score::LinkTable& prior,
                         const std::vector<bool>& needed,
                         const WordAlignerOptions& options,
                         std::vector<bool> target_function,
                         std::vector<bool> source_function)
    : WordAligner(
          source,
          target,
          [&] {
            const std::vector<uint32_t> chosen =
                training_beads(alignment, needed, options.max_training_beads);
            std::vector<uint32_t> source_ids = model_ids(source);
            std::vector<uint32_t> target_ids = model_ids(target);
            std::vector<Words> source_words(chosen.size());
            std::vector<Words> target_words(chosen.size());
            std::vector<IdPair> forward_pairs;
            std::vector<IdPair> backward_pairs;
            for (size_t k = 0; k < chosen.size(); ++k) {
              append_words(source, source_ids, alignment.beads[chosen[k]].source, source_words[k]);
              append_words(target, target_ids, alignment.beads[chosen[k]].target, target_words[k]);
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
            Models models{DiagonalModel(
                              forward_pairs,
                              [&](uint32_t s, uint32_t t) { return prior_of(prior, s, t, counts); },
                              options.model),
                          DiagonalModel(
                              backward_pairs,
                              [&](uint32_t t, uint32_t s) { return prior_of(prior, s, t, counts); },
                              options.model),
                          std::move(source_counts),
                          {},
                          std::move(source_ids),
                          std::move(target_ids)};
            if (options.surface_forms) {
              std::vector<std::vector<uint32_t>> surfaces;
              surfaces.reserve(target_words.size());
              for (const Words& words : target_words) {
                surfaces.push_back(words.surfaces);
              }
              models.surface_shares =
                  SurfaceShares(target, forward_pairs, surfaces, models.forward, models.backward);
            }
            return models;
          }(),
          options,
          std::move(target_function),
          std::move(source_function)) {}

WordAligner::WordAligner(const TokenStream& source,
                         const TokenStream& target,
                         Models models,
                         const WordAlignerOptions& options,
                         std::vector<bool> target_function,
                         std::vector<bool> source_function)
    : source_(source),
      target_(target),
      target_function_(std::move(target_function)),
      source_function_(std::move(source_function)),
      forward_(std::move(models.forward)),
      backward_(std::move(models.backward)),
      source_counts_(std::move(models.source_counts)),
      surface_shares_(std::move(models.surface_shares)),
      source_ids_(std::move(models.source_ids)),
      target_ids_(std::move(models.target_ids)),
      final_and_(options.final_and),
      final_by_strength_(options.final_by_strength),
      anchored_(options.anchored_diagonal),
      moved_phrases_(options.moved_phrases) {}

namespace {

// How each link of final came about (see LinkStep), from the stages of WordAligner::align:
// grown (after grow-diag-final-and), relinked (after relink_by_lexicon), kept (after
// keep_one_run, a subset of relinked). All sorted.
std::vector<LinkStep> link_steps(const std::vector<WordLink>& final,
                                 const std::vector<WordLink>& grown,
                                 const std::vector<WordLink>& kept,
                                 const std::vector<uint32_t>& source_of,
                                 const std::vector<uint32_t>& target_of) {
  const auto in = [](const std::vector<WordLink>& links, const WordLink& link) {
    return std::binary_search(links.begin(), links.end(), link);
  };
  std::vector<LinkStep> out;
  for (const WordLink& link : final) {
    const auto [i, j] = link;
    if (!in(kept, link)) {
      out.push_back(LinkStep::Repaired);
    } else if (!in(grown, link)) {
      out.push_back(LinkStep::Relinked);
    } else if (source_of[j] == i && target_of[i] == j) {
      out.push_back(LinkStep::Both);
    } else {
      out.push_back(source_of[j] == i ? LinkStep::Forward : LinkStep::Backward);
    }
  }
  return out;
}

}  // namespace

// The bead decoded again with the diagonal drawn through its anchors (anchored_diagonal.h),
// when it has any. The new directional alignments replace source_of and target_of unless both
// directions agree on fewer links under them: where the translation moves a phrase against its
// anchors' order (Charter bead 70: "по поддержанию международного мира и безопасности, которые
// Совет Безопасности решил" / "that the Security Council has decided upon ... to maintain
// international peace and security"), the longest chain of anchors skips the moved phrase,
// the interpolated diagonal misplaces its words, and fewer links agree. The prior through the
// anchors keeps the full λ even in a short bead (DiagonalModelOptions::min_length): its centre
// line goes through sure links (weakened as well, it rendered 903 of 987 dev occurrences, not
// 909; docs/EVALUATION.md). O(m·n).
void WordAligner::redecode_through_anchors(const Eigen::MatrixXf& forward_emissions,
                                           const Eigen::MatrixXf& backward_emissions,
                                           const std::vector<uint32_t>& source_ids,
                                           const std::vector<uint32_t>& target_ids,
                                           std::vector<uint32_t>& source_of,
                                           std::vector<uint32_t>& target_of) const {
  const std::vector<WordLink> anchors = anchor_links(source_of, target_of, source_ids, target_ids);
  if (anchors.empty()) {
    return;
  }
  std::vector<WordLink> transposed;
  transposed.reserve(anchors.size());
  for (const auto& [i, j] : anchors) {
    transposed.emplace_back(j, i);
  }
  const size_t m = source_ids.size();
  const size_t n = target_ids.size();
  auto [anchored_source_of, anchored_target_of] = decode_posteriors(
      forward_.posteriors(forward_emissions,
                          anchored_diagonal(m, n, anchors, forward_.options().tension)),
      backward_.posteriors(backward_emissions,
                           anchored_diagonal(n, m, transposed, backward_.options().tension)));
  if (agreed_links(anchored_source_of, anchored_target_of) >= agreed_links(source_of, target_of)) {
    source_of = std::move(anchored_source_of);
    target_of = std::move(anchored_target_of);
  }
}

std::vector<PositionLink> WordAligner::align(const Bead& bead, std::vector<LinkStep>* steps) const {
  Words source_words;
  Words target_words;
  append_words(source_, source_ids_, bead.source, source_words);
  append_words(target_, target_ids_, bead.target, target_words);
  const IdPair forward_pair{source_words.ids, target_words.ids};
  const IdPair backward_pair{target_words.ids, source_words.ids};
  const size_t m = source_words.ids.size();
  const size_t n = target_words.ids.size();
  // Kept for a second decoding (redecode_through_anchors): the lookups are most of the cost.
  Eigen::MatrixXf forward_emissions = forward_.emissions(forward_pair);
  Eigen::MatrixXf backward_emissions = backward_.emissions(backward_pair);
  surface_shares_.apply(source_words.ids, target_words.ids, target_words.surfaces,
                        forward_emissions, backward_emissions);
  auto [source_of, target_of] = decode_posteriors(
      forward_.posteriors(forward_emissions, diagonal(m, n, tension_for(m, n, forward_.options()))),
      backward_.posteriors(backward_emissions,
                           diagonal(n, m, tension_for(n, m, backward_.options()))));
  if (anchored_) {
    redecode_through_anchors(forward_emissions, backward_emissions, source_words.ids,
                             target_words.ids, source_of, target_of);
  }
  // The larger of the pair's two translation probabilities: a link the lexicon backs in either
  // direction ("дополнение" -> "plugin": t(e | f) 0.30) goes before one the diagonal gave a
  // pronoun ("ими" -> "plugin": 0.03, 0.05) when both want one free word.
  const auto strength = [&](uint32_t i, uint32_t j) {
    return std::max(forward_.translation(source_words.ids[i], target_words.ids[j]),
                    backward_.translation(target_words.ids[j], source_words.ids[i]));
  };
  std::vector<WordLink> links =
      final_by_strength_ ? grow_diag_final_and(source_of, target_of, final_and_, strength)
                         : grow_diag_final_and(source_of, target_of, final_and_);
  const std::vector<WordLink> grown = steps == nullptr ? std::vector<WordLink>{} : links;
  relink_by_lexicon(links, source_words.ids, target_words.ids);
  keep_one_run(links, source_words.ids, target_words.ids, target_words.positions);
  if (moved_phrases_) {
    link_across_moved_phrase(links, source_words.ids, target_words.ids, target_words.positions);
  }
  const std::vector<WordLink> kept = steps == nullptr ? std::vector<WordLink>{} : links;
  if (!source_function_.empty() && !target_function_.empty()) {
    const auto content = [](const std::vector<bool>& function, const std::vector<uint32_t>& at) {
      std::vector<bool> out;
      out.reserve(at.size());
      for (const uint32_t p : at) {
        out.push_back(p >= function.size() || !function[p]);
      }
      return out;
    };
    keep_links_in_segments(links, word_segments(source_, source_words.positions),
                           word_segments(target_, target_words.positions),
                           content(source_function_, source_words.positions),
                           content(target_function_, target_words.positions));
  }
  pair_repeats_by_neighbours(links, source_words.ids, target_words.ids);
  if (steps != nullptr) {
    *steps = link_steps(links, grown, kept, source_of, target_of);
  }
  std::vector<PositionLink> out;
  out.reserve(links.size());
  for (const WordLink& link : links) {
    out.emplace_back(source_words.positions[link.first], target_words.positions[link.second]);
  }
  return out;
}

std::pair<float, float> WordAligner::translation(uint32_t p, uint32_t q) const {
  return {forward_.translation(source_ids_[p], target_ids_[q]),
          backward_.translation(target_ids_[q], source_ids_[p])};
}

}  // namespace parallax::terms
