// Tables of abbreviations that end with a period.
#include "segment/abbreviations.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace parallax::segmenter {

namespace {

struct Entry {
  std::string_view word;
  AbbreviationKind kind;
};

using enum AbbreviationKind;

// Exact, case-sensitive forms as written before the period.
constexpr std::array kEntries = {
    // Titles and forms of address.
    Entry{"Mr", Always},
    Entry{"Mrs", Always},
    Entry{"Ms", Always},
    Entry{"Messrs", Always},
    Entry{"Dr", Always},
    Entry{"Prof", Always},
    Entry{"St", Always},
    Entry{"Mt", Always},
    Entry{"Gen", Always},
    Entry{"Col", Always},
    Entry{"Capt", Always},
    Entry{"Lt", Always},
    Entry{"Sgt", Always},
    Entry{"Rev", Always},
    Entry{"Hon", Always},
    Entry{"Sen", Always},
    Entry{"Gov", Always},
    Entry{"Pres", Always},
    Entry{"Jr", Always},
    Entry{"Sr", Always},
    Entry{"Mme", Always},
    Entry{"Mlle", Always},
    Entry{"Mmes", Always},
    Entry{"Hr", Always},
    Entry{"Fr", Always},
    Entry{"Hrn", Always},
    Entry{"Sra", Always},
    Entry{"Sig", Always},
    Entry{"Dott", Always},
    Entry{"vs", Always},
    Entry{"cf", Always},
    Entry{"approx", Always},
    Entry{"viz", Always},
    Entry{"тов", Always},
    Entry{"акад", Always},
    Entry{"проф", Always},
    Entry{"им", Always},
    Entry{"см", Always},
    Entry{"Им", Always},
    Entry{"ул", Always},
    Entry{"пер", Always},
    Entry{"гр", Always},
    Entry{"св", Always},
    Entry{"ген", Always},
    Entry{"г-н", Always},
    Entry{"г-жа", Always},
    Entry{"напр", Always},
    Entry{"ср", Always},
    Entry{"англ", Always},
    Entry{"рус", Always},
    Entry{"лат", Always},
    Entry{"нем", Always},
    Entry{"франц", Always},
    // Reference words before a number.
    Entry{"No", BeforeNumber},
    Entry{"Nos", BeforeNumber},
    Entry{"no", BeforeNumber},
    Entry{"Art", BeforeNumber},
    Entry{"art", BeforeNumber},
    Entry{"Fig", BeforeNumber},
    Entry{"fig", BeforeNumber},
    Entry{"Vol", BeforeNumber},
    Entry{"vol", BeforeNumber},
    Entry{"pp", BeforeNumber},
    Entry{"p", BeforeNumber},
    Entry{"ch", BeforeNumber},
    Entry{"Ch", BeforeNumber},
    Entry{"Sec", BeforeNumber},
    Entry{"sec", BeforeNumber},
    Entry{"para", BeforeNumber},
    Entry{"Nr", BeforeNumber},
    Entry{"Abs", BeforeNumber},
    Entry{"ст", BeforeNumber},
    Entry{"Ст", BeforeNumber},
    Entry{"стр", BeforeNumber},
    Entry{"рис", BeforeNumber},
    Entry{"п", BeforeNumber},
    Entry{"пп", BeforeNumber},
    Entry{"ч", BeforeNumber},
    Entry{"гл", BeforeNumber},
    Entry{"т", BeforeNumber},
    Entry{"с", BeforeNumber},
    Entry{"д", BeforeNumber},
    Entry{"кв", BeforeNumber},
    // Years and centuries: "в 1963 г." may end a sentence, "г. Москва" does not.
    Entry{"г", AfterNumber},
    Entry{"гг", AfterNumber},
    // Words that often end a sentence.
    Entry{"etc", Final},
    Entry{"т.д", Final},
    Entry{"т.п", Final},
    Entry{"др", Final},
    Entry{"usw", Final},
    Entry{"ecc", Final},
    Entry{"Inc", Final},
    Entry{"Ltd", Final},
    Entry{"Co", Final},
};

}  // namespace

AbbreviationKind classify_abbreviation(std::string_view word) noexcept {
  if (word.empty()) {
    return None;
  }
  const auto* entry = std::find_if(kEntries.begin(), kEntries.end(),
                                   [&](const Entry& e) { return e.word == word; });
  if (entry != kEntries.end()) {
    return entry->kind;
  }
  // Headings and letters are often in capitals: "DEAR MR. PRESIDENT".
  const auto same_ignoring_case = [&](std::string_view form) {
    return form.size() == word.size() &&
           std::equal(form.begin(), form.end(), word.begin(), [](char a, char b) {
             return std::toupper(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
           });
  };
  const bool ascii_capitals = std::all_of(
      word.begin(), word.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
  if (ascii_capitals && word.size() > 1) {
    entry = std::find_if(kEntries.begin(), kEntries.end(), [&](const Entry& e) {
      return (e.kind == Always || e.kind == BeforeNumber) && same_ignoring_case(e.word);
    });
    if (entry != kEntries.end()) {
      return entry->kind;
    }
  }
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  UChar32 first = 0;
  U8_NEXT(s, i, length, first);
  if (i == length) {
    return first > 0 && u_isupper(first) != 0 ? Initial : None;
  }
  if (word.find('.') != std::string_view::npos) {
    return Dotted;
  }
  return None;
}

}  // namespace parallax::segmenter
