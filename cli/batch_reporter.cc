#include "batch_reporter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include <fmt/format.h>

#include <unistd.h>

namespace parallax::cli {

namespace {

// "12 s", "3:07", "1:02:03".
std::string format_duration(double seconds) {
  const auto s = static_cast<uint64_t>(std::llround(std::max(0.0, seconds)));
  if (s < 60) {
    return fmt::format("{} s", s);
  }
  if (s < 3600) {
    return fmt::format("{}:{:02}", s / 60, s % 60);
  }
  return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
}

}  // namespace

BatchReporter::BatchReporter(Console& console, bool quiet)
    : console_(console), quiet_(quiet), live_(isatty(STDERR_FILENO) == 1) {}

void BatchReporter::note(std::string_view message) {
  const std::lock_guard lock(mutex_);
  end_line_locked();
  console_.note(message);
}

void BatchReporter::error(std::string_view message) {
  const std::lock_guard lock(mutex_);
  end_line_locked();
  console_.error(message);
}

DiagnosticCallback BatchReporter::diagnostic_callback() {
  return [this, forward = console_.diagnostic_callback()](const Diagnostic& diagnostic) {
    const std::lock_guard lock(mutex_);
    end_line_locked();
    forward(diagnostic);
  };
}

void BatchReporter::progress(uint64_t done, uint64_t total, double elapsed) {
  if (quiet_ || total == 0) {
    return;
  }
  const double rate = elapsed > 0.0 ? static_cast<double>(done) / elapsed : 0.0;
  const std::string eta =
      rate > 0.0 ? format_duration(static_cast<double>(total - done) / rate) : "?";
  const std::string text =
      fmt::format("[batch] {}/{} pairs, {:.2f} pairs/s, ETA {}", done, total, rate, eta);
  const std::lock_guard lock(mutex_);
  if (live_) {
    fmt::print(stderr, "\r{}\033[K", text);
    std::fflush(stderr);
    line_open_ = true;
    return;
  }
  const uint64_t tenth = done * 10 / total;
  if (tenth > last_tenth_) {
    last_tenth_ = tenth;
    console_.note(text);
  }
}

void BatchReporter::end_line() {
  const std::lock_guard lock(mutex_);
  end_line_locked();
}

void BatchReporter::end_line_locked() {
  if (line_open_) {
    fmt::print(stderr, "\n");
    line_open_ = false;
  }
}

}  // namespace parallax::cli
