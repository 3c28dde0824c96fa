#include "output.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <stop_token>
#include <system_error>
#include <thread>
#include <utility>

#include <fmt/format.h>

#include "exit_codes.h"
#include <pthread.h>

namespace parallax::cli {

namespace {

constexpr std::string_view kCreateHint = "check that the directory exists and is writable";

}  // namespace

// Ctrl-C (or a kill, or a closed terminal) during a long run would end the process by the
// signal's default action and leave PATH.tmp behind. The signals are blocked in the thread that
// creates this object, and so in the threads it starts later, and are taken by one watcher thread
// with sigtimedwait, as `parallax batch` does: no signal handler and no global state. On a
// signal the watcher removes the file and ends the process by that same signal, so that the
// caller still sees how it ended (exit status 128 + signal in a shell).
class RemoveOnSignal {
 public:
  explicit RemoveOnSignal(std::string path) : path_(std::move(path)) {
    sigemptyset(&signals_);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
      // A signal the caller ignores stays ignored (nohup, a background job's SIGINT).
      struct sigaction action {};

      if (sigaction(signal, nullptr, &action) == 0 && action.sa_handler != SIG_IGN) {
        sigaddset(&signals_, signal);
      }
    }
    pthread_sigmask(SIG_BLOCK, &signals_, &previous_mask_);
    watcher_ = std::jthread([this](const std::stop_token& stop) { watch(stop); });
  }

  RemoveOnSignal(const RemoveOnSignal&) = delete;
  RemoveOnSignal& operator=(const RemoveOnSignal&) = delete;
  RemoveOnSignal(RemoveOnSignal&&) = delete;
  RemoveOnSignal& operator=(RemoveOnSignal&&) = delete;

  // Stops the watcher and restores the signal mask: a signal that came meanwhile is then
  // delivered with its default action, after the file was renamed or removed.
  ~RemoveOnSignal() {
    watcher_.request_stop();
    watcher_.join();
    pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
  }

 private:
  void watch(const std::stop_token& stop) const {
    // The poll interval bounds how long the destructor waits for the watcher.
    constexpr timespec kPoll{0, 20'000'000};
    while (!stop.stop_requested()) {
      const int signal = sigtimedwait(&signals_, nullptr, &kPoll);
      if (signal > 0) {
        std::remove(path_.c_str());
        std::signal(signal, SIG_DFL);
        sigset_t only{};
        sigemptyset(&only);
        sigaddset(&only, signal);
        pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
        std::raise(signal);
        std::_Exit(128 + signal);  // not reached
      }
    }
  }

  std::string path_;
  sigset_t signals_{};
  sigset_t previous_mask_{};
  std::jthread watcher_;  // last: it uses the members above
};

Output::Output(std::string path) {
  if (path.empty() || path == "-") {
    return;
  }
  path_ = std::move(path);
  std::error_code ec;
  // status() follows symbolic links: /dev/stdout is a link to the descriptor's pipe or tty.
  const std::filesystem::file_status status = std::filesystem::status(path_, ec);
  if (std::filesystem::is_directory(status)) {
    throw CannotCreate(
        fmt::format("{}: cannot create output: it is a directory (give a file name)", path_));
  }
  const bool special = std::filesystem::exists(status) && !std::filesystem::is_regular_file(status);
  tmp_path_ = special ? std::string() : path_ + ".tmp";
  const std::string& open_path = special ? path_ : tmp_path_;
  if (!special) {
    // Before the file exists, so that no signal finds it unwatched.
    remove_on_signal_ = std::make_unique<RemoveOnSignal>(tmp_path_);
  }
  errno = 0;
  file_.open(open_path, std::ios::binary | std::ios::trunc);
  if (!file_.is_open()) {
    const int error = errno;
    throw CannotCreate(fmt::format("{}: cannot create output: {} ({})", open_path,
                                   error != 0 ? system_message(error) : std::string("open failed"),
                                   kCreateHint));
  }
}

Output::~Output() {
  if (!path_.empty() && !committed_) {
    file_.close();
    if (!tmp_path_.empty()) {
      std::remove(tmp_path_.c_str());
    }
  }
}

std::ostream& Output::stream() {
  return path_.empty() ? std::cout : file_;
}

void Output::commit() {
  if (path_.empty()) {
    std::cout.flush();
    if (!std::cout) {
      throw IoError("<stdout>: write failed (check the pipe or the disk it goes to)");
    }
    committed_ = true;
    return;
  }
  errno = 0;
  file_.close();
  if (file_.fail()) {
    const int error = errno;
    throw IoError(fmt::format("{}: write failed: {} (check free space)",
                              tmp_path_.empty() ? path_ : tmp_path_,
                              error != 0 ? system_message(error) : std::string("unknown error")));
  }
  if (tmp_path_.empty()) {
    committed_ = true;  // a special file: written in place
    return;
  }
  if (std::rename(tmp_path_.c_str(), path_.c_str()) != 0) {
    const int error = errno;
    throw CannotCreate(
        fmt::format("{}: cannot replace: {} ({})", path_, system_message(error), kCreateHint));
  }
  committed_ = true;
}

}  // namespace parallax::cli
