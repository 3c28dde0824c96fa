// Texts that are aligned already (a TMX's units, the rows of a pre-aligned TSV) as
// AlignedTexts (parallax/memory.h): each text collects one paragraph per unit that has text in
// it, then is segmented, and the sentences of one unit in two texts make one bead.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/memory.h>
#include <parallax/segment.h>

#include "documents/text_builder.h"

namespace parallax::documents {

// The primary subtag of a language tag, lower case: "en" of "en-US", "EN_gb", "en-x-t1".
std::string primary_subtag(std::string_view tag);

// One text being collected.
struct AlignedVariant {
  std::string tag;       // names the text: Document::source_name is "source_name#tag"
  std::string language;  // ISO 639 code to segment by; "" = detect from the text
  TextBuilder builder;
  std::vector<uint32_t> unit_of_paragraph;  // the unit of each paragraph written, ascending
};

// The segmented, located texts (variants[0] the source) and one alignment per other text,
// a bead per unit with sentences on either side, in unit order, confidence 1 and evidence.
// Document::format is format. Throws what segment throws. Linear in the size of the texts.
AlignedTexts aligned_texts(std::vector<AlignedVariant>& variants,
                           std::string_view source_name,
                           std::string_view format,
                           std::string_view evidence,
                           const SegmentOptions& segment_options);

}  // namespace parallax::documents
