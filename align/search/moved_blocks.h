// Moved passages (#13 item 3): a paragraph or chapter present in both texts but at another place
// in each. A monotone alignment leaves it as a run of 1-0 beads at its place in the source and a
// run of 0-1 beads at its place in the target. This second pass pairs such runs when they
// translate each other, aligns them inside with the same bead scorer and search as the monotone
// pass, and puts their beads in place of the null beads, marked with a block id (Bead::moved).
//
// Notation: i ∈ [0,m) source sentences, j ∈ [0,n) target sentences; a stretch is the source (or
// target) range of the null beads of one maximal run of consecutive null beads.
//
//   1. Candidates: for every source stretch S and target stretch T of different runs, each of at
//      least kMinMovedSentences, the vote v(S,T) = Σ weight(x) over the distinct weighted tokens
//      x of S with a link into a sentence of T, counted through the postings of the linked
//      target tokens (rare ones only: at most kMaxPostings sentences), divided by S's weight.
//      Cost O(tokens of the stretches · links per token · kMaxPostings): linear in the text,
//      whatever the number of stretches (the posting cap bounds what one token can reach).
//   2. Pairs are taken greedily by decreasing vote, each stretch at most once; each is searched
//      with search_beads in a band of half-width at most kMovedBand around its diagonal, so the
//      pass costs O(Σ|S| · kMovedBand) cells at most.
//   3. A pair is kept when its 1-1 beads carry links like true beads do: their linked share of
//      weight (as in the link-rate estimate of align.cc) is at least halfway from the chance
//      rate r0 to the true-bead rate r of the document. The block is the stretch from its first
//      to its last bead with both sides; null beads of the stretches outside it stay in place.
//   4. Runs of anchors off the monotone path (moved_blocks_anchors.h), for a block that the path
//      pairs wrongly instead of leaving it out: the kMaxRuns heaviest, each searched like a pair
//      of stretches in its hull widened by kRunMargin, its ends trimmed to the densest linked
//      beads, kept when it translates (step 3) and its 1-1 beads are linked more than the
//      monotone beads that hold its sentences (a repeated passage translates in both places).
//      The monotone beads that hold its sentences become null beads. Adds O(anchors) and at most
//      kMaxRuns searches, within the same cell budget.
#pragma once

#include <cstdint>
#include <vector>

#include <parallax/types.h>

#include "score/bead_scorer.h"
#include "score/link_table.h"
#include "score/sentence_features.h"

namespace parallax::search {

// Stretches shorter than this are ordinary omissions and insertions.
constexpr uint32_t kMinMovedSentences = 3;

// How a candidate block is searched: as the monotone search does (its shapes, longest bead
// side, posterior temperature, paragraph boundaries).
struct BlockSearchSettings {
  std::vector<score::Shape> shapes;
  uint32_t max_side = 0;
  float temperature = 1.0F;
  bool use_paragraphs = false;
};

// beads: a complete partition of both documents in monotone order, as the monotone search gives
// it. Returns the same partition with each moved block's beads (Bead::moved = 1, 2, ... in
// source order) in place of the 1-0 beads of its source sentences, and the 0-1 beads of its
// target sentences removed: beads stay in source order; target order is monotone except for the
// beads of moved blocks. Returns beads unchanged when nothing moved. params are those of the
// monotone search (its gaps and covered region are ignored: a moved block lies in a gap).
// Deterministic; throws nothing but std::bad_alloc.
std::vector<Bead> find_moved_blocks(std::vector<Bead> beads,
                                    const score::SideFeatures& source,
                                    const score::SideFeatures& target,
                                    const score::LinkTable& links,
                                    const score::ScoringParameters& params,
                                    const BlockSearchSettings& settings);

// beads: as find_moved_blocks returns them (a partition of [0,m) × [0,n)). Clears Bead::moved of
// each block whose beads stand in order with the others (the beads outside blocks then begin
// each where the one before ended, parallax/validate.h), and numbers the blocks left 1, 2, ...
// in source order. A block found from a run of anchors (moved_blocks_anchors.h) may be part of
// the monotone path that the first search dragged out of place and that did not move
// (gap-bible-ru-en 12-matt-5-7-forward-0: source 0–15 ↔ target 0–12, the first 35 target
// sentences left unpaired). O(blocks · beads).
void unmark_blocks_in_order(std::vector<Bead>& beads, uint32_t n);

}  // namespace parallax::search
