// Format detection and the entry points of parallax/documents.h.
#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include <fmt/format.h>

#include <parallax/documents.h>
#include <parallax/errors.h>

#include "documents/readers.h"

namespace parallax {

namespace {

bool starts_with_nocase(std::string_view text, std::string_view prefix) noexcept {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) ==
                  std::tolower(static_cast<unsigned char>(b));
         });
}

// text after a UTF-8 BOM, white space, the XML declaration, comments, processing instructions
// and the document type declaration (when keep_doctype is false): where the root element
// starts.
std::string_view skip_prolog(std::string_view text, bool keep_doctype) noexcept {
  if (text.starts_with("\xEF\xBB\xBF")) {
    text.remove_prefix(3);
  }
  for (;;) {
    const size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) {
      return {};
    }
    text.remove_prefix(start);
    std::string_view close;
    if (text.starts_with("<?")) {
      close = "?>";
    } else if (text.starts_with("<!--")) {
      close = "-->";
    } else if (text.starts_with("<!") && !keep_doctype) {
      close = ">";
    } else {
      return text;
    }
    const size_t end = text.find(close);
    if (end == std::string_view::npos) {
      return {};
    }
    text.remove_prefix(end + close.size());
  }
}

// The name of the root element of text (from "<name"), without a namespace prefix.
std::string_view root_element(std::string_view text) noexcept {
  text = skip_prolog(text, false);
  if (!text.starts_with('<')) {
    return {};
  }
  text.remove_prefix(1);
  const size_t end = text.find_first_of(" \t\r\n/>");
  std::string_view name = text.substr(0, end == std::string_view::npos ? text.size() : end);
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace

std::string_view format_name(InputFormat format) noexcept {
  switch (format) {
    case InputFormat::Text:
      return "text";
    case InputFormat::Docx:
      return "docx";
    case InputFormat::Odt:
      return "odt";
    case InputFormat::Html:
      return "html";
    case InputFormat::Xliff:
      return "xliff";
    case InputFormat::Pdf:
      return "pdf";
    case InputFormat::Tmx:
      return "tmx";
  }
  return "text";
}

InputFormat detect_format(std::string_view bytes) noexcept {
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    return InputFormat::Pdf;
  }
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06")) {
    // ODF puts an uncompressed "mimetype" entry first (ODF 1.2 part 3, section 3.3): its name
    // starts at byte 30 of the archive and its content follows.
    const std::string_view first =
        bytes.size() > 30 ? bytes.substr(30, 8 + 39) : std::string_view();
    if (first.starts_with("mimetypeapplication/vnd.oasis.opendocument.")) {
      return InputFormat::Odt;
    }
    return InputFormat::Docx;
  }
  const std::string_view head = bytes.substr(0, size_t{64} << 10);
  const std::string_view root = root_element(head);
  if (root == "xliff") {
    return InputFormat::Xliff;
  }
  if (root == "tmx") {
    return InputFormat::Tmx;
  }
  if (starts_with_nocase(skip_prolog(head, true), "<!doctype html") ||
      starts_with_nocase(root, "html")) {
    return InputFormat::Html;
  }
  return InputFormat::Text;
}

ExtractedText extract_text(InputFormat format,
                           std::string_view bytes,
                           std::string_view source_name,
                           const ReadOptions& options) {
  switch (format) {
    case InputFormat::Docx:
      return documents::read_docx(bytes, source_name, options);
    case InputFormat::Odt:
      return documents::read_odt(bytes, source_name, options);
    case InputFormat::Html:
      return documents::read_html(bytes, source_name, options);
    case InputFormat::Xliff:
      return documents::read_xliff(bytes, source_name, options);
    case InputFormat::Pdf:
      return documents::read_pdf(bytes, source_name, options);
    case InputFormat::Text:
    case InputFormat::Tmx:
      break;
  }
  throw OptionError(fmt::format("extract_text: {} is not a document format", format_name(format)));
}

Document read_document(std::string_view bytes,
                       std::string_view source_name,
                       const ReadOptions& read_options,
                       const SegmentOptions& segment_options) {
  read_options.validate();
  const InputFormat format = detect_format(bytes);
  if (format == InputFormat::Text) {
    return segment(decode_text(bytes, source_name, read_options), source_name, segment_options);
  }
  if (format == InputFormat::Tmx) {
    throw InputError(std::string(source_name), 0, 0,
                     "a TMX translation memory: its units are aligned already (`parallax terms "
                     "FILE.tmx --from LANG` reports on them; to read one language as a text, "
                     "export it from your CAT tool)");
  }
  ExtractedText extracted = extract_text(format, bytes, source_name, read_options);
  if (extracted.text.empty()) {
    throw InputError(
        std::string(source_name), 0, 0,
        fmt::format("the {} document has no text (nothing to align)", format_name(format)));
  }
  // One paragraph per line: the segmenter must not join two of them.
  SegmentOptions options = segment_options;
  options.paragraph_break = ParagraphBreak::LineBreak;
  DecodedText decoded{std::move(extracted.text), "UTF-8", {}, {}};
  Document document = segment(std::move(decoded), source_name, options);
  document.format = std::string(format_name(format));
  const std::vector<TextAnchor>& anchors = extracted.anchors;
  for (const TextAnchor& anchor : anchors) {
    document.locations.push_back(anchor.location);
  }
  for (Sentence& sentence : document.sentences) {
    const auto after = std::upper_bound(
        anchors.begin(), anchors.end(), sentence.span.begin,
        [](uint32_t offset, const TextAnchor& anchor) { return offset < anchor.offset; });
    sentence.location = static_cast<uint32_t>(std::max<ptrdiff_t>(0, after - anchors.begin() - 1));
  }
  return document;
}

}  // namespace parallax
