#include <utility>

#include <fmt/format.h>

#include <parallax/errors.h>

namespace parallax {

namespace {

std::string located(const std::string& source,
                    uint32_t line,
                    uint32_t column,
                    const std::string& message) {
  if (line == 0) {
    return fmt::format("{}: {}", source, message);
  }
  if (column == 0) {
    return fmt::format("{}:{}: {}", source, line, message);
  }
  return fmt::format("{}:{}:{}: {}", source, line, column, message);
}

}  // namespace

InputError::InputError(std::string source_, uint32_t line_, uint32_t column_, std::string message_)
    : Error(located(source_, line_, column_, message_)),
      source(std::move(source_)),
      line(line_),
      column(column_),
      message(std::move(message_)) {}

}  // namespace parallax
