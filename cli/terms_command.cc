// `parallax terms ORIGINAL TRANSLATION...`: how each translation renders the terms of the
// original (the rendering report, docs/TERMS.md). Each translation is aligned with the
// original first, exactly as `parallax align` would.
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <parallax/align.h>
#include <parallax/errors.h>
#include <parallax/lexicon.h>
#include <parallax/read.h>
#include <parallax/terms.h>
#include <parallax/terms_formats.h>
#include <parallax/types.h>

#include "commands.h"
#include "input.h"
#include "options.h"
#include "output.h"

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
  bool no_default_lexicon = false;
  uint32_t max_gap = TermOptions{}.max_gap;
  uint32_t max_proposed = TermOptions{}.max_proposed;
  bool quiet = false;
  InputFlags input;
  AlignFlags align;
  OutputFlags output;
};

// The folder of the bundled lexicons: $PARALLAX_LEXICON_DIR, else the one set at build time.
// TODO(#4): share with align_command.cc (same lookup) once the CLI exposes it.
std::filesystem::path lexicon_dir() {
  // The CLI, not the library, reads the environment (STYLE.md §2); nothing here writes it.
  const char* env = std::getenv("PARALLAX_LEXICON_DIR");  // NOLINT(concurrency-mt-unsafe)
  return (env != nullptr && *env != '\0') ? std::filesystem::path(env)
                                          : std::filesystem::path(PARALLAX_LEXICON_DIR);
}

Lexicon read_lexicon(const std::string& path,
                     const std::string& source_language,
                     const std::string& target_language,
                     Console& console) {
  std::istringstream in(read_input(path));
  LexiconReadOptions options;
  options.source_language = source_language;
  options.target_language = target_language;
  options.on_diagnostic = console.diagnostic_callback();
  return Lexicon::read_tsv(in, input_name(path), options);
}

// The user's --lexicon files, else the bundled "<a>-<b>.tsv" for the pair in either order;
// Lexicon::combine keeps the entries of the pair (from, to), as `parallax align` does.
Lexicon load_lexicons(const TermsCommandFlags& flags,
                      const std::string& from,
                      const std::string& to,
                      Console& console) {
  std::vector<Lexicon> lexicons;
  for (const std::string& path : flags.lexicons) {
    lexicons.push_back(read_lexicon(path, from, to, console));
  }
  if (flags.lexicons.empty() && !flags.no_default_lexicon && !from.empty() && !to.empty()) {
    const std::filesystem::path dir = lexicon_dir();
    for (const auto& [a, b] : {std::pair{from, to}, std::pair{to, from}}) {
      const std::filesystem::path file = dir / fmt::format("{}-{}.tsv", a, b);
      std::error_code ec;
      if (std::filesystem::is_regular_file(file, ec)) {
        lexicons.push_back(read_lexicon(file.string(), a, b, console));
      }
      if (a == b) {
        break;
      }
    }
  }
  return Lexicon::combine(lexicons, from, to);
}

// "term" or "term<TAB>expected rendering" per line; blank lines and lines starting with '#'
// are skipped. Throws InputError naming the line for an empty term or a third column.
std::vector<TermQuery> read_terms_file(const std::string& path) {
  const std::string name = input_name(path);
  const DecodedText decoded = decode_text(read_input(path), name, ReadOptions{});
  std::vector<TermQuery> queries;
  std::string_view rest = decoded.text;
  uint32_t line_number = 0;
  while (!rest.empty()) {
    ++line_number;
    const size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    const auto blank = line.find_first_not_of(" \t");
    if (blank == std::string_view::npos || line[blank] == '#') {
      continue;
    }
    const size_t tab = line.find('\t');
    TermQuery query;
    query.text = std::string(line.substr(0, tab));
    if (tab != std::string_view::npos) {
      const std::string_view expected = line.substr(tab + 1);
      if (expected.find('\t') != std::string_view::npos) {
        throw InputError(name, line_number, static_cast<uint32_t>(tab + 2 + expected.find('\t')),
                         "more than two columns (write 'term<TAB>expected rendering')");
      }
      query.expected = std::string(expected);
    }
    if (query.text.find_first_not_of(' ') == std::string::npos) {
      throw InputError(name, line_number, 1,
                       "empty term before the TAB (write 'term<TAB>expected rendering')");
    }
    queries.push_back(std::move(query));
  }
  return queries;
}

void run_terms(const TermsCommandFlags& flags, Console& console) {
  console.set_quiet(flags.quiet);
  const ReadOptions read = read_options(flags.input, "");
  const SegmentOptions original_segment = segment_options(flags.input, flags.from, console);
  const SegmentOptions translation_segment = segment_options(flags.input, flags.to, console);
  AlignOptions align_opts = align_options(flags.align, console);
  TermOptions options;
  options.max_gap = flags.max_gap;
  options.max_proposed = flags.max_proposed;
  options.on_progress = console.progress_callback();
  options.validate();

  std::vector<TermQuery> queries;
  for (const std::string& term : flags.terms) {
    queries.push_back(TermQuery{term, {}});
  }
  if (!flags.terms_file.empty()) {
    for (TermQuery& query : read_terms_file(flags.terms_file)) {
      queries.push_back(std::move(query));
    }
  }

  const Document original = load_document(flags.original, read, original_segment);
  const std::string from = flags.from.empty() ? original.language : flags.from;
  std::vector<Document> documents;
  documents.reserve(flags.translations.size());
  for (const std::string& path : flags.translations) {
    documents.push_back(load_document(path, read, translation_segment));
  }
  Output output(flags.output.path);

  std::vector<Lexicon> lexicons;
  std::vector<Alignment> alignments;
  lexicons.reserve(documents.size());
  alignments.reserve(documents.size());
  for (const Document& document : documents) {
    const std::string to = flags.to.empty() ? document.language : flags.to;
    lexicons.push_back(load_lexicons(flags, from, to, console));
    alignments.push_back(align(original, document, align_opts, lexicons.back()));
  }
  std::vector<Translation> translations;
  for (size_t k = 0; k < documents.size(); ++k) {
    translations.push_back(Translation{&documents[k], &alignments[k], &lexicons[k]});
  }
  if (queries.empty()) {
    queries = propose_terms(original, options);
    options.only_divergent = true;
  }
  const TermReport report = report_terms(original, translations, queries, options);
  console.end_progress();

  std::ostream& out = output.stream();
  if (flags.output.format == "json") {
    write_terms_json(out, report, original, translations);
  } else if (flags.output.format == "tsv") {
    write_terms_tsv(out, report);
  } else if (flags.output.format == "html") {
    write_terms_html(out, report, original, translations);
  } else {
    write_terms_text(out, report, original, translations);
  }
  output.commit();
}

}  // namespace

void add_terms_command(CLI::App& app, Session& session) {
  auto flags = std::make_shared<TermsCommandFlags>();
  CLI::App* command = app.add_subcommand(
      "terms",
      "Report how each TRANSLATION renders the terms of ORIGINAL: variants, counts, every "
      "place, and where renderings diverge");
  command->add_option("ORIGINAL", flags->original, "The original text (the pivot); '-' = stdin")
      ->required();
  command
      ->add_option("TRANSLATION", flags->translations,
                   "One or more translations of ORIGINAL (another language or the same)")
      ->required();
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
      ->add_option("--max-proposed", flags->max_proposed,
                   "Without terms: how many proposed terms to examine (0 = all)")
      ->type_name("N")
      ->capture_default_str();
  command
      ->add_option("--lexicon", flags->lexicons,
                   "Bilingual lexicon TSV (repeatable); replaces the bundled lexicon")
      ->allow_extra_args(false);
  command->add_flag("--no-default-lexicon", flags->no_default_lexicon,
                    "Do not load the bundled lexicon for the language pair");
  add_align_flags(*command, flags->align);
  command->add_flag("-q,--quiet", flags->quiet,
                    "Print errors only (no progress, notes or warnings)");
  command->callback([flags, &session] {
    session.run = [flags, &session] { run_terms(*flags, session.console); };
  });
}

}  // namespace parallax::cli
