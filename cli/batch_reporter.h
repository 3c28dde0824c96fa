// The stderr of `parallax batch`: its progress line and every message, so that a message never
// lands at the end of a half-written progress line.
#pragma once

#include <cstdint>
#include <mutex>
#include <string_view>

#include <parallax/types.h>

#include "console.h"

namespace parallax::cli {

// Thread-safe: the batch's workers, its printing thread and its signal thread share it.
class BatchReporter {
 public:
  // quiet: no progress (messages follow console's own quiet setting).
  BatchReporter(Console& console, bool quiet);

  void note(std::string_view message);
  void error(std::string_view message);

  // console's diagnostics, each ending the progress line first.
  DiagnosticCallback diagnostic_callback();

  // done of total pairs after elapsed seconds. A terminal gets "\r[batch] ..." on every call;
  // a log gets a plain line each time another tenth of the work is done.
  void progress(uint64_t done, uint64_t total, double elapsed);

  // Ends a pending progress line.
  void end_line();

 private:
  void end_line_locked();

  Console& console_;
  bool quiet_;
  bool live_;  // stderr is a terminal
  std::mutex mutex_;
  bool line_open_ = false;
  uint64_t last_tenth_ = 0;
};

}  // namespace parallax::cli
