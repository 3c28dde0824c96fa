#include "output.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <system_error>
#include <utility>

#include <fmt/format.h>

#include "exit_codes.h"
#include "signal_watcher.h"

namespace parallax::cli {

namespace {

constexpr std::string_view kCreateHint = "check that the directory exists and is writable";

}  // namespace

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
    // Ctrl-C, a kill or a closed terminal during a long run would end the process by the
    // signal's default action and leave PATH.tmp behind: remove it, then end the same way.
    remove_on_signal_ = std::make_unique<SignalWatcher>(
        std::initializer_list<int>{SIGINT, SIGTERM, SIGHUP}, [tmp = tmp_path_](int signal) {
          std::remove(tmp.c_str());
          die_by(signal);
        });
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
