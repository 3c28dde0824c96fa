// --anchors FILE: corrections made by hand (parallax/corrections.h) that the commands which
// align keep as fixed beads, re-aligning only between them.
#pragma once

#include <string>
#include <vector>

#include <parallax/types.h>

namespace CLI {  // NOLINT(readability-identifier-naming): CLI11's own name
class App;
}  // namespace CLI

namespace parallax::cli {

// Adds --anchors FILE to command: once when repeatable is false (align), else once per
// translation (report, terms).
void add_anchors_flag(CLI::App& command, std::vector<std::string>& files, bool repeatable);

// The fixed beads of each translation (empty: none), from the corrections files in paths.
// With one translation every file is its; with several, a file goes to the translation whose
// checksum it names. Each file is checked against the original and its translation.
// Throws CannotOpen, IoError, and InputError (not a corrections file, checksum mismatch,
// a bead out of range, out of order or overlapping, two files for one translation).
std::vector<std::vector<Bead>> read_fixed_beads(const std::vector<std::string>& paths,
                                                const Document& original,
                                                const std::vector<const Document*>& translations);

}  // namespace parallax::cli
