// Reading a translation memory (TMX) as texts that are aligned already: each translation unit
// is a bead, nothing is re-aligned.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <parallax/read.h>
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

// Whether a decoded text is to be read as a pre-aligned TSV rather than as one text: its first
// line that is not blank holds a TAB. Linear in the text's first lines.
bool looks_like_aligned_tsv(std::string_view utf8_text) noexcept;

// Reads a pre-aligned TSV (docs/FORMATS.md, "Pre-aligned TSV"): one row per unit (bead), one
// column per text, the first the original; an empty cell has no counterpart; blank lines are
// skipped. The first row is a header when every cell of it is a language tag whose primary
// subtag is an ISO 639 code ("ru", "en-GB", "en-x-t1"): column k is then that language, and
// translation columns whose primary subtag is not in target_languages are left out (none
// left out when it is empty). Without a header column 1 is source_language and the others
// target_languages (one language for all, or one per column), a language not given being
// detected from the column's text. A cell is one paragraph of its text, located "L<line>"
// (the line of the file), split into sentences with segment_options. Document::source_name is
// "source_name#TAG" (the header's tag) or "source_name#K" (the column number, from 1).
// Cells are taken literally (no quoting). Throws InputError naming source_name (a row with
// another number of cells than the first, with its line; a header whose first column is not
// source_language; no row; an original or every translation column without text) and
// OptionError. Linear in the size of the text. Thread-safe.
AlignedTexts read_aligned_tsv(const DecodedText& decoded,
                              std::string_view source_name,
                              const std::string& source_language,
                              const std::vector<std::string>& target_languages,
                              const SegmentOptions& segment_options);

}  // namespace parallax
