// `parallax batch MANIFEST`: aligns many document pairs on a pool of threads.
//
// Each pair is independent: read, segment, align, write. The bundled lexicon of a language
// pair is loaded once and shared as const& by every thread (Lexicon is immutable). The summary
// lines on stdout come in manifest order whatever --jobs is: a result that completes early
// waits until those before it are printed. Per-pair files appear by rename only, so an existing
// <id>.<ext> is complete, which is what --resume relies on.
//
// Signals: SIGINT and SIGTERM are blocked in every thread and received by one watcher thread
// (sigtimedwait), so no signal handler and no global flag are needed. A first SIGINT stops
// starting pairs and lets the running ones finish; a second SIGINT, or SIGTERM, drops them:
// their temporary files are removed and the process ends by the signal (exit status 130 / 143).
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <parallax/align.h>
#include <parallax/errors.h>
#include <parallax/formats.h>
#include <parallax/lexicon.h>
#include <parallax/read.h>
#include <parallax/segment.h>
#include <parallax/types.h>

#include "bundled_lexicon.h"
#include "commands.h"
#include "console.h"
#include "exit_codes.h"
#include "input.h"
#include "lexicons.h"
#include "manifest.h"
#include "options.h"
#include "output.h"
#include "shard.h"
#include "signal_watcher.h"
#include "temporary_files.h"
#include <pthread.h>
#include <unistd.h>

namespace parallax::cli {

namespace {

using Clock = std::chrono::steady_clock;
using Json = nlohmann::ordered_json;  // keys in insertion order: "id" first, "seconds" last

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

// "12 s", "3:07", "1:02:03".
std::string format_duration(double seconds) {
  const auto s = static_cast<uint64_t>(std::llround(std::max(0.0, seconds)));
  if (s < 60) {
    return fmt::format("{} s", s);
  }
  if (s < 3600) {
    return fmt::format("{}:{:02}", s / 60, s % 60);
  }
  return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
}

double rounded(double value) {
  return std::round(value * 1000.0) / 1000.0;
}

// stderr for the batch: the progress line and every message, so that a message never lands
// at the end of a half-written progress line. Thread-safe.
class Reporter {
 public:
  Reporter(Console& console, bool quiet)
      : console_(console), quiet_(quiet), live_(isatty(STDERR_FILENO) == 1) {}

  void note(std::string_view message) {
    const std::lock_guard lock(mutex_);
    end_line_locked();
    console_.note(message);
  }

  void error(std::string_view message) {
    const std::lock_guard lock(mutex_);
    end_line_locked();
    console_.error(message);
  }

  DiagnosticCallback diagnostic_callback() {
    return [this, forward = console_.diagnostic_callback()](const Diagnostic& diagnostic) {
      const std::lock_guard lock(mutex_);
      end_line_locked();
      forward(diagnostic);
    };
  }

  // done of total pairs after elapsed seconds. A terminal gets "\r[batch] ..." on every call;
  // a log gets a plain line each time another tenth of the work is done.
  void progress(uint64_t done, uint64_t total, double elapsed) {
    if (quiet_ || total == 0) {
      return;
    }
    const double rate = elapsed > 0.0 ? static_cast<double>(done) / elapsed : 0.0;
    const std::string eta =
        rate > 0.0 ? format_duration(static_cast<double>(total - done) / rate) : "?";
    const std::string text =
        fmt::format("[batch] {}/{} pairs, {:.2f} pairs/s, ETA {}", done, total, rate, eta);
    const std::lock_guard lock(mutex_);
    if (live_) {
      fmt::print(stderr, "\r{}\033[K", text);
      std::fflush(stderr);
      line_open_ = true;
      return;
    }
    const uint64_t tenth = done * 10 / total;
    if (tenth > last_tenth_) {
      last_tenth_ = tenth;
      console_.note(text);
    }
  }

  void end_line() {
    const std::lock_guard lock(mutex_);
    end_line_locked();
  }

 private:
  void end_line_locked() {
    if (line_open_) {
      fmt::print(stderr, "\n");
      line_open_ = false;
    }
  }

  Console& console_;
  bool quiet_;
  bool live_;  // stderr is a terminal
  std::mutex mutex_;
  bool line_open_ = false;
  uint64_t last_tenth_ = 0;
};

// The bundled lexicons, each language pair loaded once on first use (load_bundled_lexicon: the
// prepared form the build wrote, else read and stemmed) and then shared as const& by every
// thread. A failed load is remembered and rethrown for every pair that needs it, so that its
// message is not repeated per pair on stderr.
class LexiconCache {
 public:
  LexiconCache(bool enabled, Reporter& reporter) : enabled_(enabled), reporter_(reporter) {}

  // Thread-safe. The reference lives as long as the cache.
  const PreparedLexicon& get(const std::string& from, const std::string& to) {
    const std::lock_guard lock(mutex_);
    const auto [it, inserted] = entries_.try_emplace({from, to});
    Entry& entry = it->second;
    if (inserted) {
      try {
        entry.lexicon = load(from, to);
      } catch (...) {
        entry.error = std::current_exception();
      }
    }
    if (entry.error) {
      std::rethrow_exception(entry.error);
    }
    return entry.lexicon;
  }

 private:
  struct Entry {
    PreparedLexicon lexicon;
    std::exception_ptr error;
  };

  PreparedLexicon load(const std::string& from, const std::string& to) {
    if (!enabled_ || from.empty() || to.empty()) {
      return {};
    }
    const BundledLexicon bundled = read_bundled_lexicon(lexicon_dir(), from, to);
    if (bundled.files.empty()) {
      reporter_.note(fmt::format(
          "no bundled lexicon for {}-{} in {}; those pairs are aligned without a dictionary", from,
          to, bundled.dir.string()));
    }
    return load_bundled_lexicon(bundled, reporter_.diagnostic_callback());
  }

  bool enabled_;
  Reporter& reporter_;
  std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, Entry> entries_;  // nodes never move
};

// A pair of the manifest with its paths resolved.
struct Pair {
  ManifestEntry entry;
  std::string source;
  std::string target;
  std::filesystem::path output;  // <output-dir>/<id>.<ext>, or empty
};

// Calls a function when the scope ends, also by an exception.
template <typename Function>
class OnExit {
 public:
  explicit OnExit(Function function) : function_(std::move(function)) {}

  OnExit(const OnExit&) = delete;
  OnExit& operator=(const OnExit&) = delete;
  OnExit(OnExit&&) = delete;
  OnExit& operator=(OnExit&&) = delete;

  ~OnExit() { function_(); }

 private:
  Function function_;
};

// What every pair shares: options, the lexicons, the output settings. Read-only once the
// threads start, except the thread-safe cache, reporter and temporary files.
struct BatchContext {
  const BatchFlags& flags;
  ReadOptions read;
  AlignOptions align;
  LexiconCache& lexicons;
  Reporter& reporter;
  Console& console;
  TemporaryFiles& temporaries;  // of the outputs being written, removed by a dropping signal
};

// The summary line of an aligned pair.
Json summary(const Pair& pair,
             const Document& source,
             const Document& target,
             const Alignment& alignment) {
  std::map<std::pair<uint32_t, uint32_t>, uint64_t> shape_counts;
  double confidence = 0.0;
  for (const Bead& bead : alignment.beads) {
    ++shape_counts[{bead.source.size(), bead.target.size()}];
    confidence += bead.confidence;
  }
  Json shapes = Json::object();
  for (const auto& [shape, count] : shape_counts) {
    shapes[fmt::format("{}-{}", shape.first, shape.second)] = count;
  }
  Json line;
  line["id"] = pair.entry.id;
  line["source"] = pair.source;
  line["target"] = pair.target;
  line["source_language"] = source.language;
  line["target_language"] = target.language;
  line["source_sentences"] = source.sentences.size();
  line["target_sentences"] = target.sentences.size();
  line["beads"] = alignment.beads.size();
  line["shapes"] = std::move(shapes);
  line["mean_confidence"] = alignment.beads.empty()
                                ? 0.0
                                : rounded(confidence / static_cast<double>(alignment.beads.size()));
  if (!pair.output.empty()) {
    line["output"] = pair.output.string();
  }
  return line;
}

// clang-tidy sees the implicit special members of nlohmann's ordered_json as throwing (through
// its assert_invariant); they do not throw.
// NOLINTNEXTLINE(bugprone-exception-escape)
struct PairResult {
  Json line;
  bool failed = false;
  bool skipped = false;
  uint64_t sentences = 0;  // source + target
};

Json error_line(const Pair& pair, std::string_view message) {
  Json line;
  line["id"] = pair.entry.id;
  line["source"] = pair.source;
  line["target"] = pair.target;
  line["error"] = message;
  return line;
}

// Reads, segments, aligns and writes one pair. Never throws: a failure becomes the pair's
// error line (and a message on stderr).
PairResult run_pair(const Pair& pair, BatchContext& context) {
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
      std::ostream& out = output.stream();
      const std::string& format = context.flags.format;
      if (format == "beads") {
        write_beads(out, alignment);
      } else if (format == "tsv") {
        write_tsv(out, source, target, alignment);
      } else if (format == "tmx") {
        write_tmx(out, source, target, alignment, PARALLAX_VERSION);
      } else {
        write_json(out, source, target, alignment);
      }
      output.commit();
    }
    result.line = summary(pair, source, target, alignment);
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

// The pairs to run and their results, shared by the workers and the printing thread.
class Batch {
 public:
  Batch(std::vector<Pair> pairs, BatchContext& context)
      : pairs_(std::move(pairs)), results_(pairs_.size()), context_(context) {}

  const std::vector<Pair>& pairs() const { return pairs_; }

  // Marks pair i as done without running it (--resume).
  void skip(size_t i, Json line) { results_[i] = PairResult{std::move(line), false, true, 0}; }

  // Runs every pair not skipped on jobs threads and prints the summary lines in order.
  // Returns the results printed: all of them, or a prefix when interrupted.
  std::vector<PairResult> run(unsigned jobs) {
    for (size_t i = 0; i < pairs_.size(); ++i) {
      if (!results_[i]) {
        todo_.push_back(i);
      }
    }
    const Clock::time_point start = Clock::now();
    // A signal the batch was started with ignored (nohup, `trap '' INT`) stays ignored, as for
    // every other command.
    SignalWatcher watcher({SIGINT, SIGTERM}, [this](int signal) { on_signal(signal); });
    std::vector<PairResult> printed;
    {
      std::vector<std::jthread> workers;

      // On an exception below, the workers start no more pairs before they are joined.
      const OnExit stop_on_exit([this] {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
      });

      const size_t threads = std::min<size_t>(jobs, todo_.size());
      for (size_t t = 0; t < threads; ++t) {
        workers.emplace_back([this] { work(); });
      }
      uint64_t done = 0;
      for (size_t i = 0; i < pairs_.size(); ++i) {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return results_[i].has_value() || (stopping_ && running_ == 0); });
        if (!results_[i]) {
          break;  // interrupted: the pairs from i on were not started
        }
        PairResult result = std::move(*results_[i]);
        results_[i].reset();
        lock.unlock();
        print(result.line);
        if (!result.skipped) {
          ++done;
          context_.reporter.progress(done, todo_.size(),
                                     std::chrono::duration<double>(Clock::now() - start).count());
        }
        printed.push_back(std::move(result));
      }
    }
    context_.reporter.end_line();
    return printed;
  }

  bool interrupted() const {
    const std::lock_guard lock(mutex_);
    return stopping_ && signal_ != 0;
  }

  int signal() const {
    const std::lock_guard lock(mutex_);
    return signal_;
  }

 private:
  void work() {
    for (;;) {
      size_t i = 0;
      {
        const std::lock_guard lock(mutex_);
        if (stopping_ || next_ == todo_.size()) {
          return;
        }
        i = todo_[next_++];
        ++running_;
      }
      PairResult result = run_pair(pairs_[i], context_);
      {
        const std::lock_guard lock(mutex_);
        results_[i] = std::move(result);
        --running_;
      }
      ready_.notify_all();
    }
  }

  void print(const Json& line) {
    const std::lock_guard lock(print_mutex_);
    std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    // One flush per pair: a consumer sees each line as soon as it is complete, and a dropping
    // signal loses nothing already printed.
    std::cout.flush();
    if (!std::cout) {
      throw IoError("<stdout>: write failed (check the pipe or the disk it goes to)");
    }
  }

  void on_signal(int signal) {
    size_t running = 0;
    {
      const std::lock_guard lock(mutex_);
      if (signal == SIGINT && signal_ == 0) {
        signal_ = signal;
        stopping_ = true;
        running = running_;
      } else {
        signal_ = signal;
        running = SIZE_MAX;
      }
    }
    if (running != SIZE_MAX) {
      ready_.notify_all();
      context_.reporter.error(fmt::format(
          "interrupted: starting no more pairs; finishing the {} running (press Ctrl-C again "
          "to drop them)",
          running));
      return;
    }
    // Drop: what is printed stays printed; no temporary file is left; the process ends.
    context_.reporter.error("interrupted: dropping the running pairs");
    context_.temporaries.remove_all_and_hold();
    const std::lock_guard print_lock(print_mutex_);  // not in the middle of a line
    die_by(signal);
  }

  std::vector<Pair> pairs_;
  std::vector<std::optional<PairResult>> results_;  // filled by the workers, emptied when printed
  std::vector<size_t> todo_;                        // indices to run, increasing
  BatchContext& context_;

  mutable std::mutex mutex_;
  std::condition_variable ready_;
  size_t next_ = 0;        // todo_[next_] is the next pair to start
  size_t running_ = 0;     // pairs started and not yet stored
  bool stopping_ = false;  // start no more pairs
  int signal_ = 0;         // the last signal received
  std::mutex print_mutex_;
};

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

// The manifest's entries. At most one document may be '-' (stdin), and none when the manifest
// is read from stdin.
std::vector<ManifestEntry> read_manifest(const std::string& manifest,
                                         const std::string& manifest_name) {
  std::vector<ManifestEntry> entries =
      parse_manifest(read_text_input(manifest, ReadOptions{}), manifest_name);
  uint32_t stdin_line = manifest == "-" ? UINT32_MAX : 0;
  for (const ManifestEntry& entry : entries) {
    if (entry.source == "-" || entry.target == "-") {
      if (stdin_line != 0 || (entry.source == "-" && entry.target == "-")) {
        throw InputError(manifest_name, entry.line, 0,
                         stdin_line == UINT32_MAX
                             ? "'-' (stdin) cannot be a document: the manifest is read from stdin"
                             : "'-' (stdin) can be read only once (give file paths)");
      }
      stdin_line = entry.line;
    }
  }
  return entries;
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

// This shard's pairs, in manifest order, their paths relative to base (the manifest's folder).
// The shards are balanced by file size; a file that cannot be read counts 0 bytes (its pair
// fails in its shard).
std::vector<Pair> shard_pairs(const std::vector<ManifestEntry>& entries,
                              const std::filesystem::path& base,
                              const Shard& shard,
                              const std::filesystem::path& output_dir,
                              const std::string& format) {
  std::vector<uint64_t> sizes(entries.size(), 0);
  if (shard.count > 1) {
    for (size_t i = 0; i < entries.size(); ++i) {
      for (const std::string& path : {entries[i].source, entries[i].target}) {
        std::error_code ec;
        const uintmax_t size = std::filesystem::file_size(resolve_manifest_path(path, base), ec);
        sizes[i] += ec ? 0 : size;
      }
    }
  }
  std::vector<Pair> pairs;
  for (const size_t i : shard_indices(sizes, shard)) {
    Pair pair;
    pair.entry = entries[i];
    pair.source = resolve_manifest_path(pair.entry.source, base);
    pair.target = resolve_manifest_path(pair.entry.target, base);
    if (!output_dir.empty()) {
      pair.output = output_dir / (pair.entry.id + "." + extension(format));
    }
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

// --resume: marks the pairs whose output file exists as skipped. Returns how many.
size_t skip_existing_outputs(Batch& batch, Reporter& reporter) {
  const size_t total = batch.pairs().size();
  size_t skipped = 0;
  for (size_t i = 0; i < total; ++i) {
    const Pair& pair = batch.pairs()[i];
    std::error_code ec;
    if (std::filesystem::exists(pair.output, ec)) {
      Json line;
      line["id"] = pair.entry.id;
      line["skipped"] = "output exists";
      line["output"] = pair.output.string();
      batch.skip(i, std::move(line));
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
                 Reporter& reporter) {
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
  Reporter reporter(console, flags.quiet);
  const Clock::time_point start = Clock::now();

  check_flags(flags);
  const Shard shard = parse_shard(flags.shard);
  const unsigned jobs =
      flags.jobs != 0 ? flags.jobs : std::max(1U, std::thread::hardware_concurrency());
  const ReadOptions read = read_options(flags.input, "");
  segment_options(flags.input, flags.from, console);  // validates the input flags
  AlignOptions align = align_options(flags.align, console);
  align.on_progress = {};  // the batch reports progress per pair, not per stage
  align.on_diagnostic = reporter.diagnostic_callback();

  // The manifest: paths relative to its folder.
  const std::string manifest_name = input_name(flags.manifest);
  const std::vector<ManifestEntry> entries = read_manifest(flags.manifest, manifest_name);
  const std::filesystem::path base = flags.manifest == "-"
                                         ? std::filesystem::path()
                                         : std::filesystem::path(flags.manifest).parent_path();
  const std::filesystem::path output_dir = prepare_output_dir(flags.output_dir);
  std::vector<Pair> pairs = shard_pairs(entries, base, shard, output_dir, flags.format);

  LexiconCache lexicons(!flags.no_default_lexicon, reporter);
  TemporaryFiles temporaries;
  BatchContext context{flags, read, std::move(align), lexicons, reporter, console, temporaries};
  const size_t total = pairs.size();
  Batch batch(std::move(pairs), context);
  const size_t skipped = flags.resume ? skip_existing_outputs(batch, reporter) : 0;

  const std::vector<PairResult> results = batch.run(jobs);

  note_totals(results, skipped, std::chrono::duration<double>(Clock::now() - start).count(),
              std::min<size_t>(jobs, total), reporter);
  if (batch.interrupted()) {
    reporter.error(fmt::format("interrupted after {} of {} pairs{}", results.size(), total,
                               output_dir.empty() ? "" : " (run again with --resume to go on)"));
    die_by(batch.signal());
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
