// `parallax align SOURCE TARGET`: sentence alignment of a translation with its original.
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <parallax/align.h>
#include <parallax/corrections.h>
#include <parallax/coverage.h>
#include <parallax/errors.h>
#include <parallax/lexicon.h>
#include <parallax/types.h>

#include "alignment_writer.h"
#include "anchors.h"
#include "commands.h"
#include "coverage_summary.h"
#include "input.h"
#include "lexicons.h"
#include "options.h"
#include "output.h"

namespace parallax::cli {

namespace {

struct AlignCommandFlags {
  std::string source;
  std::string target;
  std::string from;             // --from: source language ("" = detect)
  std::string to;               // --to: target language ("" = detect)
  std::string source_encoding;  // overrides --encoding for SOURCE
  std::string target_encoding;  // overrides --encoding for TARGET
  std::vector<std::string> lexicons;
  std::vector<std::string> anchors;  // --anchors FILE (at most one)
  bool no_default_lexicon = false;
  bool quiet = false;
  InputFlags input;
  AlignFlags align;
  OutputFlags output;
};

// A warning when a long stretch of one text has no counterpart in the other (a partial
// translation, an excerpt, a missing chapter), so that a partial alignment is not taken for a
// bad one or the reverse. Scattered omissions are ordinary and not reported.
void report_coverage(const Coverage& coverage, Console& console) {
  for (const std::string& line : coverage_summary(coverage)) {
    console.warning("partial coverage: " + line);
  }
  if (const std::string moved = moved_summary(coverage); !moved.empty()) {
    console.note(moved);
  }
}

// A warning when the beads rest on no more word links than chance gives (unrelated texts, or
// texts in languages without a dictionary that share no word): the beads then only follow the
// sentence lengths, however confident they look.
void report_evidence(const LinkEvidence& evidence, Console& console) {
  if (!evidence.reliable()) {
    console.warning(fmt::format(
        "no reliable alignment: {:.0f}% of the content of the paired sentences is linked by a "
        "dictionary or identical words, {:.0f}% in sentences paired at random; the beads follow "
        "sentence lengths only (are these texts a translation of each other? a --lexicon for "
        "the pair may help)",
        100.0 * evidence.linked, 100.0 * evidence.chance));
  }
}

void run_align(const AlignCommandFlags& flags, Console& console) {
  console.set_quiet(flags.quiet);
  if (flags.source == "-" && flags.target == "-") {
    throw OptionError("SOURCE and TARGET cannot both be '-' (stdin can be read only once)");
  }
  const ReadOptions source_read = read_options(flags.input, flags.source_encoding);
  ReadOptions target_read = read_options(flags.input, flags.target_encoding);
  if (flags.input.xliff_side.empty()) {
    target_read.xliff_side = XliffSide::Target;  // `align x.xlf x.xlf` checks its translation
  }
  const SegmentOptions source_segment = segment_options(flags.input, flags.from, console);
  const SegmentOptions target_segment = segment_options(flags.input, flags.to, console);
  const AlignOptions options = align_options(flags.align, console);

  const Document source = load_document(flags.source, source_read, source_segment);
  const Document target = load_document(flags.target, target_read, target_segment);
  const std::vector<Bead> fixed = read_fixed_beads(flags.anchors, source, {&target}).front();
  const std::string from = flags.from.empty() ? source.language : flags.from;
  const std::string to = flags.to.empty() ? target.language : flags.to;
  // align names every missing dictionary, for a same-language pair too, and warns about a
  // --lexicon file of another pair, which would otherwise be left out silently.
  const LexiconNotes notes{.no_dictionary = true, .same_language = true, .other_pair = true};
  const PreparedLexicon lexicon =
      load_lexicons(flags.lexicons, flags.no_default_lexicon, from, to, console, notes);

  std::vector<std::string> inputs = flags.lexicons;
  inputs.push_back(flags.source);
  inputs.push_back(flags.target);
  inputs.insert(inputs.end(), flags.anchors.begin(), flags.anchors.end());
  Output output(flags.output.path, inputs);
  const Alignment alignment = fixed.empty()
                                  ? align(source, target, options, lexicon)
                                  : align_with_fixed_beads(source, target, fixed, options, lexicon);
  console.end_progress();
  report_coverage(coverage_of(alignment), console);
  report_evidence(alignment.evidence, console);
  write_alignment(output.stream(), flags.output.format, source, target, alignment);
  output.commit();
}

}  // namespace

void add_align_command(CLI::App& app, Session& session) {
  auto flags = std::make_shared<AlignCommandFlags>();
  CLI::App* command = app.add_subcommand(
      "align", "Align the sentences of a translation (TARGET) with its original (SOURCE)");
  command->add_option("SOURCE", flags->source, "Source text file; '-' = stdin")
      ->type_name("FILE")
      ->required();
  command->add_option("TARGET", flags->target, "Target text file; '-' = stdin")
      ->type_name("FILE")
      ->required();
  command
      ->add_option("--from", flags->from,
                   "ISO 639-1 language of SOURCE (ru, en, ...); default: detect")
      ->type_name("LANG");
  command
      ->add_option("--to", flags->to, "ISO 639-1 language of TARGET (ru, en, ...); default: detect")
      ->type_name("LANG");
  add_input_flags(*command, flags->input);
  command
      ->add_option("--source-encoding", flags->source_encoding,
                   "Encoding of SOURCE; overrides --encoding")
      ->type_name("NAME");
  command
      ->add_option("--target-encoding", flags->target_encoding,
                   "Encoding of TARGET; overrides --encoding")
      ->type_name("NAME");
  add_output_flags(*command, flags->output, {"tsv", "beads", "json", "tmx", "html"});
  add_lexicon_flags(*command, flags->lexicons, flags->no_default_lexicon);
  add_align_flags(*command, flags->align);
  add_anchors_flag(*command, flags->anchors, false);
  add_quiet_flag(*command, flags->quiet);
  command->callback([flags, &session] {
    session.run = [flags, &session] { run_align(*flags, session.console); };
  });
}

}  // namespace parallax::cli
