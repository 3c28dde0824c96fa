// Collects the paragraphs a document reader finds into an ExtractedText: white space collapsed,
// invalid UTF-8 replaced, NFC, one paragraph per line, each located.
#pragma once

#include <string>
#include <string_view>

#include <parallax/documents.h>

namespace parallax::documents {

class TextBuilder {
 public:
  // Starts a paragraph found at location; text appended until end_paragraph belongs to it.
  // A paragraph still open is ended first.
  void begin_paragraph(std::string location);

  // Appends text to the open paragraph (opens one at the last location if none is open).
  // Runs of white space (also across calls) become one space; bytes that are not UTF-8 become
  // U+FFFD; the text is put in NFC.
  void append(std::string_view utf8);

  // The location changes inside the open paragraph from the next appended text on (a PDF
  // paragraph continued on the next page).
  void relocate(std::string location);

  // Ends the open paragraph: trailing space dropped, a "\n" written; an empty paragraph leaves
  // no trace. Does nothing when none is open.
  void end_paragraph();

  // Whether any paragraph has text so far.
  bool has_text() const { return !result_.text.empty(); }

  // The text of the open paragraph (empty when none is open).
  std::string_view open_paragraph() const;

  // Ends the open paragraph and gives the result.
  ExtractedText finish();

 private:
  void anchor_here();

  ExtractedText result_;
  std::string location_;  // location of the text appended next
  bool open_ = false;     // a paragraph is open
  bool located_ = false;  // the open paragraph's text has its anchor
  size_t paragraph_begin_ = 0;
  bool pending_space_ = false;  // white space seen after the last word
};

}  // namespace parallax::documents
