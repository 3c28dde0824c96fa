#include "batch_runner.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <iostream>
#include <string>
#include <thread>
#include <utility>

#include <fmt/format.h>

#include "exit_codes.h"
#include "signal_watcher.h"

namespace parallax::cli {

namespace {

using Clock = std::chrono::steady_clock;

// Calls a function when the scope ends, also by an exception.
template <typename Function>
class OnExit {
 public:
  explicit OnExit(Function function) : function_(std::move(function)) {}

  OnExit(const OnExit&) = delete;
  OnExit& operator=(const OnExit&) = delete;
  OnExit(OnExit&&) = delete;
  OnExit& operator=(OnExit&&) = delete;

  ~OnExit() { function_(); }

 private:
  Function function_;
};

}  // namespace

BatchRunner::BatchRunner(size_t count,
                         std::function<PairResult(size_t)> run_pair,
                         BatchReporter& reporter,
                         TemporaryFiles& temporaries)
    : run_pair_(std::move(run_pair)),
      results_(count),
      reporter_(reporter),
      temporaries_(temporaries) {}

void BatchRunner::skip(size_t i, Json line) {
  results_[i] = PairResult{std::move(line), false, true, 0};
}

std::vector<PairResult> BatchRunner::run(unsigned jobs) {
  for (size_t i = 0; i < results_.size(); ++i) {
    if (!results_[i]) {
      todo_.push_back(i);
    }
  }
  const Clock::time_point start = Clock::now();
  // A signal the batch was started with ignored (nohup, `trap '' INT`) stays ignored, as for
  // every other command.
  SignalWatcher watcher({SIGINT, SIGTERM}, [this](int signal) { on_signal(signal); });
  std::vector<PairResult> printed;
  {
    std::vector<std::jthread> workers;

    // On an exception below, the workers start no more pairs before they are joined.
    const OnExit stop_on_exit([this] {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
    });

    const size_t threads = std::min<size_t>(jobs, todo_.size());
    for (size_t t = 0; t < threads; ++t) {
      workers.emplace_back([this] { work(); });
    }
    uint64_t done = 0;
    for (size_t i = 0; i < results_.size(); ++i) {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [&] { return results_[i].has_value() || (stopping_ && running_ == 0); });
      if (!results_[i]) {
        break;  // interrupted: the pairs from i on were not started
      }
      PairResult result = std::move(*results_[i]);
      results_[i].reset();
      lock.unlock();
      print(result.line);
      if (!result.skipped) {
        ++done;
        reporter_.progress(done, todo_.size(),
                           std::chrono::duration<double>(Clock::now() - start).count());
      }
      printed.push_back(std::move(result));
    }
  }
  reporter_.end_line();
  return printed;
}

bool BatchRunner::interrupted() const {
  const std::lock_guard lock(mutex_);
  return stopping_ && signal_ != 0;
}

int BatchRunner::signal() const {
  const std::lock_guard lock(mutex_);
  return signal_;
}

void BatchRunner::work() {
  for (;;) {
    size_t i = 0;
    {
      const std::lock_guard lock(mutex_);
      if (stopping_ || next_ == todo_.size()) {
        return;
      }
      i = todo_[next_++];
      ++running_;
    }
    PairResult result = run_pair_(i);
    {
      const std::lock_guard lock(mutex_);
      results_[i] = std::move(result);
      --running_;
    }
    ready_.notify_all();
  }
}

void BatchRunner::print(const Json& line) {
  const std::lock_guard lock(print_mutex_);
  std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  // One flush per pair: a consumer sees each line as soon as it is complete, and a dropping
  // signal loses nothing already printed.
  std::cout.flush();
  if (!std::cout) {
    throw IoError("<stdout>: write failed (check the pipe or the disk it goes to)");
  }
}

void BatchRunner::on_signal(int signal) {
  size_t running = 0;
  {
    const std::lock_guard lock(mutex_);
    if (signal == SIGINT && signal_ == 0) {
      signal_ = signal;
      stopping_ = true;
      running = running_;
    } else {
      signal_ = signal;
      running = SIZE_MAX;
    }
  }
  if (running != SIZE_MAX) {
    ready_.notify_all();
    reporter_.error(fmt::format(
        "interrupted: starting no more pairs; finishing the {} running (press Ctrl-C again "
        "to drop them)",
        running));
    return;
  }
  // Drop: what is printed stays printed; no temporary file is left; the process ends.
  reporter_.error("interrupted: dropping the running pairs");
  temporaries_.remove_all_and_hold();
  const std::lock_guard print_lock(print_mutex_);  // not in the middle of a line
  die_by(signal);
}

}  // namespace parallax::cli
