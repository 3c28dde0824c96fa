// The edits of a diff as TSV (parallax/diff_formats.h).
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include <parallax/diff.h>
#include <parallax/diff_formats.h>

#include "formats/diff_text.h"

namespace parallax {

namespace {

std::string field(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return out;
}

std::string id_list(IndexRange range) {
  std::string out;
  for (uint32_t i = range.begin; i < range.end; ++i) {
    out += out.empty() ? fmt::format("{}", i) : fmt::format(",{}", i);
  }
  return out;
}

}  // namespace

void write_diff_tsv(std::ostream& out,
                    const Document& a,
                    const Document& b,
                    const DiffResult& diff) {
  out << "bead\tkind\ta\tb\ta_ids\tb_ids\ta_line\tb_line\ta_begin\ta_end\tb_begin\tb_end\n";
  for (size_t k = 0; k < diff.beads.size(); ++k) {
    const DiffBead& bead = diff.beads[k];
    for (const Edit& edit : bead.edits) {
      out << fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", k,
                         edit_kind_name(edit.kind), field(edit.a_text), field(edit.b_text),
                         id_list(bead.a), id_list(bead.b), formats::line_at(a, edit.a.begin),
                         formats::line_at(b, edit.b.begin), edit.a.begin, edit.a.end, edit.b.begin,
                         edit.b.end);
    }
  }
}

}  // namespace parallax
