// Word alignment inside the beads of a sentence alignment, for finding renderings.
//
// Notation: i ∈ [0,m) original (source) sentences, j ∈ [0,n) translation (target) sentences,
// bead (a,b) = a source and b target sentences; positions p, q index the source and target
// token streams (token_stream.h).
//
// One link table per translation says which source word may translate which target word and
// how strongly: dictionary entries, identical words (numbers, marks; every word when both
// sides share a language), transliterated names and cognates (score/link_table.h), and IBM
// Model 1 probabilities (Brown et al. 1993, sec. 4.1; lexicon/model1.h) trained on all beads.
// Inside a bead, words are linked one-to-one by competitive linking (Melamed 2000, "Models of
// translational equivalence among words", sec. 5.1): the strongest remaining pair is linked
// first, ties going to the pair closest to the diagonal of the bead.
#pragma once

#include <cstdint>
#include <vector>

#include <parallax/lexicon.h>
#include <parallax/types.h>

#include "score/link_table.h"
#include "score/sentence_features.h"
#include "terms/token_stream.h"
#include "text/tokenizer.h"

namespace parallax::terms {

// The word links of one translation. lexicon must be prepared for (source_language,
// target_language); the languages decide whether identical words link (same language) and whether
// spellings are compared (alphabetic scripts). needed[b] marks the beads that hold term
// occurrences: they train Model 1 first when the alignment is large (see training_beads).
// Time: the dictionary and surface links (linear in the vocabularies), then Model 1 on at most
// 20k beads (O(iterations · Σ |bead source words|·|bead target words|)).
score::LinkTable build_word_links(const score::SideFeatures& source,
                                  const score::SideFeatures& target,
                                  const Alignment& alignment,
                                  const PreparedLexicon& lexicon,
                                  std::string_view source_language,
                                  std::string_view target_language,
                                  const std::vector<bool>& needed);

// The one-to-one links of one bead: target_of[p - source_first] is the target position linked
// to source position p (kNoId if none) and strength[...] the link's strength.
struct BeadLinks {
  uint32_t source_first = 0;
  std::vector<uint32_t> target_of;
  std::vector<float> strength;
  // Further target words of a linked source word (p, q), sorted: unlinked neighbours of its
  // target that it also links to ("Организации" -> "United Nations").
  std::vector<std::pair<uint32_t, uint32_t>> extra;

  uint32_t target(uint32_t p) const { return target_of[p - source_first]; }

  float strength_of(uint32_t p) const { return strength[p - source_first]; }
};

// Links the words of beads by competitive linking in two rounds. First phrase blocks: two
// links (p, q) and (p', q') where p' is the next content word after p in the same phrase
// (skipping at most one function word) and q' lies within two words of q in the same phrase;
// blocks go by total
// strength, then closeness to the bead's diagonal, and are taken when their four words are
// all free. Then single links, by strength and closeness. Blocks keep the words of a phrase
// together when a bead mentions it several times ("Совету Безопасности ... Совет
// Безопасности" -> "Security Council ... Security Council") where single links could cross
// between the mentions.
// Then links between repeats of one word on both sides are put in text order ("Господи!
// Господи!" -> "Lord, Lord"). Last, a linked content word also takes the free target words next
// to its target (on either
// side, repeatedly) that it has a link to: one word rendered by two ("Организации" -> "United
// Nations" when the bead has no "Объединенных Наций").
// Links between a function word and a content word are ignored unless the two are identical:
// they are chance co-occurrences ("the") that would otherwise widen or replace a rendering.
class BeadLinker {
 public:
  // The references must outlive the linker. *_stop flag function words by position
  // (stop_words.h); *_text are
  // the documents' texts.
  BeadLinker(const score::LinkTable& links,
             const TokenStream& source,
             const std::string& source_text,
             const TokenStream& target,
             const std::string& target_text,
             const std::vector<bool>& source_stop,
             const std::vector<bool>& target_stop,
             float min_strength);

  // Links the words of source sentences bead.source with those of target sentences
  // bead.target. Time O(a·b·log(a·b)) for a source and b target words (more when a word
  // repeats many times in the bead). Deterministic.
  BeadLinks link(const Bead& bead) const;

  bool is_source_stop(uint32_t p) const;

 private:
  struct Candidate {
    float strength;
    float distance;  // |relative source position - relative target position| in [0, 1]
    uint32_t source;
    uint32_t target;
  };

  // The next content word after source position p, before end and inside p's phrase, skipping
  // at most one function word; kNoId if none.
  uint32_t next_content(uint32_t p, uint32_t end) const;

  const score::LinkTable& links_;
  const TokenStream& source_;
  const std::string& source_text_;
  const TokenStream& target_;
  const std::string& target_text_;
  const std::vector<bool>& source_stop_;
  const std::vector<bool>& target_stop_;
  float min_strength_;
};

}  // namespace parallax::terms
