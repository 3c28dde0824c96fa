// TMX 1.4b (https://www.gala-global.org/tmx-14b): one <tu> per bead that has both sides.
// Each <tu> carries the bead's confidence and sentence ids as <prop type="x-...">, which
// TMX allows for tool-specific data, x-checked = yes when a person fixed or verified it, and
// x-moved = the block id when it belongs to a moved block (an ordinary unit otherwise).
#include <cassert>
#include <ostream>
#include <string>

#include <fmt/format.h>

#include <parallax/formats.h>

#include "formats/joined_text.h"
#include "formats/tmx_skeleton.h"
#include <pugixml.hpp>

namespace parallax {

namespace {

using formats::append_tmx_skeleton;

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
  prop.text().set(formats::xml_text(value).c_str());
}

void add_tuv(pugi::xml_node tu, const std::string& language, const std::string& text) {
  pugi::xml_node tuv = tu.append_child("tuv");
  tuv.append_attribute("xml:lang") = language.c_str();
  tuv.append_child("seg").text().set(formats::xml_text(text).c_str());
}

}  // namespace

void write_tmx(std::ostream& out,
               const Document& source,
               const Document& target,
               const Alignment& alignment,
               std::string_view tool_version) {
  const std::string source_language = formats::tmx_language(source.language);
  const std::string target_language = formats::tmx_language(target.language);

  pugi::xml_document doc;
  pugi::xml_node body = append_tmx_skeleton(doc, tool_version, source_language);
  for (const Bead& bead : alignment.beads) {
    if (bead.source.empty() || bead.target.empty()) {
      continue;
    }
    pugi::xml_node tu = body.append_child("tu");
    add_prop(tu, "x-confidence", fmt::format("{:.3f}", bead.confidence));
    add_prop(tu, "x-source-ids", ids_text(bead.source));
    add_prop(tu, "x-target-ids", ids_text(bead.target));
    if (bead.checked) {
      add_prop(tu, "x-checked", "yes");  // a person fixed or verified the bead
    }
    if (bead.moved != 0) {
      add_prop(tu, "x-moved", std::to_string(bead.moved));  // its moved block (Bead::moved)
    }
    add_tuv(tu, source_language, joined_text(source, bead.source));
    add_tuv(tu, target_language, joined_text(target, bead.target));
  }

  // XML 1.0 cannot hold control characters other than TAB, LF and CR, U+FFFE or U+FFFF, even
  // escaped: formats::xml_text dropped them rather than produce a file no TMX reader accepts.
  doc.save(out, "  ", pugi::format_default | pugi::format_skip_control_chars, pugi::encoding_utf8);
}

}  // namespace parallax
