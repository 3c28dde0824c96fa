// The beads format read by ../shared/eval/score.py: one bead per line, "[0, 1]:[0]:0.873";
// a bead of a moved block (Bead::moved) ends in ":moved=<block id>" ("[7]:[40]:0.951:moved=1"),
// which score.py ignores like the confidence.
#include <ostream>

#include <fmt/format.h>

#include <parallax/formats.h>

namespace parallax {

namespace {

// "[3, 4]" for sentences 3 and 4, "[]" for an empty side.
void append_ids(std::string& line, IndexRange range) {
  line += '[';
  for (uint32_t i = range.begin; i < range.end; ++i) {
    if (i != range.begin) {
      line += ", ";
    }
    fmt::format_to(std::back_inserter(line), "{}", i);
  }
  line += ']';
}

}  // namespace

void write_beads(std::ostream& out, const Alignment& alignment) {
  std::string line;
  for (const Bead& bead : alignment.beads) {
    line.clear();
    append_ids(line, bead.source);
    line += ':';
    append_ids(line, bead.target);
    fmt::format_to(std::back_inserter(line), ":{:.3f}", bead.confidence);
    if (bead.moved != 0) {
      fmt::format_to(std::back_inserter(line), ":moved={}", bead.moved);
    }
    line += '\n';
    out << line;
  }
}

}  // namespace parallax
