// JSON: the documents' metadata and every bead with its ids, texts, confidence and evidence.
// Keys keep the documented order (ordered_json) so that the output is stable and readable.
#include <cassert>
#include <cmath>
#include <ostream>

#include <nlohmann/json.hpp>

#include <parallax/corrections.h>
#include <parallax/coverage.h>
#include <parallax/formats.h>

#include "formats/joined_text.h"
#include "formats/json_ids.h"

namespace parallax {

namespace {

using Json = nlohmann::ordered_json;
using formats::ids_json;

Json document_json(const Document& document) {
  Json j;
  j["file"] = document.source_name;
  j["language"] = document.language;
  j["encoding"] = document.encoding;
  j["format"] = document.format;
  j["sentences"] = document.sentences.size();
  j["checksum"] = text_checksum(document.text);  // ties corrections to these contents
  return j;
}

// {"first": 0-based id, "last": id} of a non-empty range, null for an empty one.
Json range_json(IndexRange range) {
  if (range.empty()) {
    return nullptr;
  }
  Json j;
  j["first"] = range.begin;
  j["last"] = range.end - 1;
  return j;
}

Json side_coverage_json(const SideCoverage& side) {
  Json j;
  j["sentences"] = side.sentences;
  j["covered"] = range_json(side.covered);
  j["uncovered"] = side.uncovered;
  Json gaps = Json::array();
  for (const IndexRange& gap : side.gaps) {
    gaps.push_back(range_json(gap));
  }
  j["gaps"] = std::move(gaps);
  return j;
}

Json coverage_json(const Alignment& alignment) {
  const Coverage coverage = coverage_of(alignment);
  Json j;
  j["partial"] = coverage.partial();
  j["source"] = side_coverage_json(coverage.source);
  j["target"] = side_coverage_json(coverage.target);
  Json moved = Json::array();
  for (const MovedBlock& block : coverage.moved) {
    Json b;
    b["id"] = block.id;
    b["source"] = range_json(block.source);
    b["target"] = range_json(block.target);
    moved.push_back(std::move(b));
  }
  j["moved"] = std::move(moved);
  return j;
}

// align()'s measure of the word links the beads rest on (parallax/types.h, LinkEvidence);
// shares with 3 decimals, like confidences.
Json evidence_json(const LinkEvidence& evidence) {
  const auto rounded = [](float share) {
    return std::round(static_cast<double>(share) * 1000.0) / 1000.0;
  };
  Json j;
  j["measured"] = evidence.measured;
  j["sentence_pairs"] = evidence.pairs;
  j["linked"] = rounded(evidence.linked);
  j["chance"] = rounded(evidence.chance);
  j["reliable"] = evidence.reliable();
  return j;
}

// Where each sentence of range starts in its input ("L12", "p4", "page2"; docs/FORMATS.md).
Json locations_json(const Document& document, IndexRange range) {
  Json locations = Json::array();
  for (uint32_t i = range.begin; i < range.end; ++i) {
    locations.push_back(document.location_of(i));
  }
  return locations;
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
  root["coverage"] = coverage_json(alignment);
  root["evidence"] = evidence_json(alignment.evidence);
  Json beads = Json::array();
  for (const Bead& bead : alignment.beads) {
    Json b;
    b["source_ids"] = ids_json(bead.source);
    b["target_ids"] = ids_json(bead.target);
    b["source"] = joined_text(source, bead.source);
    b["target"] = joined_text(target, bead.target);
    b["confidence"] = rounded_confidence(bead.confidence);
    b["evidence"] = bead.evidence;
    b["checked"] = bead.checked;
    b["moved"] = bead.moved;
    b["source_locations"] = locations_json(source, bead.source);
    b["target_locations"] = locations_json(target, bead.target);
    beads.push_back(std::move(b));
  }
  root["beads"] = std::move(beads);
  // Documents hold valid UTF-8 by contract; "replace" keeps a contract breach from turning
  // into a non-parallax exception in the middle of the output.
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace parallax
