#include "lexicons.h"

#include <cstdlib>
#include <sstream>
#include <utility>

#include <fmt/format.h>

#include <parallax/errors.h>
#include <parallax/read.h>

#include "bundled_lexicon.h"
#include "input.h"

namespace parallax::cli {

namespace {

Lexicon read_lexicon(const std::string& path,
                     const std::string& source_language,
                     const std::string& target_language,
                     Console& console) {
  // Checked like a text input: a binary file or a NUL byte is an error naming line and column.
  std::string bytes = read_text_input(path, ReadOptions{});
  if (bytes.empty()) {
    throw InputError(input_name(path), 0, 0,
                     "empty lexicon file (check that it is the file you meant; to align without "
                     "a dictionary, use --no-default-lexicon and no --lexicon)");
  }
  std::istringstream in(std::move(bytes));
  LexiconReadOptions options;
  options.source_language = source_language;
  options.target_language = target_language;
  options.on_diagnostic = console.diagnostic_callback();
  Lexicon lexicon = Lexicon::read_tsv(in, input_name(path), options);
  if (lexicon.empty()) {
    throw InputError(input_name(path), 0, 0,
                     "no entry in the lexicon (it needs lines 'source word<TAB>target word')");
  }
  return lexicon;
}

bool is_pair(const Lexicon& lexicon, const std::string& from, const std::string& to) {
  const std::string& a = lexicon.source_language();
  const std::string& b = lexicon.target_language();
  return (a == from && b == to) || (a == to && b == from);
}

}  // namespace

std::filesystem::path lexicon_dir() {
  // The CLI, not the library, reads the environment (STYLE.md §2); nothing here writes it.
  const char* env = std::getenv("PARALLAX_LEXICON_DIR");  // NOLINT(concurrency-mt-unsafe)
  return (env != nullptr && *env != '\0') ? std::filesystem::path(env)
                                          : std::filesystem::path(PARALLAX_LEXICON_DIR);
}

PreparedLexicon load_lexicons(const std::vector<std::string>& paths,
                              bool no_default,
                              const std::string& from,
                              const std::string& to,
                              Console& console,
                              const LexiconNotes& notes) {
  std::vector<Lexicon> lexicons;
  lexicons.reserve(paths.size());
  for (const std::string& path : paths) {
    lexicons.push_back(read_lexicon(path, from, to, console));
    if (notes.other_pair && !is_pair(lexicons.back(), from, to)) {
      console.warning(
          fmt::format("{}: the lexicon is for {}-{} but the texts are {}-{}; it is "
                      "not used (check --from and --to)",
                      input_name(path), lexicons.back().source_language(),
                      lexicons.back().target_language(), from, to));
    }
  }
  if (paths.empty() && !no_default) {
    if (from.empty() || to.empty()) {
      if (notes.no_dictionary) {
        console.note(
            "no bundled lexicon: a language is unknown; aligning without a dictionary "
            "(pass --from and --to)");
      }
    } else {
      const BundledLexicon bundled = read_bundled_lexicon(lexicon_dir(), from, to);
      if (!bundled.files.empty()) {
        return load_bundled_lexicon(bundled, console.diagnostic_callback());
      }
      if (notes.no_dictionary && (from != to || notes.same_language)) {
        console.note(
            fmt::format("no bundled lexicon for {}-{} in {}; aligning without a dictionary "
                        "(pass --lexicon FILE to give one)",
                        from, to, bundled.dir.string()));
      }
    }
  }
  return {Lexicon::combine(lexicons, from, to), from, to};
}

LexiconCache::Loader lexicon_loader(std::vector<std::string> paths,
                                    bool no_default,
                                    Console& console,
                                    const LexiconNotes& notes) {
  return [paths = std::move(paths), no_default, &console, notes](const std::string& from,
                                                                 const std::string& to) {
    return load_lexicons(paths, no_default, from, to, console, notes);
  };
}

}  // namespace parallax::cli
