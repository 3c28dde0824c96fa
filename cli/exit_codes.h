// Exit codes of the parallax CLI (sysexits.h values) and the CLI's own exceptions, which
// main() maps to them. The library's exceptions map as: InputError -> 65, OptionError -> 64.
#pragma once

#include <string>
#include <system_error>
#include <utility>

#include <parallax/errors.h>

namespace parallax::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitCheckFailed = 1;    // a check asked for with --fail-on found a violation
inline constexpr int kExitUsage = 64;         // bad flags or option values; prints the --help hint
inline constexpr int kExitDataError = 65;     // bad input data
inline constexpr int kExitNoInput = 66;       // an input cannot be opened
inline constexpr int kExitSoftware = 70;      // internal error (a bug)
inline constexpr int kExitCannotCreate = 73;  // an output cannot be created
inline constexpr int kExitIoError = 74;       // reading or writing failed half-way

// The text of an errno value ("No such file or directory"); thread-safe, unlike strerror.
inline std::string system_message(int error) {
  return std::error_code(error, std::generic_category()).message();
}

// An input file cannot be opened: missing, a directory, no permission. Exit 66.
// It is an InputError so that it names the file the same way.
class CannotOpen : public InputError {
 public:
  CannotOpen(std::string file, std::string what_is_wrong)
      : InputError(std::move(file), 0, 0, std::move(what_is_wrong)) {}
};

// An output file cannot be created or put in place. Exit 73.
class CannotCreate : public Error {
 public:
  using Error::Error;
};

// A check the user asked for (terms --fail-on mismatch) found a violation; the output was
// written in full. Exit 1.
class CheckFailed : public Error {
 public:
  using Error::Error;
};

// Reading or writing failed after the file was opened. Exit 74.
class IoError : public Error {
 public:
  using Error::Error;
};

}  // namespace parallax::cli
