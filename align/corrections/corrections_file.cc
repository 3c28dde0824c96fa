// The corrections file (docs/FORMATS.md, "Corrections"): checksums, reading, writing and the
// checks that tie corrections to the documents they were made for.
//
//   {"format": "parallax corrections", "version": 1,
//    "source": {"file", "checksum", "sentences"}, "target": {...},
//    "beads": [{"source_ids": [3, 4], "target_ids": [3], "source": text, "target": text},
//              {"source_ids": [7], "target_ids": [], "target_at": 7}, ...]}
//
// Ids are 0-based and consecutive. A side with no ids needs "<side>_at": the sentence the
// empty side lies before, since an omission fixed by hand is fixed at one place.
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <parallax/corrections.h>
#include <parallax/errors.h>

#include "formats/joined_text.h"

namespace parallax {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kFormatName = "parallax corrections";
constexpr int kFormatVersion = 1;

// Line and column (1-based, bytes) of byte offset in text.
std::pair<uint32_t, uint32_t> line_and_column(std::string_view text, size_t offset) {
  uint32_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, static_cast<uint32_t>(offset - line_start + 1)};
}

class Reader {
 public:
  explicit Reader(const std::string& source_name) : source_name_(source_name) {}

  [[noreturn]] void fail(const std::string& message) const {
    throw InputError(source_name_, 0, 0, message);
  }

  const Json& member(const Json& object, const char* key, const std::string& where) const {
    const auto it = object.find(key);
    if (it == object.end()) {
      fail(fmt::format("{} has no \"{}\" (is it a parallax corrections file?)", where, key));
    }
    return *it;
  }

  uint32_t count(const Json& value, const std::string& what) const {
    if (!value.is_number_unsigned() || value.get<uint64_t>() > UINT32_MAX) {
      fail(fmt::format("{} must be a sentence number (0 or more)", what));
    }
    return value.get<uint32_t>();
  }

  std::string text(const Json& value, const std::string& what) const {
    if (!value.is_string()) {
      fail(fmt::format("{} must be a string", what));
    }
    return value.get<std::string>();
  }

  CorrectionsText side(const Json& root, const char* key) const {
    const Json& object = member(root, key, "the file");
    if (!object.is_object()) {
      fail(fmt::format("\"{}\" must be an object {{file, checksum, sentences}}", key));
    }
    const std::string where = fmt::format("\"{}\"", key);
    CorrectionsText side;
    side.file = text(member(object, "file", where), where + ".file");
    side.checksum = text(member(object, "checksum", where), where + ".checksum");
    side.sentences = count(member(object, "sentences", where), where + ".sentences");
    return side;
  }

  // The range of a bead's side: consecutive ids, or the empty range at "<side>_at".
  IndexRange range(const Json& bead, const std::string& side, const std::string& where) const {
    const Json& ids = member(bead, (side + "_ids").c_str(), where);
    if (!ids.is_array()) {
      fail(fmt::format("{}: {}_ids must be a list of sentence numbers", where, side));
    }
    if (ids.empty()) {
      const uint32_t at =
          count(member(bead, (side + "_at").c_str(), where + " (no " + side + " sentence)"),
                fmt::format("{}: {}_at", where, side));
      return IndexRange{at, at};
    }
    const uint32_t first = count(ids.front(), fmt::format("{}: {}_ids", where, side));
    for (size_t k = 1; k < ids.size(); ++k) {
      if (count(ids[k], fmt::format("{}: {}_ids", where, side)) != first + k) {
        fail(
            fmt::format("{}: {}_ids must be consecutive and ascending (a bead is a run of "
                        "sentences)",
                        where, side));
      }
    }
    return IndexRange{first, first + static_cast<uint32_t>(ids.size())};
  }

 private:
  const std::string& source_name_;
};

Json ids_json(IndexRange range) {
  Json ids = Json::array();
  for (uint32_t i = range.begin; i < range.end; ++i) {
    ids.push_back(i);
  }
  return ids;
}

Json side_json(const CorrectionsText& side) {
  Json j;
  j["file"] = side.file;
  j["checksum"] = side.checksum;
  j["sentences"] = side.sentences;
  return j;
}

std::string range_text(IndexRange range) {
  if (range.empty()) {
    return fmt::format("none, before {}", range.begin);
  }
  return range.size() == 1 ? fmt::format("{}", range.begin)
                           : fmt::format("{}-{}", range.begin, range.end - 1);
}

void check_text(const CorrectionsText& side,
                const Document& document,
                const char* role,
                const std::string& source_name) {
  const std::string checksum = text_checksum(document.text);
  if (side.checksum != checksum) {
    throw InputError(
        source_name, 0, 0,
        fmt::format("checksum mismatch: the corrections were made for other contents of the {} "
                    "({} {}), {} is {} (make the corrections again on this text)",
                    role, side.file, side.checksum, document.source_name, checksum));
  }
  if (side.sentences != document.sentences.size()) {
    throw InputError(source_name, 0, 0,
                     fmt::format("the corrections were made for {} sentences of {}, it now has "
                                 "{} (segment it as the report did: same --lines, --paragraphs)",
                                 side.sentences, document.source_name, document.sentences.size()));
  }
}

}  // namespace

std::string text_checksum(std::string_view text) {
  // FNV-1a, 64 bits (Fowler, Noll, Vo; offset basis and prime from the reference).
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return fmt::format("fnv1a64:{:016x}", hash);
}

Corrections corrections_of(const Document& source,
                           const Document& target,
                           const Alignment& alignment) {
  Corrections corrections;
  corrections.source = {source.source_name, text_checksum(source.text),
                        static_cast<uint32_t>(source.sentences.size())};
  corrections.target = {target.source_name, text_checksum(target.text),
                        static_cast<uint32_t>(target.sentences.size())};
  for (const Bead& bead : alignment.beads) {
    if (bead.checked) {
      corrections.beads.push_back(Bead{bead.source, bead.target, 1.0F, {}, true});
    }
  }
  return corrections;
}

Corrections read_corrections(std::string_view json, const std::string& source_name) {
  Json root;
  try {
    root = Json::parse(json);
  } catch (const Json::parse_error& error) {
    const auto [line, column] = line_and_column(json, error.byte == 0 ? 0 : error.byte - 1);
    const std::string what = error.what();
    const size_t detail = what.find("syntax error");
    throw InputError(source_name, line, column,
                     fmt::format("not valid JSON: {}",
                                 detail == std::string::npos ? what : what.substr(detail)));
  }
  const Reader reader(source_name);
  if (!root.is_object() || root.value("format", std::string()) != kFormatName) {
    reader.fail(
        fmt::format("not a parallax corrections file (no \"format\": \"{}\")", kFormatName));
  }
  const Json& version = reader.member(root, "version", "the file");
  if (!version.is_number_integer() || version.get<int64_t>() != kFormatVersion) {
    reader.fail(
        fmt::format("corrections format version {} is not known (this parallax reads "
                    "version {})",
                    version.dump(), kFormatVersion));
  }
  Corrections corrections;
  corrections.source = reader.side(root, "source");
  corrections.target = reader.side(root, "target");
  const Json& beads = reader.member(root, "beads", "the file");
  if (!beads.is_array()) {
    reader.fail("\"beads\" must be a list");
  }
  for (size_t k = 0; k < beads.size(); ++k) {
    const std::string where = fmt::format("bead {}", k + 1);
    if (!beads[k].is_object()) {
      reader.fail(where + " must be an object {source_ids, target_ids}");
    }
    Bead bead;
    bead.source = reader.range(beads[k], "source", where);
    bead.target = reader.range(beads[k], "target", where);
    bead.confidence = 1.0F;
    bead.checked = true;
    corrections.beads.push_back(bead);
  }
  return corrections;
}

void write_corrections(std::ostream& out,
                       const Corrections& corrections,
                       const Document& source,
                       const Document& target) {
  Json root;
  root["format"] = kFormatName;
  root["version"] = kFormatVersion;
  root["source"] = side_json(corrections.source);
  root["target"] = side_json(corrections.target);
  Json beads = Json::array();
  for (const Bead& bead : corrections.beads) {
    Json b;
    b["source_ids"] = ids_json(bead.source);
    b["target_ids"] = ids_json(bead.target);
    if (bead.source.empty()) {
      b["source_at"] = bead.source.begin;
    }
    if (bead.target.empty()) {
      b["target_at"] = bead.target.begin;
    }
    b["source"] = formats::joined_text(source, bead.source);
    b["target"] = formats::joined_text(target, bead.target);
    beads.push_back(std::move(b));
  }
  root["beads"] = std::move(beads);
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

void check_corrections(const Corrections& corrections,
                       const Document& source,
                       const Document& target,
                       const std::string& source_name) {
  check_text(corrections.source, source, "source", source_name);
  check_text(corrections.target, target, "target", source_name);
  IndexRange previous_source{0, 0};
  IndexRange previous_target{0, 0};
  for (size_t k = 0; k < corrections.beads.size(); ++k) {
    const Bead& bead = corrections.beads[k];
    const std::string name = fmt::format("bead {} (source {}, target {})", k + 1,
                                         range_text(bead.source), range_text(bead.target));
    if (bead.source.empty() && bead.target.empty()) {
      throw InputError(source_name, 0, 0, name + ": has no sentence on either side");
    }
    if (bead.source.end > source.sentences.size() || bead.target.end > target.sentences.size()) {
      throw InputError(source_name, 0, 0,
                       fmt::format("{}: beyond the end of the texts ({} and {} sentences)", name,
                                   source.sentences.size(), target.sentences.size()));
    }
    if (k > 0 &&
        (bead.source.begin < previous_source.end || bead.target.begin < previous_target.end)) {
      throw InputError(
          source_name, 0, 0,
          fmt::format("{}: overlaps or comes before bead {} (source {}, target {}); "
                      "beads must be in order without overlap",
                      name, k, range_text(previous_source), range_text(previous_target)));
    }
    previous_source = bead.source;
    previous_target = bead.target;
  }
}

}  // namespace parallax
