// `parallax diff A B`: every word-level difference between two versions of one text in one
// language, classified (docs/CLI.md, "diff"). A and B are aligned with each other, or, with
// --original ORIG, each with ORIG, and then diffed bead by bead through it.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <parallax/align.h>
#include <parallax/compare.h>
#include <parallax/diff.h>
#include <parallax/diff_formats.h>
#include <parallax/documents.h>
#include <parallax/errors.h>
#include <parallax/lexicon.h>
#include <parallax/memory.h>
#include <parallax/read.h>
#include <parallax/types.h>

#include "commands.h"
#include "comparison.h"
#include "input.h"
#include "lexicons.h"
#include "options.h"
#include "output.h"

namespace parallax::cli {

namespace {

struct DiffCommandFlags {
  std::string a;
  std::string b;
  std::string original;       // --original ORIG ("" = align A with B)
  std::string lang;           // --lang: language of A and B ("" = detect each)
  std::string original_lang;  // --original-lang ("" = detect)
  std::string title;          // --title (html)
  uint32_t pair_window = DiffOptions{}.pair_window;
  std::vector<std::string> lexicons;
  bool no_default_lexicon = false;
  bool quiet = false;
  InputFlags input;
  AlignFlags align;
  OutputFlags output;
};

// Throws OptionError when a and b are in different languages: diff compares versions.
void check_same_language(const Document& a, const Document& b) {
  if (!a.language.empty() && !b.language.empty() && a.language != b.language) {
    throw OptionError(fmt::format(
        "{} is in '{}' and {} in '{}': diff compares two versions in one language (for a "
        "text and its translation use 'parallax terms' or 'parallax report'; to compare two "
        "translations of one original, pass it with --original)",
        a.source_name, a.language, b.source_name, b.language));
  }
}

// A and B's alignment: with each other, or through the original.
Alignment versions_alignment(const DiffCommandFlags& flags,
                             const Document& a,
                             const Document& b,
                             const ReadOptions& read,
                             const std::string& language,
                             Console& console) {
  const AlignOptions options = align_options(flags.align, console);
  const LexiconNotes notes{.no_dictionary = false, .same_language = false, .other_pair = false};
  if (flags.original.empty()) {
    const PreparedLexicon lexicon =
        load_lexicons(flags.lexicons, flags.no_default_lexicon, language, language, console, notes);
    return align(a, b, options, lexicon);
  }
  const Document original = load_document(
      flags.original, read, segment_options(flags.input, flags.original_lang, console));
  const std::string from = flags.original_lang.empty() ? original.language : flags.original_lang;
  const std::vector<Document> versions{a, b};
  LexiconCache lexicons(lexicon_loader(flags.lexicons, flags.no_default_lexicon, console, notes));
  CompareOptions compare_options;
  compare_options.align = options;
  compare_options.report = CompareTerms::None;
  const Comparison compared =
      compare(original, compare_texts(versions, from, language, lexicons), {}, compare_options);
  return alignment_through(original, a, compared.translations[0].alignment, b,
                           compared.translations[1].alignment);
}

// The two versions compared, and the alignment of their sentences.
struct Versions {
  Document a;
  Document b;
  Alignment alignment;
};

// A alone: a pre-aligned TSV (columns A and B, or an original and its two translations) or a
// TMX holding an original (--original-lang) and two translations: its rows or units are the
// beads, nothing is re-aligned (docs/FORMATS.md, "Pre-aligned inputs").
Versions prealigned_versions(const DiffCommandFlags& flags,
                             const ReadOptions& read,
                             Console& console) {
  if (!flags.original.empty()) {
    throw OptionError("--original is for two texts A and B: a pre-aligned A holds its original");
  }
  const std::string bytes = read_text_input(flags.a, read);
  const std::string name = input_name(flags.a);
  const SegmentOptions segment = segment_options(flags.input, "", console);
  std::vector<std::string> targets;
  if (!flags.lang.empty()) {
    targets.push_back(flags.lang);
  }
  AlignedTexts aligned;
  if (detect_format(bytes) == InputFormat::Tmx) {
    if (flags.original_lang.empty()) {
      throw OptionError(
          "a TMX needs --original-lang: the language of the original its two versions translate");
    }
    aligned = read_tmx(bytes, name, flags.original_lang, targets, segment);
  } else {
    const DecodedText decoded = decode_text(bytes, name, read);
    if (!looks_like_aligned_tsv(decoded.text)) {
      throw OptionError(
          fmt::format("B is required, unless A is a pre-aligned TSV or a TMX ({} is neither; "
                      "docs/FORMATS.md)",
                      name));
    }
    aligned = read_aligned_tsv(decoded, name, flags.original_lang, targets, segment);
  }
  if (aligned.texts.size() == 2) {
    check_same_language(aligned.texts[0], aligned.texts[1]);
    return Versions{aligned.texts[0], aligned.texts[1], aligned.alignments[0]};
  }
  if (aligned.texts.size() == 3) {
    check_same_language(aligned.texts[1], aligned.texts[2]);
    Alignment through = alignment_through(aligned.texts[0], aligned.texts[1], aligned.alignments[0],
                                          aligned.texts[2], aligned.alignments[1]);
    return Versions{aligned.texts[1], aligned.texts[2], std::move(through)};
  }
  throw InputError(name, 0, 0,
                   fmt::format("it holds {} texts: diff compares two versions, or the two "
                               "translations of an original (choose them with --lang)",
                               aligned.texts.size()));
}

// A and B as two texts, aligned with each other or through --original.
Versions aligned_versions(const DiffCommandFlags& flags,
                          const ReadOptions& read,
                          Console& console) {
  const SegmentOptions segment = segment_options(flags.input, flags.lang, console);
  Document a = load_document(flags.a, read, segment);
  Document b = load_document(flags.b, read, segment);
  check_same_language(a, b);
  const std::string language = flags.lang.empty() ? a.language : flags.lang;
  Alignment alignment = versions_alignment(flags, a, b, read, language, console);
  return Versions{std::move(a), std::move(b), std::move(alignment)};
}

void run_diff(const DiffCommandFlags& flags, Console& console) {
  console.set_quiet(flags.quiet);
  const int stdin_inputs =
      (flags.a == "-" ? 1 : 0) + (flags.b == "-" ? 1 : 0) + (flags.original == "-" ? 1 : 0);
  if (stdin_inputs > 1) {
    throw OptionError("only one input can be '-' (stdin can be read only once)");
  }
  const ReadOptions read = read_options(flags.input, "");
  DiffOptions options;
  options.language = flags.lang;
  options.pair_window = flags.pair_window;
  options.on_progress = console.progress_callback();
  options.validate();

  std::vector<std::string> inputs{flags.a, flags.b, flags.original};
  inputs.insert(inputs.end(), flags.lexicons.begin(), flags.lexicons.end());
  Output output(flags.output.path, inputs);
  const Versions versions = flags.b.empty() ? prealigned_versions(flags, read, console)
                                            : aligned_versions(flags, read, console);
  const Document& a = versions.a;
  const Document& b = versions.b;
  const DiffResult result = diff_versions(a, b, versions.alignment, options);
  console.end_progress();

  std::ostream& out = output.stream();
  if (flags.output.format == "json") {
    write_diff_json(out, a, b, result);
  } else if (flags.output.format == "tsv") {
    write_diff_tsv(out, a, b, result);
  } else if (flags.output.format == "html") {
    DiffPageOptions page;
    page.title = flags.title;
    page.tool_version = PARALLAX_VERSION;
    write_diff_html(out, a, b, result, page);
  } else {
    write_diff_text(out, a, b, result);
  }
  output.commit();
}

}  // namespace

void add_diff_command(CLI::App& app, Session& session) {
  auto flags = std::make_shared<DiffCommandFlags>();
  CLI::App* command = app.add_subcommand(
      "diff",
      "Compare two versions (A, B) of a text in one language: every word-level difference, "
      "classified (lexical, inflection, function word, order, typography, ...), and the table "
      "of distinct changes");
  command->add_option("A", flags->a, "The first version; '-' = stdin")
      ->type_name("FILE")
      ->required();
  command
      ->add_option("B", flags->b,
                   "The second version, in the same language; '-' = stdin. Without B, A is a "
                   "pre-aligned TSV or a TMX holding both versions (or an original and both)")
      ->type_name("FILE");
  command
      ->add_option("--original", flags->original,
                   "The original A and B translate: each is aligned with it and they are "
                   "compared through it")
      ->type_name("FILE");
  command->add_option("--lang", flags->lang, "ISO 639-1 language of A and B; default: detect")
      ->type_name("LANG");
  command
      ->add_option("--original-lang", flags->original_lang,
                   "ISO 639-1 language of the original; default: detect")
      ->type_name("LANG");
  add_input_flags(*command, flags->input);
  add_output_flags(*command, flags->output, {"text", "tsv", "json", "html"});
  command->add_option("--title", flags->title, "Title of the html page; default: the file names")
      ->type_name("TEXT");
  command
      ->add_option("--pair-window", flags->pair_window,
                   "Most equal words between a dropped and an added word that still make one "
                   "replacement or move, 0..8")
      ->type_name("N")
      ->capture_default_str();
  add_lexicon_flags(*command, flags->lexicons, flags->no_default_lexicon);
  add_align_flags(*command, flags->align);
  add_quiet_flag(*command, flags->quiet);
  command->callback([flags, &session] {
    session.run = [flags, &session] { run_diff(*flags, session.console); };
  });
}

}  // namespace parallax::cli
