// `parallax terms ORIGINAL TRANSLATION...`: how each translation renders the terms of the
// original (the rendering report, docs/TERMS.md). Each translation is aligned with the
// original first, exactly as `parallax align` would; a TMX given as ORIGINAL is aligned already
// (each unit a bead) and holds its translations.
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <parallax/compare.h>
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
#include "comparison.h"
#include "exit_codes.h"
#include "input.h"
#include "lexicons.h"
#include "options.h"
#include "output.h"
#include "term_queries.h"

namespace parallax::cli {

namespace {

struct TermsCommandFlags : ComparisonFlags {
  uint32_t max_gap = TermOptions{}.max_gap;
  uint32_t max_proposed = TermOptions{}.max_proposed;
  bool all_proposals = false;  // --all-proposals: report the consistent proposed terms too
  std::string fail_on;         // --fail-on mismatch ("" = never fail on the report's content)
  std::string debug_links;     // --debug-links FILE: the word links behind the renderings
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

// The options of the comparison, validated; only_divergent is set once the queries are read.
CompareOptions compare_options(const TermsCommandFlags& flags, Console& console) {
  CompareOptions options;
  options.align = align_options(flags.align, console);
  options.terms.max_gap = flags.max_gap;
  options.terms.max_proposed = flags.max_proposed;
  options.terms.on_progress = console.progress_callback();
  options.terms.keep_links = !flags.debug_links.empty();
  options.validate();
  return options;
}

// The terms given (--term, --terms), checked for --fail-on. Without any, terms are proposed
// and only the divergent ones reported (--all-proposals: every one).
std::vector<TermQuery> read_queries(const TermsCommandFlags& flags, CompareOptions& options) {
  std::vector<TermQuery> queries = term_queries(flags.terms, flags.terms_file);
  options.terms.only_divergent = queries.empty() && !flags.all_proposals;
  check_fail_on(flags.fail_on, queries);
  return queries;
}

// The report in the format asked for (the HTML page's columns are the same translations).
void write_report(const TermsCommandFlags& flags, const Comparison& comparison, std::ostream& out) {
  const TermReport& report = *comparison.terms;
  const Document& original = *comparison.original;
  if (flags.output.format == "json") {
    write_terms_json(out, report, original, term_translations(comparison));
  } else if (flags.output.format == "tsv") {
    write_terms_tsv(out, report);
  } else if (flags.output.format == "html") {
    ReportOptions report_options;
    report_options.tool_version = PARALLAX_VERSION;
    // The same side-by-side page as `parallax report`, with this report's terms.
    write_html_report(out, original, report_columns(comparison), &report, report_options);
  } else {
    write_terms_text(out, report, original, term_translations(comparison));
  }
  if (!flags.debug_links.empty()) {
    std::vector<std::string> inputs{flags.original, flags.terms_file};
    inputs.insert(inputs.end(), flags.translations.begin(), flags.translations.end());
    Output links(flags.debug_links, inputs);
    write_word_links_tsv(links.stream(), report, original, term_translations(comparison));
    links.commit();
  }
}

// terms gives no note when no dictionary is used (align and report do).
constexpr LexiconNotes kTermsNotes{
    .no_dictionary = false, .same_language = false, .other_pair = false};

// The report over texts aligned already (a TMX's units, a TSV's rows): each other text is a
// translation, with the lexicon of its pair.
void run_terms_on_aligned(const TermsCommandFlags& flags,
                          const AlignedTexts& aligned,
                          std::vector<TermQuery> queries,
                          const CompareOptions& options,
                          Console& console) {
  std::vector<std::string> inputs{flags.original};
  inputs.insert(inputs.end(), flags.lexicons.begin(), flags.lexicons.end());
  inputs.push_back(flags.terms_file);
  Output output(flags.output.path, inputs);
  LexiconCache lexicons(
      lexicon_loader(flags.lexicons, flags.no_default_lexicon, console, kTermsNotes));
  std::vector<CompareText> texts;
  for (size_t k = 1; k < aligned.texts.size(); ++k) {
    const PreparedLexicon& lexicon =
        lexicons.get(aligned.texts[0].language, aligned.texts[k].language);
    texts.push_back(CompareText{&aligned.texts[k], &lexicon, &aligned.alignments[k - 1], {}});
  }
  const Comparison comparison = compare(aligned.texts[0], texts, std::move(queries), options);
  check_compared_terms(flags, comparison, console);
  write_report(flags, comparison, output.stream());
  output.commit();
  if (flags.fail_on == "mismatch") {
    fail_on_mismatch(*comparison.terms);
  }
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
  CompareOptions options = compare_options(flags, console);
  std::vector<TermQuery> queries = read_queries(flags, options);
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
  CompareOptions options = compare_options(flags, console);
  std::vector<TermQuery> queries = read_queries(flags, options);

  const Document original =
      document_from_bytes(original_bytes, input_name(flags.original), read, original_segment);
  const std::optional<TermReport> report =
      run_comparison(flags, original, std::move(queries), options, kTermsNotes, console,
                     [&](const Comparison& comparison, std::ostream& out) {
                       write_report(flags, comparison, out);
                     });
  if (flags.fail_on == "mismatch") {
    fail_on_mismatch(*report);
  }
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
  command
      ->add_option("--debug-links", flags->debug_links,
                   "Also write the word links every rendering was read from to FILE (TSV: per "
                   "bead, source word, target word, how the link came about and the dictionary "
                   "or model behind it; docs/TERMS.md), to see why a rendering is wrong")
      ->type_name("FILE");
  add_lexicon_flags(*command, flags->lexicons, flags->no_default_lexicon);
  add_align_flags(*command, flags->align);
  add_anchors_flag(*command, flags->anchors, true);
  add_quiet_flag(*command, flags->quiet);
  command->callback([flags, &session] {
    session.run = [flags, &session] { run_terms(*flags, session.console); };
  });
}

}  // namespace parallax::cli
