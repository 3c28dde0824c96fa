// The manifest of `parallax batch`: one document pair per line,
//   SOURCE<TAB>TARGET[<TAB>ID[<TAB>FROM<TAB>TO]]
// '#' starts a comment line; blank lines are skipped; a trailing '\r' (CRLF files) is dropped.
// Paths are taken as written: resolve_manifest_path() makes them relative to the manifest's
// folder. `parallax batch --help` gives the same summary.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::cli {

struct ManifestEntry {
  uint32_t line = 0;   // 1-based line of the manifest
  std::string source;  // path as written; "-" = stdin
  std::string target;  // path as written; "-" = stdin
  std::string id;      // the third column, else the source file's name without extension
  std::string from;    // ISO 639-1 language of source; "" = not given
  std::string to;      // ISO 639-1 language of target; "" = not given
};

// Parses a manifest's bytes. source_name names the manifest in messages.
// Throws InputError (source_name, line) for: a line with 1, 4 or more than 5 columns, an
// empty path, an id that is not usable as a file name ("", ".", "..", containing '/' or a
// control character), an id used twice, a NUL byte, and a manifest without any pair.
// Linear in the size of text. Thread-safe (pure function).
std::vector<ManifestEntry> parse_manifest(std::string_view text, std::string_view source_name);

// path as it is to be opened: "-" and absolute paths unchanged, others relative to base (the
// manifest's folder; "" = the working directory). Lexical only: touches no file.
std::string resolve_manifest_path(const std::string& path, const std::filesystem::path& base);

}  // namespace parallax::cli
