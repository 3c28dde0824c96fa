// The diff for the terminal (parallax/diff_formats.h).
#include <cstdint>
#include <ostream>
#include <string>

#include <fmt/format.h>

#include <parallax/diff.h>
#include <parallax/diff_formats.h>

#include "formats/diff_text.h"

namespace parallax {

namespace {

std::string ids(IndexRange range) {
  if (range.empty()) {
    return "-";
  }
  return range.size() == 1 ? fmt::format("{}", range.begin)
                           : fmt::format("{}–{}", range.begin, range.end - 1);
}

// "A 3–4 (line 2)", or "A -" for no sentence.
std::string side(char name, const Document& document, IndexRange range) {
  if (range.empty()) {
    return fmt::format("{} -", name);
  }
  return fmt::format("{} {} (line {})", name, ids(range), document.sentences[range.begin].line);
}

std::string file_line(const Document& document) {
  return document.language.empty()
             ? document.source_name
             : fmt::format("{} ({})", document.source_name, document.language);
}

}  // namespace

void write_diff_text(std::ostream& out,
                     const Document& a,
                     const Document& b,
                     const DiffResult& diff) {
  size_t with_edits = 0;
  size_t edits = 0;
  for (const DiffBead& bead : diff.beads) {
    with_edits += bead.edits.empty() ? 0 : 1;
    edits += bead.edits.size();
  }
  out << "A: " << file_line(a) << "\nB: " << file_line(b) << '\n';
  out << fmt::format("{} beads, {} with edits; {} edits", diff.beads.size(), with_edits, edits);
  const char* separator = ": ";
  for (size_t k = 0; k < kEditKindCount; ++k) {
    if (diff.edits_by_kind[k] != 0) {
      out << separator << diff.edits_by_kind[k] << ' ' << edit_kind_name(static_cast<EditKind>(k));
      separator = ", ";
    }
  }
  out << "\n";
  for (size_t k = 0; k < diff.beads.size(); ++k) {
    const DiffBead& bead = diff.beads[k];
    if (bead.edits.empty()) {
      continue;
    }
    out << fmt::format("\nbead {}  {}  {}  confidence {:.3f}\n", k, side('A', a, bead.a),
                       side('B', b, bead.b), bead.confidence);
    for (const Edit& edit : bead.edits) {
      out << fmt::format("  {:<19}{} → {}\n", edit_kind_name(edit.kind),
                         formats::shown_side(edit.a_text), formats::shown_side(edit.b_text));
    }
  }
  out << fmt::format("\nChanges ({} distinct, most frequent first)\n", diff.changes.size());
  for (const Change& change : diff.changes) {
    out << fmt::format("  {:>5}  {:<19}{} → {}\n", change.count, edit_kind_name(change.kind),
                       formats::shown_side(change.a), formats::shown_side(change.b));
  }
}

}  // namespace parallax
