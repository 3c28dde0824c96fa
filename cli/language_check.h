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

// The script language is written in, as script_mismatch names it ("Latin", "Cyrillic", ...;
// "pt-BR" counts as "pt"); "" for a language outside the table.
std::string_view script_of_language(std::string_view language);

// The script most letters of text are in (the first 256 KiB), named as by script_of_language;
// "" when text has no letters or its script is outside the table. Thread-safe.
std::string_view dominant_script(std::string_view text);

}  // namespace parallax::cli
