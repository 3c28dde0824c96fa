// The subcommands of parallax. Each lives in its own file <name>_command.cc and registers
// itself with add_<name>_command; to add one, write that file, declare its function here,
// list it in kCommands and add the file to cli/CMakeLists.txt.
#pragma once

#include <array>
#include <functional>

#include "console.h"

namespace CLI {  // NOLINT(readability-identifier-naming): CLI11's own name
class App;
}  // namespace CLI

namespace parallax::cli {

// State shared by main() and the subcommands for one run.
struct Session {
  Console console;
  // Set by the selected subcommand once its flags are parsed; main() calls it inside its
  // one try/catch, so that every failure maps to an exit code in one place.
  std::function<void()> run;
};

// Adds a subcommand (with its flags and help) to app.
using AddCommand = void (*)(CLI::App& app, Session& session);

void add_segment_command(CLI::App& app, Session& session);
void add_align_command(CLI::App& app, Session& session);
void add_terms_command(CLI::App& app, Session& session);
void add_batch_command(CLI::App& app, Session& session);
void add_report_command(CLI::App& app, Session& session);
void add_diff_command(CLI::App& app, Session& session);
void add_prepare_lexicon_command(CLI::App& app, Session& session);  // hidden: a build step

// In the order `parallax --help` lists them.
inline constexpr std::array<AddCommand, 7> kCommands = {
    add_segment_command, add_align_command, add_terms_command,          add_report_command,
    add_diff_command,    add_batch_command, add_prepare_lexicon_command};

}  // namespace parallax::cli
