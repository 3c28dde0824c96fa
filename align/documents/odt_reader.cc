// ODT (OpenDocument Text, ISO/IEC 26300): content.xml's <office:text>. Paragraphs and headings
// (<text:p>, <text:h>) in document order, lists item by item, tables cell by cell; footnotes
// and endnotes (<text:note>) as their own paragraphs after the body; text frames after the
// paragraph that anchors them; tracked changes (<text:tracked-changes>, which hold the deleted
// text) left out; generated indexes (table of contents) and comments left out.
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

// Elements whose content is not text of the document.
bool is_skipped(std::string_view name) noexcept {
  return name == "tracked-changes" || name == "annotation" || name == "note-citation" ||
         name == "ruby-text" || name == "table-of-content" || name == "alphabetical-index" ||
         name == "illustration-index" || name == "table-index" || name == "object-index" ||
         name == "user-index" || name == "bibliography" || name == "sequence-decls" ||
         name == "variable-decls" || name == "user-field-decls" || name == "forms";
}

struct Note {
  pugi::xml_node body;
  std::string label;
};

class OdtWalker {
 public:
  OdtWalker(TextBuilder& builder, std::string source_name)
      : builder_(builder), source_name_(std::move(source_name)) {}

  void blocks(const pugi::xml_node& container, const std::string& cell) {
    const NestingGuard guard(depth_, source_name_);
    for (const pugi::xml_node child : container.children()) {
      const std::string_view name = local_name(child);
      if (name == "p" || name == "h") {
        paragraph(child, cell);
      } else if (name == "table") {
        table(child);
      } else if (!is_skipped(name)) {
        blocks(child, cell);  // <text:list>, <text:list-item>, <text:section>, ...
      }
    }
  }

  // The notes met so far, then the notes met in them.
  void notes() {
    for (size_t k = 0; k < notes_.size(); ++k) {
      const Note note = notes_[k];
      blocks(note.body, note.label);
    }
  }

 private:
  void paragraph(const pugi::xml_node& node, const std::string& cell) {
    ++paragraph_count_;
    builder_.begin_paragraph(cell.empty() ? fmt::format("p{}", paragraph_count_) : cell);
    std::vector<pugi::xml_node> frames;
    inline_content(node, frames);
    builder_.end_paragraph();
    for (const pugi::xml_node& frame : frames) {
      blocks(frame, cell);
    }
  }

  void inline_content(const pugi::xml_node& node, std::vector<pugi::xml_node>& frames) {
    const NestingGuard guard(depth_, source_name_);
    for (const pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        builder_.append(child.value());
        continue;
      }
      const std::string_view name = local_name(child);
      if (name == "s" || name == "tab" || name == "line-break") {
        builder_.append(" ");
      } else if (name == "note") {
        note(child);
      } else if (name == "frame") {
        frames.push_back(child);
      } else if (!is_skipped(name)) {
        inline_content(child, frames);  // <text:span>, <text:a>, <text:ruby>, ...
      }
    }
  }

  void note(const pugi::xml_node& node) {
    const bool endnote = std::string_view(attribute(node, "note-class").value()) == "endnote";
    const uint32_t number = endnote ? ++endnote_count_ : ++footnote_count_;
    for (const pugi::xml_node child : node.children()) {
      if (local_name(child) == "note-body") {
        notes_.push_back(Note{child, fmt::format("{}{}", endnote ? "en" : "fn", number)});
      }
    }
  }

  void table(const pugi::xml_node& node) {
    const uint32_t number = ++table_count_;
    uint32_t row = 0;
    const auto rows = [&](const pugi::xml_node& parent, const auto& self) -> void {
      const NestingGuard guard(depth_, source_name_);
      for (const pugi::xml_node child : parent.children()) {
        const std::string_view name = local_name(child);
        if (name == "table-row") {
          ++row;
          uint32_t column = 0;
          for (const pugi::xml_node cell : child.children()) {
            if (local_name(cell) == "table-cell" || local_name(cell) == "covered-table-cell") {
              ++column;
              blocks(cell, fmt::format("t{}.r{}.c{}", number, row, column));
            }
          }
        } else if (name == "table-header-rows" || name == "table-rows" ||
                   name == "table-row-group") {
          self(child, self);
        }
      }
    };
    rows(node, rows);
  }

  TextBuilder& builder_;
  std::string source_name_;
  uint32_t depth_ = 0;
  std::vector<Note> notes_;
  uint32_t paragraph_count_ = 0;
  uint32_t table_count_ = 0;
  uint32_t footnote_count_ = 0;
  uint32_t endnote_count_ = 0;
};

}  // namespace

ExtractedText read_odt(std::string_view bytes,
                       std::string_view source_name,
                       const ReadOptions& options) {
  const ZipArchive zip(bytes, std::string(source_name), options.max_part_bytes);
  const std::optional<std::string> mimetype = zip.read("mimetype");
  if (mimetype && !mimetype->starts_with("application/vnd.oasis.opendocument.text")) {
    throw InputError(std::string(source_name), 0, 0,
                     fmt::format("an OpenDocument of type {}, not a text document (save it as "
                                 "ODT or DOCX, or export its text)",
                                 *mimetype));
  }
  const std::optional<std::string> content = zip.read("content.xml");
  if (!content) {
    throw InputError(std::string(source_name), 0, 0,
                     "an OpenDocument without content.xml (the file is damaged; open it in "
                     "LibreOffice and save it again)");
  }
  pugi::xml_document xml;
  parse_xml(xml, *content, source_name, "content.xml");
  TextBuilder builder;
  OdtWalker walker(builder, std::string(source_name));
  for (const pugi::xml_node body : xml.document_element().children()) {
    if (local_name(body) != "body") {
      continue;
    }
    for (const pugi::xml_node text : body.children()) {
      if (local_name(text) == "text") {
        walker.blocks(text, "");
      }
    }
  }
  walker.notes();
  return builder.finish();
}

}  // namespace parallax::documents
