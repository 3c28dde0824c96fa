// `parallax align SOURCE TARGET`: sentence alignment of a translation with its original.
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <parallax/align.h>
#include <parallax/errors.h>
#include <parallax/formats.h>
#include <parallax/lexicon.h>
#include <parallax/types.h>

#include "commands.h"
#include "input.h"
#include "options.h"
#include "output.h"

namespace parallax::cli {

namespace {

struct AlignCommandFlags {
  std::string source;
  std::string target;
  std::string from;             // --from: source language ("" = detect)
  std::string to;               // --to: target language ("" = detect)
  std::string source_encoding;  // overrides --encoding for SOURCE
  std::string target_encoding;  // overrides --encoding for TARGET
  std::vector<std::string> lexicons;
  bool no_default_lexicon = false;
  bool quiet = false;
  InputFlags input;
  AlignFlags align;
  OutputFlags output;
};

// The folder of the bundled lexicons: $PARALLAX_LEXICON_DIR, else the one set at build time.
std::filesystem::path lexicon_dir() {
  // The CLI, not the library, reads the environment (STYLE.md §2); nothing here writes it.
  const char* env = std::getenv("PARALLAX_LEXICON_DIR");  // NOLINT(concurrency-mt-unsafe)
  return (env != nullptr && *env != '\0') ? std::filesystem::path(env)
                                          : std::filesystem::path(PARALLAX_LEXICON_DIR);
}

Lexicon read_lexicon(const std::string& path,
                     const std::string& source_language,
                     const std::string& target_language,
                     Console& console) {
  std::istringstream in(read_input(path));
  LexiconReadOptions options;
  options.source_language = source_language;
  options.target_language = target_language;
  options.on_diagnostic = console.diagnostic_callback();
  return Lexicon::read_tsv(in, input_name(path), options);
}

bool is_pair(const Lexicon& lexicon, const std::string& from, const std::string& to) {
  const std::string& a = lexicon.source_language();
  const std::string& b = lexicon.target_language();
  return (a == from && b == to) || (a == to && b == from);
}

// The user's --lexicon files, else the bundled "<a>-<b>.tsv" for the pair in either order.
// Lexicons for another pair are reported and left out by Lexicon::combine.
Lexicon load_lexicons(const AlignCommandFlags& flags,
                      const std::string& from,
                      const std::string& to,
                      Console& console) {
  std::vector<Lexicon> lexicons;
  for (const std::string& path : flags.lexicons) {
    lexicons.push_back(read_lexicon(path, from, to, console));
    if (!is_pair(lexicons.back(), from, to)) {
      console.warning(
          fmt::format("{}: the lexicon is for {}-{} but the texts are {}-{}; it is "
                      "not used (check --from and --to)",
                      input_name(path), lexicons.back().source_language(),
                      lexicons.back().target_language(), from, to));
    }
  }
  if (flags.lexicons.empty() && !flags.no_default_lexicon) {
    if (from.empty() || to.empty()) {
      console.note(
          "no bundled lexicon: a language is unknown; aligning without a dictionary "
          "(pass --from and --to)");
    } else {
      const std::filesystem::path dir = lexicon_dir();
      for (const auto& [a, b] : {std::pair{from, to}, std::pair{to, from}}) {
        const std::filesystem::path file = dir / fmt::format("{}-{}.tsv", a, b);
        std::error_code ec;
        if (std::filesystem::is_regular_file(file, ec)) {
          lexicons.push_back(read_lexicon(file.string(), a, b, console));
        }
        if (a == b) {
          break;
        }
      }
      if (lexicons.empty()) {
        console.note(
            fmt::format("no bundled lexicon for {}-{} in {}; aligning without a "
                        "dictionary (pass --lexicon FILE to give one)",
                        from, to, dir.string()));
      }
    }
  }
  return Lexicon::combine(lexicons, from, to);
}

void run_align(const AlignCommandFlags& flags, Console& console) {
  console.set_quiet(flags.quiet);
  if (flags.source == "-" && flags.target == "-") {
    throw OptionError("SOURCE and TARGET cannot both be '-' (stdin can be read only once)");
  }
  const ReadOptions source_read = read_options(flags.input, flags.source_encoding);
  const ReadOptions target_read = read_options(flags.input, flags.target_encoding);
  const SegmentOptions source_segment = segment_options(flags.input, flags.from, console);
  const SegmentOptions target_segment = segment_options(flags.input, flags.to, console);
  const AlignOptions options = align_options(flags.align, console);

  const Document source = load_document(flags.source, source_read, source_segment);
  const Document target = load_document(flags.target, target_read, target_segment);
  const std::string from = flags.from.empty() ? source.language : flags.from;
  const std::string to = flags.to.empty() ? target.language : flags.to;
  const Lexicon lexicon = load_lexicons(flags, from, to, console);

  Output output(flags.output.path);
  const Alignment alignment = align(source, target, options, lexicon);
  console.end_progress();
  std::ostream& out = output.stream();
  if (flags.output.format == "beads") {
    write_beads(out, alignment);
  } else if (flags.output.format == "json") {
    write_json(out, source, target, alignment);
  } else if (flags.output.format == "tmx") {
    write_tmx(out, source, target, alignment, PARALLAX_VERSION);
  } else {
    write_tsv(out, source, target, alignment);
  }
  output.commit();
}

}  // namespace

void add_align_command(CLI::App& app, Session& session) {
  auto flags = std::make_shared<AlignCommandFlags>();
  CLI::App* command = app.add_subcommand(
      "align", "Align the sentences of a translation (TARGET) with its original (SOURCE)");
  command->add_option("SOURCE", flags->source, "Source text file; '-' = stdin")
      ->type_name("FILE")
      ->required();
  command->add_option("TARGET", flags->target, "Target text file; '-' = stdin")
      ->type_name("FILE")
      ->required();
  command
      ->add_option("--from", flags->from,
                   "ISO 639-1 language of SOURCE (ru, en, ...); default: detect")
      ->type_name("LANG");
  command
      ->add_option("--to", flags->to, "ISO 639-1 language of TARGET (ru, en, ...); default: detect")
      ->type_name("LANG");
  add_input_flags(*command, flags->input);
  command
      ->add_option("--source-encoding", flags->source_encoding,
                   "Encoding of SOURCE; overrides --encoding")
      ->type_name("NAME");
  command
      ->add_option("--target-encoding", flags->target_encoding,
                   "Encoding of TARGET; overrides --encoding")
      ->type_name("NAME");
  add_output_flags(*command, flags->output, {"tsv", "beads", "json", "tmx"});
  command
      ->add_option("--lexicon", flags->lexicons,
                   "Bilingual lexicon TSV (repeatable); a file without a language header is "
                   "taken as FROM-TO. Replaces the bundled lexicon")
      ->type_name("FILE")
      ->allow_extra_args(false);
  command->add_flag("--no-default-lexicon", flags->no_default_lexicon,
                    "Do not load the bundled lexicon for the language pair");
  add_align_flags(*command, flags->align);
  command->add_flag("-q,--quiet", flags->quiet,
                    "Print errors only (no progress, notes or warnings)");
  command->callback([flags, &session] {
    session.run = [flags, &session] { run_align(*flags, session.console); };
  });
}

}  // namespace parallax::cli
