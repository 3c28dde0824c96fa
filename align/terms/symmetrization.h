// Symmetrising two directional word alignments of one sentence pair: grow-diag-final-and
// (Koehn, Och and Marcu 2003; the Moses heuristic). Start from the intersection, add union
// links next to existing ones (diagonals included) that align a yet unaligned word, then add
// union links both of whose words are still unaligned.
//
// Notation: i ∈ [0,m) source words, j ∈ [0,n) target words of the pair; a link is (i, j).
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include <Eigen/Core>

namespace parallax::terms {

using WordLink = std::pair<uint32_t, uint32_t>;  // (i, j)

// The two directional alignments of one sentence pair, decoded from both models' posteriors
// (forward: (m + 1) × n, p(target word j from source word i) at (i, j), from NULL at (m, j);
// backward: (n + 1) × m, the other way): each word takes its most probable word under its own
// direction's model (Model 2's Viterbi alignment), none when NULL is more probable. Returns
// {source_of (n entries), target_of (m)} as grow_diag_final_and takes them (none: m or more,
// resp. n or more). Ties: the first. Time O(m·n).
std::pair<std::vector<uint32_t>, std::vector<uint32_t>> decode_posteriors(
    const Eigen::MatrixXf& forward, const Eigen::MatrixXf& backward);

// source_of[j] is the source word target word j aligns to (m or more: none); target_of[i]
// likewise. Returns the symmetrised links sorted by (i, j). With final_and false, the last step
// is grow-diag-final's: a union link is added when either of its words is unaligned (more
// one-to-many links: "begat" -> "became", "father", "of").
// The last step takes the union links left in order of strength(i, j), strongest first (ties:
// forward links before backward ones, each by (i, j)), or without strength in that tie order
// alone (the Moses order). Two one-direction links may want one free word: "Если код
// неправилен, дополнение потенциально ... ими" / "... a plugin can potentially ... them": both
// "ими" and "дополнение" chose "plugin", and in (i, j) order the pronoun, first in the
// paragraph, took it; the word the lexicon backs should. Time O(m·n + k log k), k ≤ m + n
// union links left for the last step; strength is called once for each of them.
std::vector<WordLink> grow_diag_final_and(
    const std::vector<uint32_t>& source_of,
    const std::vector<uint32_t>& target_of,
    bool final_and = true,
    const std::function<float(uint32_t, uint32_t)>& strength = nullptr);

// Repeats of one word linked to repeats of one translation ("Совета Безопасности ... мира и
// безопасности ... Совет Безопасности" / "Security Council ... Security Council ... peace and
// security") paired again by their neighbours: of the ways to pair the k linked sources with the
// k linked targets of one (source id, target id) (k ≤ 4, each word in one link), the one whose
// links have the most linked diagonal neighbours wins, the current pairing on ties. Model 2
// pairs repeats by the diagonal alone, which crosses them when the translation reorders the
// mentions. links sorted by (i, j), and kept so; source_ids[i], target_ids[j] are the words'
// vocabulary ids. O(links · log links) plus k! per group.
void pair_repeats_by_neighbours(std::vector<WordLink>& links,
                                const std::vector<uint32_t>& source_ids,
                                const std::vector<uint32_t>& target_ids);

}  // namespace parallax::terms
