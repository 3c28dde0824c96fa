// Corrections made by hand to an alignment (in the report page or any editor): the beads a
// person fixed, tied to the exact texts they were made for, and alignment that keeps them
// and re-aligns only between them. File format: docs/FORMATS.md ("Corrections").
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/align.h>
#include <parallax/lexicon.h>
#include <parallax/types.h>

namespace parallax {

// The checksum of a decoded text (Document::text): "fnv1a64:" and the 64-bit FNV-1a hash
// of its UTF-8 bytes as 16 lowercase hex digits. It tells whether corrections were made for
// these contents; it is no protection against a deliberate forgery. O(size). Thread-safe.
std::string text_checksum(std::string_view text);

// One side of a corrections file: the text the corrections were made for.
struct CorrectionsText {
  std::string file;        // the file's name when the corrections were made (informative)
  std::string checksum;    // text_checksum of its decoded text
  uint32_t sentences = 0;  // its number of sentences (the segmentation must agree)
};

// Beads fixed by hand for one source/target pair. Each bead's ranges are sentence indices
// of that pair; a bead with an empty side still has a position on that side (the empty
// range [k, k): it lies before sentence k). The beads are in document order.
struct Corrections {
  CorrectionsText source;
  CorrectionsText target;
  std::vector<Bead> beads;  // confidence and evidence are not read nor written
};

// The corrections of an alignment: its beads marked checked, with the documents' checksums.
// O(size of both texts + beads).
Corrections corrections_of(const Document& source,
                           const Document& target,
                           const Alignment& alignment);

// Parses a corrections file. source_name names it in messages.
// Throws InputError (with the line and column of a JSON syntax error; naming the bead,
// 1-based, for a bead that is malformed). Linear in the input.
Corrections read_corrections(std::string_view json, const std::string& source_name);

// Writes corrections as JSON (the format read_corrections reads), the texts of each bead
// included for a reader's sake (they are not read back).
void write_corrections(std::ostream& out,
                       const Corrections& corrections,
                       const Document& source,
                       const Document& target);

// Checks that corrections were made for these documents and fit them: same checksums and
// sentence counts, every bead inside the documents, not empty on both sides, in order
// without overlap. source_name names the corrections in messages.
// Throws InputError naming the file and, for a bead, its number (1-based) and ranges.
void check_corrections(const Corrections& corrections,
                       const Document& source,
                       const Document& target,
                       const std::string& source_name);

// Aligns source with target keeping fixed beads as they are: the documents are cut at the
// fixed beads, each gap between them is aligned with align() on its own, and the results are
// joined. The fixed beads come out verbatim with confidence 1 and checked set. fixed must be
// in order without overlap, inside the documents, none empty on both sides (check_corrections
// ensures it; otherwise OptionError). The result covers every sentence exactly once, in order.
// Throws OptionError (options, lexicon, fixed beads). Time: the sum of align() over the gaps.
// Thread-safe; deterministic.
Alignment align_with_fixed_beads(const Document& source,
                                 const Document& target,
                                 const std::vector<Bead>& fixed,
                                 const AlignOptions& options,
                                 const PreparedLexicon& lexicon);

}  // namespace parallax
