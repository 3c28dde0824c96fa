#include "temporary_files.h"

#include <cerrno>
#include <cstdio>
#include <random>

#include <fmt/format.h>

#include <fcntl.h>

namespace parallax::cli {

CreatedFile TemporaryFiles::create(const std::string& prefix) {
  // 2^32 names: a clash with another writer is rare and only costs a retry.
  constexpr int kAttempts = 100;
  std::random_device random;
  const std::lock_guard lock(mutex_);
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    CreatedFile file{fmt::format("{}.tmp.{:08x}", prefix, random()), -1};
    // 0666: the umask decides, as for any new file; a replaced file's mode is copied later.
    file.fd = open(file.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (file.fd >= 0) {
      paths_.insert(file.path);
      return file;
    }
    if (errno != EEXIST) {
      return {};
    }
  }
  errno = EEXIST;
  return {};
}

void TemporaryFiles::remove(const std::string& path) {
  const std::lock_guard lock(mutex_);
  std::remove(path.c_str());
  paths_.erase(path);
}

void TemporaryFiles::release(const std::string& path) {
  const std::lock_guard lock(mutex_);
  paths_.erase(path);
}

void TemporaryFiles::remove_all_and_hold() {
  mutex_.lock();  // NOLINT(bugprone-unused-return-value): held until the process ends
  for (const std::string& path : paths_) {
    std::remove(path.c_str());
  }
}

}  // namespace parallax::cli
