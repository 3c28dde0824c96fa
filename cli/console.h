// Everything the CLI prints on stderr besides errors' exit paths: progress, diagnostics,
// notes. One Console per run; the library reaches it through the callbacks it hands out.
#pragma once

#include <mutex>
#include <string_view>

#include <parallax/types.h>

namespace parallax::cli {

class Console {
 public:
  Console();

  // Quiet: errors only (no progress, notes or warnings). Set once the flags are parsed.
  void set_quiet(bool quiet) { quiet_ = quiet; }

  // "\r[stage] done/total" on stderr; an empty callback when stderr is not a terminal or
  // when quiet, so that logs and pipes stay clean.
  ProgressCallback progress_callback();

  // "parallax: warning: FILE:LINE: message" (or "note:"); nothing when quiet.
  DiagnosticCallback diagnostic_callback();

  void note(std::string_view message);
  void warning(std::string_view message);
  // Always printed: "parallax: error: message".
  void error(std::string_view message);

  // Ends a pending progress line so that the next message starts on its own line.
  void end_progress();

 private:
  void print_line(std::string_view kind, std::string_view message);
  void end_progress_locked();

  std::mutex mutex_;  // the library may report from several threads
  bool quiet_ = false;
  bool stderr_is_tty_ = false;
  bool progress_open_ = false;
};

}  // namespace parallax::cli
