// libFuzzer target for the manifest parser of `parallax batch` (cli/manifest.h). An InputError
// is the expected outcome for bad input; anything else (a crash, a sanitizer report, another
// exception) is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/errors.h>

#include "manifest.h"

namespace {

// Like assert, but also active in release builds: a broken invariant is a finding.
void check(bool condition) {
  if (!condition) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const std::vector<parallax::cli::ManifestEntry> entries =
        parallax::cli::parse_manifest(text, "<fuzz>");
    check(!entries.empty());
    std::set<std::string> ids;
    uint32_t previous_line = 0;
    for (const parallax::cli::ManifestEntry& entry : entries) {
      check(entry.line > previous_line);
      previous_line = entry.line;
      check(!entry.source.empty() && !entry.target.empty());
      check(!entry.id.empty() && entry.id.find('/') == std::string::npos);
      check(entry.source.find('\t') == std::string::npos);
      check(ids.insert(entry.id).second);
      check(!parallax::cli::resolve_manifest_path(entry.source, "base").empty());
    }
  } catch (const parallax::InputError& e) {
    check(!e.source.empty());
  }
  return 0;
}
