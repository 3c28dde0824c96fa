// TMX as aligned texts (parallax/memory.h): one TextBuilder per language variant, one paragraph
// per unit, then each text segmented and each unit's sentences made one bead.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include <parallax/errors.h>
#include <parallax/memory.h>

#include "documents/aligned_units.h"
#include "documents/nesting_guard.h"
#include "documents/text_builder.h"
#include "documents/xml_part.h"
#include <pugixml.hpp>

namespace parallax {

namespace {

using documents::AlignedVariant;
using documents::attribute;
using documents::local_name;
using documents::NestingGuard;
using documents::primary_subtag;
using documents::TextBuilder;

class TmxCollector {
 public:
  TmxCollector(std::string_view bytes,
               std::string source_name,
               std::string source_language,
               const std::vector<std::string>& target_languages)
      : bytes_(bytes),
        source_name_(std::move(source_name)),
        source_language_(std::move(source_language)),
        target_languages_(target_languages) {
    variants_.push_back(AlignedVariant{source_language_, source_language_, {}, {}});
  }

  void units(const pugi::xml_node& body) {
    for (const pugi::xml_node tu : body.children()) {
      if (local_name(tu) == "tu") {
        unit(tu);
      }
    }
  }

  uint32_t unit_count() const { return unit_count_; }

  std::vector<AlignedVariant>& variants() { return variants_; }

 private:
  void unit(const pugi::xml_node& tu) {
    const uint32_t number = unit_count_++;
    const std::string_view tuid = attribute(tu, "tuid").value();
    const std::string location =
        tuid.empty() ? fmt::format("tu:{}", number + 1) : fmt::format("tu:{}", tuid);
    for (const pugi::xml_node tuv : tu.children()) {
      if (local_name(tuv) != "tuv") {
        continue;
      }
      AlignedVariant* variant = variant_of(tuv);
      if (variant == nullptr ||
          (!variant->unit_of_paragraph.empty() && variant->unit_of_paragraph.back() == number)) {
        continue;  // a language not asked for, or a second variant of one language in a unit
      }
      variant->builder.begin_paragraph(location);
      for (const pugi::xml_node seg : tuv.children()) {
        if (local_name(seg) == "seg") {
          segment_text(seg, variant->builder);
        }
      }
      if (!variant->builder.open_paragraph().empty()) {
        variant->unit_of_paragraph.push_back(number);
      }
      variant->builder.end_paragraph();
    }
  }

  void segment_text(const pugi::xml_node& node, TextBuilder& builder) {
    const NestingGuard guard(depth_, source_name_);
    for (const pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        builder.append(child.value());
        continue;
      }
      const std::string_view name = local_name(child);
      if (name != "bpt" && name != "ept" && name != "ph" && name != "it" && name != "ut" &&
          name != "sub") {
        segment_text(child, builder);  // <hi>
      }
    }
  }

  // The variant collecting tuv: the source when the primary subtag of its language is the
  // source language, else the target variant of that exact tag (made on first sight), nullptr
  // when not wanted. A wanted tag that names no language is an error at the tuv's line.
  AlignedVariant* variant_of(const pugi::xml_node& tuv) {
    const std::string_view tag = attribute(tuv, "lang").value();
    if (tag.empty()) {
      return nullptr;
    }
    const std::string primary = primary_subtag(tag);
    if (primary == source_language_) {
      return &variants_.front();
    }
    if (!target_languages_.empty() && std::find(target_languages_.begin(), target_languages_.end(),
                                                primary) == target_languages_.end()) {
      return nullptr;
    }
    for (AlignedVariant& variant : variants_) {
      if (variant.tag == tag) {
        return &variant;
      }
    }
    check_language(primary, tag, tuv);
    variants_.push_back(AlignedVariant{std::string(tag), primary, {}, {}});
    return &variants_.back();
  }

  // Throws InputError at tuv's line and column when primary (of tag) is no ISO 639 code: its
  // text could not be segmented by the rules of its language (and an OptionError would blame
  // the command line).
  void check_language(const std::string& primary,
                      std::string_view tag,
                      const pugi::xml_node& tuv) const {
    SegmentOptions options;
    options.language = primary;
    try {
      options.validate();
    } catch (const OptionError&) {
      // pugixml's offset is that of the element's name, one byte after its '<'.
      const documents::TextPosition at = documents::position_at(bytes_, tuv.offset_debug() - 1);
      throw InputError(
          source_name_, at.line, at.column,
          fmt::format("xml:lang '{}' is not an ISO 639 language code (fix the tag, or pass "
                      "--to with the languages to read)",
                      tag));
    }
  }

  std::string_view bytes_;
  std::string source_name_;
  std::string source_language_;
  const std::vector<std::string>& target_languages_;
  std::vector<AlignedVariant> variants_;
  uint32_t unit_count_ = 0;
  uint32_t depth_ = 0;
};

}  // namespace

AlignedTexts read_tmx(std::string_view bytes,
                      std::string_view source_name,
                      const std::string& source_language,
                      const std::vector<std::string>& target_languages,
                      const SegmentOptions& segment_options) {
  segment_options.validate();
  const std::string name(source_name);
  if (source_language.empty()) {
    throw OptionError("reading a TMX needs the source language (--from)");
  }
  pugi::xml_document xml;
  documents::parse_xml(xml, bytes, source_name, "");
  TmxCollector collector(bytes, name, primary_subtag(source_language), target_languages);
  for (const pugi::xml_node body : xml.document_element().children()) {
    if (local_name(body) == "body") {
      collector.units(body);
    }
  }
  if (collector.unit_count() == 0) {
    throw InputError(name, 0, 0, "a TMX without translation units (<tu>): nothing to read");
  }
  std::vector<AlignedVariant>& variants = collector.variants();
  if (variants.front().unit_of_paragraph.empty()) {
    throw InputError(name, 0, 0,
                     fmt::format("no unit of the TMX has text in {} (check --from; the file's "
                                 "languages are in its <tuv xml:lang>)",
                                 source_language));
  }
  if (variants.size() < 2) {
    throw InputError(name, 0, 0, "the TMX has no other language than the source (check --to)");
  }
  return documents::aligned_texts(variants, source_name, "tmx", "translation memory unit",
                                  segment_options);
}

}  // namespace parallax
