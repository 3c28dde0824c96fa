// JSON: the documents' metadata and every bead with its ids, texts, confidence and evidence.
// Keys keep the documented order (ordered_json) so that the output is stable and readable.
#include <cassert>
#include <cmath>
#include <ostream>

#include <nlohmann/json.hpp>

#include <parallax/formats.h>

#include "formats/joined_text.h"

namespace parallax {

namespace {

using Json = nlohmann::ordered_json;

Json document_json(const Document& document) {
  Json j;
  j["file"] = document.source_name;
  j["language"] = document.language;
  j["encoding"] = document.encoding;
  j["sentences"] = document.sentences.size();
  return j;
}

Json ids_json(IndexRange range) {
  Json ids = Json::array();
  for (uint32_t i = range.begin; i < range.end; ++i) {
    ids.push_back(i);
  }
  return ids;
}

using formats::joined_text;

// 3 decimals, as in the other formats; the double nearest to the rounded value prints
// as its shortest form ("0.873").
double rounded_confidence(float confidence) {
  return std::round(static_cast<double>(confidence) * 1000.0) / 1000.0;
}

}  // namespace

void write_json(std::ostream& out,
                const Document& source,
                const Document& target,
                const Alignment& alignment) {
  Json root;
  root["source"] = document_json(source);
  root["target"] = document_json(target);
  Json beads = Json::array();
  for (const Bead& bead : alignment.beads) {
    Json b;
    b["source_ids"] = ids_json(bead.source);
    b["target_ids"] = ids_json(bead.target);
    b["source"] = joined_text(source, bead.source);
    b["target"] = joined_text(target, bead.target);
    b["confidence"] = rounded_confidence(bead.confidence);
    b["evidence"] = bead.evidence;
    beads.push_back(std::move(b));
  }
  root["beads"] = std::move(beads);
  // Documents hold valid UTF-8 by contract; "replace" keeps a contract breach from turning
  // into a non-parallax exception in the middle of the output.
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace parallax
