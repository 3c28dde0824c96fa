// Moved passages whose places the monotone path does not leave empty (#13 item 3, session 11).
// A block moved to the start or the end of a text, or two neighbouring passages swapped, pulls
// the monotone path with it: it pairs part of the block with the wrong sentences, and the runs of
// null beads that moved_blocks.h pairs are not the block (moved-bible-ru-en
// 04-ruth-1-4-forward-0: Russian 113–142 stand at English 10–33; the path leaves English 2–24
// and Russian 123–155 unpaired and pairs Russian 2–7 with English 25–33). The block still shows
// in the anchors: a second run of them, parallel to the chain and off the path.
//
// Notation: i ∈ [0,m) source sentences, j ∈ [0,n) target sentences.
//
//   1. Anchors: pairs (i, j) of sentences that share a rare token (at most kMaxAnchorFrequency
//      sentences on each side) through a link of strength ≥ kMinAnchorStrength, weighted as in
//      anchor_path.h; those off the path (j more than kOffPath sentences outside the target of
//      the bead that holds i) are kept.
//   2. Runs: the heaviest chain ending at each anchor whose steps are short (1..kMaxStep
//      sentences of both sides) and keep to the sentence ratio ρ = n / m (|Δj − ρ Δi| ≤
//      kMaxDrift): O(K · anchors within kMaxStep rows) for K anchors. Chains are taken heaviest
//      first, each anchor in one chain; a run has at least kMinRunAnchors anchors.
//
// Cost: linear in the tokens and links, plus the chain step above; no DP over sentences.
#pragma once

#include <cstdint>
#include <vector>

#include <parallax/types.h>

#include "score/link_table.h"
#include "score/sentence_features.h"

namespace parallax::search {

// A run of off-path anchors: the hull of its anchors' sentences on each side.
struct AnchorRun {
  IndexRange source;
  IndexRange target;
  uint32_t anchors = 0;
  float weight = 0.0F;
};

// beads: a complete partition of both documents in monotone order. Returns the runs of anchors
// off its path, heaviest first (ties by source position). Deterministic; throws nothing but
// std::bad_alloc.
std::vector<AnchorRun> off_path_runs(const std::vector<Bead>& beads,
                                     const score::SideFeatures& source,
                                     const score::SideFeatures& target,
                                     const score::LinkTable& links);

}  // namespace parallax::search
