// Normalized forms of numbers as written, so that "1 000", "1,000" and "1000" match.
#pragma once

#include <string>
#include <string_view>

namespace parallax::text {

// Whether the code point separates digit groups inside one number ("1 000"): space, no-break
// space, narrow no-break space, thin space.
bool is_group_space(char32_t c) noexcept;

// Normalizes a number token (UTF-8: digits of any script, separators , . ' and the group
// spaces above) to ASCII:
//   - group separators are dropped when every group after the first has exactly 3 digits and
//     the first has 1 to 3: "1 000 000", "1,000", "1.000" -> "1000000", "1000", "1000";
//   - a final , or . is a decimal point when it is clearly one: a different mark from the group
//     separators before it ("1,000.5", "1 000,5" -> "1000.5"), or the only separator with a
//     group of other than 3 digits after it ("3,5", "3.14" -> "3.5", "3.14");
//   - anything else keeps its separators ("12.05.1963", "1.2.3"), digits made ASCII.
// Linear; pure.
std::string normalize_number(std::string_view raw);

}  // namespace parallax::text
