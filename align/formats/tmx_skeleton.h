// The parts of a TMX 1.4b document that every TMX writer shares.
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace parallax::formats {

// language, or "und" (undetermined) when it is unknown: xml:lang may not be empty.
std::string tmx_language(const std::string& language);

// Adds the XML declaration, the DOCTYPE, <tmx version="1.4"> and its <header> (creationtool
// parallax, segtype sentence, srclang) to doc and returns the empty <body> to fill.
pugi::xml_node append_tmx_skeleton(pugi::xml_document& doc,
                                   std::string_view tool_version,
                                   const std::string& source_language);

}  // namespace parallax::formats
