// libFuzzer target for the prepared lexicon reader (read_prepared_lexicon). The fingerprint
// expected is the one the input carries, so that mutations reach past the header. A
// parallax::Error is an expected outcome for bad input; anything else (a crash, a sanitizer
// report, another exception) is a finding, and so is a lexicon read that breaks its invariants
// or does not survive a write and a second read unchanged.
//
// The seeds in corpus/prepared_lexicon_fuzz were written by `parallax prepare-lexicon` from
// tiny TSV files (ru-en.prepared: six en-ru pairs, two of them phrases; empty.prepared: a
// de-fr header only). Write them again when kVersion of prepared_lexicon_io.cc changes, or
// they stop at the version check.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include <parallax/errors.h>
#include <parallax/lexicon.h>
#include <parallax/prepared_lexicon_io.h>

namespace {

// Like assert, but also active in release builds: a broken invariant is a finding.
void check(bool condition) {
  if (!condition) {
    std::abort();
  }
}

// The fingerprint field: after the 26-byte magic and the 4-byte version.
uint64_t fingerprint_in(std::string_view bytes) {
  constexpr size_t kOffset = 30;
  uint64_t value = 0;
  for (size_t k = 0; k < 8 && kOffset + k < bytes.size(); ++k) {
    value |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[kOffset + k])) << (8 * k);
  }
  return value;
}

void check_side(const std::array<uint32_t, 2>& indices, uint8_t count, size_t key_count) {
  check(count >= 1 && count <= 2);
  for (uint8_t k = 0; k < count; ++k) {
    check(indices[k] < key_count);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const uint64_t fingerprint = fingerprint_in(bytes);
  try {
    const std::optional<parallax::PreparedLexicon> lexicon =
        parallax::read_prepared_lexicon(bytes, "<fuzz>", fingerprint);
    if (!lexicon) {
      return 0;
    }
    for (const parallax::PreparedLexicon::Entry& entry : lexicon->entries()) {
      check_side(entry.source, entry.source_count, lexicon->source_keys().size());
      check_side(entry.target, entry.target_count, lexicon->target_keys().size());
      check(entry.weight > 0.0F && entry.weight <= 1.0F);
    }
    std::ostringstream out;
    parallax::write_prepared_lexicon(out, *lexicon, fingerprint);
    const std::optional<parallax::PreparedLexicon> again =
        parallax::read_prepared_lexicon(out.str(), "<fuzz>", fingerprint);
    check(again.has_value() && *again == *lexicon);
  } catch (const parallax::Error&) {
    // Bad input, reported as it should be.
  }
  return 0;
}
