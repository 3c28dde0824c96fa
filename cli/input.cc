#include "input.h"

#include <cerrno>
#include <utility>

#include <fmt/format.h>

#include <parallax/documents.h>

#include "exit_codes.h"
#include "language_check.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace parallax::cli {

namespace {

// Closes a POSIX file descriptor on every path out of read_input.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}

  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  FileDescriptor(FileDescriptor&&) = delete;
  FileDescriptor& operator=(FileDescriptor&&) = delete;

  ~FileDescriptor() {
    if (fd_ > STDERR_FILENO) {
      close(fd_);
    }
  }

  int get() const { return fd_; }

 private:
  int fd_;
};

CannotOpen open_error(const std::string& name, int error) {
  switch (error) {
    case ENOENT:
      return {name, "no such file (check the path)"};
    case EACCES:
    case EPERM:
      return {name, "cannot open: permission denied (check the file's permissions)"};
    case EISDIR:
      return {name, "is a directory, not a file (give the path of a text file)"};
    default:
      return {name, fmt::format("cannot open: {} (check the path)", system_message(error))};
  }
}

}  // namespace

std::string input_name(const std::string& path) {
  return path == "-" ? "<stdin>" : path;
}

namespace {

// All bytes of path, each chunk checked by screen when there is one.
std::string read_all(const std::string& path, InputScreen* screen) {
  const std::string name = input_name(path);
  // O_CLOEXEC: nothing else runs, but descriptors should not leak into children anyway.
  const FileDescriptor fd(path == "-" ? STDIN_FILENO : open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    throw open_error(name, errno);
  }

  struct stat info {};

  if (fstat(fd.get(), &info) != 0) {
    throw open_error(name, errno);
  }
  if (S_ISDIR(info.st_mode)) {
    throw open_error(name, EISDIR);
  }
  std::string bytes;
  if (S_ISREG(info.st_mode) && info.st_size > 0) {
    bytes.reserve(static_cast<size_t>(info.st_size));
  }
  constexpr size_t kChunk = size_t{1} << 16;
  std::string chunk(kChunk, '\0');
  for (;;) {
    const ssize_t n = read(fd.get(), chunk.data(), chunk.size());
    if (n == 0) {
      break;
    }
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      const int error = errno;
      if (error == EISDIR) {
        throw open_error(name, error);
      }
      throw IoError(fmt::format("{}: read failed: {} (check the file and the device)", name,
                                system_message(error)));
    }
    bytes.append(chunk.data(), static_cast<size_t>(n));
    if (screen != nullptr) {
      screen->check(bytes);
    }
  }
  return bytes;
}

}  // namespace

std::string read_input(const std::string& path) {
  return read_all(path, nullptr);
}

std::string read_text_input(const std::string& path, const ReadOptions& options) {
  InputScreen screen(input_name(path), options);
  return read_all(path, &screen);
}

Document document_from_bytes(const std::string& bytes,
                             const std::string& name,
                             const ReadOptions& read_options,
                             const SegmentOptions& segment_options) {
  Document document = read_document(bytes, name, read_options, segment_options);
  if (!segment_options.language.empty() && segment_options.on_diagnostic) {
    if (const auto mismatch = script_mismatch(segment_options.language, document.text)) {
      segment_options.on_diagnostic(Diagnostic{Severity::Warning, name, 0, *mismatch});
    }
  }
  return document;
}

Document load_document(const std::string& path,
                       const ReadOptions& read_options,
                       const SegmentOptions& segment_options) {
  return document_from_bytes(read_text_input(path, read_options), input_name(path), read_options,
                             segment_options);
}

}  // namespace parallax::cli
