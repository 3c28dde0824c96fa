// Reading input files: the only place where the CLI opens inputs by path.
#pragma once

#include <string>

#include <parallax/read.h>
#include <parallax/segment.h>
#include <parallax/types.h>

namespace parallax::cli {

// The name used in messages: "<stdin>" for "-", else the path as given.
std::string input_name(const std::string& path);

// All bytes of path ("-" = stdin).
// Throws CannotOpen (missing file, a directory, no permission) and IoError (read failure).
std::string read_input(const std::string& path);

// read_input, then decode_text and segment. When segment_options names the language, a text
// mostly in another script is reported as a warning through segment_options.on_diagnostic
// (script_mismatch). Throws CannotOpen, IoError, InputError.
Document load_document(const std::string& path,
                       const ReadOptions& read_options,
                       const SegmentOptions& segment_options);

}  // namespace parallax::cli
