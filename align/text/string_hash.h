// A hash for std::string keys that also takes std::string_view, so that unordered maps can be
// searched without building a string (heterogeneous lookup, with std::equal_to<>).
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace parallax::text {

struct StringHash {
  using is_transparent = void;

  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

}  // namespace parallax::text
