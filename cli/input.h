// Reading input files: the only place where the CLI opens inputs by path.
#pragma once

#include <string>

#include <parallax/read.h>
#include <parallax/segment.h>
#include <parallax/types.h>

namespace parallax::cli {

// The name used in messages: "<stdin>" for "-", else the path as given.
std::string input_name(const std::string& path);

// All bytes of path ("-" = stdin), for a binary file (a prepared lexicon).
// Throws CannotOpen (missing file, a directory, no permission) and IoError (read failure).
std::string read_input(const std::string& path);

// All bytes of a text file, checked while they are read by an InputScreen (read.h): a binary
// container, a NUL byte, a line over options.max_line_bytes or more than
// options.max_input_bytes stop the reading at once, so that an endless or binary input takes
// bounded time and memory. Throws CannotOpen, IoError and InputError.
std::string read_text_input(const std::string& path, const ReadOptions& options);

// read_text_input, then read_document (plain text or a document, detected from the bytes).
// When segment_options names the language, a text
// mostly in another script is reported as a warning through segment_options.on_diagnostic
// (script_mismatch). Throws CannotOpen, IoError, InputError.
Document load_document(const std::string& path,
                       const ReadOptions& read_options,
                       const SegmentOptions& segment_options);

// load_document on bytes already read from the input named name (input_name of its path).
Document document_from_bytes(const std::string& bytes,
                             const std::string& name,
                             const ReadOptions& read_options,
                             const SegmentOptions& segment_options);

}  // namespace parallax::cli
