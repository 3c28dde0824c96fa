// A std::streambuf over a POSIX file descriptor that remembers why a write failed: std::ofstream
// loses errno (a failed write leaves the stream bad, and the errno of a later close is another
// one or none), so "No space left on device" became "unknown error".
#pragma once

#include <streambuf>
#include <vector>

namespace parallax::cli {

class FileStreambuf : public std::streambuf {
 public:
  // Writes to fd, which the caller owns and closes.
  explicit FileStreambuf(int fd);

  FileStreambuf(const FileStreambuf&) = delete;
  FileStreambuf& operator=(const FileStreambuf&) = delete;
  FileStreambuf(FileStreambuf&&) = delete;
  FileStreambuf& operator=(FileStreambuf&&) = delete;
  ~FileStreambuf() override = default;

  // The errno of the first write that failed, 0 if none did. After a failure nothing more is
  // written.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  int sync() override;

 private:
  // Writes the buffered bytes; false (and error_ set) when a write fails.
  bool drain();

  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
};

}  // namespace parallax::cli
