// XLIFF 1.2 (<trans-unit>) and 2.x (<unit>/<segment>): one side of every unit, each unit one
// paragraph. Inline codes that stand for formatting (<g>, <pc>, <mrk>) keep their text; codes
// holding native markup (<ph>, <bpt>, <ept>, <it>, <sub> in 1.2) are not text; <seg-source>
// repeats the source and is skipped. A unit without the requested side is left out (not yet
// translated); a file where no unit has it is an error.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include <parallax/errors.h>

#include "documents/nesting_guard.h"
#include "documents/readers.h"
#include "documents/text_builder.h"
#include "documents/xml_part.h"
#include <pugixml.hpp>

namespace parallax::documents {

namespace {

bool is_native_code(std::string_view name) noexcept {
  return name == "ph" || name == "bpt" || name == "ept" || name == "it" || name == "sub" ||
         name == "sc" || name == "ec" || name == "sm" || name == "em";
}

class XliffWalker {
 public:
  XliffWalker(TextBuilder& builder, std::string_view side, std::string source_name)
      : builder_(builder), side_(side), source_name_(std::move(source_name)) {}

  void files(const pugi::xml_node& root) {
    uint32_t count = 0;
    for (const pugi::xml_node file : root.children()) {
      count += local_name(file) == "file" ? 1 : 0;
    }
    uint32_t number = 0;
    for (const pugi::xml_node file : root.children()) {
      if (local_name(file) == "file") {
        prefix_ = count > 1 ? fmt::format("f{}/", ++number) : "";
        containers(file);
      }
    }
  }

  uint32_t units() const { return units_; }

  uint32_t units_with_side() const { return units_with_side_; }

 private:
  // <file>, <body>, <group>: everything but units is looked into for units.
  void containers(const pugi::xml_node& node) {
    const NestingGuard guard(depth_, source_name_);
    for (const pugi::xml_node child : node.children()) {
      const std::string_view name = local_name(child);
      if (name == "trans-unit" || name == "unit") {
        unit(child);
      } else if (name == "group" || name == "body") {
        containers(child);
      }
    }
  }

  void unit(const pugi::xml_node& node) {
    ++units_;
    const std::string id = fmt::format("{}unit:{}", prefix_, attribute(node, "id").value());
    builder_.begin_paragraph(id);
    bool found = false;
    for (const pugi::xml_node child : node.children()) {
      const std::string_view name = local_name(child);
      if (name == side_) {  // 1.2: <source>/<target> directly in the unit
        inline_content(child);
        found = true;
      } else if (name == "segment" || name == "ignorable") {
        const std::string_view segment_id = attribute(child, "id").value();
        builder_.relocate(segment_id.empty() ? id : fmt::format("{}/{}", id, segment_id));
        // Segments are apart even where no <ignorable> holds the space between them (an
        // ignorable's target is often left out: its source then stands for it).
        builder_.append(" ");
        for (const pugi::xml_node part : child.children()) {
          if (local_name(part) == side_) {
            inline_content(part);
            found = found || name == "segment";
          }
        }
      }
    }
    builder_.end_paragraph();
    units_with_side_ += found ? 1 : 0;
  }

  void inline_content(const pugi::xml_node& node) {
    const NestingGuard guard(depth_, source_name_);
    for (const pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        builder_.append(child.value());
      } else if (child.type() == pugi::node_element && !is_native_code(local_name(child))) {
        inline_content(child);  // <g>, <pc>, <mrk>
      }
    }
  }

  TextBuilder& builder_;
  std::string_view side_;
  std::string source_name_;
  uint32_t depth_ = 0;
  std::string prefix_;
  uint32_t units_ = 0;
  uint32_t units_with_side_ = 0;
};

}  // namespace

ExtractedText read_xliff(std::string_view bytes,
                         std::string_view source_name,
                         const ReadOptions& options) {
  pugi::xml_document xml;
  parse_xml(xml, bytes, source_name, "");
  const std::string_view side = options.xliff_side == XliffSide::Target ? "target" : "source";
  TextBuilder builder;
  XliffWalker walker(builder, side, std::string(source_name));
  walker.files(xml.document_element());
  if (walker.units() == 0) {
    throw InputError(std::string(source_name), 0, 0,
                     "an XLIFF file without units (<trans-unit> or <unit>): nothing to read");
  }
  if (walker.units_with_side() == 0) {
    throw InputError(
        std::string(source_name), 0, 0,
        fmt::format("an XLIFF file without {}s: none of its {} units has a <{}> "
                    "(translate it first, or read the other side with "
                    "--xliff-side {})",
                    side, walker.units(), side, side == "target" ? "source" : "target"));
  }
  return builder.finish();
}

}  // namespace parallax::documents
