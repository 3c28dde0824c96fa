// The parallax command line: parses the flags, runs the selected subcommand, and maps every
// failure to a message and an exit code in its one try/catch (STYLE.md §3).
#include <csignal>
#include <exception>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <parallax/errors.h>

#include "commands.h"
#include "exit_codes.h"
#include "memory_policy.h"

namespace {

// "(run 'parallax align --help' for usage)", naming the subcommand when there is one.
std::string help_hint(const CLI::App& app) {
  std::string command = "parallax";
  for (const CLI::App* sub : app.get_subcommands()) {
    command += " " + sub->get_name();
  }
  return fmt::format("(run '{} --help' for usage)", command);
}

// CLI11 reports an unknown first word as "A subcommand is required"; name the word instead.
std::string usage_error(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
  if (app.get_subcommands().empty() && argc > 1 && argv[1][0] != '-') {
    std::string commands;
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (sub->get_group().empty()) {
        continue;  // hidden from --help: a build step
      }
      commands += commands.empty() ? sub->get_name() : ", " + sub->get_name();
    }
    return fmt::format("unknown command '{}' (commands: {}; run 'parallax --help' for usage)",
                       argv[1], commands);
  }
  return fmt::format("{} {}", e.what(), help_hint(app));
}

}  // namespace

// An exception escaping a handler (out of memory while formatting the message) ends the program
// with std::terminate, which is all that can be done then.
// NOLINTNEXTLINE(bugprone-exception-escape)
int main(int argc, char** argv) {
  using namespace parallax::cli;  // NOLINT(google-build-using-namespace): main only
  set_memory_policy();
  // Past a file size limit (ulimit -f) a write raises SIGXFSZ, whose default action ends the
  // process at once and leaves OUT.tmp behind. Ignored, the write fails with EFBIG instead,
  // which takes the normal path: message, exit 74, temporary file removed.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"parallax: sentence alignment and rendering comparison", "parallax"};
  app.set_version_flag("--version", "parallax " PARALLAX_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 success, 1 a --fail-on check failed, 64 usage, 65 bad input data, 66 cannot "
      "open an input, 70 internal "
      "error, 73 cannot create an output, 74 I/O error (docs/CLI.md).");
  Session session;
  for (const AddCommand add : kCommands) {
    add(app, session);
  }

  try {
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      if (e.get_exit_code() == 0) {
        return app.exit(e);  // --help, --version
      }
      session.console.error(usage_error(app, e, argc, argv));
      return kExitUsage;
    }
    session.run();
    return kExitOk;
  } catch (const CheckFailed& e) {
    session.console.error(e.what());
    return kExitCheckFailed;
  } catch (const CannotOpen& e) {
    session.console.error(e.what());
    return kExitNoInput;
  } catch (const parallax::InputError& e) {
    session.console.error(e.what());
    return kExitDataError;
  } catch (const parallax::OptionError& e) {
    session.console.error(fmt::format("{} {}", e.what(), help_hint(app)));
    return kExitUsage;
  } catch (const CannotCreate& e) {
    session.console.error(e.what());
    return kExitCannotCreate;
  } catch (const IoError& e) {
    session.console.error(e.what());
    return kExitIoError;
  } catch (const std::exception& e) {
    session.console.error(fmt::format(
        "internal error: {} (please report it with the command that failed)", e.what()));
    return kExitSoftware;
  } catch (...) {
    session.console.error("internal error (please report it with the command that failed)");
    return kExitSoftware;
  }
}
