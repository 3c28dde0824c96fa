// Reading documents (DOCX, ODT, HTML, XLIFF, PDF) as well as plain text: the format is detected
// from the bytes, the text of each paragraph is extracted, and every sentence keeps where it
// came from in the document (Document::locations).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/read.h>
#include <parallax/segment.h>
#include <parallax/types.h>

namespace parallax {

enum class InputFormat { Text, Docx, Odt, Html, Xliff, Pdf, Tmx };

// "text", "docx", "odt", "html", "xliff", "pdf", "tmx".
std::string_view format_name(InputFormat format) noexcept;

// The format of bytes, from their content only (file names are not looked at):
// "%PDF-" in the first 1024 bytes: Pdf; a ZIP archive: Odt when its first entry is the ODF
// "mimetype" of a text document, else Docx (the DOCX reader says when it is not one); XML whose
// root element is <xliff>: Xliff; <tmx>: Tmx (read by read_tmx, parallax/memory.h); "<!DOCTYPE
// html" or a root element <html>: Html; anything else: Text. Linear in the first 64 KiB at most.
// Thread-safe.
InputFormat detect_format(std::string_view bytes) noexcept;

// Where a piece of extracted text starts in its document: text from byte offset on (up to the
// next anchor) comes from location.
struct TextAnchor {
  uint32_t offset = 0;
  std::string location;  // "p12", "t1.r2.c3", "fn3", "page4", "unit:intro.1", ... (docs/FORMATS.md)
};

// The text of a document: one paragraph per line (no "\n" inside a paragraph), UTF-8, NFC,
// runs of white space collapsed to one space; anchors sorted by offset, the first at 0.
struct ExtractedText {
  std::string text;
  std::vector<TextAnchor> anchors;
};

// The text of a document of a given format (not Text, not Tmx). Every non-empty paragraph of the
// document is one line of the result, in reading order. Throws InputError naming source_name
// for damaged or unsupported documents (corrupt ZIP, missing part, malformed XML, encrypted PDF,
// PDF without a text layer, XLIFF without the requested side, no text at all). Linear in the
// size of the document (PDF: poppler's text extraction). Thread-safe.
ExtractedText extract_text(InputFormat format,
                           std::string_view bytes,
                           std::string_view source_name,
                           const ReadOptions& options);

// detect_format, then decode_text and segment for Text, or extract_text and segment (each
// paragraph a paragraph) for documents (a TMX is an InputError: its units are aligned already,
// read it with read_tmx); Document::format names the format and, for documents,
// Document::locations and Sentence::location say where each sentence starts. Throws InputError
// (see decode_text, segment, extract_text) and OptionError. Thread-safe.
Document read_document(std::string_view bytes,
                       std::string_view source_name,
                       const ReadOptions& read_options,
                       const SegmentOptions& segment_options);

}  // namespace parallax
