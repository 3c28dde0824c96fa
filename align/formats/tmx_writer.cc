// TMX 1.4b (https://www.gala-global.org/tmx-14b): one <tu> per bead that has both sides.
// Each <tu> carries the bead's confidence and sentence ids as <prop type="x-...">, which
// TMX allows for tool-specific data.
#include <cassert>
#include <ostream>
#include <string>

#include <fmt/format.h>

#include <parallax/formats.h>

#include "formats/joined_text.h"
#include <pugixml.hpp>

namespace parallax {

namespace {

// TMX requires a language on every <tuv>; "und" is the ISO 639 code for "undetermined".
std::string language_or_und(const std::string& language) {
  return language.empty() ? std::string("und") : language;
}

using formats::joined_text;

std::string ids_text(IndexRange range) {
  std::string ids;
  for (uint32_t i = range.begin; i < range.end; ++i) {
    if (i != range.begin) {
      ids += ',';
    }
    ids += std::to_string(i);
  }
  return ids;
}

void add_prop(pugi::xml_node tu, const char* type, const std::string& value) {
  pugi::xml_node prop = tu.append_child("prop");
  prop.append_attribute("type") = type;
  prop.text().set(value.c_str());
}

void add_tuv(pugi::xml_node tu, const std::string& language, const std::string& text) {
  pugi::xml_node tuv = tu.append_child("tuv");
  tuv.append_attribute("xml:lang") = language.c_str();
  tuv.append_child("seg").text().set(text.c_str());
}

}  // namespace

void write_tmx(std::ostream& out,
               const Document& source,
               const Document& target,
               const Alignment& alignment,
               std::string_view tool_version) {
  const std::string source_language = language_or_und(source.language);
  const std::string target_language = language_or_und(target.language);
  const std::string version(tool_version);

  pugi::xml_document doc;
  pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  doc.append_child(pugi::node_doctype).set_value("tmx SYSTEM \"tmx14.dtd\"");

  pugi::xml_node tmx = doc.append_child("tmx");
  tmx.append_attribute("version") = "1.4";
  pugi::xml_node header = tmx.append_child("header");
  header.append_attribute("creationtool") = "parallax";
  header.append_attribute("creationtoolversion") = version.c_str();
  header.append_attribute("segtype") = "sentence";
  header.append_attribute("o-tmf") = "parallax";
  header.append_attribute("adminlang") = "en";
  header.append_attribute("srclang") = source_language.c_str();
  header.append_attribute("datatype") = "plaintext";

  pugi::xml_node body = tmx.append_child("body");
  for (const Bead& bead : alignment.beads) {
    if (bead.source.empty() || bead.target.empty()) {
      continue;
    }
    pugi::xml_node tu = body.append_child("tu");
    add_prop(tu, "x-confidence", fmt::format("{:.3f}", bead.confidence));
    add_prop(tu, "x-source-ids", ids_text(bead.source));
    add_prop(tu, "x-target-ids", ids_text(bead.target));
    add_tuv(tu, source_language, joined_text(source, bead.source));
    add_tuv(tu, target_language, joined_text(target, bead.target));
  }

  // XML 1.0 cannot hold control characters other than TAB, LF and CR, even escaped; they
  // are dropped rather than producing a file no TMX reader accepts.
  doc.save(out, "  ", pugi::format_default | pugi::format_skip_control_chars, pugi::encoding_utf8);
}

}  // namespace parallax
