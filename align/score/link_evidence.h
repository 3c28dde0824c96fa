// The word-link evidence of an alignment (parallax/types.h, LinkEvidence): how much of the
// content of the sentences it pairs is linked, against chance.
//
// Notation: i ∈ [0,m) source sentences, j ∈ [0,n) target sentences, bead (a,b) = a source and
// b target sentences; W(i) the content weight of sentence i (sum of its tokens' rarity
// weights), S(i,j) and T(i,j) the linked weight of i in j and of j in i (pair_scores.h, k = 1).
// Over the sentence pairs P of the beads with a ≥ 1 and b ≥ 1:
//   linked = Σ_P [min(S(i,j), W(i)) + min(T(i,j), W(j))] / Σ_P [W(i) + W(j)]
// and chance the same over the pairs (i, j ± 3) that exist, as for the link rates r and r0 of
// the bead scorer (align.cc, estimate_link_rates), here over beads of every shape.
#pragma once

#include <vector>

#include <parallax/types.h>

#include "score/link_table.h"
#include "score/sentence_features.h"

namespace parallax::score {

// The evidence of beads (complete and monotone) under links. Unmeasured (measured == false)
// when no bead pairs sentences or no displaced pair exists (fewer than 4 target sentences), or
// when the paired sentences have no content weight. O(Σ_P linked tokens of the pair).
LinkEvidence link_evidence(const std::vector<Bead>& beads,
                           const SideFeatures& source,
                           const SideFeatures& target,
                           const LinkTable& links);

}  // namespace parallax::score
