// TSV: one bead per line, "source text<TAB>target text<TAB>confidence<TAB>source ids<TAB>
// target ids<TAB>source locations<TAB>target locations". Ids are 0-based and comma-separated
// ("3,4"; empty for an empty side), the confidence has 3 decimals, a location says where a
// sentence starts in its input ("L12": line 12 of a text; "p4", "page2", ... in a document;
// docs/FORMATS.md), one per id. No header line, so that files concatenate. When some bead was
// checked by hand (parallax/corrections.h) every line has an eighth column, "yes" or "no"; an
// alignment without corrections keeps seven columns. When some bead belongs to a moved block
// (Bead::moved) every line has one more column after those: the block's id, or 0.
#include <algorithm>
#include <cassert>
#include <ostream>

#include <fmt/format.h>

#include <parallax/formats.h>

namespace parallax {

namespace {

// The sentences of range joined by one space. TAB, LF and CR would break the columns and
// the lines, so they become spaces (the only change made to the original text).
void append_text(std::string& line, const Document& document, IndexRange range) {
  assert(range.end <= document.sentences.size());
  for (uint32_t i = range.begin; i < range.end; ++i) {
    if (i != range.begin) {
      line += ' ';
    }
    for (const char c : document.sentence_text(i)) {
      line += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
  }
}

void append_ids(std::string& line, IndexRange range) {
  for (uint32_t i = range.begin; i < range.end; ++i) {
    if (i != range.begin) {
      line += ',';
    }
    fmt::format_to(std::back_inserter(line), "{}", i);
  }
}

// Locations hold no TAB or LF by construction (document readers collapse white space), but
// a comma inside one (an XLIFF unit id) would be ambiguous: it becomes "%2C".
void append_locations(std::string& line, const Document& document, IndexRange range) {
  for (uint32_t i = range.begin; i < range.end; ++i) {
    if (i != range.begin) {
      line += ',';
    }
    for (const char c : document.location_of(i)) {
      if (c == ',') {
        line += "%2C";
      } else {
        line += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
      }
    }
  }
}

}  // namespace

void write_tsv(std::ostream& out,
               const Document& source,
               const Document& target,
               const Alignment& alignment) {
  const bool checked_column = std::any_of(alignment.beads.begin(), alignment.beads.end(),
                                          [](const Bead& bead) { return bead.checked; });
  const bool moved_column = std::any_of(alignment.beads.begin(), alignment.beads.end(),
                                        [](const Bead& bead) { return bead.moved != 0; });
  std::string line;
  for (const Bead& bead : alignment.beads) {
    line.clear();
    append_text(line, source, bead.source);
    line += '\t';
    append_text(line, target, bead.target);
    fmt::format_to(std::back_inserter(line), "\t{:.3f}\t", bead.confidence);
    append_ids(line, bead.source);
    line += '\t';
    append_ids(line, bead.target);
    line += '\t';
    append_locations(line, source, bead.source);
    line += '\t';
    append_locations(line, target, bead.target);
    if (checked_column) {
      line += bead.checked ? "\tyes" : "\tno";
    }
    if (moved_column) {
      fmt::format_to(std::back_inserter(line), "\t{}", bead.moved);
    }
    line += '\n';
    out << line;
  }
}

}  // namespace parallax
