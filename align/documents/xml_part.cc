#include "documents/xml_part.h"

#include <algorithm>
#include <cstddef>
#include <string>

#include <fmt/format.h>

#include <parallax/errors.h>

namespace parallax::documents {

std::string_view local_name(const pugi::xml_node& node) noexcept {
  const std::string_view name = node.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view name) noexcept {
  for (const pugi::xml_attribute a : node.attributes()) {
    std::string_view full = a.name();
    const size_t colon = full.find(':');
    if ((colon == std::string_view::npos ? full : full.substr(colon + 1)) == name) {
      return a;
    }
  }
  return {};
}

TextPosition position_at(std::string_view text, ptrdiff_t offset) noexcept {
  const auto clamped = std::min(static_cast<size_t>(std::max<ptrdiff_t>(0, offset)), text.size());
  const std::string_view before = text.substr(0, clamped);
  const size_t newline = before.rfind('\n');
  return TextPosition{
      static_cast<uint32_t>(std::count(before.begin(), before.end(), '\n') + 1),
      static_cast<uint32_t>(newline == std::string_view::npos ? clamped + 1 : clamped - newline)};
}

void parse_xml(pugi::xml_document& xml,
               std::string_view part,
               std::string_view source_name,
               std::string_view part_name) {
  const pugi::xml_parse_result result = xml.load_buffer(
      part.data(), part.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_auto);
  if (result) {
    return;
  }
  const auto [line, column] = position_at(part, result.offset);
  const std::string_view advice =
      "(the file is damaged; open and save it again in the program that made it)";
  if (part_name.empty()) {  // the file itself is XML: the position is the file's own
    throw InputError(std::string(source_name), line, column,
                     fmt::format("malformed XML: {} {}", result.description(), advice));
  }
  throw InputError(std::string(source_name), 0, 0,
                   fmt::format("{}:{}:{}: malformed XML: {} {}", part_name, line, column,
                               result.description(), advice));
}

}  // namespace parallax::documents
