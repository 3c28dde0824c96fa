// The rendering report as a readable table for the terminal.
#include <ostream>
#include <string>

#include <fmt/format.h>

#include <parallax/terms_formats.h>

#include "formats/terms_text.h"

namespace parallax {

namespace {

// The bead side with its span marked [[like this]], on one line.
std::string marked_line(const Document& document, IndexRange sentences, Span span) {
  const formats::MarkedText marked = formats::marked_text(document, sentences, span);
  std::string line;
  if (marked.mark.size() == 0) {
    line = marked.text;
  } else {
    line = marked.text.substr(0, marked.mark.begin) + "[[" +
           marked.text.substr(marked.mark.begin, marked.mark.size()) + "]]" +
           marked.text.substr(marked.mark.end);
  }
  for (char& c : line) {
    if (c == '\n' || c == '\t' || c == '\r') {
      c = ' ';
    }
  }
  return line;
}

// The text of span in document, on one line.
std::string usual_text(const Document& document, Span span) {
  std::string text = document.text.substr(span.begin, span.size());
  for (char& c : text) {
    if (c == '\n' || c == '\t' || c == '\r') {
      c = ' ';
    }
  }
  return text;
}

void write_location(std::ostream& out,
                    const TermLocation& location,
                    const Document& original,
                    const Document& translation) {
  out << fmt::format("      bead {} (original {}, translation {})", location.bead,
                     formats::sentence_ids(location.source),
                     formats::sentence_ids(location.target));
  if (location.usual.size() > 0) {
    // The main variant's words are in this translation too: the links may have given them to
    // another mention or word (usual_rendering.h).
    out << fmt::format(", uncertain: \"{}\" is here too", usual_text(translation, location.usual));
  }
  out << '\n';
  out << "        " << marked_line(original, location.source, location.term) << '\n';
  out << "        " << marked_line(translation, location.target, location.rendering) << '\n';
}

}  // namespace

void write_terms_text(std::ostream& out,
                      const TermReport& report,
                      const Document& original,
                      const std::vector<Translation>& translations) {
  out << "original: " << report.original << '\n';
  for (size_t k = 0; k < report.translations.size(); ++k) {
    out << fmt::format("translation {}: {}\n", k + 1, report.translations[k]);
  }
  if (report.terms.empty()) {
    out << "\nno term to report\n";
  }
  for (const TermResult& term : report.terms) {
    std::string flags;
    for (const TermFlag flag : term.flags) {
      flags += flags.empty() ? "" : ", ";
      flags += flag_name(flag);
    }
    out << fmt::format("\n{} — {} occurrence{}{}\n", term.term, term.occurrences,
                       term.occurrences == 1 ? "" : "s", flags.empty() ? "" : " [" + flags + "]");
    if (!term.forms.empty()) {
      out << "  forms: " << formats::forms_list(term, ", ") << '\n';
    }
    if (!term.expected.empty()) {
      out << "  expected: " << term.expected << '\n';
    }
    for (size_t k = 0; k < term.translations.size(); ++k) {
      const TermRenderings& renderings = term.translations[k];
      const Document& document = *translations.at(k).document;
      const uint32_t total = formats::total_occurrences(renderings);
      out << fmt::format("  {}\n", renderings.file);
      for (const Variant& variant : renderings.variants) {
        out << fmt::format("    {:<40} {:>6} {:>6.1f}%{}{}\n", variant.rendering, variant.count,
                           100.0 * formats::share(variant.count, total),
                           variant.expected ? "  (expected)" : "",
                           formats::uncertain_note(variant.locations));
      }
      if (!renderings.not_rendered.empty()) {
        const auto count = static_cast<uint32_t>(renderings.not_rendered.size());
        out << fmt::format("    {:<40} {:>6} {:>6.1f}%{}\n", "(not rendered)", count,
                           100.0 * formats::share(count, total),
                           formats::uncertain_note(renderings.not_rendered));
      }
      if (!renderings.no_counterpart.empty()) {
        const auto count = static_cast<uint32_t>(renderings.no_counterpart.size());
        out << fmt::format("    {:<40} {:>6} {:>6.1f}%\n", "(no counterpart)", count,
                           100.0 * formats::share(count, total));
      }
      // The main variant's places are the expected ones; the others are what an editor checks.
      for (size_t v = 1; v < renderings.variants.size(); ++v) {
        out << fmt::format("    \"{}\":\n", renderings.variants[v].rendering);
        for (const TermLocation& location : renderings.variants[v].locations) {
          write_location(out, location, original, document);
        }
      }
      if (!renderings.not_rendered.empty()) {
        out << "    not rendered:\n";
        for (const TermLocation& location : renderings.not_rendered) {
          write_location(out, location, original, document);
        }
      }
      if (!renderings.no_counterpart.empty()) {
        out << "    no counterpart (the sentence is not translated):\n";
        for (const TermLocation& location : renderings.no_counterpart) {
          write_location(out, location, original, document);
        }
      }
    }
  }
}

}  // namespace parallax
