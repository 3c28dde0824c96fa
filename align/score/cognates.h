// Comparing transliterated words across languages, to find names and cognates.
#pragma once

#include <string>
#include <string_view>

namespace parallax::score {

// A spelling skeleton of a lowercase ASCII word that merges letters transliteration tends to
// confuse: c/q/k -> k, y/j -> i, w -> v, z -> s, ph -> f, kh -> h, x -> ks, doubled letters
// once. "makmillan" and "macmillan" both give "makmilan". Non-letters are dropped.
std::string spelling_skeleton(std::string_view latin);

// Longest common subsequence length divided by the longer length, in [0,1] (Melamed's LCSR).
// O(|a|·|b|); words longer than 64 bytes compare as 0.
float lcs_ratio(std::string_view a, std::string_view b) noexcept;

}  // namespace parallax::score
