// Escaping text for HTML element content and attribute values.
#pragma once

#include <string>
#include <string_view>

namespace parallax::formats {

// & < > " ' as character references; everything else unchanged.
std::string escape_html(std::string_view text);

}  // namespace parallax::formats
