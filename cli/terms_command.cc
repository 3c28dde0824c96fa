// `parallax terms ORIGINAL TRANSLATION...`: how each translation renders the terms of the
// original (the rendering report, docs/TERMS.md). Each translation is aligned with the
// original first, exactly as `parallax align` would; a TMX given as ORIGINAL is aligned already
// (each unit a bead) and holds its translations.
#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <parallax/align.h>
#include <parallax/documents.h>
#include <parallax/errors.h>
#include <parallax/lexicon.h>
#include <parallax/memory.h>
#include <parallax/read.h>
#include <parallax/report.h>
#include <parallax/terms.h>
#include <parallax/terms_formats.h>
#include <parallax/types.h>

#include "anchors.h"
#include "commands.h"
#include "exit_codes.h"
#include "input.h"
#include "lexicons.h"
#include "options.h"
#include "output.h"
#include "term_queries.h"
#include "translations.h"

namespace parallax::cli {

namespace {

struct TermsCommandFlags {
  std::string original;
  std::vector<std::string> translations;
  std::vector<std::string> terms;  // --term, repeatable
  std::string terms_file;          // --terms FILE
  std::string from;                // --from: language of ORIGINAL ("" = detect)
  std::string to;                  // --to: language of every TRANSLATION ("" = detect each)
  std::vector<std::string> lexicons;
  std::vector<std::string> anchors;  // --anchors FILE, at most one per translation
  bool no_default_lexicon = false;
  uint32_t max_gap = TermOptions{}.max_gap;
  uint32_t max_proposed = TermOptions{}.max_proposed;
  bool all_proposals = false;  // --all-proposals: report the consistent proposed terms too
  std::string fail_on;         // --fail-on mismatch ("" = never fail on the report's content)
  bool quiet = false;
  InputFlags input;
  AlignFlags align;
  OutputFlags output;
};

// --fail-on mismatch checks expected renderings: without any, it could never fail.
void check_fail_on(const std::string& fail_on, const std::vector<TermQuery>& queries) {
  if (fail_on != "mismatch") {
    return;
  }
  for (const TermQuery& query : queries) {
    if (!query.expected.empty()) {
      return;
    }
  }
  throw OptionError(
      "--fail-on mismatch needs expected renderings (lines 'term<TAB>expected rendering' in "
      "the --terms file)");
}

// Throws CheckFailed naming the terms flagged glossary_mismatch (after the report is written).
void fail_on_mismatch(const TermReport& report) {
  std::vector<std::string> violated;
  size_t checked = 0;
  for (const TermResult& term : report.terms) {
    checked += term.expected.empty() ? 0 : 1;
    if (std::find(term.flags.begin(), term.flags.end(), TermFlag::GlossaryMismatch) !=
        term.flags.end()) {
      violated.push_back(term.term);
    }
  }
  if (violated.empty()) {
    return;
  }
  constexpr size_t kNamed = 5;
  std::string names;
  for (size_t k = 0; k < violated.size() && k < kNamed; ++k) {
    names += fmt::format("{}'{}'", k == 0 ? "" : ", ", violated[k]);
  }
  if (violated.size() > kNamed) {
    names += ", …";
  }
  throw CheckFailed(fmt::format(
      "{} of {} glossary terms are not always rendered as expected: {} (the report shows where; "
      "--fail-on mismatch)",
      violated.size(), checked, names));
}

TermOptions term_options(const TermsCommandFlags& flags, Console& console) {
  TermOptions options;
  options.max_gap = flags.max_gap;
  options.max_proposed = flags.max_proposed;
  options.on_progress = console.progress_callback();
  options.validate();
  return options;
}

// The report over translations in the format asked for (the HTML page's columns are the same
// translations), the output committed, then --fail-on checked.
void write_report(const TermsCommandFlags& flags,
                  Output& output,
                  const Document& original,
                  const std::vector<Translation>& translations,
                  std::vector<TermQuery> queries,
                  TermOptions options,
                  Console& console) {
  const bool proposed = queries.empty();
  if (proposed) {
    queries = propose_terms(original, options);
    options.only_divergent = !flags.all_proposals;
  }
  const TermReport report = report_terms(original, translations, queries, options);
  console.end_progress();
  if (!proposed) {
    warn_wrong_script_terms(flags.terms, flags.terms_file, queries, report, original, translations,
                            console);
  }

  std::ostream& out = output.stream();
  if (flags.output.format == "json") {
    write_terms_json(out, report, original, translations);
  } else if (flags.output.format == "tsv") {
    write_terms_tsv(out, report);
  } else if (flags.output.format == "html") {
    ReportOptions report_options;
    report_options.tool_version = PARALLAX_VERSION;
    // The same side-by-side page as `parallax report`, with this report's terms.
    std::vector<ReportColumn> columns;
    for (const Translation& translation : translations) {
      columns.push_back(ReportColumn{translation.document, translation.alignment});
    }
    write_html_report(out, original, columns, &report, report_options);
  } else {
    write_terms_text(out, report, original, translations);
  }
  output.commit();
  if (flags.fail_on == "mismatch") {
    fail_on_mismatch(report);
  }
}

// The report over texts aligned already (a TMX's units, a TSV's rows): each other text is a
// translation, with the lexicon of its pair.
void run_terms_on_aligned(const TermsCommandFlags& flags,
                          const AlignedTexts& aligned,
                          std::vector<TermQuery> queries,
                          const TermOptions& options,
                          Console& console) {
  std::vector<std::string> inputs{flags.original};
  inputs.insert(inputs.end(), flags.lexicons.begin(), flags.lexicons.end());
  inputs.push_back(flags.terms_file);
  Output output(flags.output.path, inputs);
  const LexiconNotes notes{.no_dictionary = false, .same_language = false, .other_pair = false};
  LexiconCache lexicons(lexicon_loader(flags.lexicons, flags.no_default_lexicon, console, notes));
  std::vector<Translation> translations;
  for (size_t k = 1; k < aligned.texts.size(); ++k) {
    const PreparedLexicon& lexicon =
        lexicons.get(aligned.texts[0].language, aligned.texts[k].language);
    translations.push_back(Translation{&aligned.texts[k], &aligned.alignments[k - 1], &lexicon});
  }
  write_report(flags, output, aligned.texts[0], translations, std::move(queries), options, console);
}

// Reads ORIGINAL's aligned texts with the segmentation and the --to languages.
using AlignedReader = std::function<AlignedTexts(const SegmentOptions& segment,
                                                 const std::vector<std::string>& targets)>;

// ORIGINAL is a TMX or a pre-aligned TSV (kind; docs/FORMATS.md): its units or rows are the
// beads; every other language in it (or those of --to) a translation.
void run_terms_on_memory(const TermsCommandFlags& flags,
                         std::string_view kind,
                         const AlignedReader& read_units,
                         Console& console) {
  if (!flags.translations.empty()) {
    throw OptionError(fmt::format(
        "a {} holds its translations: give no TRANSLATION after it (choose with --to)", kind));
  }
  const SegmentOptions segment = segment_options(flags.input, "", console);
  const TermOptions options = term_options(flags, console);
  std::vector<TermQuery> queries = term_queries(flags.terms, flags.terms_file);
  check_fail_on(flags.fail_on, queries);
  std::vector<std::string> targets;
  if (!flags.to.empty()) {
    targets.push_back(flags.to);
  }
  run_terms_on_aligned(flags, read_units(segment, targets), std::move(queries), options, console);
}

void run_terms(const TermsCommandFlags& flags, Console& console) {
  console.set_quiet(flags.quiet);
  const ReadOptions read = read_options(flags.input, "");
  const std::string original_bytes = read_text_input(flags.original, read);
  const InputFormat format = detect_format(original_bytes);
  const std::string name = input_name(flags.original);
  if (format == InputFormat::Tmx) {
    if (flags.from.empty()) {
      throw OptionError("a TMX needs --from: the language of the original in it");
    }
    run_terms_on_memory(
        flags, "TMX",
        [&](const SegmentOptions& segment, const std::vector<std::string>& targets) {
          return read_tmx(original_bytes, name, flags.from, targets, segment);
        },
        console);
    return;
  }
  // One text with a TAB on its first line and no TRANSLATION: the columns of a pre-aligned
  // TSV (a text with TABs and its TRANSLATION is still read as a text).
  if (flags.translations.empty() && format == InputFormat::Text) {
    const DecodedText decoded = decode_text(original_bytes, name, read);
    if (looks_like_aligned_tsv(decoded.text)) {
      run_terms_on_memory(
          flags, "pre-aligned TSV",
          [&](const SegmentOptions& segment, const std::vector<std::string>& targets) {
            return read_aligned_tsv(decoded, name, flags.from, targets, segment);
          },
          console);
      return;
    }
  }
  if (flags.translations.empty()) {
    throw OptionError(
        "TRANSLATION is required (unless ORIGINAL is a TMX or a pre-aligned TSV, which hold "
        "them; docs/FORMATS.md)");
  }
  const SegmentOptions original_segment = segment_options(flags.input, flags.from, console);
  const SegmentOptions translation_segment = segment_options(flags.input, flags.to, console);
  AlignOptions align_opts = align_options(flags.align, console);
  const TermOptions options = term_options(flags, console);
  std::vector<TermQuery> queries = term_queries(flags.terms, flags.terms_file);
  check_fail_on(flags.fail_on, queries);

  const Document original =
      document_from_bytes(original_bytes, input_name(flags.original), read, original_segment);
  const std::string from = flags.from.empty() ? original.language : flags.from;
  const Translations loaded =
      load_translations(flags.translations, read, translation_segment, flags.anchors, original);
  const std::vector<Document>& documents = loaded.documents;
  const std::vector<std::vector<Bead>>& fixed = loaded.fixed;
  Output output(flags.output.path,
                comparison_inputs(flags.original, flags.translations, flags.lexicons,
                                  flags.terms_file, flags.anchors));

  // terms gives no note when no dictionary is used (align and report do).
  const LexiconNotes notes{.no_dictionary = false, .same_language = false, .other_pair = false};
  LexiconCache lexicons(lexicon_loader(flags.lexicons, flags.no_default_lexicon, console, notes));
  const AlignedTranslations aligned =
      align_translations(original, documents, from, flags.to, lexicons, align_opts, fixed);
  std::vector<Translation> translations;
  for (size_t k = 0; k < documents.size(); ++k) {
    translations.push_back(
        Translation{&documents[k], &aligned.alignments[k], aligned.lexicon_of[k]});
  }
  write_report(flags, output, original, translations, std::move(queries), options, console);
}

}  // namespace

void add_terms_command(CLI::App& app, Session& session) {
  auto flags = std::make_shared<TermsCommandFlags>();
  CLI::App* command = app.add_subcommand(
      "terms",
      "Report how each TRANSLATION renders the terms of ORIGINAL: variants, counts, every "
      "place, and where renderings diverge");
  command
      ->add_option("ORIGINAL", flags->original,
                   "The original text (the pivot); '-' = stdin. A TMX translation memory is "
                   "aligned already: its units are the beads and its other languages the "
                   "translations (needs --from); so is a pre-aligned TSV given alone (a row a "
                   "bead, the first column the original; docs/FORMATS.md)")
      ->required();
  command->add_option("TRANSLATION", flags->translations,
                      "One or more translations of ORIGINAL (another language or the same)");
  command
      ->add_option("--term", flags->terms,
                   "A term of ORIGINAL to report (repeatable); inflected forms match")
      ->type_name("TEXT")
      ->allow_extra_args(false);
  command
      ->add_option("--terms", flags->terms_file,
                   "File of terms, one per line, optionally 'term<TAB>expected rendering' to "
                   "check a glossary. Without --term and --terms: propose terms and report "
                   "the divergent ones")
      ->type_name("FILE");
  command->add_option("--from", flags->from,
                      "ISO 639-1 language of ORIGINAL (ru, en, ...); default: detect");
  command->add_option("--to", flags->to,
                      "ISO 639-1 language of the TRANSLATIONs; default: detect each");
  add_input_flags(*command, flags->input);
  add_output_flags(*command, flags->output, {"text", "tsv", "json", "html"});
  command
      ->add_option("--max-gap", flags->max_gap,
                   "Words allowed between the words of a multiword term, 0..8")
      ->type_name("N")
      ->capture_default_str();
  command
      ->add_option("--max-proposals,--max-proposed", flags->max_proposed,
                   "Without terms: how many proposed terms to examine (0 = all; "
                   "--max-proposed is the old name)")
      ->type_name("N")
      ->capture_default_str();
  command->add_flag("--all-proposals", flags->all_proposals,
                    "Without terms: report every proposed term, the consistent ones too (a "
                    "glossary to start from), not only the divergent ones");
  command
      ->add_option("--fail-on", flags->fail_on,
                   "'mismatch': exit 1 (after writing the report) when a term of the --terms "
                   "file is not always rendered by its expected rendering")
      ->type_name("WHAT")
      ->check(CLI::IsMember({"mismatch"}));
  add_lexicon_flags(*command, flags->lexicons, flags->no_default_lexicon);
  add_align_flags(*command, flags->align);
  add_anchors_flag(*command, flags->anchors, true);
  add_quiet_flag(*command, flags->quiet);
  command->callback([flags, &session] {
    session.run = [flags, &session] { run_terms(*flags, session.console); };
  });
}

}  // namespace parallax::cli
