// Sentence alignment of a translation with its original (or of two translations).
#pragma once

#include <cstdint>
#include <string>

#include <parallax/lexicon.h>
#include <parallax/types.h>

namespace parallax {

struct AlignOptions {
  // Largest number of sentences on one side of a bead (1..4). Shapes allowed: 0-1, 1-0 and
  // every a-b with 1 <= a,b <= max_side and a+b <= max_side+1. Cost grows with the number
  // of shapes.
  uint32_t max_side = 4;
  // Learn word translation probabilities from the confident beads of a first pass and
  // realign (Moore 2002). Roughly doubles the time.
  bool learn_lexicon = true;
  // Use paragraph boundaries shared by both documents as soft anchors.
  bool use_paragraphs = true;
  // Half-width of the DP band in sentences around the anchor path; 0 = automatic. While the
  // best path touches the band's edge, the band is moved onto that path, then doubled.
  uint32_t band = 0;
  // After the monotone alignment, pair runs of 1-0 beads with runs of 0-1 beads elsewhere that
  // translate each other, and align them as moved blocks (Bead::moved): a passage present in
  // both texts at different places. Linear in the text; nothing changes when nothing moved.
  bool find_moved = true;
  ProgressCallback on_progress;  // stages "tokenize", "anchors", "align", "realign", "done"
  // No on_diagnostic: align() meets no recoverable anomaly (bad options throw OptionError; the
  // inputs' anomalies are reported where they are read, by SegmentOptions and
  // LexiconReadOptions), so a callback here would never be called.

  void validate() const;  // throws OptionError
};

// Aligns source with target. The lexicon may be empty or for either direction of the
// documents' languages (it is reversed if needed; other pairs are ignored).
// Returns beads covering every sentence of both documents exactly once, in source order; target
// order is monotone except for moved blocks (AlignOptions::find_moved, Bead::moved).
// Throws OptionError for invalid options; nothing else. Either document may be empty.
// Time O((m+n)·w) and memory O((m+n)·w) for band half-width w. Thread-safe; deterministic.
Alignment align(const Document& source,
                const Document& target,
                const AlignOptions& options,
                const Lexicon& lexicon);

// The same with a lexicon prepared for (source.language, target.language), to align many
// documents of one pair without stemming the lexicon for each. Throws OptionError if it was
// prepared for another pair.
Alignment align(const Document& source,
                const Document& target,
                const AlignOptions& options,
                const PreparedLexicon& lexicon);

}  // namespace parallax
