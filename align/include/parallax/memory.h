// Reading a translation memory (TMX) as texts that are aligned already: each translation unit
// is a bead, nothing is re-aligned.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <parallax/segment.h>
#include <parallax/types.h>

namespace parallax {

// texts[0] is the source language; texts[k] (k >= 1) a target variant; alignments[k - 1] aligns
// texts[0] with texts[k], one bead per translation unit that has text in either of the two.
struct AlignedTexts {
  std::vector<Document> texts;
  std::vector<Alignment> alignments;
};

// Reads TMX (1.4b; also 1.1-1.3 <tuv lang>). The source variant of a unit is the <tuv> whose
// xml:lang is source_language or has it as primary subtag ("en" takes "en-US"); every other
// xml:lang met becomes a target text, in order of first appearance ("en-x-t1" and "en-x-t2"
// two texts), or only those whose primary subtag is in target_languages when it is not empty.
// A unit's <seg> is one paragraph of its text, located "tu:N" (1-based unit number; "tu:ID"
// with a tuid), then split into sentences with segment_options (the language set to the
// variant's primary subtag); inline codes (<bpt>, <ept>, <ph>, <it>, <ut>) are not text.
// Document::source_name is "source_name#xml:lang". Throws InputError naming source_name
// (malformed XML with line and column, no <tu>, no unit in source_language, no target, a
// wanted xml:lang that is no ISO 639 code, at its <tuv>) and
// OptionError. Linear in the size of the file. Thread-safe.
AlignedTexts read_tmx(std::string_view bytes,
                      std::string_view source_name,
                      const std::string& source_language,
                      const std::vector<std::string>& target_languages,
                      const SegmentOptions& segment_options);

}  // namespace parallax
