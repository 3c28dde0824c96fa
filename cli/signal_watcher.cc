#include "signal_watcher.h"

#include <cstdlib>
#include <ctime>
#include <iostream>
#include <stop_token>
#include <utility>

#include <pthread.h>

namespace parallax::cli {

SignalWatcher::SignalWatcher(std::initializer_list<int> signals,
                             std::function<void(int)> on_signal) {
  sigemptyset(&set_);
  for (const int signal : signals) {
    struct sigaction action {};

    const bool is_ignored =
        sigaction(signal, nullptr, &action) == 0 && action.sa_handler == SIG_IGN;
    if (!is_ignored) {
      sigaddset(&set_, signal);
    }
  }
  pthread_sigmask(SIG_BLOCK, &set_, &previous_);
  thread_ = std::jthread([this, on_signal = std::move(on_signal)](const std::stop_token& stop) {
    // Polling with a timeout lets the destructor stop the thread without sending a signal; the
    // interval bounds how long the destructor waits.
    constexpr timespec kPoll{0, 20'000'000};
    while (!stop.stop_requested()) {
      const int signal = sigtimedwait(&set_, nullptr, &kPoll);
      if (signal > 0) {
        on_signal(signal);
      }
    }
  });
}

SignalWatcher::~SignalWatcher() {
  thread_.request_stop();
  thread_.join();
  pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
}

void die_by(int signal) {
  std::cout.flush();
  std::signal(signal, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, signal);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  std::raise(signal);
  std::_Exit(128 + signal);  // not reached
}

}  // namespace parallax::cli
