// Word alignment inside the beads of a sentence alignment, for finding renderings.
//
// Notation: i ∈ [0,m) original (source) sentences, j ∈ [0,n) translation (target) sentences,
// bead (a,b) = a source and b target sentences; positions p, q index the source and target
// token streams (token_stream.h).
//
// Per translation, two IBM Model 2 models with a diagonal prior (diagonal_model.h, fast_align's
// reparameterisation) are trained on the beads of the alignment, target from source and
// source from target, with the prior links (link_prior.h: dictionary, identical words,
// cognates, stems) as pseudo-counts. Each word of a bead goes to its most probable word under
// its direction's model (decoded again with the diagonal through the bead's anchors when that
// makes the directions agree on as many links or more: anchored_diagonal.h; the forms of one
// target stem told apart by the source words linked to each form in the text:
// surface_shares.h), and the two directions are symmetrised by grow-diag-final-and
// (symmetrization.h; its last step takes the lexically strongest links first): one word may link to
// several ("родил" -> "became ... father") and several to one. A word left without a content
// word before a phrase translated first takes the word after that translation (a head noun
// before its name: "поле Следующий стиль" / "Next Style box"). Links a common source word took by
// the diagonal move to the word the lexicon prefers, a word keeps one run of target words (no
// content word linked elsewhere inside it), the items of two lists keep their ranks
// (segment_links.h), and repeats of a word linked to repeats of its
// translation are paired by their linked neighbours, not by the diagonal alone. The models see
// a word with a typographic possessive ("Yahweh’s") as the word itself.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include <parallax/terms.h>
#include <parallax/types.h>

#include "score/link_table.h"
#include "terms/diagonal_model.h"
#include "terms/surface_shares.h"
#include "terms/symmetrization.h"
#include "terms/token_stream.h"

namespace parallax::terms {

struct WordAlignerOptions {
  // Pseudo-counts a prior link of strength 1 adds to its pair at every EM step (cognates count
  // half). Range [0, 100]; more trusts the dictionary over the text.
  float prior_counts = 2.0F;
  // At most this many beads train the models (the needed ones first): training costs
  // O(iterations · Σ m·n) over them. Range ≥ 1.
  uint32_t max_training_beads = 20000;
  DiagonalModelOptions model;
  // Symmetrise by grow-diag-final-and (true) or grow-diag-final (false), symmetrization.h.
  bool final_and = true;
  // The last step of the symmetrisation takes the one-direction links left strongest first,
  // by the larger of their two translation probabilities t(f | e), t(e | f) (true), or in the
  // order of their positions (false: Moses). Costs two lookups per link left.
  bool final_by_strength = true;
  // Decode each bead a second time with the diagonal drawn through its sure links
  // (anchored_diagonal.h), when it has any. Costs a second pass over the bead's cells.
  bool anchored_diagonal = true;
  // Tell apart the surface forms of a target stem by the source words each is linked to
  // (surface_shares.h: "calculator" and "calculate" are one Snowball stem). Costs one more
  // posterior pass per direction over the training beads.
  bool surface_forms = true;
  // A source word without a content word before a phrase whose translation comes first takes
  // the content word right after that translation when the backward model backs it (a head
  // noun before what names it: "поле Следующий стиль" / "Next Style box", "номеров страниц" /
  // "page numbers"; word_aligner.cc link_across_moved_phrase). Costs O(m · (m + n)) per bead.
  bool moved_phrases = true;
};

// A link between source position p and target position q.
using PositionLink = std::pair<uint32_t, uint32_t>;

class WordAligner {
 public:
  // Trains on the beads of alignment (between source and target, the streams of the original
  // and the translation) that have words on both sides. needed[b] marks the beads that will be
  // aligned: they train first when there are more than options.max_training_beads. prior has
  // the vocabulary ids of the streams. The references need not outlive the constructor except
  // source and target. Time O(iterations · Σ m·n) over the training beads (m, n: their
  // words); memory O(Σ m·n). Deterministic. target_function (by target position, or empty:
  // none) marks the function words of the target (stop_words.h), which do not cut a word's
  // rendering in two (keep_one_run); copied (a bit a token). source_function (by source
  // position, or empty: the links are not checked against the segments) marks the original's;
  // with both, links that cross the items of a list both sides punctuate alike are mended
  // (segment_links.h).
  WordAligner(const TokenStream& source,
              const TokenStream& target,
              const Alignment& alignment,
              const score::LinkTable& prior,
              const std::vector<bool>& needed,
              const WordAlignerOptions& options,
              std::vector<bool> target_function = {},
              std::vector<bool> source_function = {});

  // The symmetrised links of bead's words, sorted by (p, q). Words only (no punctuation
  // tokens). With steps, also how each link came about (parallel to the links; for reading
  // errors: `parallax terms --debug-links`). Time O(m·n·log(distinct pairs)). Thread-safe.
  std::vector<PositionLink> align(const Bead& bead, std::vector<LinkStep>* steps = nullptr) const;

  // The translation probabilities of the words at source position p and target position q:
  // {forward t(target | source), backward t(source | target)}. O(log vocabulary).
  std::pair<float, float> translation(uint32_t p, uint32_t q) const;

 private:
  struct Models;
  WordAligner(const TokenStream& source,
              const TokenStream& target,
              Models models,
              const WordAlignerOptions& options,
              std::vector<bool> target_function,
              std::vector<bool> source_function);

  // See word_aligner.cc. The emissions of both directions (DiagonalModel::emissions), the
  // words' vocabulary ids, and the directional alignments (decode_posteriors), replaced.
  void redecode_through_anchors(const Eigen::MatrixXf& forward_emissions,
                                const Eigen::MatrixXf& backward_emissions,
                                const std::vector<uint32_t>& source_ids,
                                const std::vector<uint32_t>& target_ids,
                                std::vector<uint32_t>& source_of,
                                std::vector<uint32_t>& target_of) const;

  // See word_aligner.cc. links sorted by (i, j), and kept so; target_positions[j]: the stream
  // position of target word j.
  void link_across_moved_phrase(std::vector<WordLink>& links,
                                const std::vector<uint32_t>& source_ids,
                                const std::vector<uint32_t>& target_ids,
                                const std::vector<uint32_t>& target_positions) const;

  // See word_aligner.cc. links sorted by (i, j), and kept so; the ids: the words' vocabulary
  // ids.
  void relink_by_lexicon(std::vector<WordLink>& links,
                         const std::vector<uint32_t>& source_ids,
                         const std::vector<uint32_t>& target_ids) const;

  // See word_aligner.cc. links sorted by (i, j), and kept so; target_positions[j]: the stream
  // position of target word j.
  void keep_one_run(std::vector<WordLink>& links,
                    const std::vector<uint32_t>& source_ids,
                    const std::vector<uint32_t>& target_ids,
                    const std::vector<uint32_t>& target_positions) const;

  const TokenStream& source_;
  const TokenStream& target_;
  std::vector<bool> target_function_;
  std::vector<bool> source_function_;
  DiagonalModel forward_;   // target words from source words
  DiagonalModel backward_;  // source words from target words
  // By source vocabulary id: the training beads it occurs in; then the number of those beads.
  std::vector<uint32_t> source_counts_;
  SurfaceShares surface_shares_;  // factors 1 when options.surface_forms is off
  // The vocabulary ids the models see, by position (word_aligner.cc model_ids: a typographic
  // possessive is its word).
  std::vector<uint32_t> source_ids_;
  std::vector<uint32_t> target_ids_;
  bool final_and_;
  bool final_by_strength_;
  bool anchored_;
  bool moved_phrases_;
};

}  // namespace parallax::terms
