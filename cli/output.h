// Writing a command's result: to stdout, or to a file that appears only when the run
// succeeds (written as PATH.tmp, renamed on commit, removed on failure). A PATH that names a
// device, a FIFO or a socket (/dev/stdout, /dev/null, a named pipe) is written directly: a
// rename would replace it with a regular file. SIGINT, SIGTERM or SIGHUP while PATH.tmp exists
// remove it before the process ends by that signal.
#pragma once

#include <fstream>
#include <memory>
#include <ostream>
#include <string>

#include "signal_watcher.h"

namespace parallax::cli {

class Output {
 public:
  // path "-" or "": stdout. Otherwise creates PATH.tmp (or opens a special file) now, so
  // that an unwritable output fails before any long work. Throws CannotCreate.
  explicit Output(std::string path);

  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  Output(Output&&) = delete;
  Output& operator=(Output&&) = delete;

  // Removes PATH.tmp unless commit() succeeded.
  ~Output();

  std::ostream& stream();

  // Flushes; for a file, closes PATH.tmp and renames it to PATH.
  // Throws IoError (write failed) and CannotCreate (rename failed).
  void commit();

 private:
  std::string path_;      // "" for stdout
  std::string tmp_path_;  // path_ + ".tmp"; "" when path_ is a special file written directly
  std::ofstream file_;
  bool committed_ = false;
  std::unique_ptr<SignalWatcher> remove_on_signal_;  // while PATH.tmp exists
};

}  // namespace parallax::cli
