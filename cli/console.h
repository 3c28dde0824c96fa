// Everything the CLI prints on stderr besides errors' exit paths: progress, diagnostics,
// notes. One Console per run; the library reaches it through the callbacks it hands out.
#pragma once

#include <chrono>
#include <mutex>
#include <string_view>

#include <parallax/types.h>

namespace parallax::cli {

class Console {
 public:
  Console();

  // Quiet: errors only (no progress, notes or warnings). Set once the flags are parsed.
  void set_quiet(bool quiet) { quiet_ = quiet; }

  // "\r[stage] done/total" on stderr when it is a terminal. Otherwise plain lines
  // "parallax: progress: stage done/total, N s", at most one per kPlainProgressSeconds, so
  // that a log of short runs stays clean and a long run still shows it is alive. Nothing
  // when quiet.
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

  static constexpr double kPlainProgressSeconds = 10.0;

  std::mutex mutex_;  // the library may report from several threads
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_plain_ = started_;
  bool quiet_ = false;
  bool stderr_is_tty_ = false;
  bool progress_open_ = false;
};

}  // namespace parallax::cli
