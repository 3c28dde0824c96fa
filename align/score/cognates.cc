#include "score/cognates.h"

#include <algorithm>
#include <array>

namespace parallax::score {

std::string spelling_skeleton(std::string_view latin) {
  std::string out;
  out.reserve(latin.size());
  for (size_t k = 0; k < latin.size(); ++k) {
    char c = latin[k];
    const char next = k + 1 < latin.size() ? latin[k + 1] : '\0';
    if (c < 'a' || c > 'z') {
      continue;
    }
    if (c == 'p' && next == 'h') {
      c = 'f';
      ++k;
    } else if (c == 'k' && next == 'h') {
      c = 'h';
      ++k;
    } else if (c == 'c' || c == 'q') {
      c = 'k';
    } else if (c == 'y' || c == 'j') {
      c = 'i';
    } else if (c == 'w') {
      c = 'v';
    } else if (c == 'z') {
      c = 's';
    } else if (c == 'x') {
      out += 'k';
      c = 's';
    }
    if (out.empty() || out.back() != c) {
      out += c;
    }
  }
  return out;
}

float lcs_ratio(std::string_view a, std::string_view b) noexcept {
  constexpr size_t kMax = 64;
  if (a.empty() || b.empty() || a.size() > kMax || b.size() > kMax) {
    return 0.0F;
  }
  std::array<uint8_t, kMax + 1> previous{};
  std::array<uint8_t, kMax + 1> current{};
  for (const char ca : a) {
    for (size_t j = 0; j < b.size(); ++j) {
      current[j + 1] = ca == b[j] ? static_cast<uint8_t>(previous[j] + 1)
                                  : std::max(previous[j + 1], current[j]);
    }
    previous = current;
  }
  return static_cast<float>(previous[b.size()]) / static_cast<float>(std::max(a.size(), b.size()));
}

}  // namespace parallax::score
