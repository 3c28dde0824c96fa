// Writing a command's result: to stdout, or to a file that appears only when the run succeeds,
// complete. The result is written to a temporary file of its own in the same directory
// (PATH.tmp.XXXXXXXX, created with O_EXCL, so that two runs writing the same PATH never mix
// their bytes), flushed to the disk with fsync, and renamed over PATH on commit; the directory
// is synced after the rename. A replaced file keeps its permissions. A PATH that is a symbolic
// link has its target replaced, and the link is kept. A PATH that names a device, a FIFO or a
// socket (/dev/stdout, /dev/null, a named pipe) is written directly: a rename would replace it
// with a regular file. An output that is one of the command's inputs is refused. SIGINT,
// SIGTERM or SIGHUP while the temporary file exists remove it before the process ends by that
// signal.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "file_streambuf.h"
#include "signal_watcher.h"
#include "temporary_files.h"

namespace parallax::cli {

class Output {
 public:
  // path "-" or "": stdout. Otherwise creates the temporary file (or opens a special file)
  // now, so that an unwritable output fails before any long work. inputs are the files the
  // command reads ("-" is skipped). Throws OptionError when path is one of inputs (the same
  // file, also through a symbolic or hard link: exit 64), CannotCreate otherwise.
  Output(std::string path, const std::vector<std::string>& inputs);

  // The same for a command that takes the signals itself (batch): the temporary file is
  // registered in temporaries, which that command empties before it ends by a signal.
  Output(std::string path, const std::vector<std::string>& inputs, TemporaryFiles& temporaries);

  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  Output(Output&&) = delete;
  Output& operator=(Output&&) = delete;

  // Removes the temporary file unless commit() succeeded.
  ~Output();

  std::ostream& stream();

  // Flushes; for a file, syncs and closes the temporary file and renames it to PATH.
  // Throws IoError (write failed, with the system's reason) and CannotCreate (rename failed).
  void commit();

 private:
  void open(const std::vector<std::string>& inputs);
  void close_file();

  std::string path_;      // as given; "" for stdout
  std::string target_;    // the file written or replaced: path_ with its symbolic links followed
  bool special_ = false;  // target_ is a device, FIFO or socket, written in place
  CreatedFile file_;      // the temporary file, or the special file
  TemporaryFiles* temporaries_ = nullptr;
  std::unique_ptr<TemporaryFiles> own_temporaries_;
  std::unique_ptr<SignalWatcher> remove_on_signal_;  // with own_temporaries_
  std::unique_ptr<FileStreambuf> buffer_;
  std::ostream stream_{nullptr};
  bool committed_ = false;
};

}  // namespace parallax::cli
