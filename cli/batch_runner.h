// The pool of `parallax batch`: runs independent pairs on a number of threads and prints their
// summary lines on stdout in the order of the pairs, whatever the threads' order: a result that
// completes early waits until those before it are printed.
//
// Signals: SIGINT and SIGTERM are blocked in every thread and received by one watcher thread
// (SignalWatcher), so no signal handler and no global flag are needed. A first SIGINT stops
// starting pairs and lets the running ones finish; a second SIGINT, or SIGTERM, drops them:
// their temporary files are removed and the process ends by the signal (exit status 130 / 143).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "batch_reporter.h"
#include "temporary_files.h"

namespace parallax::cli {

using Json = nlohmann::ordered_json;  // keys in insertion order: "id" first, "seconds" last

// clang-tidy sees the implicit special members of nlohmann's ordered_json as throwing (through
// its assert_invariant); they do not throw.
// NOLINTNEXTLINE(bugprone-exception-escape)
struct PairResult {
  Json line;  // the summary line printed on stdout
  bool failed = false;
  bool skipped = false;
  uint64_t sentences = 0;  // source + target
};

class BatchRunner {
 public:
  // Pairs [0, count); run_pair(i) runs pair i on a worker thread and never throws (a failure is
  // its result's error line). temporaries: the outputs being written, removed by a dropping
  // signal.
  BatchRunner(size_t count,
              std::function<PairResult(size_t)> run_pair,
              BatchReporter& reporter,
              TemporaryFiles& temporaries);

  // Marks pair i as done without running it (--resume); line is printed in its place.
  void skip(size_t i, Json line);

  // Runs every pair not skipped on min(jobs, pairs to run) threads and prints the summary lines
  // in order, each flushed. Returns the results printed: all of them, or a prefix when
  // interrupted. Throws IoError when stdout cannot be written.
  std::vector<PairResult> run(unsigned jobs);

  // A signal stopped the batch; signal() is the last one received.
  bool interrupted() const;
  int signal() const;

 private:
  void work();
  void print(const Json& line);
  void on_signal(int signal);

  std::function<PairResult(size_t)> run_pair_;
  std::vector<std::optional<PairResult>> results_;  // filled by the workers, emptied when printed
  std::vector<size_t> todo_;                        // indices to run, increasing
  BatchReporter& reporter_;
  TemporaryFiles& temporaries_;

  mutable std::mutex mutex_;
  std::condition_variable ready_;
  size_t next_ = 0;        // todo_[next_] is the next pair to start
  size_t running_ = 0;     // pairs started and not yet stored
  bool stopping_ = false;  // start no more pairs
  int signal_ = 0;         // the last signal received
  std::mutex print_mutex_;
};

}  // namespace parallax::cli
