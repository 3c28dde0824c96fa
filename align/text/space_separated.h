// The words of a space-separated list ("of to for with"): the word lists and tables written as
// string literals (stop_words.cc, inflection.cc) and rendering keys (usual_rendering.cc).
#pragma once

#include <ranges>
#include <string_view>

namespace parallax::text {

// The words of list in order, as views into it; runs of spaces separate like one. Lazy: no
// allocation, so it may be used in noexcept code and per token.
inline auto space_separated(std::string_view list) noexcept {
  return list | std::views::split(' ') | std::views::transform([](auto word) {
           return std::string_view(word.begin(), word.end());
         }) |
         std::views::filter([](std::string_view word) { return !word.empty(); });
}

}  // namespace parallax::text
