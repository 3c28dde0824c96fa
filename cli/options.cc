#include "options.h"

#include <CLI/CLI.hpp>

#include <parallax/errors.h>

#include "console.h"

namespace parallax::cli {

void add_input_flags(CLI::App& command, InputFlags& flags) {
  command.add_flag("--lines", flags.lines,
                   "The input is one sentence per line: no segmentation, line i is sentence i");
  command
      .add_option("--paragraphs", flags.paragraphs,
                  "Paragraph breaks: 'blank' (blank lines separate paragraphs) or 'line' (each "
                  "line is a paragraph, the default)")
      ->check(CLI::IsMember({"blank", "line"}));
  command
      .add_option("--encoding", flags.encoding,
                  "Encoding of the input as ICU names it (UTF-8, windows-1251, KOI8-R, "
                  "UTF-16LE, ...); default: detect")
      ->type_name("NAME");
  command.add_flag("--allow-empty-lines", flags.allow_empty_lines,
                   "With --lines: keep an empty line as an empty sentence (with a warning) "
                   "instead of failing");
  // The limit catches binary and minified files early (a text file rarely has a line of a
  // megabyte); a text that really is one long line, a book without line breaks, goes through
  // once the user raises it.
  command
      .add_option("--max-line-bytes", flags.max_line_bytes,
                  "Longest accepted input line in bytes; a longer line is an error (is it a text "
                  "file?)")
      ->type_name("N")
      ->capture_default_str();
  // The limit stops an endless input (a pipe that never closes, /dev/zero) before it fills the
  // memory: decoding holds about four times the input. 2 GiB is far beyond any book.
  command
      .add_option("--max-input-bytes", flags.max_input_bytes,
                  "Largest accepted input file in bytes (an endless input stops there with an "
                  "error); at most 4294967294")
      ->type_name("N")
      ->capture_default_str();
  command
      .add_option("--xliff-side", flags.xliff_side,
                  "Which text of an XLIFF input is read: 'source' or 'target' (default: source; "
                  "for align, the TARGET file's target)")
      ->check(CLI::IsMember({"source", "target"}));
}

void add_lexicon_flags(CLI::App& command, std::vector<std::string>& files, bool& no_default) {
  command
      .add_option("--lexicon", files,
                  "Bilingual lexicon TSV (repeatable); a file without a language header is "
                  "taken as FROM-TO. Replaces the bundled lexicon")
      ->type_name("FILE")
      ->allow_extra_args(false);
  command.add_flag("--no-default-lexicon", no_default,
                   "Do not load the bundled lexicon for the language pair");
}

void add_quiet_flag(CLI::App& command, bool& quiet) {
  command.add_flag("-q,--quiet", quiet, "Print errors only (no progress, notes or warnings)");
}

void add_align_flags(CLI::App& command, AlignFlags& flags) {
  command
      .add_option("--max-side", flags.max_side,
                  "Most sentences on one side of a bead, 1..4; more is slower")
      ->type_name("N")
      ->capture_default_str();
  command
      .add_option("--band", flags.band,
                  "Half-width of the search band in sentences; 0 = automatic (it widens when "
                  "needed)")
      ->type_name("N")
      ->capture_default_str();
  command.add_flag("--no-learn", flags.no_learn,
                   "Do not learn word translations from a first pass and realign (about twice "
                   "as fast, less accurate)");
  command.add_flag("--no-moved", flags.no_moved,
                   "Do not look for passages moved elsewhere in the other text (they are then "
                   "an omission plus an insertion)");
}

void add_output_flags(CLI::App& command,
                      OutputFlags& flags,
                      const std::vector<std::string>& formats) {
  command
      .add_option("-o,--output", flags.path,
                  "Output file, replaced only when the run succeeds; '-' = stdout")
      ->type_name("FILE")
      ->capture_default_str();
  flags.format = formats.front();
  command.add_option("--format", flags.format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
}

ReadOptions read_options(const InputFlags& flags, const std::string& encoding) {
  ReadOptions options;
  options.encoding = encoding.empty() ? flags.encoding : encoding;
  options.max_line_bytes = flags.max_line_bytes;
  options.max_input_bytes = flags.max_input_bytes;
  options.xliff_side = flags.xliff_side == "target" ? XliffSide::Target : XliffSide::Source;
  options.validate();
  return options;
}

SegmentOptions segment_options(const InputFlags& flags,
                               const std::string& language,
                               Console& console) {
  SegmentOptions options;
  options.language = language;
  options.lines = flags.lines;
  if (flags.paragraphs == "blank") {
    options.paragraph_break = ParagraphBreak::BlankLine;
  } else if (flags.paragraphs == "line") {
    options.paragraph_break = ParagraphBreak::LineBreak;
  } else if (!flags.paragraphs.empty()) {
    throw OptionError("--paragraphs must be 'blank' or 'line'");
  }
  if (flags.allow_empty_lines && !flags.lines) {
    throw OptionError(
        "--allow-empty-lines needs --lines (it is about one-sentence-per-line input)");
  }
  options.on_empty_line = flags.allow_empty_lines ? OnAnomaly::Warn : OnAnomaly::Fail;
  options.on_diagnostic = console.diagnostic_callback();
  options.validate();
  return options;
}

AlignOptions align_options(const AlignFlags& flags, Console& console) {
  AlignOptions options;
  options.max_side = flags.max_side;
  options.band = flags.band;
  options.learn_lexicon = !flags.no_learn;
  options.find_moved = !flags.no_moved;
  options.on_progress = console.progress_callback();
  options.validate();
  return options;
}

}  // namespace parallax::cli
