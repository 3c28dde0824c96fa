// JSON of a diff; the schema is documented in docs/CLI.md ("diff") and kept stable (keys in
// documented order through ordered_json; new keys only ever added).
#include <cmath>
#include <cstdint>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include <parallax/diff.h>
#include <parallax/diff_formats.h>

#include "formats/diff_text.h"
#include "formats/json_ids.h"

namespace parallax {

namespace {

using Json = nlohmann::ordered_json;
using formats::ids_json;

Json file_json(const Document& document) {
  Json j;
  j["file"] = document.source_name;
  j["language"] = document.language;
  j["sentences"] = document.sentences.size();
  return j;
}

// Where an edit is: its bead, lines and byte spans.
Json place_json(uint32_t bead, const Edit& edit, const Document& a, const Document& b) {
  Json j;
  j["bead"] = bead;
  j["a_line"] = formats::line_at(a, edit.a.begin);
  j["b_line"] = formats::line_at(b, edit.b.begin);
  j["a_span"] = Json::array({edit.a.begin, edit.a.end});
  j["b_span"] = Json::array({edit.b.begin, edit.b.end});
  return j;
}

}  // namespace

void write_diff_json(std::ostream& out,
                     const Document& a,
                     const Document& b,
                     const DiffResult& diff) {
  Json root;
  root["a"] = file_json(a);
  root["b"] = file_json(b);
  Json summary;
  size_t with_edits = 0;
  size_t edits = 0;
  for (const DiffBead& bead : diff.beads) {
    with_edits += bead.edits.empty() ? 0 : 1;
    edits += bead.edits.size();
  }
  summary["beads"] = diff.beads.size();
  summary["beads_with_edits"] = with_edits;
  summary["edits"] = edits;
  Json by_kind = Json::object();
  for (size_t k = 0; k < kEditKindCount; ++k) {
    by_kind[std::string(edit_kind_name(static_cast<EditKind>(k)))] = diff.edits_by_kind[k];
  }
  summary["by_kind"] = by_kind;
  root["summary"] = summary;
  Json changes = Json::array();
  for (const Change& change : diff.changes) {
    Json j;
    j["a"] = change.a;
    j["b"] = change.b;
    j["kind"] = edit_kind_name(change.kind);
    j["count"] = change.count;
    Json locations = Json::array();
    for (const EditRef& ref : change.locations) {
      locations.push_back(place_json(ref.bead, diff.beads[ref.bead].edits[ref.edit], a, b));
    }
    j["locations"] = locations;
    changes.push_back(j);
  }
  root["changes"] = changes;
  Json beads = Json::array();
  for (size_t k = 0; k < diff.beads.size(); ++k) {
    const DiffBead& bead = diff.beads[k];
    if (bead.edits.empty()) {
      continue;
    }
    Json j;
    j["bead"] = k;
    j["a_ids"] = ids_json(bead.a);
    j["b_ids"] = ids_json(bead.b);
    j["confidence"] = std::round(static_cast<double>(bead.confidence) * 1000.0) / 1000.0;
    Json list = Json::array();
    for (const Edit& edit : bead.edits) {
      Json e;
      e["kind"] = edit_kind_name(edit.kind);
      e["a"] = edit.a_text;
      e["b"] = edit.b_text;
      e["a_line"] = formats::line_at(a, edit.a.begin);
      e["b_line"] = formats::line_at(b, edit.b.begin);
      e["a_span"] = Json::array({edit.a.begin, edit.a.end});
      e["b_span"] = Json::array({edit.b.begin, edit.b.end});
      list.push_back(e);
    }
    j["edits"] = list;
    beads.push_back(j);
  }
  root["beads"] = beads;
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace parallax
