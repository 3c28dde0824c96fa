// The temporary files of the outputs being written, so that a signal that ends the process
// can remove them first: a killed run leaves no half-written file behind.
#pragma once

#include <mutex>
#include <set>
#include <string>

namespace parallax::cli {

// A file created with a name of its own, and its open descriptor.
struct CreatedFile {
  std::string path;
  int fd = -1;
};

// Thread-safe registry of temporary files. Creating a file and registering it happen under one
// lock, so remove_all_and_hold sees every file that exists.
class TemporaryFiles {
 public:
  // Creates a new file named prefix + ".tmp." + 8 random hex digits with O_CREAT | O_EXCL
  // (permissions 0666 less the umask), so that two processes or threads writing the same
  // output never share a temporary file. Returns fd -1 when it cannot be created (errno says
  // why). Retries a name that exists.
  CreatedFile create(const std::string& prefix);

  // Unregisters path and removes the file if it is still there (not renamed).
  void remove(const std::string& path);

  // Unregisters path without removing it: it was renamed into place.
  void release(const std::string& path);

  // Removes every registered file and keeps the lock, so that none is created afterwards: the
  // process is about to end by a signal.
  void remove_all_and_hold();

 private:
  std::mutex mutex_;
  std::set<std::string> paths_;
};

}  // namespace parallax::cli
