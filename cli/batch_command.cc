// `parallax batch MANIFEST`: aligns many document pairs on a pool of threads (BatchRunner:
// ordering of the summary lines, signals).
//
// Each pair is independent: read, segment, align, write. The bundled lexicon of a language
// pair is loaded once and shared as const& by every thread (LexiconCache). Per-pair files appear
// by rename only, so an existing <id>.<ext> is complete, which is what --resume relies on.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <memory>
#include <new>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <parallax/align.h>
#include <parallax/errors.h>
#include <parallax/lexicon.h>
#include <parallax/read.h>
#include <parallax/segment.h>
#include <parallax/types.h>

#include "alignment_writer.h"
#include "batch_pairs.h"
#include "batch_reporter.h"
#include "batch_runner.h"
#include "bundled_lexicon.h"
#include "commands.h"
#include "console.h"
#include "exit_codes.h"
#include "input.h"
#include "lexicon_cache.h"
#include "lexicons.h"
#include "manifest.h"
#include "options.h"
#include "output.h"
#include "shard.h"
#include "signal_watcher.h"
#include "temporary_files.h"
#include <unistd.h>

namespace parallax::cli {

namespace {

using Clock = std::chrono::steady_clock;

struct BatchFlags {
  std::string manifest;
  unsigned jobs = 0;             // --jobs N (0 = one per core)
  std::string format = "jsonl";  // --format
  std::string output_dir;        // --output-dir DIR ("" = summary lines only)
  std::string shard;             // --shard K/N ("" = all pairs)
  bool resume = false;           // --resume
  std::string from;              // --from: source language for pairs that do not give one
  std::string to;                // --to: target language for pairs that do not give one
  bool no_default_lexicon = false;
  bool quiet = false;
  InputFlags input;
  AlignFlags align;
};

// The per-pair file's extension for --format.
std::string extension(const std::string& format) {
  return format == "jsonl" ? "json" : format;
}

// The bundled lexicon of a pair, with the note of `batch` when there is none; no lexicon when a
// language is unknown or with --no-default-lexicon.
PreparedLexicon load_batch_lexicon(bool enabled,
                                   const std::string& from,
                                   const std::string& to,
                                   BatchReporter& reporter) {
  if (!enabled || from.empty() || to.empty()) {
    return {};
  }
  const BundledLexicon bundled = read_bundled_lexicon(lexicon_dir(), from, to);
  if (bundled.files.empty()) {
    reporter.note(fmt::format(
        "no bundled lexicon for {}-{} in {}; those pairs are aligned without a dictionary", from,
        to, bundled.dir.string()));
  }
  return load_bundled_lexicon(bundled, reporter.diagnostic_callback());
}

// What every pair shares: options, the lexicons, the output settings. Read-only once the
// threads start, except the thread-safe cache, reporter and temporary files.
struct BatchContext {
  const BatchFlags& flags;
  ReadOptions read;
  AlignOptions align;
  LexiconCache& lexicons;
  BatchReporter& reporter;
  Console& console;
  TemporaryFiles& temporaries;  // of the outputs being written, removed by a dropping signal
};

// Reads, segments, aligns and writes one pair. Never throws: a failure becomes the pair's
// error line (and a message on stderr).
PairResult run_pair(const BatchPair& pair, BatchContext& context) {
  const Clock::time_point start = Clock::now();
  PairResult result;
  std::string failure;
  try {
    const std::string& from = pair.entry.from.empty() ? context.flags.from : pair.entry.from;
    const std::string& to = pair.entry.to.empty() ? context.flags.to : pair.entry.to;
    SegmentOptions source_segment = segment_options(context.flags.input, from, context.console);
    SegmentOptions target_segment = segment_options(context.flags.input, to, context.console);
    source_segment.on_diagnostic = context.reporter.diagnostic_callback();
    target_segment.on_diagnostic = source_segment.on_diagnostic;
    const Document source = load_document(pair.source, context.read, source_segment);
    const Document target = load_document(pair.target, context.read, target_segment);
    const PreparedLexicon& lexicon = context.lexicons.get(source.language, target.language);
    const Alignment alignment = align(source, target, context.align, lexicon);
    if (!pair.output.empty()) {
      // The same way as every command's -o: a temporary file of its own, renamed when complete.
      Output output(pair.output.string(), {pair.source, pair.target}, context.temporaries);
      write_alignment(output.stream(), extension(context.flags.format), source, target, alignment);
      output.commit();
    }
    result.line = summary_line(pair, source, target, alignment);
    result.sentences = source.sentences.size() + target.sentences.size();
  } catch (const std::bad_alloc&) {
    failure = "out of memory (run with fewer --jobs)";
  } catch (const std::exception& e) {
    failure = e.what();
  } catch (...) {
    failure = "unknown error";
  }
  if (!failure.empty()) {
    context.reporter.error(fmt::format("pair '{}' ({}:{}) failed: {}", pair.entry.id,
                                       input_name(context.flags.manifest), pair.entry.line,
                                       failure));
    result.line = error_line(pair, failure);
    result.failed = true;
  }
  result.line["seconds"] = rounded(std::chrono::duration<double>(Clock::now() - start).count());
  return result;
}

// Flags first: a usage error costs nothing.
void check_flags(const BatchFlags& flags) {
  if (flags.format != "jsonl" && flags.output_dir.empty()) {
    throw OptionError(fmt::format("--format {} writes one file per pair: it needs --output-dir DIR",
                                  flags.format));
  }
  if (flags.resume && flags.output_dir.empty()) {
    throw OptionError("--resume skips the pairs whose output file exists: it needs --output-dir");
  }
}

// --output-dir, created if needed; empty without it. Throws CannotCreate when it cannot be
// written to.
std::filesystem::path prepare_output_dir(const std::string& flag) {
  if (flag.empty()) {
    return {};
  }
  const std::filesystem::path output_dir = flag;
  std::error_code ec;
  std::filesystem::create_directories(output_dir, ec);
  if (ec || access(output_dir.c_str(), W_OK | X_OK) != 0) {
    throw CannotCreate(
        fmt::format("{}: cannot create outputs in it: {} (check that it is a writable directory)",
                    flag, ec ? ec.message() : system_message(errno)));
  }
  return output_dir;
}

// --resume: marks the pairs whose output file exists as skipped. Returns how many.
size_t skip_existing_outputs(const std::vector<BatchPair>& pairs,
                             BatchRunner& runner,
                             BatchReporter& reporter) {
  const size_t total = pairs.size();
  size_t skipped = 0;
  for (size_t i = 0; i < total; ++i) {
    const BatchPair& pair = pairs[i];
    std::error_code ec;
    if (std::filesystem::exists(pair.output, ec)) {
      runner.skip(i, skipped_line(pair));
      ++skipped;
    }
  }
  if (skipped > 0) {
    reporter.note(
        fmt::format("--resume: skipping {} of {} pairs whose output exists", skipped, total));
  }
  return skipped;
}

// The closing note: pairs aligned, failed and skipped, and the speed.
void note_totals(const std::vector<PairResult>& results,
                 size_t skipped,
                 double seconds,
                 size_t threads,
                 BatchReporter& reporter) {
  size_t failed = 0;
  size_t aligned = 0;
  uint64_t sentences = 0;
  for (const PairResult& result : results) {
    failed += result.failed ? 1 : 0;
    aligned += result.failed || result.skipped ? 0 : 1;
    sentences += result.sentences;
  }
  reporter.note(fmt::format(
      "batch: {} pairs aligned, {} failed, {} skipped in {:.2f} s ({:.2f} pairs/s, {:.0f} "
      "sentences/s, {} threads)",
      aligned, failed, skipped, seconds, static_cast<double>(aligned) / seconds,
      static_cast<double>(sentences) / seconds, threads));
}

void run_batch(const BatchFlags& flags, Console& console) {
  console.set_quiet(flags.quiet);
  BatchReporter reporter(console, flags.quiet);
  const Clock::time_point start = Clock::now();

  check_flags(flags);
  const Shard shard = parse_shard(flags.shard);
  const unsigned jobs =
      flags.jobs != 0 ? flags.jobs : std::max(1U, std::thread::hardware_concurrency());
  const ReadOptions read = read_options(flags.input, "");
  segment_options(flags.input, flags.from, console);  // validates the input flags
  AlignOptions align = align_options(flags.align, console);
  align.on_progress = {};  // the batch reports progress per pair, not per stage

  // The manifest: paths relative to its folder.
  const std::string manifest_name = input_name(flags.manifest);
  const std::vector<ManifestEntry> entries = read_batch_manifest(flags.manifest, manifest_name);
  const std::filesystem::path base = flags.manifest == "-"
                                         ? std::filesystem::path()
                                         : std::filesystem::path(flags.manifest).parent_path();
  const std::filesystem::path output_dir = prepare_output_dir(flags.output_dir);
  const std::vector<BatchPair> pairs =
      shard_pairs(entries, base, shard, output_dir, extension(flags.format));

  LexiconCache lexicons([enabled = !flags.no_default_lexicon, &reporter](const std::string& from,
                                                                         const std::string& to) {
    return load_batch_lexicon(enabled, from, to, reporter);
  });
  TemporaryFiles temporaries;
  BatchContext context{flags, read, std::move(align), lexicons, reporter, console, temporaries};
  const size_t total = pairs.size();
  BatchRunner runner(
      total, [&](size_t i) { return run_pair(pairs[i], context); }, reporter, temporaries);
  const size_t skipped = flags.resume ? skip_existing_outputs(pairs, runner, reporter) : 0;

  const std::vector<PairResult> results = runner.run(jobs);

  note_totals(results, skipped, std::chrono::duration<double>(Clock::now() - start).count(),
              std::min<size_t>(jobs, total), reporter);
  if (runner.interrupted()) {
    reporter.error(fmt::format("interrupted after {} of {} pairs{}", results.size(), total,
                               output_dir.empty() ? "" : " (run again with --resume to go on)"));
    die_by(runner.signal());
  }
  const auto failed = static_cast<size_t>(std::count_if(
      results.begin(), results.end(), [](const PairResult& result) { return result.failed; }));
  if (failed > 0) {
    throw InputError(manifest_name, 0, 0,
                     fmt::format("{} of {} pairs failed (their lines say why)", failed, total));
  }
}

}  // namespace

void add_batch_command(CLI::App& app, Session& session) {
  auto flags = std::make_shared<BatchFlags>();
  CLI::App* command = app.add_subcommand(
      "batch", "Align many document pairs listed in a manifest, on several threads");
  command
      ->add_option("MANIFEST", flags->manifest,
                   "TSV file, one pair per line: SOURCE<TAB>TARGET[<TAB>ID[<TAB>FROM<TAB>TO]]; "
                   "'#' comments; paths relative to the manifest's folder; '-' = stdin")
      ->type_name("FILE")
      ->required();
  command
      ->add_option("-j,--jobs", flags->jobs,
                   "Pairs aligned at once, one thread each; 0 = one per core")
      ->type_name("N")
      ->capture_default_str();
  command
      ->add_option("--format", flags->format,
                   "jsonl: one summary line per pair on stdout (with --output-dir, also <id>.json "
                   "with the alignment); beads, tsv, tmx: <id>.<format> per pair (needs "
                   "--output-dir)")
      ->check(CLI::IsMember({"jsonl", "beads", "tsv", "tmx"}))
      ->capture_default_str();
  command
      ->add_option("--output-dir", flags->output_dir,
                   "Write each pair's alignment to DIR/<id>.<ext> (created if needed; each file "
                   "appears complete or not at all)")
      ->type_name("DIR");
  command
      ->add_option("--shard", flags->shard,
                   "Run only part K of N of the manifest, so that N processes or machines share "
                   "it; the parts are balanced by file size")
      ->type_name("K/N");
  command->add_flag("--resume", flags->resume,
                    "Skip the pairs whose output file already exists in --output-dir");
  command
      ->add_option("--from", flags->from,
                   "ISO 639-1 language of the sources without a FROM column; default: detect")
      ->type_name("LANG");
  command
      ->add_option("--to", flags->to,
                   "ISO 639-1 language of the targets without a TO column; default: detect")
      ->type_name("LANG");
  add_input_flags(*command, flags->input);
  add_align_flags(*command, flags->align);
  command->add_flag("--no-default-lexicon", flags->no_default_lexicon,
                    "Do not load the bundled lexicon for the language pairs");
  add_quiet_flag(*command, flags->quiet);
  command->footer(
      "Exit codes: 0 all pairs aligned, 65 some pair failed (its line on stdout has \"error\") "
      "or the manifest is malformed, 130 interrupted (SIGINT; pairs already written are kept).");
  command->callback([flags, &session] {
    session.run = [flags, &session] { run_batch(*flags, session.console); };
  });
}

}  // namespace parallax::cli
