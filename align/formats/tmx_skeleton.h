// The parts of a TMX 1.4b document that every TMX writer shares.
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace parallax::formats {

// text with every character that XML 1.0 forbids, even escaped, left out: the C0 controls other
// than TAB, LF and CR, U+FFFE and U+FFFF, surrogates (ill-formed in UTF-8) and any other
// ill-formed UTF-8 sequence (https://www.w3.org/TR/xml/#charsets). Every string a TMX writer
// puts in the document goes through it, so that no text, file name or language makes a file
// that XML readers reject. Linear.
std::string xml_text(std::string_view text);

// language, or "und" (undetermined) when it is unknown: xml:lang may not be empty.
std::string tmx_language(const std::string& language);

// Adds the XML declaration, the DOCTYPE, <tmx version="1.4"> and its <header> (creationtool
// parallax, segtype sentence, srclang) to doc and returns the empty <body> to fill.
pugi::xml_node append_tmx_skeleton(pugi::xml_document& doc,
                                   std::string_view tool_version,
                                   const std::string& source_language);

}  // namespace parallax::formats
