#include "corpus.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include <parallax/read.h>
#include <parallax/segment.h>

#include "documents.h"

namespace parallax::testing {

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

// "[0, 1]:[2]" -> {0, 1} and {2}.
std::pair<std::vector<uint32_t>, std::vector<uint32_t>> parse_bead(const std::string& line) {
  std::pair<std::vector<uint32_t>, std::vector<uint32_t>> out;
  auto* side = &out.first;
  std::string number;
  for (const char c : line) {
    if (c >= '0' && c <= '9') {
      number += c;
      continue;
    }
    if (!number.empty()) {
      side->push_back(static_cast<uint32_t>(std::stoul(number)));
      number.clear();
    }
    if (c == ':') {
      side = &out.second;
    }
  }
  return out;
}

}  // namespace

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return {};
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Document load_corpus(const std::string& path, const std::string& language, bool lines) {
  SegmentOptions options;
  options.language = language;
  options.lines = lines;
  return segment(decode_text(read_file(path), path, ReadOptions{}), path, options);
}

Document segment_text(const std::string& text,
                      const std::string& source_name,
                      const std::string& language) {
  SegmentOptions options;
  options.language = language;
  return segment(decode_text(text, source_name, ReadOptions{}), source_name, options);
}

Lexicon bundled_lexicon() {
#ifdef PARALLAX_LEXICON_DIR
  const std::string path = std::string(PARALLAX_LEXICON_DIR) + "/en-ru.tsv";
  if (std::filesystem::exists(path)) {
    std::istringstream in(read_file(path));
    LexiconReadOptions options;
    options.source_language = "en";
    options.target_language = "ru";
    options.on_malformed_line = OnAnomaly::Ignore;
    return Lexicon::read_tsv(in, path, options);
  }
#endif
  return Lexicon{};
}

BibleSet load_bible() {
  const std::filesystem::path dir =
      std::filesystem::path(PARALLAX_SHARED_DIR) / "eval" / "data" / "bible-ru-en";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir / "gold")) {
    files.push_back(entry.path().filename());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> russian;
  std::vector<std::string> english;
  Alignment gold;
  for (const std::filesystem::path& name : files) {
    const auto source_offset = static_cast<uint32_t>(russian.size());
    const auto target_offset = static_cast<uint32_t>(english.size());
    for (std::string& line : lines_of(read_file((dir / "src" / name).string()))) {
      russian.push_back(std::move(line));
    }
    for (std::string& line : lines_of(read_file((dir / "tgt" / name).string()))) {
      english.push_back(std::move(line));
    }
    for (const std::string& line : lines_of(read_file((dir / "gold" / name).string()))) {
      const auto [source, target] = parse_bead(line);
      if (source.empty() && target.empty()) {
        continue;
      }
      Bead bead;
      bead.source = source.empty() ? IndexRange{source_offset, source_offset}
                                   : IndexRange{source_offset + source.front(),
                                                source_offset + source.back() + 1};
      bead.target = target.empty() ? IndexRange{target_offset, target_offset}
                                   : IndexRange{target_offset + target.front(),
                                                target_offset + target.back() + 1};
      bead.confidence = 1.0F;
      gold.beads.push_back(bead);
    }
  }
  BibleSet set{make_document(russian, "ru"), make_document(english, "en"), std::move(gold)};
  set.russian.source_name = "bible-ru-en/src";
  set.english.source_name = "bible-ru-en/tgt";
  return set;
}

}  // namespace parallax::testing
