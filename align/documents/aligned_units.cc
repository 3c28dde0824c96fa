#include "documents/aligned_units.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include <fmt/format.h>

#include <parallax/read.h>

namespace parallax::documents {

namespace {

// The text of variant as a located, segmented Document; units[k] the unit of sentence k.
Document variant_document(AlignedVariant& variant,
                          std::string_view source_name,
                          std::string_view format,
                          const SegmentOptions& segment_options,
                          std::vector<uint32_t>& units) {
  ExtractedText extracted = variant.builder.finish();
  const std::string name = fmt::format("{}#{}", source_name, variant.tag);
  Document document;
  document.source_name = name;
  document.language = variant.language.empty() ? detect_language(extracted.text) : variant.language;
  if (!extracted.text.empty()) {
    SegmentOptions options = segment_options;
    options.language = document.language;
    options.paragraph_break = ParagraphBreak::LineBreak;
    document = segment(DecodedText{std::move(extracted.text), "UTF-8", {}, {}}, name, options);
  }
  document.format = std::string(format);
  const std::vector<TextAnchor>& anchors = extracted.anchors;
  for (const TextAnchor& anchor : anchors) {
    document.locations.push_back(anchor.location);
  }
  // Units are found by offset, not by Sentence::paragraph or anchor index: the segmenter
  // numbers only paragraphs that give sentences, and the builder writes one anchor for two
  // units in a row at one location (a duplicate tuid, as fuzzing found).
  std::vector<uint32_t> line_starts{0};
  for (size_t k = 0; k + 1 < document.text.size(); ++k) {
    if (document.text[k] == '\n') {
      line_starts.push_back(static_cast<uint32_t>(k + 1));
    }
  }
  for (Sentence& sentence : document.sentences) {
    const uint32_t begin = sentence.span.begin;
    const auto anchor =
        std::upper_bound(anchors.begin(), anchors.end(), begin,
                         [](uint32_t offset, const TextAnchor& a) { return offset < a.offset; });
    sentence.location = static_cast<uint32_t>(std::max<ptrdiff_t>(0, anchor - anchors.begin() - 1));
    const auto line = std::upper_bound(line_starts.begin(), line_starts.end(), begin);
    units.push_back(variant.unit_of_paragraph[static_cast<size_t>(line - line_starts.begin() - 1)]);
  }
  return document;
}

// One bead per unit with sentences on either side, in unit order.
Alignment unit_beads(const std::vector<uint32_t>& source_units,
                     const std::vector<uint32_t>& target_units,
                     std::string_view evidence) {
  Alignment alignment;
  size_t i = 0;
  size_t j = 0;
  while (i < source_units.size() || j < target_units.size()) {
    const uint32_t unit = std::min(i < source_units.size() ? source_units[i] : UINT32_MAX,
                                   j < target_units.size() ? target_units[j] : UINT32_MAX);
    Bead bead;
    bead.source.begin = static_cast<uint32_t>(i);
    while (i < source_units.size() && source_units[i] == unit) {
      ++i;
    }
    bead.source.end = static_cast<uint32_t>(i);
    bead.target.begin = static_cast<uint32_t>(j);
    while (j < target_units.size() && target_units[j] == unit) {
      ++j;
    }
    bead.target.end = static_cast<uint32_t>(j);
    bead.confidence = 1.0F;
    bead.evidence = std::string(evidence);
    alignment.beads.push_back(std::move(bead));
  }
  return alignment;
}

}  // namespace

std::string primary_subtag(std::string_view tag) {
  std::string primary(tag.substr(0, tag.find_first_of("-_")));
  std::transform(primary.begin(), primary.end(), primary.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; });
  return primary;
}

AlignedTexts aligned_texts(std::vector<AlignedVariant>& variants,
                           std::string_view source_name,
                           std::string_view format,
                           std::string_view evidence,
                           const SegmentOptions& segment_options) {
  AlignedTexts result;
  std::vector<std::vector<uint32_t>> units(variants.size());
  for (size_t k = 0; k < variants.size(); ++k) {
    result.texts.push_back(
        variant_document(variants[k], source_name, format, segment_options, units[k]));
  }
  for (size_t k = 1; k < variants.size(); ++k) {
    result.alignments.push_back(unit_beads(units[0], units[k], evidence));
  }
  return result;
}

}  // namespace parallax::documents
