// HTML through gumbo (an HTML5 parser, as browsers parse): every block element (p, h1..h6, li,
// td, th, div, blockquote, pre, ...) ends the paragraph before it and starts another, text in
// inline elements is joined, <br> is a space; <head> (title included), script, style, template,
// noscript, svg, math, form controls and embedded objects are not text.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <parallax/errors.h>
#include <parallax/read.h>

#include "documents/nesting_guard.h"
#include "documents/readers.h"
#include "documents/text_builder.h"
#include <gumbo.h>

namespace parallax::documents {

namespace {

bool is_block(GumboTag tag) noexcept {
  static constexpr std::array kBlocks = {
      GUMBO_TAG_ADDRESS,  GUMBO_TAG_ARTICLE,    GUMBO_TAG_ASIDE,   GUMBO_TAG_BLOCKQUOTE,
      GUMBO_TAG_BODY,     GUMBO_TAG_CAPTION,    GUMBO_TAG_CENTER,  GUMBO_TAG_DD,
      GUMBO_TAG_DETAILS,  GUMBO_TAG_DIV,        GUMBO_TAG_DL,      GUMBO_TAG_DT,
      GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,  GUMBO_TAG_FOOTER,
      GUMBO_TAG_FORM,     GUMBO_TAG_H1,         GUMBO_TAG_H2,      GUMBO_TAG_H3,
      GUMBO_TAG_H4,       GUMBO_TAG_H5,         GUMBO_TAG_H6,      GUMBO_TAG_HEADER,
      GUMBO_TAG_HGROUP,   GUMBO_TAG_HR,         GUMBO_TAG_LI,      GUMBO_TAG_LEGEND,
      GUMBO_TAG_MAIN,     GUMBO_TAG_NAV,        GUMBO_TAG_OL,      GUMBO_TAG_P,
      GUMBO_TAG_PRE,      GUMBO_TAG_SECTION,    GUMBO_TAG_SUMMARY, GUMBO_TAG_TABLE,
      GUMBO_TAG_TBODY,    GUMBO_TAG_TD,         GUMBO_TAG_TFOOT,   GUMBO_TAG_TH,
      GUMBO_TAG_THEAD,    GUMBO_TAG_TR,         GUMBO_TAG_UL,      GUMBO_TAG_HTML,
  };
  for (const GumboTag block : kBlocks) {
    if (tag == block) {
      return true;
    }
  }
  return false;
}

bool is_dropped(GumboTag tag) noexcept {
  static constexpr std::array kDropped = {
      GUMBO_TAG_HEAD,     GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE,  GUMBO_TAG_TEMPLATE,
      GUMBO_TAG_NOSCRIPT, GUMBO_TAG_SVG,    GUMBO_TAG_MATH,   GUMBO_TAG_IFRAME,
      GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,  GUMBO_TAG_CANVAS, GUMBO_TAG_SELECT,
      GUMBO_TAG_TEXTAREA, GUMBO_TAG_AUDIO,  GUMBO_TAG_VIDEO,  GUMBO_TAG_RP,
      GUMBO_TAG_RT,
  };
  for (const GumboTag dropped : kDropped) {
    if (tag == dropped) {
      return true;
    }
  }
  return false;
}

struct OutputDeleter {
  void operator()(GumboOutput* output) const noexcept {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

class HtmlWalker {
 public:
  HtmlWalker(TextBuilder& builder, std::string source_name)
      : builder_(builder), source_name_(std::move(source_name)) {}

  void node(const GumboNode& node) {
    switch (node.type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        text(node.v.text.text);
        return;
      case GUMBO_NODE_WHITESPACE:
        if (!new_paragraph_) {
          builder_.append(" ");
        }
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        element(node.v.element);
        return;
      case GUMBO_NODE_DOCUMENT:
      case GUMBO_NODE_COMMENT:
        return;
    }
  }

 private:
  void element(const GumboElement& element) {
    const NestingGuard guard(depth_, source_name_);
    if (is_dropped(element.tag)) {
      return;
    }
    if (element.tag == GUMBO_TAG_BR || element.tag == GUMBO_TAG_WBR) {
      if (!new_paragraph_) {
        builder_.append(element.tag == GUMBO_TAG_BR ? " " : "");
      }
      return;
    }
    const bool block = is_block(element.tag);
    if (block) {
      boundary();
    }
    for (unsigned k = 0; k < element.children.length; ++k) {
      node(*static_cast<const GumboNode*>(element.children.data[k]));
    }
    if (block) {
      boundary();
    }
  }

  void boundary() {
    builder_.end_paragraph();
    new_paragraph_ = true;
  }

  void text(std::string_view content) {
    if (new_paragraph_) {
      if (content.find_first_not_of(" \t\r\n\f") == std::string_view::npos) {
        return;
      }
      builder_.begin_paragraph(fmt::format("p{}", ++paragraph_count_));
      new_paragraph_ = false;
    }
    builder_.append(content);
  }

  TextBuilder& builder_;
  std::string source_name_;
  uint32_t depth_ = 0;
  bool new_paragraph_ = true;
  uint32_t paragraph_count_ = 0;
};

bool is_utf8(std::string_view bytes) noexcept {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto size = static_cast<int64_t>(bytes.size());
  int64_t i = 0;
  while (i < size) {
    UChar32 c = 0;
    U8_NEXT(p, i, size, c);
    if (c < 0) {
      return false;
    }
  }
  return true;
}

}  // namespace

ExtractedText read_html(std::string_view bytes,
                        std::string_view source_name,
                        const ReadOptions& options) {
  // gumbo parses UTF-8 only; a page in another encoding is decoded first, as a text would be.
  std::string decoded;
  if (!options.encoding.empty() || !is_utf8(bytes)) {
    decoded = decode_text(bytes, source_name, options).text;
    bytes = decoded;
  }
  const std::unique_ptr<GumboOutput, OutputDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size()));
  if (!output) {
    throw InputError(std::string(source_name), 0, 0, "the HTML parser failed (out of memory?)");
  }
  TextBuilder builder;
  HtmlWalker walker(builder, std::string(source_name));
  walker.node(*output->root);
  return builder.finish();
}

}  // namespace parallax::documents
