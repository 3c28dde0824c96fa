#include "formats/tmx_skeleton.h"

namespace parallax::formats {

std::string tmx_language(const std::string& language) {
  return language.empty() ? std::string("und") : language;
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
  header.append_attribute("creationtoolversion") = std::string(tool_version).c_str();
  header.append_attribute("segtype") = "sentence";
  header.append_attribute("o-tmf") = "parallax";
  header.append_attribute("adminlang") = "en";
  header.append_attribute("srclang") = source_language.c_str();
  header.append_attribute("datatype") = "plaintext";
  return tmx.append_child("body");
}

}  // namespace parallax::formats
