#include "file_streambuf.h"

#include <cerrno>
#include <cstddef>

#include <unistd.h>

namespace parallax::cli {

namespace {

constexpr size_t kBufferBytes = size_t{1} << 16;

}  // namespace

FileStreambuf::FileStreambuf(int fd) : fd_(fd), buffer_(kBufferBytes) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

bool FileStreambuf::drain() {
  const char* next = pbase();
  while (error_ == 0 && next < pptr()) {
    const ssize_t written = write(fd_, next, static_cast<size_t>(pptr() - next));
    if (written < 0) {
      if (errno != EINTR) {
        error_ = errno;
      }
      continue;
    }
    next += written;
  }
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return error_ == 0;
}

FileStreambuf::int_type FileStreambuf::overflow(int_type c) {
  if (!drain()) {
    return traits_type::eof();
  }
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int FileStreambuf::sync() {
  return drain() ? 0 : -1;
}

}  // namespace parallax::cli
