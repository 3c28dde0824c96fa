#include "language_check.h"

#include <array>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include <parallax/segment.h>

namespace parallax::cli {

namespace {

// The languages written in each script, as ISO 639-1 codes between spaces. Only languages with
// one usual script are listed (not sr, written in Cyrillic and Latin). "Chinese or Japanese"
// covers Han and kana, which detect_language counts together.
struct ScriptLanguages {
  std::string_view script;  // as the message names it
  std::string_view languages;
};

constexpr std::array kScripts = {
    ScriptLanguages{"Latin",
                    " af ca cs cy da de en eo es et eu fi fr ga gl hr hu id is it la lt lv ms mt "
                    "nb nl nn no pl pt ro sk sl sq sv sw tr vi "},
    ScriptLanguages{"Cyrillic", " be bg kk ky mk mn ru tg uk "},
    ScriptLanguages{"Greek", " el "},
    ScriptLanguages{"Chinese or Japanese", " zh ja "},
    ScriptLanguages{"Hangul", " ko "},
    ScriptLanguages{"Arabic", " ar fa ur "},
    ScriptLanguages{"Hebrew", " he yi "},
};

}  // namespace

std::string_view script_of_language(std::string_view language) {
  const std::string_view primary = language.substr(0, language.find('-'));
  if (primary.empty()) {
    return {};
  }
  const std::string key = fmt::format(" {} ", primary);
  for (const ScriptLanguages& entry : kScripts) {
    if (entry.languages.find(key) != std::string_view::npos) {
      return entry.script;
    }
  }
  return {};
}

std::string_view dominant_script(std::string_view text) {
  // detect_language names a language of the dominant script of the letters ("ru" for Cyrillic,
  // a Latin-script language chosen by stop words, ...), so its script is the dominant one.
  return script_of_language(detect_language(text));
}

std::optional<std::string> script_mismatch(std::string_view language, std::string_view text) {
  const std::string_view expected = script_of_language(language);
  if (expected.empty()) {
    return std::nullopt;
  }
  const std::string_view found = dominant_script(text);
  if (found.empty() || found == expected) {
    return std::nullopt;
  }
  return fmt::format(
      "declared as {} ({} script), but its letters are mostly {} (check the language given for "
      "this file)",
      language, expected, found);
}

}  // namespace parallax::cli
