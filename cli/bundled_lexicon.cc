#include "bundled_lexicon.h"

#include <optional>
#include <sstream>
#include <string_view>
#include <system_error>
#include <utility>

#include <fmt/format.h>

#include <parallax/errors.h>
#include <parallax/prepared_lexicon_io.h>

#include "exit_codes.h"
#include "input.h"

namespace parallax::cli {

namespace {

// The prepared file, or nullopt when it is missing, stale or (with a warning) unusable.
std::optional<PreparedLexicon> read_prepared_file(const BundledLexicon& bundled,
                                                  const DiagnosticCallback& on_diagnostic) {
  const std::filesystem::path path = prepared_lexicon_path(bundled);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return std::nullopt;
  }
  std::string problem;
  try {
    std::optional<PreparedLexicon> prepared = read_prepared_lexicon(
        read_input(path.string()), path.string(), bundled_fingerprint(bundled));
    // The fingerprint covers the pair: other languages here would mean a forged file.
    if (!prepared || (prepared->source_language() == bundled.from &&
                      prepared->target_language() == bundled.to)) {
      return prepared;
    }
    problem = "made for another language pair";
  } catch (const InputError& e) {  // CannotOpen, or a damaged file
    problem = e.message;
  } catch (const IoError&) {
    problem = "read failed";
  }
  if (on_diagnostic) {
    on_diagnostic(Diagnostic{Severity::Warning, path.string(), 0,
                             fmt::format("{}; the TSV files are read instead", problem)});
  }
  return std::nullopt;
}

}  // namespace

BundledLexicon read_bundled_lexicon(const std::filesystem::path& dir,
                                    const std::string& from,
                                    const std::string& to) {
  BundledLexicon bundled{dir, from, to, {}};
  for (const auto& [a, b] : {std::pair{from, to}, std::pair{to, from}}) {
    const std::filesystem::path file = dir / fmt::format("{}-{}.tsv", a, b);
    std::error_code ec;
    if (std::filesystem::is_regular_file(file, ec)) {
      bundled.files.push_back(BundledFile{file.string(), a, b, read_input(file.string())});
    }
    if (a == b) {
      break;
    }
  }
  return bundled;
}

std::filesystem::path prepared_lexicon_path(const BundledLexicon& bundled) {
  return bundled.dir / fmt::format("{}-{}.prepared", bundled.from, bundled.to);
}

uint64_t bundled_fingerprint(const BundledLexicon& bundled) {
  // How each file is read (its languages without a header), then its bytes.
  std::vector<std::string> labels;
  labels.reserve(bundled.files.size());
  std::vector<std::string_view> inputs;
  for (const BundledFile& file : bundled.files) {
    labels.push_back(fmt::format("{}-{}.tsv", file.source_language, file.target_language));
    inputs.emplace_back(labels.back());
    inputs.emplace_back(file.bytes);
  }
  return prepared_lexicon_fingerprint(inputs, bundled.from, bundled.to);
}

PreparedLexicon prepare_bundled_lexicon(const BundledLexicon& bundled,
                                        const DiagnosticCallback& on_diagnostic) {
  std::vector<Lexicon> lexicons;
  lexicons.reserve(bundled.files.size());
  for (const BundledFile& file : bundled.files) {
    std::istringstream in(file.bytes);
    LexiconReadOptions options;
    options.source_language = file.source_language;
    options.target_language = file.target_language;
    options.on_diagnostic = on_diagnostic;
    lexicons.push_back(Lexicon::read_tsv(in, file.path, options));
  }
  return {Lexicon::combine(lexicons, bundled.from, bundled.to), bundled.from, bundled.to};
}

PreparedLexicon load_bundled_lexicon(const BundledLexicon& bundled,
                                     const DiagnosticCallback& on_diagnostic) {
  if (!bundled.files.empty()) {
    if (std::optional<PreparedLexicon> prepared = read_prepared_file(bundled, on_diagnostic)) {
      return std::move(*prepared);
    }
  }
  return prepare_bundled_lexicon(bundled, on_diagnostic);
}

}  // namespace parallax::cli
