// Reading outside bytes into normalized UTF-8 text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/types.h>

namespace parallax {

// Which text of an XLIFF file is read as the document.
enum class XliffSide { Source, Target };

struct ReadOptions {
  // Encoding name as ICU knows it ("UTF-8", "windows-1251", "KOI8-R", "IBM866", "UTF-16LE").
  // Empty: detect (BOM first, then valid UTF-8, then ICU's charset detector).
  std::string encoding;
  // Longest accepted line, in bytes of the input; longer lines are an InputError.
  uint32_t max_line_bytes = 1U << 20;
  // Largest accepted input in bytes, 1..kMaxInputBytesLimit; a larger input is an InputError.
  // It bounds the memory an endless input (a pipe that never closes, /dev/zero) can take:
  // decoding holds about four times the input (bytes, UTF-16, UTF-8, line starts).
  uint64_t max_input_bytes = uint64_t{1} << 31;
  // XLIFF input: read the <source> or the <target> of each unit.
  XliffSide xliff_side = XliffSide::Source;
  // DOCX/ODT input: largest accepted uncompressed size of one part of the ZIP archive, in
  // bytes (a guard against ZIP bombs); larger parts are an InputError.
  uint64_t max_part_bytes = uint64_t{256} << 20;

  void validate() const;  // throws OptionError
};

// Byte offsets into the decoded text are uint32_t: no input may reach 4 GiB.
inline constexpr uint64_t kMaxInputBytesLimit = (uint64_t{1} << 32) - 2;

// Text after decoding: UTF-8, NFC, BOM stripped, CRLF and CR turned into "\n".
struct DecodedText {
  std::string text;
  std::string encoding;  // the encoding used
  // line_starts[k] = byte offset in text where line k+1 (1-based) starts. Lines are counted
  // on the original input, so messages can name them.
  std::vector<uint32_t> line_starts;
  // What the caller should tell the user: a legacy encoding detected on the evidence of at most
  // kFewLegacyBytes non-ASCII bytes (a stray byte in a UTF-8 file looks like one). segment()
  // reports them through SegmentOptions::on_diagnostic.
  std::vector<Diagnostic> warnings;
};

// A detected legacy encoding resting on this many non-ASCII bytes or fewer is reported
// (DecodedText::warnings): an ASCII text with a stray 0xFF is valid UTF-8 but for that byte,
// and a single byte does not tell windows-1251 from ISO-8859-1 either.
inline constexpr size_t kFewLegacyBytes = 8;

// Decodes bytes. source_name is used in error messages only.
// Throws InputError (source_name, line, column) for: empty input, input over max_input_bytes,
// a binary container that parallax does not read (ZIP, hence DOCX/ODT/EPUB, PDF, DOC,
// compressed, images, executables: named in the message), NUL bytes (binary data), bytes
// undecodable in the forced or detected encoding, lines over max_line_bytes. A legacy encoding
// detected on a few bytes only gives a warning (DecodedText::warnings).
// Linear in the input size. Thread-safe.
DecodedText decode_text(std::string_view bytes,
                        std::string_view source_name,
                        const ReadOptions& options);

// Checks raw input while it is being read, before it is all in memory, so that an endless or
// binary stream (/dev/zero, /dev/urandom, `yes | parallax segment -`) stops at the first bad
// chunk with the error decode_text would give: a binary container named by its magic bytes
// (except the documents read_document reads, DOCX/ODT in ZIP and PDF, whose size alone is
// checked; parallax/documents.h), a
// NUL byte, a line over max_line_bytes, more than max_input_bytes in all. The encoding proper is
// checked by decode_text once the input is complete. Linear in the input over all calls; one
// screen per input, not shared between threads.
class InputScreen {
 public:
  // options.validate() is the caller's (it throws OptionError).
  InputScreen(std::string_view source_name, const ReadOptions& options);

  // bytes: everything read so far, the earlier bytes unchanged; checks the bytes added since
  // the last call. Throws InputError (source_name, line, column).
  void check(std::string_view bytes);

 private:
  std::string source_name_;
  ReadOptions options_;
  bool started_ = false;     // the layout is known (4 bytes seen)
  uint32_t unit_width_ = 1;  // bytes per code unit: 1, 2 or 4
  bool big_endian_ = false;
  size_t bom_ = 0;         // bytes of byte order mark, not counted in positions
  size_t next_ = 0;        // offset in the body (after the BOM) of the next unit to check
  size_t line_begin_ = 0;  // offset in the body where the current line starts
  uint32_t line_ = 1;
  bool after_cr_ = false;  // the last unit was CR: a LF now ends no new line
  bool document_ = false;  // a binary document parallax reads (ZIP, PDF): only the size counts
};

}  // namespace parallax
