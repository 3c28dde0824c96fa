// libFuzzer target for the lexicon TSV reader (Lexicon::read_tsv) under each malformed-line
// policy. A parallax::Error is an expected outcome for bad input; anything else (a crash, a
// sanitizer report, another exception) is a finding.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include <parallax/errors.h>
#include <parallax/lexicon.h>

namespace {

// Like assert, but also active in release builds: a broken invariant is a finding.
void check(bool condition) {
  if (!condition) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  constexpr std::array<parallax::OnAnomaly, 3> kPolicies{
      parallax::OnAnomaly::Warn, parallax::OnAnomaly::Ignore, parallax::OnAnomaly::Fail};
  for (const parallax::OnAnomaly policy : kPolicies) {
    parallax::LexiconReadOptions options;
    options.source_language = "ru";
    options.target_language = "en";
    options.on_malformed_line = policy;
    options.on_diagnostic = [](const parallax::Diagnostic& diagnostic) {
      check(diagnostic.line > 0);
    };
    std::istringstream in(text);
    try {
      const parallax::Lexicon lexicon = parallax::Lexicon::read_tsv(in, "<fuzz>", options);
      for (const parallax::LexiconEntry& entry : lexicon.entries()) {
        check(!entry.source.empty() && !entry.target.empty());
        check(entry.weight > 0.0F && entry.weight <= 1.0F);
      }
      const parallax::Lexicon round_trip = lexicon.reversed().reversed();
      check(round_trip.entries().size() == lexicon.entries().size());
    } catch (const parallax::Error&) {
      // Bad input, reported as it should be.
    }
  }
  return 0;
}
