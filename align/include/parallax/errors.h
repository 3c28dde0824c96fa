// Exceptions thrown by the parallax library. All derive from parallax::Error.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace parallax {

// Base of every exception the library throws.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Bad outside input: names the input (file name or "<stdin>"), a 1-based line (0 when the
// whole input is concerned) and a 1-based column in bytes (0 when unknown).
// what() is the full "SOURCE:LINE:COL: message" text.
class InputError : public Error {
 public:
  InputError(std::string source, uint32_t line, uint32_t column, std::string message);

  std::string source;
  uint32_t line = 0;
  uint32_t column = 0;
  std::string message;
};

// An option has an invalid value; what() names the option.
class OptionError : public Error {
 public:
  using Error::Error;
};

}  // namespace parallax
