#include "formats/tmx_skeleton.h"

#include <cstdint>

#include <unicode/utf8.h>

namespace parallax::formats {

namespace {

// XML 1.0's Char production.
constexpr bool is_xml_char(UChar32 c) noexcept {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace

std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int64_t>(text.size());
  int64_t i = 0;
  while (i < length) {
    const int64_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);  // c < 0 for an ill-formed sequence, surrogates included
    if (c >= 0 && is_xml_char(c)) {
      out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

std::string tmx_language(const std::string& language) {
  return language.empty() ? std::string("und") : xml_text(language);
}

pugi::xml_node append_tmx_skeleton(pugi::xml_document& doc,
                                   std::string_view tool_version,
                                   const std::string& source_language) {
  pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  doc.append_child(pugi::node_doctype).set_value("tmx SYSTEM \"tmx14.dtd\"");

  pugi::xml_node tmx = doc.append_child("tmx");
  tmx.append_attribute("version") = "1.4";
  pugi::xml_node header = tmx.append_child("header");
  header.append_attribute("creationtool") = "parallax";
  header.append_attribute("creationtoolversion") = xml_text(tool_version).c_str();
  header.append_attribute("segtype") = "sentence";
  header.append_attribute("o-tmf") = "parallax";
  header.append_attribute("adminlang") = "en";
  header.append_attribute("srclang") = xml_text(source_language).c_str();
  header.append_attribute("datatype") = "plaintext";
  return tmx.append_child("body");
}

}  // namespace parallax::formats
