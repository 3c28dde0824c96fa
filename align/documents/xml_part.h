// Helpers for the XML parts of documents (DOCX, ODT, XLIFF), over pugixml.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace parallax::documents {

// The name of node without its namespace prefix ("w:p" -> "p").
std::string_view local_name(const pugi::xml_node& node) noexcept;

// The attribute of node whose local name is name (any prefix), or an empty attribute.
pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view name) noexcept;

// A 1-based line and column (in bytes) of a text.
struct TextPosition {
  uint32_t line = 1;
  uint32_t column = 1;
};

// The position of byte offset in text (pugixml's offsets; negative or past the end: clamped).
TextPosition position_at(std::string_view text, ptrdiff_t offset) noexcept;

// Parses part (named part_name inside the document source_name) keeping white-space-only text
// (a space between two runs is text). Throws InputError naming the document, the part, and the
// line and column in the part for malformed XML.
void parse_xml(pugi::xml_document& xml,
               std::string_view part,
               std::string_view source_name,
               std::string_view part_name);

}  // namespace parallax::documents
