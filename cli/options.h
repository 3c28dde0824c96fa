// Command-line flags shared by several subcommands, and their translation into the
// library's options structs. The flags hold what the user typed; the library's structs and
// their validate() decide what is valid.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <parallax/align.h>
#include <parallax/read.h>
#include <parallax/segment.h>

namespace CLI {  // NOLINT(readability-identifier-naming): CLI11's own name
class App;
}  // namespace CLI

namespace parallax::cli {

class Console;

// How input files are read and split into sentences.
struct InputFlags {
  bool lines = false;              // --lines
  std::string paragraphs;          // --paragraphs blank|line ("" = library default)
  std::string encoding;            // --encoding NAME ("" = detect)
  bool allow_empty_lines = false;  // --allow-empty-lines (with --lines)
  uint32_t max_line_bytes = ReadOptions{}.max_line_bytes;    // --max-line-bytes N
  uint64_t max_input_bytes = ReadOptions{}.max_input_bytes;  // --max-input-bytes N
  std::string xliff_side;  // --xliff-side source|target ("" = source; align's TARGET: target)
};

// The alignment flags of `parallax align` (and of later commands that align).
struct AlignFlags {
  uint32_t max_side = AlignOptions{}.max_side;  // --max-side N
  uint32_t band = AlignOptions{}.band;          // --band N
  bool no_learn = false;                        // --no-learn
  bool no_moved = false;                        // --no-moved
};

// Where to write and in which format.
struct OutputFlags {
  std::string path = "-";  // -o FILE ("-" = stdout)
  std::string format;      // --format NAME
};

// Adds --lines, --paragraphs, --encoding, --allow-empty-lines, --max-line-bytes,
// --max-input-bytes and --xliff-side to command.
void add_input_flags(CLI::App& command, InputFlags& flags);

// Adds --max-side, --band, --no-learn and --no-moved to command.
void add_align_flags(CLI::App& command, AlignFlags& flags);

// Adds --lexicon FILE (repeatable) and --no-default-lexicon to command.
void add_lexicon_flags(CLI::App& command, std::vector<std::string>& files, bool& no_default);

// Adds -q/--quiet to command.
void add_quiet_flag(CLI::App& command, bool& quiet);

// Adds -o/--output and --format (one of formats, the first being the default) to command.
void add_output_flags(CLI::App& command,
                      OutputFlags& flags,
                      const std::vector<std::string>& formats);

// encoding overrides flags.encoding when not empty (--source-encoding, --target-encoding).
// Throws OptionError.
ReadOptions read_options(const InputFlags& flags, const std::string& encoding);

// language "" = detect. Diagnostics go to console. Throws OptionError.
SegmentOptions segment_options(const InputFlags& flags,
                               const std::string& language,
                               Console& console);

// Progress and diagnostics go to console. Throws OptionError.
AlignOptions align_options(const AlignFlags& flags, Console& console);

}  // namespace parallax::cli
