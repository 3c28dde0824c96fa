// Loading the lexicons of a language pair: the user's --lexicon files, else the bundled ones.
// Shared by the commands that align (TODO(#5): align_command.cc and terms_command.cc still
// carry their own copies of this lookup).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <parallax/lexicon.h>

#include "console.h"

namespace parallax::cli {

// The folder of the bundled lexicons: $PARALLAX_LEXICON_DIR, else the one set at build time.
std::filesystem::path lexicon_dir();

// The files in paths (read as from-to when they carry no language header), else, unless
// no_default, the bundled "<from>-<to>.tsv" and "<to>-<from>.tsv"; combined for the pair
// (from, to) by Lexicon::combine. A note tells when no dictionary is used.
// Throws CannotOpen, IoError, InputError.
Lexicon load_lexicons(const std::vector<std::string>& paths,
                      bool no_default,
                      const std::string& from,
                      const std::string& to,
                      Console& console);

}  // namespace parallax::cli
