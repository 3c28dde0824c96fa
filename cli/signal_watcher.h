// Termination signals taken on a thread of their own, for the commands that must clean up
// before the process ends (a half-written PATH.tmp, a batch's running pairs): no signal
// handler and no global state.
#pragma once

#include <csignal>
#include <functional>
#include <initializer_list>
#include <thread>

namespace parallax::cli {

// While alive, receives the given signals on its own thread and calls on_signal(signal) there.
// The constructor blocks them in the calling thread, and so in the threads it starts
// afterwards; the destructor restores the previous mask (a signal still pending is then
// delivered with its default action). A signal that the process inherited ignored (nohup; the
// SIGINT of a job a script starts with &) stays ignored: it is not watched, since a blocked
// signal would be kept pending and taken even though ignored.
class SignalWatcher {
 public:
  SignalWatcher(std::initializer_list<int> signals, std::function<void(int)> on_signal);

  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;
  SignalWatcher(SignalWatcher&&) = delete;
  SignalWatcher& operator=(SignalWatcher&&) = delete;

  ~SignalWatcher();

 private:
  sigset_t set_{};
  sigset_t previous_{};
  std::jthread thread_;  // last: it uses the members above
};

// Ends the process by signal, as the signal's default action would (the caller's shell sees
// 128 + signal), after flushing stdout.
[[noreturn]] void die_by(int signal);

}  // namespace parallax::cli
