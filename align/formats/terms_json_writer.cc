// JSON of the rendering report; the schema is documented in docs/TERMS.md and kept stable
// (keys in documented order through ordered_json; new keys only ever added).
#include <cmath>
#include <ostream>

#include <nlohmann/json.hpp>

#include <parallax/terms_formats.h>

#include "formats/json_ids.h"
#include "formats/terms_text.h"

namespace parallax {

namespace {

using Json = nlohmann::ordered_json;
using formats::ids_json;

Json span_json(Span span) {
  if (span.size() == 0) {
    return nullptr;
  }
  return Json::array({span.begin, span.end});
}

double rounded(double value) {
  return std::round(value * 1000.0) / 1000.0;
}

Json location_json(const TermLocation& location,
                   const Document& original,
                   const Document& translation) {
  const formats::MarkedText source = formats::marked_text(original, location.source, location.term);
  const formats::MarkedText target =
      formats::marked_text(translation, location.target, location.rendering);
  Json j;
  j["bead"] = location.bead;
  j["source_ids"] = ids_json(location.source);
  j["target_ids"] = ids_json(location.target);
  j["source"] = source.text;
  j["target"] = target.text;
  j["term_span"] = span_json(source.mark);
  j["rendering_span"] = span_json(target.mark);
  // Pieces of a discontinuous rendering, in the same coordinates as rendering_span.
  Json parts = Json::array();
  for (const Span part : location.rendering_parts) {
    const formats::MarkedText piece = formats::marked_text(translation, location.target, part);
    parts.push_back(span_json(piece.mark));
  }
  j["rendering_parts"] = std::move(parts);
  // Off the main variant while its rendering is in this translation too (TermLocation::usual);
  // usual_span in the coordinates of rendering_span.
  j["uncertain"] = location.usual.size() > 0;
  j["usual_span"] =
      span_json(formats::marked_text(translation, location.target, location.usual).mark);
  return j;
}

}  // namespace

void write_terms_json(std::ostream& out,
                      const TermReport& report,
                      const Document& original,
                      const std::vector<Translation>& translations) {
  Json root;
  root["original"] = report.original;
  root["translations"] = report.translations;
  Json terms = Json::array();
  for (const TermResult& term : report.terms) {
    Json t;
    t["term"] = term.term;
    t["expected"] = term.expected;
    t["occurrences"] = term.occurrences;
    Json forms = Json::array();
    for (const TermForm& form : term.forms) {
      forms.push_back(Json{{"form", form.text}, {"count", form.count}});
    }
    t["forms"] = std::move(forms);
    Json per_translation = Json::array();
    for (size_t k = 0; k < term.translations.size(); ++k) {
      const TermRenderings& renderings = term.translations[k];
      const Document& document = *translations.at(k).document;
      const uint32_t total = formats::total_occurrences(renderings);
      Json variants = Json::array();
      for (const Variant& variant : renderings.variants) {
        Json v;
        v["rendering"] = variant.rendering;
        v["key"] = variant.key;
        v["count"] = variant.count;
        v["share"] = rounded(formats::share(variant.count, total));
        v["expected"] = variant.expected;
        Json locations = Json::array();
        for (const TermLocation& location : variant.locations) {
          locations.push_back(location_json(location, original, document));
        }
        v["locations"] = std::move(locations);
        v["uncertain"] = formats::uncertain_count(variant.locations);
        variants.push_back(std::move(v));
      }
      Json missing = Json::array();
      for (const TermLocation& location : renderings.not_rendered) {
        missing.push_back(location_json(location, original, document));
      }
      Json alone = Json::array();
      for (const TermLocation& location : renderings.no_counterpart) {
        alone.push_back(location_json(location, original, document));
      }
      Json r;
      r["file"] = renderings.file;
      r["variants"] = std::move(variants);
      r["not_rendered"] = renderings.not_rendered.size();
      r["not_rendered_locations"] = std::move(missing);
      r["no_counterpart"] = renderings.no_counterpart.size();
      r["no_counterpart_locations"] = std::move(alone);
      r["not_rendered_uncertain"] = formats::uncertain_count(renderings.not_rendered);
      per_translation.push_back(std::move(r));
    }
    t["translations"] = std::move(per_translation);
    Json flags = Json::array();
    for (const TermFlag flag : term.flags) {
      flags.push_back(flag_name(flag));
    }
    t["flags"] = std::move(flags);
    t["divergence"] = rounded(term.divergence);
    terms.push_back(std::move(t));
  }
  root["terms"] = std::move(terms);
  // Documents hold valid UTF-8 by contract; "replace" keeps a contract breach from turning
  // into a non-parallax exception in the middle of the output.
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace parallax
