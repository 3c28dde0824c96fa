// `parallax prepare-lexicon --from LANG --to LANG -o FILE`: writes the prepared form of the
// bundled lexicon of a pair (docs/FORMATS.md, "Prepared lexicon"). The build runs it for the
// bundled pairs (lexicons/CMakeLists.txt); it is left out of --help.
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <parallax/lexicon.h>
#include <parallax/prepared_lexicon_io.h>

#include "bundled_lexicon.h"
#include "commands.h"
#include "exit_codes.h"
#include "lexicons.h"
#include "output.h"

namespace parallax::cli {

namespace {

struct PrepareLexiconFlags {
  std::string from;
  std::string to;
  std::string lexicon_dir;  // "" = lexicon_dir()
  std::string output;
};

void run_prepare_lexicon(const PrepareLexiconFlags& flags, Console& console) {
  const std::filesystem::path dir =
      flags.lexicon_dir.empty() ? lexicon_dir() : std::filesystem::path(flags.lexicon_dir);
  const BundledLexicon bundled = read_bundled_lexicon(dir, flags.from, flags.to);
  if (bundled.files.empty()) {
    throw CannotOpen(
        (dir / fmt::format("{}-{}.tsv", flags.from, flags.to)).string(),
        fmt::format("no such file, nor {}-{}.tsv (check --lexicon-dir)", flags.to, flags.from));
  }
  // Always from the TSV files, never from an existing prepared file.
  const PreparedLexicon lexicon = prepare_bundled_lexicon(bundled, console.diagnostic_callback());
  std::vector<std::string> inputs;
  for (const BundledFile& file : bundled.files) {
    inputs.push_back(file.path);
  }
  Output output(flags.output, inputs);
  write_prepared_lexicon(output.stream(), lexicon, bundled_fingerprint(bundled));
  output.commit();
}

}  // namespace

void add_prepare_lexicon_command(CLI::App& app, Session& session) {
  auto flags = std::make_shared<PrepareLexiconFlags>();
  CLI::App* command = app.add_subcommand(
      "prepare-lexicon", "Write the prepared (stemmed) form of the bundled lexicon of a pair");
  command->group("");  // a build step, not listed in --help
  command->add_option("--from", flags->from, "Source language (ISO 639-1)")
      ->type_name("LANG")
      ->required();
  command->add_option("--to", flags->to, "Target language (ISO 639-1)")
      ->type_name("LANG")
      ->required();
  command
      ->add_option("--lexicon-dir", flags->lexicon_dir,
                   "Folder of the lexicon TSV files; default: $PARALLAX_LEXICON_DIR, else the "
                   "bundled lexicons")
      ->type_name("DIR");
  command->add_option("-o,--output", flags->output, "The prepared file to write")
      ->type_name("FILE")
      ->required();
  command->callback([flags, &session] {
    session.run = [flags, &session] { run_prepare_lexicon(*flags, session.console); };
  });
}

}  // namespace parallax::cli
