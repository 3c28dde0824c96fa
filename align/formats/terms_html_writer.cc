// The rendering report as one self-contained HTML page: inline CSS, no script, no external
// resource; every piece of text escaped.
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include <parallax/terms_formats.h>

#include "formats/html_escape.h"
#include "formats/terms_text.h"

namespace parallax {

namespace {

constexpr std::string_view kStyle = R"(body{font-family:sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #ddd;padding:.3em .5em;
vertical-align:top;text-align:left}th{background:#f4f4f4}td.n{text-align:right}
mark{background:#ffe066}.missing{background:#fde2e2}.flag{display:inline-block;font-size:.8em;
padding:0 .4em;margin-left:.4em;border-radius:.3em;background:#e8e8e8}
.flag.consistent{background:#d8f3dc}.flag.inconsistent,.flag.divergent{background:#ffe5b4}
.flag.not_rendered,.flag.glossary_mismatch{background:#fde2e2}
)";

using formats::escape_html;

std::string marked_html(const Document& document, IndexRange sentences, Span span) {
  const formats::MarkedText marked = formats::marked_text(document, sentences, span);
  if (marked.mark.size() == 0) {
    return escape_html(marked.text);
  }
  const std::string_view text = marked.text;
  return escape_html(text.substr(0, marked.mark.begin)) + "<mark>" +
         escape_html(text.substr(marked.mark.begin, marked.mark.size())) + "</mark>" +
         escape_html(text.substr(marked.mark.end));
}

// Where each occurrence (by the first byte of its term span) went in one translation: the
// location and its variant's rendering ("" when not rendered).
using Placement = std::map<uint32_t, std::pair<const TermLocation*, const Variant*>>;

Placement placements(const TermRenderings& renderings) {
  Placement out;
  for (const Variant& variant : renderings.variants) {
    for (const TermLocation& location : variant.locations) {
      out[location.term.begin] = {&location, &variant};
    }
  }
  for (const TermLocation& location : renderings.not_rendered) {
    out[location.term.begin] = {&location, nullptr};
  }
  return out;
}

void write_term(std::ostream& out,
                const TermResult& term,
                size_t index,
                const Document& original,
                const std::vector<Translation>& translations) {
  out << fmt::format("<h2 id=\"t{}\">{}", index, escape_html(term.term));
  for (const TermFlag flag : term.flags) {
    out << fmt::format("<span class=\"flag {0}\">{0}</span>", flag_name(flag));
  }
  out << fmt::format("</h2>\n<p>{} occurrence{}", term.occurrences,
                     term.occurrences == 1 ? "" : "s");
  if (!term.expected.empty()) {
    out << "; expected rendering: <b>" << escape_html(term.expected) << "</b>";
  }
  out << "</p>\n";

  for (const TermRenderings& renderings : term.translations) {
    const uint32_t total = formats::total_occurrences(renderings);
    out << "<table><tr><th>" << escape_html(renderings.file)
        << "</th><th>count</th><th>share</th></tr>\n";
    for (const Variant& variant : renderings.variants) {
      out << fmt::format(
          "<tr><td>{}{}</td><td class=\"n\">{}</td><td class=\"n\">{:.1f}%</td></tr>\n",
          escape_html(variant.rendering), variant.expected ? " (expected)" : "", variant.count,
          100.0 * formats::share(variant.count, total));
    }
    if (!renderings.not_rendered.empty()) {
      const auto count = static_cast<uint32_t>(renderings.not_rendered.size());
      out << fmt::format(
          "<tr class=\"missing\"><td>(not rendered)</td><td class=\"n\">{}</td>"
          "<td class=\"n\">{:.1f}%</td></tr>\n",
          count, 100.0 * formats::share(count, total));
    }
    out << "</table>\n";
  }

  std::vector<Placement> placed;
  out << "<table><tr><th>#</th><th>" << escape_html(original.source_name) << "</th>";
  for (const TermRenderings& renderings : term.translations) {
    placed.push_back(placements(renderings));
    out << "<th>" << escape_html(renderings.file) << "</th>";
  }
  out << "</tr>\n";
  for (size_t o = 0; o < term.spans.size(); ++o) {
    const Span span = term.spans[o];
    out << fmt::format("<tr><td class=\"n\">{}</td>", o + 1);
    bool source_written = false;
    for (const Placement& placement : placed) {
      const auto it = placement.find(span.begin);
      if (it == placement.end()) {
        continue;
      }
      if (!source_written) {
        out << "<td>" << marked_html(original, it->second.first->source, span) << "</td>";
        source_written = true;
      }
    }
    if (!source_written) {
      out << "<td><mark>"
          << escape_html(std::string_view(original.text).substr(span.begin, span.size()))
          << "</mark></td>";
    }
    for (size_t k = 0; k < placed.size(); ++k) {
      const auto it = placed[k].find(span.begin);
      if (it == placed[k].end()) {
        out << "<td></td>";
        continue;
      }
      const TermLocation& location = *it->second.first;
      const Document& document = *translations.at(k).document;
      out << (it->second.second == nullptr ? "<td class=\"missing\">" : "<td>")
          << marked_html(document, location.target, location.rendering)
          << fmt::format(" <small>(bead {})</small></td>", location.bead);
    }
    out << "</tr>\n";
  }
  out << "</table>\n";
}

}  // namespace

void write_terms_html(std::ostream& out,
                      const TermReport& report,
                      const Document& original,
                      const std::vector<Translation>& translations) {
  out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>parallax terms: "
      << escape_html(report.original) << "</title>\n<style>\n"
      << kStyle << "</style></head><body>\n<h1>Renderings of the terms of "
      << escape_html(report.original) << "</h1>\n<p>Translations:";
  for (const std::string& file : report.translations) {
    out << ' ' << escape_html(file) << ';';
  }
  out << "</p>\n";
  if (report.terms.empty()) {
    out << "<p>No term to report.</p>\n";
  } else {
    out << "<ul>\n";
    for (size_t k = 0; k < report.terms.size(); ++k) {
      out << fmt::format("<li><a href=\"#t{}\">{}</a> ({})</li>\n", k,
                         escape_html(report.terms[k].term), report.terms[k].occurrences);
    }
    out << "</ul>\n";
  }
  for (size_t k = 0; k < report.terms.size(); ++k) {
    write_term(out, report.terms[k], k, original, translations);
  }
  out << "</body></html>\n";
}

}  // namespace parallax
