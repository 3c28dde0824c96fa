// `parallax report ORIGINAL TRANSLATION...`: the original and its translations side by side
// (one self-contained HTML page, or N-way TSV / multilingual TMX). Each translation is aligned
// with the original exactly as `parallax align` would; the page highlights the terms given,
// or the terms proposed from the original when none is given.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <system_error>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <parallax/compare.h>
#include <parallax/errors.h>
#include <parallax/lexicon.h>
#include <parallax/report.h>
#include <parallax/terms.h>
#include <parallax/types.h>

#include "anchors.h"
#include "commands.h"
#include "comparison.h"
#include "input.h"
#include "lexicons.h"
#include "options.h"
#include "term_queries.h"

namespace parallax::cli {

namespace {

struct ReportCommandFlags : ComparisonFlags {
  bool no_terms = false;  // --no-terms: neither given nor proposed terms
  std::string title;      // --title
  float doubtful_below = ReportOptions{}.doubtful_below;
  uint32_t max_proposed = 10;  // fewer than `terms` proposes: each term takes page colours
};

// The page (with the comparison's terms, if any), or the N-way TSV or TMX.
void write_report(const ReportCommandFlags& flags,
                  const ReportOptions& options,
                  const Comparison& comparison,
                  std::ostream& out) {
  const std::vector<ReportColumn> columns = report_columns(comparison);
  if (flags.output.format == "html") {
    const TermReport* terms = comparison.terms ? &*comparison.terms : nullptr;
    write_html_report(out, *comparison.original, columns, terms, options);
  } else if (flags.output.format == "tmx") {
    write_nway_tmx(out, *comparison.original, columns, options);
  } else {
    write_nway_tsv(out, *comparison.original, columns, options);
  }
}

void run_report(const ReportCommandFlags& flags, Console& console) {
  console.set_quiet(flags.quiet);
  const ReadOptions read = read_options(flags.input, "");
  const SegmentOptions original_segment = segment_options(flags.input, flags.from, console);
  CompareOptions compare_options;
  compare_options.align = align_options(flags.align, console);
  ReportOptions options;
  options.doubtful_below = flags.doubtful_below;
  options.title = flags.title;
  options.tool_version = PARALLAX_VERSION;
  options.validate();
  compare_options.terms.max_proposed = flags.max_proposed;
  compare_options.terms.on_progress = console.progress_callback();
  const bool terms = flags.output.format == "html" && !flags.no_terms;
  compare_options.report = terms ? CompareTerms::ProposeIfNone : CompareTerms::None;
  compare_options.validate();
  std::vector<TermQuery> queries;
  if (terms) {
    queries = term_queries(flags.terms, flags.terms_file);
  }
  size_t stdin_inputs = flags.original == "-" ? 1 : 0;
  for (const std::string& path : flags.translations) {
    stdin_inputs += path == "-" ? 1 : 0;
  }
  if (stdin_inputs > 1) {
    throw OptionError("only one input can be '-' (stdin can be read only once)");
  }

  const Document original = load_document(flags.original, read, original_segment);
  run_comparison(flags, original, std::move(queries), compare_options, LexiconNotes{}, console,
                 [&](const Comparison& comparison, std::ostream& out) {
                   write_report(flags, options, comparison, out);
                 });
  if (flags.output.path != "-" && !flags.output.path.empty()) {
    std::error_code ec;
    const std::filesystem::path written = std::filesystem::absolute(flags.output.path, ec);
    console.note(fmt::format("wrote {}", ec ? flags.output.path : written.string()));
  }
}

}  // namespace

void add_report_command(CLI::App& app, Session& session) {
  auto flags = std::make_shared<ReportCommandFlags>();
  CLI::App* command = app.add_subcommand(
      "report",
      "Show ORIGINAL and its TRANSLATIONs side by side in one HTML page (doubtful beads "
      "marked, terms and their renderings highlighted), or as N-way TSV or TMX");
  command->add_option("ORIGINAL", flags->original, "The original text (the pivot); '-' = stdin")
      ->type_name("FILE")
      ->required();
  command
      ->add_option("TRANSLATION", flags->translations,
                   "One or more translations of ORIGINAL (another language or the same)")
      ->type_name("FILE")
      ->required();
  command
      ->add_option("--term", flags->terms,
                   "A term of ORIGINAL to highlight with its renderings (repeatable)")
      ->type_name("TEXT")
      ->allow_extra_args(false);
  command
      ->add_option("--terms", flags->terms_file,
                   "File of terms, one per line, optionally 'term<TAB>expected rendering'. "
                   "Without --term and --terms the page shows proposed terms")
      ->type_name("FILE");
  command->add_flag("--no-terms", flags->no_terms, "Highlight no term (and propose none)");
  command
      ->add_option("--from", flags->from,
                   "ISO 639-1 language of ORIGINAL (ru, en, ...); default: detect")
      ->type_name("LANG");
  command
      ->add_option("--to", flags->to,
                   "ISO 639-1 language of the TRANSLATIONs; default: detect each")
      ->type_name("LANG");
  add_input_flags(*command, flags->input);
  add_output_flags(*command, flags->output, {"html", "tsv", "tmx"});
  command->add_option("--title", flags->title, "Title of the page; default: from ORIGINAL's name")
      ->type_name("TEXT");
  command
      ->add_option(
          "--doubtful-below", flags->doubtful_below,
          "A bead with a lower confidence is doubtful (0..1); 1-0 and 0-1 beads always are")
      ->type_name("P")
      ->capture_default_str();
  command
      ->add_option("--max-proposed", flags->max_proposed,
                   "Without terms: how many proposed terms to show (0 = all)")
      ->type_name("N")
      ->capture_default_str();
  add_lexicon_flags(*command, flags->lexicons, flags->no_default_lexicon);
  add_align_flags(*command, flags->align);
  add_anchors_flag(*command, flags->anchors, true);
  add_quiet_flag(*command, flags->quiet);
  command->callback([flags, &session] {
    session.run = [flags, &session] { run_report(*flags, session.console); };
  });
}

}  // namespace parallax::cli
