#include "console.h"

#include <cstdio>

#include <fmt/format.h>

#include <unistd.h>

namespace parallax::cli {

Console::Console() : stderr_is_tty_(isatty(STDERR_FILENO) == 1) {}

ProgressCallback Console::progress_callback() {
  if (quiet_) {
    return {};
  }
  if (!stderr_is_tty_) {
    return [this](const Progress& progress) {
      const std::lock_guard lock(mutex_);
      const auto now = std::chrono::steady_clock::now();
      if (std::chrono::duration<double>(now - last_plain_).count() < kPlainProgressSeconds) {
        return;
      }
      last_plain_ = now;
      fmt::print(stderr, "parallax: progress: {} {}/{}, {:.0f} s\n", progress.stage, progress.done,
                 progress.total, std::chrono::duration<double>(now - started_).count());
    };
  }
  return [this](const Progress& progress) {
    const std::lock_guard lock(mutex_);
    // "\033[K" clears what a longer previous stage left on the line.
    fmt::print(stderr, "\r[{}] {}/{}\033[K", progress.stage, progress.done, progress.total);
    std::fflush(stderr);
    progress_open_ = true;
  };
}

DiagnosticCallback Console::diagnostic_callback() {
  return [this](const Diagnostic& diagnostic) {
    if (quiet_) {
      return;
    }
    const std::string_view kind = diagnostic.severity == Severity::Note ? "note" : "warning";
    if (diagnostic.line == 0) {
      print_line(kind, fmt::format("{}: {}", diagnostic.source, diagnostic.message));
    } else {
      print_line(kind,
                 fmt::format("{}:{}: {}", diagnostic.source, diagnostic.line, diagnostic.message));
    }
  };
}

void Console::note(std::string_view message) {
  if (!quiet_) {
    print_line("note", message);
  }
}

void Console::warning(std::string_view message) {
  if (!quiet_) {
    print_line("warning", message);
  }
}

void Console::error(std::string_view message) {
  print_line("error", message);
}

void Console::end_progress() {
  const std::lock_guard lock(mutex_);
  end_progress_locked();
}

void Console::print_line(std::string_view kind, std::string_view message) {
  const std::lock_guard lock(mutex_);
  end_progress_locked();
  fmt::print(stderr, "parallax: {}: {}\n", kind, message);
}

void Console::end_progress_locked() {
  if (progress_open_) {
    fmt::print(stderr, "\n");
    progress_open_ = false;
  }
}

}  // namespace parallax::cli
