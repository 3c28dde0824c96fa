// Loading the lexicons of a language pair: the user's --lexicon files, else the bundled ones.
// Shared by the commands that align (align, terms, report, diff; batch uses lexicon_dir).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <parallax/lexicon.h>
#include <parallax/types.h>

#include "console.h"
#include "lexicon_cache.h"

namespace parallax::cli {

// The folder of the bundled lexicons: $PARALLAX_LEXICON_DIR, else the one set at build time.
std::filesystem::path lexicon_dir();

// What load_lexicons tells the user besides errors. The defaults are those of `parallax report`;
// `parallax align` sets all three, `parallax terms` clears no_dictionary.
struct LexiconNotes {
  // A note when no dictionary is used: a language is unknown, or no bundled file for the pair.
  bool no_dictionary = true;
  // With no_dictionary: give the note also when from == to (a same-language pair needs none).
  bool same_language = false;
  // A warning for each file in paths whose header names another pair (Lexicon::combine then
  // leaves it out).
  bool other_pair = false;
};

// The files in paths (read as from-to when they carry no language header), else, unless
// no_default, the bundled "<from>-<to>.tsv" and "<to>-<from>.tsv" (load_bundled_lexicon: their
// prepared form when the build wrote it from the same files); combined and prepared for the
// pair (from, to). notes says which notes and warnings are given.
// Throws CannotOpen, IoError, InputError.
PreparedLexicon load_lexicons(const std::vector<std::string>& paths,
                              bool no_default,
                              const std::string& from,
                              const std::string& to,
                              Console& console,
                              const LexiconNotes& notes = {});

// A LexiconCache loader: load_lexicons(paths, no_default, from, to, console, notes).
LexiconCache::Loader lexicon_loader(std::vector<std::string> paths,
                                    bool no_default,
                                    Console& console,
                                    const LexiconNotes& notes = {});

}  // namespace parallax::cli
