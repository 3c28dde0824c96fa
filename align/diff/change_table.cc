#include "diff/change_table.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace parallax::diff {

namespace {

std::string lowercase(std::string_view text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  unicode.toLower(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

bool exact_form(EditKind kind) noexcept {
  return kind == EditKind::Case || kind == EditKind::Typography ||
         kind == EditKind::SentenceInsertion || kind == EditKind::SentenceOmission;
}

}  // namespace

std::vector<Change> change_table(const std::vector<DiffBead>& beads) {
  using Key = std::tuple<EditKind, std::string, std::string>;
  std::map<Key, size_t> index;
  std::vector<Change> changes;
  for (size_t bead = 0; bead < beads.size(); ++bead) {
    const std::vector<Edit>& edits = beads[bead].edits;
    for (size_t e = 0; e < edits.size(); ++e) {
      const Edit& edit = edits[e];
      const bool exact = exact_form(edit.kind);
      Key key{edit.kind, exact ? edit.a_text : lowercase(edit.a_text),
              exact ? edit.b_text : lowercase(edit.b_text)};
      const auto [it, inserted] = index.try_emplace(key, changes.size());
      if (inserted) {
        changes.push_back(Change{edit.kind, std::get<1>(key), std::get<2>(key), 0, {}});
      }
      Change& change = changes[it->second];
      ++change.count;
      change.locations.push_back(EditRef{static_cast<uint32_t>(bead), static_cast<uint32_t>(e)});
    }
  }
  std::stable_sort(changes.begin(), changes.end(), [](const Change& x, const Change& y) {
    return std::tie(y.count, x.kind, x.a, x.b) < std::tie(x.count, y.kind, y.a, y.b);
  });
  return changes;
}

}  // namespace parallax::diff
