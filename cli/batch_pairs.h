// The pairs of `parallax batch`: which ones run (the manifest, the shard), where their files
// are, and the summary line each gets on stdout.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/types.h>

#include "batch_runner.h"
#include "manifest.h"
#include "shard.h"

namespace parallax::cli {

// A pair of the manifest with its paths resolved.
struct BatchPair {
  ManifestEntry entry;
  std::string source;
  std::string target;
  std::filesystem::path output;  // <output-dir>/<id>.<ext>, or empty
};

// The manifest's entries (read_text_input, parse_manifest); manifest_name names it in messages.
// At most one document may be '-' (stdin), and none when the manifest is read from stdin.
// Throws InputError, CannotOpen, IoError.
std::vector<ManifestEntry> read_batch_manifest(const std::string& manifest,
                                               const std::string& manifest_name);

// This shard's pairs, in manifest order, their paths relative to base (the manifest's folder),
// each with the output output_dir/<id>.<extension> (none when output_dir is empty). The shards
// are balanced by file size; a file that cannot be read counts 0 bytes (its pair fails in its
// shard).
std::vector<BatchPair> shard_pairs(const std::vector<ManifestEntry>& entries,
                                   const std::filesystem::path& base,
                                   const Shard& shard,
                                   const std::filesystem::path& output_dir,
                                   const std::string& extension);

// The summary line of an aligned pair: languages, sentence and bead counts, bead shapes, mean
// confidence, output file.
Json summary_line(const BatchPair& pair,
                  const Document& source,
                  const Document& target,
                  const Alignment& alignment);

// The line of a pair that failed, with the message.
Json error_line(const BatchPair& pair, std::string_view message);

// The line of a pair skipped by --resume because its output exists.
Json skipped_line(const BatchPair& pair);

// value rounded to 3 decimals, as the summary lines give numbers.
double rounded(double value);

}  // namespace parallax::cli
