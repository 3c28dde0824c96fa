// A cheap check that a declared language (--from, --to, --lang, a manifest's FROM/TO) fits the
// text: a Russian file declared as German still aligns, but segmentation, stemming and the
// bundled lexicon then follow German rules, so the user should hear about it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace parallax::cli {

// The message of a warning when the letters of text are mostly in another script than the one
// language is written in, e.g. "declared as de (Latin script), but its letters are mostly
// Cyrillic (...)"; nullopt when they fit. Languages outside a small table (and those written in
// two scripts, such as sr) and texts without letters give nullopt: no guess, no warning.
// Looks at the first 256 KiB of text (detect_language). Thread-safe.
std::optional<std::string> script_mismatch(std::string_view language, std::string_view text);

}  // namespace parallax::cli
