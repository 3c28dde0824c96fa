// A bound on how deep the document readers recurse into nested elements: a hostile file of
// a million nested <div>s or <w:sdt>s must give an error, not a stack overflow.
#pragma once

#include <cstdint>
#include <string>

#include <fmt/format.h>

#include <parallax/errors.h>

namespace parallax::documents {

// Real documents nest a few dozen levels (tables in tables in lists); 1000 frames of the
// walkers use well under 1 MiB of stack.
constexpr uint32_t kMaxNesting = 1000;

class NestingGuard {
 public:
  NestingGuard(uint32_t& depth, const std::string& source_name) : depth_(depth) {
    if (++depth_ > kMaxNesting) {
      --depth_;
      throw InputError(source_name, 0, 0,
                       fmt::format("elements nested more than {} deep (is it really a "
                                   "document? the file may be damaged or hostile)",
                                   kMaxNesting));
    }
  }

  ~NestingGuard() { --depth_; }

  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;
  NestingGuard(NestingGuard&&) = delete;
  NestingGuard& operator=(NestingGuard&&) = delete;

 private:
  uint32_t& depth_;
};

}  // namespace parallax::documents
