// The N-way rows (parallax/report.h) as TSV with one column per text and as multilingual
// TMX 1.4b (https://www.gala-global.org/tmx-14b) with one <tuv> per text.
#include <algorithm>
#include <cassert>
#include <iterator>
#include <ostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <parallax/report.h>

#include "formats/joined_text.h"
#include "formats/tmx_skeleton.h"
#include <pugixml.hpp>

namespace parallax {

namespace {

std::vector<const Document*> documents_of(const Document& original,
                                          const std::vector<ReportColumn>& translations) {
  std::vector<const Document*> documents{&original};
  for (const ReportColumn& column : translations) {
    documents.push_back(column.document);
  }
  return documents;
}

// TAB, LF and CR would break the columns and the lines, so they become spaces.
void append_tsv_field(std::string& line, std::string_view text) {
  for (const char c : text) {
    line += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  }
}

using formats::joined_text;

void append_ids(std::string& line, IndexRange range) {
  for (uint32_t i = range.begin; i < range.end; ++i) {
    fmt::format_to(std::back_inserter(line), "{}{}", i == range.begin ? "" : ",", i);
  }
}

using formats::append_tmx_skeleton;

void add_prop(pugi::xml_node node, const char* type, const std::string& value) {
  pugi::xml_node prop = node.append_child("prop");
  prop.append_attribute("type") = type;
  prop.text().set(formats::xml_text(value).c_str());
}

}  // namespace

void write_nway_tsv(std::ostream& out,
                    const Document& original,
                    const std::vector<ReportColumn>& translations,
                    const ReportOptions& options) {
  const std::vector<ReportRow> rows = report_rows(original, translations, options);
  const std::vector<const Document*> documents = documents_of(original, translations);
  std::string line;
  for (const Document* document : documents) {
    append_tsv_field(line, document->source_name);
    line += '\t';
  }
  line += "confidence\tdoubtful";
  for (const Document* document : documents) {
    line += "\tids:";
    append_tsv_field(line, document->source_name);
  }
  out << line << '\n';
  for (const ReportRow& row : rows) {
    line.clear();
    for (size_t c = 0; c < documents.size(); ++c) {
      append_tsv_field(line, joined_text(*documents[c], row.cells[c].sentences));
      line += '\t';
    }
    fmt::format_to(std::back_inserter(line), "{:.3f}\t{}", row.confidence,
                   row.doubtful ? "yes" : "no");
    for (size_t c = 0; c < documents.size(); ++c) {
      line += '\t';
      append_ids(line, row.cells[c].sentences);
    }
    out << line << '\n';
  }
}

// The xml:lang of each text. A language shared by two texts (two English translations, or an
// English original with its English revision) would give one <tu> two <tuv>s of one language,
// and tools that key a unit's variants by language (translate-toolkit, OmegaT) keep only one:
// such texts get a BCP 47 private-use subtag with their column number, "en-x-t0" for the
// original, "en-x-t1", "en-x-t2" for translations (RFC 5646 section 2.2.7; docs/FORMATS.md). A
// language used once keeps its plain code, as in a two-text TMX.
std::vector<std::string> tmx_languages(const std::vector<const Document*>& documents) {
  std::vector<std::string> languages;
  for (const Document* document : documents) {
    languages.push_back(formats::tmx_language(document->language));
  }
  std::vector<std::string> tags = languages;
  for (size_t c = 0; c < languages.size(); ++c) {
    if (std::count(languages.begin(), languages.end(), languages[c]) > 1) {
      tags[c] = fmt::format("{}-x-t{}", languages[c], c);
    }
  }
  return tags;
}

void write_nway_tmx(std::ostream& out,
                    const Document& original,
                    const std::vector<ReportColumn>& translations,
                    const ReportOptions& options) {
  const std::vector<ReportRow> rows = report_rows(original, translations, options);
  const std::vector<const Document*> documents = documents_of(original, translations);
  const std::vector<std::string> languages = tmx_languages(documents);
  const std::string& source_language = languages.front();

  pugi::xml_document doc;
  pugi::xml_node body = append_tmx_skeleton(doc, options.tool_version, source_language);
  for (const ReportRow& row : rows) {
    size_t texts = 0;
    for (const ReportCell& cell : row.cells) {
      texts += cell.sentences.empty() ? 0 : 1;
    }
    if (texts < 2) {
      continue;
    }
    pugi::xml_node tu = body.append_child("tu");
    add_prop(tu, "x-confidence", fmt::format("{:.3f}", row.confidence));
    add_prop(tu, "x-doubtful", row.doubtful ? "yes" : "no");
    for (size_t c = 0; c < documents.size(); ++c) {
      if (row.cells[c].sentences.empty()) {
        continue;
      }
      pugi::xml_node tuv = tu.append_child("tuv");
      tuv.append_attribute("xml:lang") = languages[c].c_str();
      add_prop(tuv, "x-file", documents[c]->source_name);
      std::string ids;
      append_ids(ids, row.cells[c].sentences);
      add_prop(tuv, "x-ids", ids);
      tuv.append_child("seg").text().set(
          formats::xml_text(joined_text(*documents[c], row.cells[c].sentences)).c_str());
    }
  }
  // XML 1.0 cannot hold control characters other than TAB, LF and CR, even escaped (nor
  // U+FFFE, U+FFFF: formats::xml_text left them out).
  doc.save(out, "  ", pugi::format_default | pugi::format_skip_control_chars, pugi::encoding_utf8);
}

}  // namespace parallax
