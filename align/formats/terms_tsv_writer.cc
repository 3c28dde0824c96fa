// TSV of the rendering report: one row per (term, translation, variant), one more per
// (term, translation) with occurrences not rendered and one per (term, translation) with
// occurrences without counterpart, after a header line. The column forms, the forms of the term
// found in the original, is the same in every row of a term; the last, uncertain, counts the
// row's uncertain occurrences (TermLocation::usual; added in session 10, after the others).
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include <parallax/terms_formats.h>

#include "formats/terms_text.h"

namespace parallax {

namespace {

// TAB, LF and CR would break the columns and the lines: they become spaces.
std::string cell(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return out;
}

std::string beads_of(const std::vector<TermLocation>& locations) {
  std::string out;
  for (const TermLocation& location : locations) {
    if (!out.empty()) {
      out += ',';
    }
    out += std::to_string(location.bead);
  }
  return out;
}

}  // namespace

void write_terms_tsv(std::ostream& out, const TermReport& report) {
  out << "term\ttranslation\tkind\trendering\tkey\tcount\tshare\texpected\tflags\tbeads\tforms\tunc"
         "ertain\n";
  for (const TermResult& term : report.terms) {
    std::string flags;
    for (const TermFlag flag : term.flags) {
      if (!flags.empty()) {
        flags += ',';
      }
      flags += flag_name(flag);
    }
    const bool has_expected = !term.expected.empty();
    const std::string forms = cell(formats::forms_list(term, "; "));
    for (const TermRenderings& renderings : term.translations) {
      const uint32_t total = formats::total_occurrences(renderings);
      for (const Variant& variant : renderings.variants) {
        out << fmt::format("{}\t{}\tvariant\t{}\t{}\t{}\t{:.3f}\t{}\t{}\t{}\t{}\t{}\n",
                           cell(term.term), cell(renderings.file), cell(variant.rendering),
                           cell(variant.key), variant.count, formats::share(variant.count, total),
                           has_expected ? (variant.expected ? "yes" : "no") : "", flags,
                           beads_of(variant.locations), forms,
                           formats::uncertain_count(variant.locations));
      }
      if (!renderings.not_rendered.empty()) {
        const auto count = static_cast<uint32_t>(renderings.not_rendered.size());
        out << fmt::format("{}\t{}\tnot_rendered\t\t\t{}\t{:.3f}\t{}\t{}\t{}\t{}\t{}\n",
                           cell(term.term), cell(renderings.file), count,
                           formats::share(count, total), has_expected ? "no" : "", flags,
                           beads_of(renderings.not_rendered), forms,
                           formats::uncertain_count(renderings.not_rendered));
      }
      if (!renderings.no_counterpart.empty()) {
        const auto count = static_cast<uint32_t>(renderings.no_counterpart.size());
        out << fmt::format("{}\t{}\tno_counterpart\t\t\t{}\t{:.3f}\t\t{}\t{}\t{}\t0\n",
                           cell(term.term), cell(renderings.file), count,
                           formats::share(count, total), flags, beads_of(renderings.no_counterpart),
                           forms);
      }
    }
  }
}

}  // namespace parallax
