// DOCX (Office Open XML, ECMA-376): the main document part, then its footnotes and endnotes.
// Paragraphs (<w:p>) in document order, headings included (a heading is a paragraph with a
// style); tables cell by cell; text boxes after the paragraph that anchors them; tracked
// deletions (<w:del>, <w:moveFrom>) left out, tracked insertions kept; field codes left out
// (their result is kept). Headers, footers and comments are not read.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include <parallax/errors.h>

#include "documents/nesting_guard.h"
#include "documents/readers.h"
#include "documents/text_builder.h"
#include "documents/xml_part.h"
#include "documents/zip_archive.h"
#include <pugixml.hpp>

namespace parallax::documents {

namespace {

class DocxWalker {
 public:
  DocxWalker(TextBuilder& builder, std::string source_name)
      : builder_(builder), source_name_(std::move(source_name)) {}

  // Children of a container of paragraphs and tables (<w:body>, a cell, a note, a text box).
  void blocks(const pugi::xml_node& container, const std::string& cell) {
    const NestingGuard guard(depth_, source_name_);
    for (const pugi::xml_node child : container.children()) {
      const std::string_view name = local_name(child);
      if (name == "p") {
        paragraph(child, cell);
      } else if (name == "tbl") {
        table(child);
      } else if (name == "del" || name == "moveFrom" || name == "sectPr" || name == "tblPr") {
        continue;
      } else {
        blocks(child, cell);  // <w:sdt>, <w:sdtContent>, <w:customXml>, <w:ins>, ...
      }
    }
  }

  // The paragraphs of a note, all located at label.
  void note(const pugi::xml_node& node, const std::string& label) { blocks(node, label); }

 private:
  void paragraph(const pugi::xml_node& node, const std::string& cell) {
    ++paragraph_count_;
    builder_.begin_paragraph(cell.empty() ? fmt::format("p{}", paragraph_count_) : cell);
    std::vector<pugi::xml_node> boxes;
    inline_content(node, boxes);
    builder_.end_paragraph();
    for (const pugi::xml_node& box : boxes) {
      blocks(box, cell);
    }
  }

  void inline_content(const pugi::xml_node& node, std::vector<pugi::xml_node>& boxes) {
    const NestingGuard guard(depth_, source_name_);
    for (const pugi::xml_node child : node.children()) {
      const std::string_view name = local_name(child);
      if (name == "t") {
        builder_.append(child.child_value());
      } else if (name == "tab" || name == "ptab" || name == "br" || name == "cr") {
        builder_.append(" ");
      } else if (name == "noBreakHyphen") {
        builder_.append("-");
      } else if (name == "txbxContent") {
        boxes.push_back(child);
      } else if (name == "del" || name == "moveFrom" || name == "delText" || name == "instrText" ||
                 name == "delInstrText" || name == "pPr" || name == "rPr" || name == "Fallback" ||
                 name == "footnoteReference" || name == "endnoteReference" ||
                 name == "softHyphen") {
        continue;
      } else {
        inline_content(child, boxes);  // <w:r>, <w:hyperlink>, <w:ins>, <w:fldSimple>, ...
      }
    }
  }

  void table(const pugi::xml_node& node) {
    const uint32_t number = ++table_count_;
    uint32_t row = 0;
    for (const pugi::xml_node tr : node.children()) {
      if (local_name(tr) != "tr") {
        continue;
      }
      ++row;
      uint32_t column = 0;
      for (const pugi::xml_node tc : tr.children()) {
        if (local_name(tc) != "tc") {
          continue;
        }
        ++column;
        blocks(tc, fmt::format("t{}.r{}.c{}", number, row, column));
      }
    }
  }

  TextBuilder& builder_;
  std::string source_name_;
  uint32_t depth_ = 0;
  uint32_t paragraph_count_ = 0;
  uint32_t table_count_ = 0;
};

// The notes of a footnotes or endnotes part, each located as prefix + its id; the separator
// notes Word keeps there are not text.
void read_notes(const ZipArchive& zip,
                const std::string& part_name,
                std::string_view prefix,
                std::string_view source_name,
                DocxWalker& walker) {
  const std::optional<std::string> part = zip.read(part_name);
  if (!part) {
    return;
  }
  pugi::xml_document xml;
  parse_xml(xml, *part, source_name, part_name);
  for (const pugi::xml_node note : xml.document_element().children()) {
    const std::string_view type = attribute(note, "type").value();
    if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") {
      continue;
    }
    walker.note(note, fmt::format("{}{}", prefix, attribute(note, "id").value()));
  }
}

// The main part named by the package relationships (_rels/.rels), word/document.xml if none.
std::string main_part_name(const ZipArchive& zip, std::string_view source_name) {
  const std::optional<std::string> rels = zip.read("_rels/.rels");
  if (rels) {
    pugi::xml_document xml;
    parse_xml(xml, *rels, source_name, "_rels/.rels");
    for (const pugi::xml_node r : xml.document_element().children()) {
      const std::string_view type = attribute(r, "Type").value();
      std::string_view target = attribute(r, "Target").value();
      if (type.ends_with("/officeDocument") && !target.empty()) {
        if (target.front() == '/') {
          target.remove_prefix(1);
        }
        return std::string(target);
      }
    }
  }
  return "word/document.xml";
}

}  // namespace

ExtractedText read_docx(std::string_view bytes,
                        std::string_view source_name,
                        const ReadOptions& options) {
  const ZipArchive zip(bytes, std::string(source_name), options.max_part_bytes);
  const std::string main_name = main_part_name(zip, source_name);
  const std::optional<std::string> main = zip.read(main_name);
  if (!main) {
    throw InputError(std::string(source_name), 0, 0,
                     fmt::format("a ZIP archive without {}: not a DOCX document (give a .docx "
                                 "saved by Word or LibreOffice, or the text itself)",
                                 main_name));
  }
  pugi::xml_document xml;
  parse_xml(xml, *main, source_name, main_name);
  TextBuilder builder;
  DocxWalker walker(builder, std::string(source_name));
  const pugi::xml_node root = xml.document_element();
  for (const pugi::xml_node child : root.children()) {
    if (local_name(child) == "body") {
      walker.blocks(child, "");
    }
  }
  const std::string folder = main_name.substr(0, main_name.rfind('/') + 1);
  read_notes(zip, folder + "footnotes.xml", "fn", source_name, walker);
  read_notes(zip, folder + "endnotes.xml", "en", source_name, walker);
  return builder.finish();
}

}  // namespace parallax::documents
