#include "output.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <system_error>
#include <utility>

#include <fmt/format.h>

#include "exit_codes.h"

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
  if (std::filesystem::is_directory(path_, ec)) {
    throw CannotCreate(
        fmt::format("{}: cannot create output: it is a directory (give a file name)", path_));
  }
  tmp_path_ = path_ + ".tmp";
  errno = 0;
  file_.open(tmp_path_, std::ios::binary | std::ios::trunc);
  if (!file_.is_open()) {
    const int error = errno;
    throw CannotCreate(fmt::format("{}: cannot create output: {} ({})", tmp_path_,
                                   error != 0 ? system_message(error) : std::string("open failed"),
                                   kCreateHint));
  }
}

Output::~Output() {
  if (!path_.empty() && !committed_) {
    file_.close();
    std::remove(tmp_path_.c_str());
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
    throw IoError(fmt::format("{}: write failed: {} (check free space)", tmp_path_,
                              error != 0 ? system_message(error) : std::string("unknown error")));
  }
  if (std::rename(tmp_path_.c_str(), path_.c_str()) != 0) {
    const int error = errno;
    throw CannotCreate(
        fmt::format("{}: cannot replace: {} ({})", path_, system_message(error), kCreateHint));
  }
  committed_ = true;
}

}  // namespace parallax::cli
