// The bundled lexicon of a language pair: its TSV files in the lexicon folder, and the
// prepared (stemmed) form that the build writes beside them as "<from>-<to>.prepared", which
// is loaded instead of reading and stemming the TSV files when it was made from the same
// bytes (docs/FORMATS.md, "Prepared lexicon"). Shared by align, terms, report and batch, and
// by the `prepare-lexicon` command that writes the prepared files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <parallax/lexicon.h>
#include <parallax/types.h>

namespace parallax::cli {

// A bundled TSV file and its bytes.
struct BundledFile {
  std::string path;
  std::string source_language;  // the file is "<source>-<target>.tsv"; its languages unless
  std::string target_language;  // its header says otherwise
  std::string bytes;
};

struct BundledLexicon {
  std::filesystem::path dir;
  std::string from;
  std::string to;
  // "<from>-<to>.tsv", then "<to>-<from>.tsv" (unless from == to): those that exist.
  std::vector<BundledFile> files;
};

// Reads the files of the pair (from, to) that exist in dir. Throws CannotOpen, IoError.
BundledLexicon read_bundled_lexicon(const std::filesystem::path& dir,
                                    const std::string& from,
                                    const std::string& to);

// dir / "<from>-<to>.prepared".
std::filesystem::path prepared_lexicon_path(const BundledLexicon& bundled);

// What the prepared file of bundled must have been made from (prepared_lexicon_fingerprint of
// each file's languages and bytes, and of the pair). 3 ms for the 5.6 MB of the bundled
// files.
uint64_t bundled_fingerprint(const BundledLexicon& bundled);

// The files read as TSV (Lexicon::read_tsv, diagnostics to on_diagnostic), combined and
// prepared for (from, to); an empty lexicon when there are none. Throws InputError.
PreparedLexicon prepare_bundled_lexicon(const BundledLexicon& bundled,
                                        const DiagnosticCallback& on_diagnostic);

// The prepared file when its fingerprint is bundled_fingerprint(bundled), else
// prepare_bundled_lexicon. A missing or stale prepared file is passed over silently (an edited
// TSV file makes it stale); an unreadable or damaged one gives a warning, since it stays so
// until it is deleted or written again. Throws InputError (from the TSV files only).
PreparedLexicon load_bundled_lexicon(const BundledLexicon& bundled,
                                     const DiagnosticCallback& on_diagnostic);

}  // namespace parallax::cli
