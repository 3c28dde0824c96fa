#include "output.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <system_error>
#include <utility>

#include <fmt/format.h>

#include <parallax/errors.h>

#include "exit_codes.h"
#include "signal_watcher.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace parallax::cli {

namespace {

constexpr std::string_view kCreateHint = "check that the directory exists and is writable";

// path with its symbolic links followed, also a dangling one (its target is created).
// Throws CannotCreate on a loop.
std::filesystem::path follow_links(std::filesystem::path path) {
  constexpr int kMaxLinks = 40;  // as the kernel's ELOOP limit
  for (int hops = 0; hops < kMaxLinks; ++hops) {
    std::error_code ec;
    if (!std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec))) {
      return path;
    }
    std::filesystem::path target = std::filesystem::read_symlink(path, ec);
    if (ec) {
      return path;
    }
    path = target.is_absolute() ? std::move(target) : path.parent_path() / target;
  }
  throw CannotCreate(fmt::format("{}: cannot create output: {} ({})", path.string(),
                                 system_message(ELOOP), "check the symbolic links"));
}

// Throws OptionError when path is one of inputs: writing it would destroy that input.
void refuse_input(const std::string& path, const std::vector<std::string>& inputs) {
  struct stat output {};

  if (stat(path.c_str(), &output) != 0 || !S_ISREG(output.st_mode)) {
    return;  // a new file, or a device written in place
  }
  for (const std::string& input : inputs) {
    struct stat info {};

    if (input != "-" && stat(input.c_str(), &info) == 0 && info.st_dev == output.st_dev &&
        info.st_ino == output.st_ino) {
      throw OptionError(fmt::format(
          "{}: the output is the input {} (the same file): writing it would destroy that input "
          "(choose another output file)",
          path, input));
    }
  }
}

// Makes a rename into dir durable. Best effort: some file systems cannot sync a directory.
void sync_directory(const std::filesystem::path& dir) {
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    fsync(fd);
    close(fd);
  }
}

}  // namespace

Output::Output(std::string path, const std::vector<std::string>& inputs) {
  if (path.empty() || path == "-") {
    return;
  }
  path_ = std::move(path);
  // Before the file exists, so that no signal finds it unwatched. Ctrl-C, a kill or a closed
  // terminal during a long run would end the process by the signal's default action and leave
  // the temporary file behind: remove it, then end the same way.
  own_temporaries_ = std::make_unique<TemporaryFiles>();
  temporaries_ = own_temporaries_.get();
  remove_on_signal_ =
      std::make_unique<SignalWatcher>(std::initializer_list<int>{SIGINT, SIGTERM, SIGHUP},
                                      [temporaries = temporaries_](int signal) {
                                        temporaries->remove_all_and_hold();
                                        die_by(signal);
                                      });
  open(inputs);
}

Output::Output(std::string path,
               const std::vector<std::string>& inputs,
               TemporaryFiles& temporaries)
    : temporaries_(&temporaries) {
  if (path.empty() || path == "-") {
    return;
  }
  path_ = std::move(path);
  open(inputs);
}

void Output::open(const std::vector<std::string>& inputs) {
  refuse_input(path_, inputs);
  target_ = follow_links(path_).string();
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(target_, ec);
  if (std::filesystem::is_directory(status)) {
    throw CannotCreate(
        fmt::format("{}: cannot create output: it is a directory (give a file name)", path_));
  }
  special_ = std::filesystem::exists(status) && !std::filesystem::is_regular_file(status);
  if (special_) {
    file_.fd = ::open(target_.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  } else {
    file_ = temporaries_->create(target_);
  }
  if (file_.fd < 0) {
    const int error = errno;
    throw CannotCreate(fmt::format("{}: cannot create output: {} ({})", path_,
                                   system_message(error), kCreateHint));
  }

  struct stat replaced {};

  if (!special_ && stat(target_.c_str(), &replaced) == 0) {
    // The replaced file's permissions, and as root its owner (a user's file stays theirs).
    fchmod(file_.fd, replaced.st_mode & 07777U);
    if (geteuid() == 0 && fchown(file_.fd, replaced.st_uid, replaced.st_gid) == 0) {
      fchmod(file_.fd, replaced.st_mode & 07777U);  // chown clears set-user-id bits
    }
  }
  buffer_ = std::make_unique<FileStreambuf>(file_.fd);
  stream_.rdbuf(buffer_.get());
}

void Output::close_file() {
  if (file_.fd >= 0) {
    close(file_.fd);
    file_.fd = -1;
  }
}

Output::~Output() {
  if (path_.empty() || committed_) {
    return;
  }
  close_file();
  if (!special_ && !file_.path.empty()) {
    temporaries_->remove(file_.path);
  }
}

std::ostream& Output::stream() {
  return path_.empty() ? std::cout : stream_;
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
  stream_.flush();
  int error = buffer_->error();
  // fsync before the rename: after a crash PATH is the old file or the complete new one,
  // never an empty or partial one. A device or a FIFO cannot be synced (EINVAL).
  if (error == 0 && !special_ && fsync(file_.fd) != 0) {
    error = errno;
  }
  if (error == 0 && close(file_.fd) != 0) {
    error = errno;
  }
  file_.fd = -1;
  if (error == 0 && !stream_) {
    error = EIO;  // a write failed without a system error: the stream itself
  }
  if (error != 0) {
    throw IoError(
        fmt::format("{}: write failed: {} (check free space)", path_, system_message(error)));
  }
  if (special_) {
    committed_ = true;  // written in place
    return;
  }
  if (std::rename(file_.path.c_str(), target_.c_str()) != 0) {
    error = errno;
    throw CannotCreate(
        fmt::format("{}: cannot replace: {} ({})", path_, system_message(error), kCreateHint));
  }
  temporaries_->release(file_.path);
  committed_ = true;
  sync_directory(std::filesystem::path(target_).parent_path());
}

}  // namespace parallax::cli
