#include "batch_pairs.h"

#include <cmath>
#include <map>
#include <system_error>
#include <utility>

#include <fmt/format.h>

#include <parallax/errors.h>
#include <parallax/read.h>

#include "input.h"

namespace parallax::cli {

std::vector<ManifestEntry> read_batch_manifest(const std::string& manifest,
                                               const std::string& manifest_name) {
  std::vector<ManifestEntry> entries =
      parse_manifest(read_text_input(manifest, ReadOptions{}), manifest_name);
  uint32_t stdin_line = manifest == "-" ? UINT32_MAX : 0;
  for (const ManifestEntry& entry : entries) {
    if (entry.source == "-" || entry.target == "-") {
      if (stdin_line != 0 || (entry.source == "-" && entry.target == "-")) {
        throw InputError(manifest_name, entry.line, 0,
                         stdin_line == UINT32_MAX
                             ? "'-' (stdin) cannot be a document: the manifest is read from stdin"
                             : "'-' (stdin) can be read only once (give file paths)");
      }
      stdin_line = entry.line;
    }
  }
  return entries;
}

std::vector<BatchPair> shard_pairs(const std::vector<ManifestEntry>& entries,
                                   const std::filesystem::path& base,
                                   const Shard& shard,
                                   const std::filesystem::path& output_dir,
                                   const std::string& extension) {
  std::vector<uint64_t> sizes(entries.size(), 0);
  if (shard.count > 1) {
    for (size_t i = 0; i < entries.size(); ++i) {
      for (const std::string& path : {entries[i].source, entries[i].target}) {
        std::error_code ec;
        const uintmax_t size = std::filesystem::file_size(resolve_manifest_path(path, base), ec);
        sizes[i] += ec ? 0 : size;
      }
    }
  }
  std::vector<BatchPair> pairs;
  for (const size_t i : shard_indices(sizes, shard)) {
    BatchPair pair;
    pair.entry = entries[i];
    pair.source = resolve_manifest_path(pair.entry.source, base);
    pair.target = resolve_manifest_path(pair.entry.target, base);
    if (!output_dir.empty()) {
      pair.output = output_dir / (pair.entry.id + "." + extension);
    }
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

Json summary_line(const BatchPair& pair,
                  const Document& source,
                  const Document& target,
                  const Alignment& alignment) {
  std::map<std::pair<uint32_t, uint32_t>, uint64_t> shape_counts;
  double confidence = 0.0;
  for (const Bead& bead : alignment.beads) {
    ++shape_counts[{bead.source.size(), bead.target.size()}];
    confidence += bead.confidence;
  }
  Json shapes = Json::object();
  for (const auto& [shape, count] : shape_counts) {
    shapes[fmt::format("{}-{}", shape.first, shape.second)] = count;
  }
  Json line;
  line["id"] = pair.entry.id;
  line["source"] = pair.source;
  line["target"] = pair.target;
  line["source_language"] = source.language;
  line["target_language"] = target.language;
  line["source_sentences"] = source.sentences.size();
  line["target_sentences"] = target.sentences.size();
  line["beads"] = alignment.beads.size();
  line["shapes"] = std::move(shapes);
  line["mean_confidence"] = alignment.beads.empty()
                                ? 0.0
                                : rounded(confidence / static_cast<double>(alignment.beads.size()));
  if (!pair.output.empty()) {
    line["output"] = pair.output.string();
  }
  return line;
}

Json error_line(const BatchPair& pair, std::string_view message) {
  Json line;
  line["id"] = pair.entry.id;
  line["source"] = pair.source;
  line["target"] = pair.target;
  line["error"] = message;
  return line;
}

Json skipped_line(const BatchPair& pair) {
  Json line;
  line["id"] = pair.entry.id;
  line["skipped"] = "output exists";
  line["output"] = pair.output.string();
  return line;
}

double rounded(double value) {
  return std::round(value * 1000.0) / 1000.0;
}

}  // namespace parallax::cli
