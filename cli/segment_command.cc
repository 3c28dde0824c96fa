// `parallax segment FILE`: shows how a text is read and split into sentences.
#include <memory>
#include <ostream>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <parallax/segment.h>
#include <parallax/types.h>

#include "commands.h"
#include "input.h"
#include "options.h"
#include "output.h"

namespace parallax::cli {

namespace {

struct SegmentFlags {
  std::string file;
  std::string language;  // --lang
  InputFlags input;
  OutputFlags output;
  bool quiet = false;
};

// "P<paragraph>\t<id>\t<sentence>" per sentence, 0-based; TAB, LF and CR in the sentence
// become spaces so that each sentence stays on one line.
void write_text(std::ostream& out, const Document& document) {
  std::string line;
  for (size_t i = 0; i < document.sentences.size(); ++i) {
    line.clear();
    fmt::format_to(std::back_inserter(line), "P{}\t{}\t", document.sentences[i].paragraph, i);
    for (const char c : document.sentence_text(i)) {
      line += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
    line += '\n';
    out << line;
  }
}

// {file, language, encoding, format, sentences: [{id, paragraph, line, location, begin, end,
// text}]}; begin and end are byte offsets into the decoded (UTF-8, NFC) text (for a document:
// its extracted text, one line per paragraph), location where the sentence starts in the input.
void write_json(std::ostream& out, const Document& document) {
  using Json = nlohmann::ordered_json;
  Json root;
  root["file"] = document.source_name;
  root["language"] = document.language;
  root["encoding"] = document.encoding;
  root["format"] = document.format;
  Json sentences = Json::array();
  for (size_t i = 0; i < document.sentences.size(); ++i) {
    const Sentence& sentence = document.sentences[i];
    Json s;
    s["id"] = i;
    s["paragraph"] = sentence.paragraph;
    s["line"] = sentence.line;
    s["location"] = document.location_of(i);
    s["begin"] = sentence.span.begin;
    s["end"] = sentence.span.end;
    s["text"] = document.sentence_text(i);
    sentences.push_back(std::move(s));
  }
  root["sentences"] = std::move(sentences);
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

void run_segment(const SegmentFlags& flags, Console& console) {
  console.set_quiet(flags.quiet);
  const ReadOptions read = read_options(flags.input, "");
  const SegmentOptions segment = segment_options(flags.input, flags.language, console);
  const Document document = load_document(flags.file, read, segment);
  Output output(flags.output.path, {flags.file});
  if (flags.output.format == "json") {
    write_json(output.stream(), document);
  } else {
    write_text(output.stream(), document);
  }
  output.commit();
}

}  // namespace

void add_segment_command(CLI::App& app, Session& session) {
  auto flags = std::make_shared<SegmentFlags>();
  CLI::App* command = app.add_subcommand(
      "segment", "Split a text into sentences and print them (to check what align will see)");
  command->add_option("FILE", flags->file, "Text file; '-' = stdin")->type_name("FILE")->required();
  command
      ->add_option("--lang", flags->language,
                   "ISO 639-1 language of the text (ru, en, de, ...); default: detect")
      ->type_name("LANG");
  add_input_flags(*command, flags->input);
  add_output_flags(*command, flags->output, {"text", "json"});
  command->add_flag("-q,--quiet", flags->quiet, "Print errors only");
  command->callback([flags, &session] {
    session.run = [flags, &session] { run_segment(*flags, session.console); };
  });
}

}  // namespace parallax::cli
