#include "manifest.h"

#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include <parallax/errors.h>

namespace parallax::cli {

namespace {

constexpr std::string_view kColumnsHint =
    "write SOURCE<TAB>TARGET[<TAB>ID[<TAB>FROM<TAB>TO]], columns separated by one TAB";

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t begin = 0;
  for (;;) {
    const size_t tab = line.find('\t', begin);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(begin));
      return fields;
    }
    fields.push_back(line.substr(begin, tab - begin));
    begin = tab + 1;
  }
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

bool is_comment(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  return first != std::string_view::npos && line[first] == '#';
}

// Why an id cannot name an output file <id>.<ext>, or "" when it can.
std::string_view id_problem(std::string_view id) {
  if (id.empty()) {
    return "the pair has no id";
  }
  if (id == "." || id == "..") {
    return "the id cannot be '.' or '..'";
  }
  for (const char c : id) {
    if (c == '/') {
      return "the id contains '/'";
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == '\x7f') {
      return "the id contains a control character";
    }
  }
  return {};
}

std::string default_id(const std::string& source) {
  if (source == "-") {
    return "stdin";
  }
  return std::filesystem::path(source).stem().string();
}

}  // namespace

std::vector<ManifestEntry> parse_manifest(std::string_view text, std::string_view source_name) {
  const std::string name(source_name);
  std::vector<ManifestEntry> entries;
  std::unordered_map<std::string, uint32_t> id_lines;  // id -> line that first used it
  uint32_t line_number = 0;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view line = text.substr(begin, end - begin);
    begin = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (const size_t nul = line.find('\0'); nul != std::string_view::npos) {
      throw InputError(name, line_number, static_cast<uint32_t>(nul + 1),
                       "NUL byte in the manifest (is it a text file?)");
    }
    if (is_blank(line) || is_comment(line)) {
      continue;
    }
    const std::vector<std::string_view> fields = split_tabs(line);
    if (fields.size() == 1) {
      throw InputError(name, line_number, 0,
                       fmt::format("no TAB between source and target ({})", kColumnsHint));
    }
    if (fields.size() == 4) {
      throw InputError(name, line_number, 0,
                       "FROM is given without TO (give both languages, or neither)");
    }
    if (fields.size() > 5) {
      throw InputError(
          name, line_number, 0,
          fmt::format("{} columns, at most 5 expected ({})", fields.size(), kColumnsHint));
    }
    ManifestEntry entry;
    entry.line = line_number;
    entry.source = std::string(fields[0]);
    entry.target = std::string(fields[1]);
    if (entry.source.empty() || entry.target.empty()) {
      throw InputError(name, line_number, 0,
                       fmt::format("empty {} path ({})", entry.source.empty() ? "source" : "target",
                                   kColumnsHint));
    }
    entry.id = fields.size() >= 3 && !fields[2].empty() ? std::string(fields[2])
                                                        : default_id(entry.source);
    if (const std::string_view problem = id_problem(entry.id); !problem.empty()) {
      throw InputError(name, line_number, 0,
                       fmt::format("{}: it names the output file <id>.<ext> (give a file name "
                                   "as the third column)",
                                   problem));
    }
    if (fields.size() == 5) {
      entry.from = std::string(fields[3]);
      entry.to = std::string(fields[4]);
    }
    const auto [previous, inserted] = id_lines.emplace(entry.id, line_number);
    if (!inserted) {
      throw InputError(name, line_number, 0,
                       fmt::format("id '{}' is already used on line {} (give each pair a distinct "
                                   "id in the third column)",
                                   entry.id, previous->second));
    }
    entries.push_back(std::move(entry));
  }
  if (entries.empty()) {
    throw InputError(name, 0, 0,
                     fmt::format("no document pair in the manifest ({})", kColumnsHint));
  }
  return entries;
}

std::string resolve_manifest_path(const std::string& path, const std::filesystem::path& base) {
  if (path == "-" || base.empty()) {
    return path;
  }
  const std::filesystem::path p(path);
  return p.is_absolute() ? path : (base / p).string();
}

}  // namespace parallax::cli
