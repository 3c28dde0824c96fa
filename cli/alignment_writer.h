// The alignment of two documents in one of the output formats of `parallax align` and
// `parallax batch` (docs/FORMATS.md).
#pragma once

#include <ostream>
#include <string_view>

#include <parallax/types.h>

namespace parallax::cli {

// format: "tsv", "beads", "json", "tmx", or "html" (the side-by-side page of `parallax report`,
// without terms). Throws std::invalid_argument for another format (the flags allow only
// these), and what the writers throw.
void write_alignment(std::ostream& out,
                     std::string_view format,
                     const Document& source,
                     const Document& target,
                     const Alignment& alignment);

}  // namespace parallax::cli
