// The translations of `report` and `terms`: read as the original was, with the beads fixed by
// hand for each (--anchors), and the inputs their output must not overwrite.
#pragma once

#include <string>
#include <vector>

#include <parallax/read.h>
#include <parallax/segment.h>
#include <parallax/types.h>

namespace parallax::cli {

struct Translations {
  std::vector<Document> documents;
  std::vector<std::vector<Bead>> fixed;  // per translation (read_fixed_beads); empty = none
};

// The documents at paths (load_document), in order, then the corrections files anchors checked
// against original and them. Throws what load_document and read_fixed_beads throw.
Translations load_translations(const std::vector<std::string>& paths,
                               const ReadOptions& read,
                               const SegmentOptions& segment,
                               const std::vector<std::string>& anchors,
                               const Document& original);

// The files a report on original and translations reads (for Output, which refuses to write
// over one): the translations, the original, the lexicons, the terms file, the anchors.
std::vector<std::string> comparison_inputs(const std::string& original,
                                           const std::vector<std::string>& translations,
                                           const std::vector<std::string>& lexicons,
                                           const std::string& terms_file,
                                           const std::vector<std::string>& anchors);

}  // namespace parallax::cli
