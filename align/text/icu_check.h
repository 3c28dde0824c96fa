// The one place that turns a failed ICU UErrorCode into an exception.
#pragma once

#include <string_view>

#include <fmt/format.h>
#include <unicode/utypes.h>

#include <parallax/errors.h>

namespace parallax::text {

// Throws parallax::Error naming `what` when `status` is a failure. ICU warnings (status < 0)
// pass. A failure here is an environment problem (missing ICU data) or a bug, never bad input:
// callers that can fail on input test the status themselves first.
inline void icu_check(UErrorCode status, std::string_view what) {
  if (U_FAILURE(status) != 0) {
    throw Error(fmt::format("ICU failed in {}: {}", what, u_errorName(status)));
  }
}

}  // namespace parallax::text
