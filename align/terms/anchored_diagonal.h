// The diagonal of a long bead drawn through its sure links instead of corner to corner.
//
// Notation: i ∈ [0,m) source words, j ∈ [0,n) target words of one bead; a link is (i, j).
// Model 2's prior (diagonal_model.h) puts word i near target position (i+½)·n/m. In a bead of
// several sentences, or a freely translated paragraph, the translation is longer or shorter in
// places, and the straight diagonal is off by tens of words there. It is then all that tells
// repeats of one word apart (their t is the same): in "GIMP записывает «историю» действий … эта
// «история» занимает память" / "… keeping a history of your actions. This history consumes
// memory", both "история" are nearest the first "history" on the straight diagonal, each
// direction pairs them crossed, and the symmetrisation keeps one link of the two. Through the
// anchors (words that occur once on each side of the bead and that both directions link to
// each other), the expected position of i is interpolated between its neighbouring anchors,
// and the repeats fall on their own counterparts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include <Eigen/Core>

#include "terms/symmetrization.h"

namespace parallax::terms {

// The anchors of a bead: links of both directional alignments (source_of[j] == i and
// target_of[i] == j, decode_posteriors) whose source id occurs once among source_ids and
// target id once among target_ids, thinned to the longest chain increasing in both i and j
// (crossing anchors contradict each other; the longest chain is the order most of them agree
// on). Sorted by i. Time O(m + n + k²), k anchors before thinning.
std::vector<WordLink> anchor_links(const std::vector<uint32_t>& source_of,
                                   const std::vector<uint32_t>& target_of,
                                   const std::vector<uint32_t>& source_ids,
                                   const std::vector<uint32_t>& target_ids);

// How many links both directional alignments make (source_of[j] == i and target_of[i] == j):
// the size of their intersection. O(n).
size_t agreed_links(const std::vector<uint32_t>& source_of, const std::vector<uint32_t>& target_of);

// The m × n prior of Model 2 with the diagonal through anchors (sorted, increasing in i and j):
// column j holds exp(-λ·|y(i) - (j+½)| / n) normalised over i, y(i) the target position of
// i+½ interpolated linearly between the anchors around it, the corners (0, 0) and (m, n)
// included. Without anchors, y(i) = (i+½)·n/m and this is diagonal(m, n, λ). Time O(m·n).
Eigen::ArrayXXf anchored_diagonal(size_t m,
                                  size_t n,
                                  const std::vector<WordLink>& anchors,
                                  float tension);

}  // namespace parallax::terms
