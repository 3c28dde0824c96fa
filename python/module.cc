// The compiled core of the Python module `parallax` (python/parallax/__init__.py wraps it):
// the library's documents, alignments and rendering report, with no second implementation.
// File reading and the bundled lexicons go through the CLI's own code (cli/input.cc,
// cli/bundled_lexicon.cc), so Python reads and loads exactly as `parallax` does.
// Long calls (align, terms) release the GIL; their inputs are immutable C++ objects kept alive
// by shared pointers, so no Python object is touched while it is released.
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <parallax/align.h>
#include <parallax/compare.h>
#include <parallax/diff.h>
#include <parallax/diff_formats.h>
#include <parallax/errors.h>
#include <parallax/formats.h>
#include <parallax/lexicon.h>
#include <parallax/report.h>
#include <parallax/segment.h>
#include <parallax/terms.h>
#include <parallax/terms_formats.h>

#include "bundled_lexicon.h"
#include "exit_codes.h"
#include "input.h"
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace parallax::python {

namespace {

// Holders are shared_ptr<T> (pybind11 needs a non-const T); nothing here mutates them.
using DocumentPtr = std::shared_ptr<Document>;
using LexiconPtr = std::shared_ptr<PreparedLexicon>;

// An alignment with what it was made from, so that writers and the rendering report can use
// it after the Python caller has dropped its own references.
struct AlignmentHandle {
  DocumentPtr source;
  DocumentPtr target;
  LexiconPtr lexicon;
  Alignment alignment;
};

using AlignmentPtr = std::shared_ptr<AlignmentHandle>;

// A diff with the two versions it points into.
struct DiffHandle {
  DocumentPtr a;
  DocumentPtr b;
  DiffResult result;
};

using DiffPtr = std::shared_ptr<DiffHandle>;

// Anomalies (a script that does not match the declared language, a damaged prepared lexicon)
// are collected while the library runs and handed to Python, which issues them as warnings.
struct Diagnostics {
  std::vector<std::string> messages;

  DiagnosticCallback callback() {
    return [this](const Diagnostic& d) {
      messages.push_back(d.line > 0 ? d.source + ":" + std::to_string(d.line) + ": " + d.message
                                    : d.source + ": " + d.message);
    };
  }
};

SegmentOptions segment_options(const std::string& language,
                               bool lines,
                               bool blank_line_paragraphs,
                               bool allow_empty_lines,
                               Diagnostics& diagnostics) {
  SegmentOptions options;
  options.language = language;
  options.lines = lines;
  options.paragraph_break =
      blank_line_paragraphs ? ParagraphBreak::BlankLine : ParagraphBreak::LineBreak;
  options.on_empty_line = allow_empty_lines ? OnAnomaly::Warn : OnAnomaly::Fail;
  options.on_diagnostic = diagnostics.callback();
  options.validate();
  return options;
}

py::tuple read_document(const std::string& path,
                        const std::string& language,
                        const std::string& encoding,
                        bool lines,
                        bool blank_line_paragraphs,
                        bool allow_empty_lines) {
  Diagnostics diagnostics;
  ReadOptions read;
  read.encoding = encoding;
  read.validate();
  const SegmentOptions options =
      segment_options(language, lines, blank_line_paragraphs, allow_empty_lines, diagnostics);
  auto document = std::make_shared<Document>(cli::load_document(path, read, options));
  return py::make_tuple(document, diagnostics.messages);
}

py::tuple segment_text(const std::string& text,
                       const std::string& source_name,
                       const std::string& language,
                       bool lines,
                       bool blank_line_paragraphs,
                       bool allow_empty_lines) {
  Diagnostics diagnostics;
  ReadOptions read;
  read.encoding = "UTF-8";  // a Python str arrives as UTF-8
  const SegmentOptions options =
      segment_options(language, lines, blank_line_paragraphs, allow_empty_lines, diagnostics);
  auto document = std::make_shared<Document>(
      segment(decode_text(text, source_name, read), source_name, options));
  return py::make_tuple(document, diagnostics.messages);
}

Lexicon read_lexicon_file(const std::string& path, const std::string& from, const std::string& to) {
  std::istringstream in(cli::read_input(path));
  LexiconReadOptions options;
  options.source_language = from;
  options.target_language = to;
  return Lexicon::read_tsv(in, cli::input_name(path), options);
}

// The files in paths, else (use_bundled) the bundled lexicon of the pair in bundled_dir, as
// `parallax align` loads them (cli/lexicons.cc); an empty lexicon when there is none.
py::tuple load_lexicon(const std::vector<std::string>& paths,
                       const std::string& from,
                       const std::string& to,
                       bool use_bundled,
                       const std::string& bundled_dir) {
  Diagnostics diagnostics;
  if (paths.empty() && use_bundled && !from.empty() && !to.empty()) {
    const cli::BundledLexicon bundled = cli::read_bundled_lexicon(bundled_dir, from, to);
    if (!bundled.files.empty()) {
      auto lexicon = std::make_shared<PreparedLexicon>(
          cli::load_bundled_lexicon(bundled, diagnostics.callback()));
      return py::make_tuple(lexicon, diagnostics.messages);
    }
  }
  std::vector<Lexicon> lexicons;
  lexicons.reserve(paths.size());
  for (const std::string& path : paths) {
    lexicons.push_back(read_lexicon_file(path, from, to));
  }
  auto lexicon = std::make_shared<PreparedLexicon>(Lexicon::combine(lexicons, from, to), from, to);
  return py::make_tuple(lexicon, diagnostics.messages);
}

AlignmentPtr align_documents(const DocumentPtr& source,
                             const DocumentPtr& target,
                             const LexiconPtr& lexicon,
                             uint32_t max_side,
                             bool learn_lexicon,
                             bool use_paragraphs,
                             uint32_t band) {
  AlignOptions options;
  options.max_side = max_side;
  options.learn_lexicon = learn_lexicon;
  options.use_paragraphs = use_paragraphs;
  options.band = band;
  options.validate();
  auto handle = std::make_shared<AlignmentHandle>();
  handle->source = source;
  handle->target = target;
  handle->lexicon = lexicon;
  {
    const py::gil_scoped_release unlocked;
    handle->alignment = align(*source, *target, options, *lexicon);
  }
  return handle;
}

template <typename Write>
std::string written(Write&& write) {
  std::ostringstream out;
  write(out);
  return std::move(out).str();
}

py::list beads_of(const AlignmentHandle& handle) {
  py::list beads;
  for (const Bead& bead : handle.alignment.beads) {
    py::list source;
    for (uint32_t i = bead.source.begin; i < bead.source.end; ++i) {
      source.append(i);
    }
    py::list target;
    for (uint32_t j = bead.target.begin; j < bead.target.end; ++j) {
      target.append(j);
    }
    beads.append(py::make_tuple(source, target, bead.confidence, bead.evidence));
  }
  return beads;
}

py::array_t<float> confidences_of(const AlignmentHandle& handle) {
  const std::vector<Bead>& beads = handle.alignment.beads;
  py::array_t<float> out(static_cast<py::ssize_t>(beads.size()));
  auto view = out.mutable_unchecked<1>();
  for (size_t k = 0; k < beads.size(); ++k) {
    view(static_cast<py::ssize_t>(k)) = beads[k].confidence;
  }
  return out;
}

// The alignments of the translations with one original, as compare() takes them: aligned
// already, each with its lexicon.
std::vector<CompareText> compare_texts(const DocumentPtr& original,
                                       const std::vector<AlignmentPtr>& alignments) {
  std::vector<CompareText> texts;
  for (const AlignmentPtr& handle : alignments) {
    if (handle->source != original) {
      throw OptionError("every alignment must have the original as its source document");
    }
    texts.push_back(
        CompareText{handle->target.get(), handle->lexicon.get(), &handle->alignment, {}});
  }
  return texts;
}

TermOptions term_options(const py::dict& settings) {
  TermOptions options;
  for (const auto& [key, value] : settings) {
    const std::string name = py::cast<std::string>(key);
    if (name == "max_gap") {
      options.max_gap = py::cast<uint32_t>(value);
    } else if (name == "max_rendering_gap") {
      options.max_rendering_gap = py::cast<uint32_t>(value);
    } else if (name == "max_proposed") {
      options.max_proposed = py::cast<uint32_t>(value);
    } else if (name == "min_occurrences") {
      options.min_occurrences = py::cast<uint32_t>(value);
    } else {
      throw OptionError("unknown term option '" + name + "'");
    }
  }
  options.validate();
  return options;
}

// The rendering report as the CLI writes it: (JSON, text). With no query, terms are proposed
// and only the divergent ones kept, as `parallax terms` does.
py::tuple report_terms_json(const DocumentPtr& original,
                            const std::vector<AlignmentPtr>& alignments,
                            const std::vector<std::pair<std::string, std::string>>& queries,
                            const py::dict& settings) {
  CompareOptions options;
  options.terms = term_options(settings);
  options.terms.only_divergent = queries.empty();
  const std::vector<CompareText> texts = compare_texts(original, alignments);
  std::vector<TermQuery> term_queries;
  for (const auto& [text, expected] : queries) {
    term_queries.push_back(TermQuery{text, expected});
  }
  std::string json;
  std::string text;
  {
    const py::gil_scoped_release unlocked;
    const Comparison comparison = compare(*original, texts, std::move(term_queries), options);
    const std::vector<Translation> translations = term_translations(comparison);
    json = written([&](std::ostream& out) {
      write_terms_json(out, *comparison.terms, *original, translations);
    });
    text = written([&](std::ostream& out) {
      write_terms_text(out, *comparison.terms, *original, translations);
    });
  }
  return py::make_tuple(json, text);
}

std::string html_report(const DocumentPtr& original,
                        const std::vector<AlignmentPtr>& alignments,
                        const std::string& title) {
  CompareOptions compare_options;
  compare_options.report = CompareTerms::None;
  const Comparison comparison =
      compare(*original, compare_texts(original, alignments), {}, compare_options);
  ReportOptions options;
  options.title = title;
  options.tool_version = PARALLAX_VERSION;
  options.validate();
  return written([&](std::ostream& out) {
    write_html_report(out, *original, report_columns(comparison), nullptr, options);
  });
}

DiffOptions diff_options(const std::string& language, uint32_t pair_window) {
  DiffOptions options;
  options.language = language;
  options.pair_window = pair_window;
  options.validate();
  return options;
}

// The edits between the source (A) and target (B) of an alignment of two versions.
DiffPtr diff_versions_of(const AlignmentPtr& versions,
                         const std::string& language,
                         uint32_t pair_window) {
  const DiffOptions options = diff_options(language, pair_window);
  auto handle = std::make_shared<DiffHandle>();
  handle->a = versions->source;
  handle->b = versions->target;
  const py::gil_scoped_release unlocked;
  handle->result = diff_versions(*handle->a, *handle->b, versions->alignment, options);
  return handle;
}

// The edits between the targets of two alignments with one original, through it.
DiffPtr diff_through(const AlignmentPtr& to_a,
                     const AlignmentPtr& to_b,
                     const std::string& language,
                     uint32_t pair_window) {
  if (to_a->source != to_b->source) {
    throw OptionError("both alignments must have the same original as their source");
  }
  const DiffOptions options = diff_options(language, pair_window);
  auto handle = std::make_shared<DiffHandle>();
  handle->a = to_a->target;
  handle->b = to_b->target;
  const py::gil_scoped_release unlocked;
  const Alignment through =
      alignment_through(*to_a->source, *handle->a, to_a->alignment, *handle->b, to_b->alignment);
  handle->result = diff_versions(*handle->a, *handle->b, through, options);
  return handle;
}

// Library exceptions become the module's exception classes with the same message; an
// InputError keeps its source, line and column as attributes.
void register_errors(py::module_& m) {
  static py::exception<Error> error(m, "Error");
  static py::exception<OptionError> option_error(m, "OptionError", error.ptr());
  static py::exception<InputError> input_error(m, "InputError", error.ptr());
  static py::exception<cli::CannotOpen> cannot_open(m, "CannotOpen", input_error.ptr());
  static py::exception<cli::IoError> io_error(m, "IoError", error.ptr());
  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) {
        std::rethrow_exception(thrown);
      }
    } catch (const InputError& e) {
      const py::object& type = dynamic_cast<const cli::CannotOpen*>(&e) != nullptr
                                   ? static_cast<const py::object&>(cannot_open)
                                   : static_cast<const py::object&>(input_error);
      py::object instance = type(e.what());
      instance.attr("source") = e.source;
      instance.attr("line") = e.line;
      instance.attr("column") = e.column;
      instance.attr("message") = e.message;
      PyErr_SetObject(type.ptr(), instance.ptr());
    } catch (const OptionError& e) {
      option_error(e.what());
    } catch (const cli::IoError& e) {
      io_error(e.what());
    } catch (const Error& e) {
      error(e.what());
    }
  });
}

void bind_document(py::module_& m) {
  py::class_<Document, DocumentPtr>(m, "Document")
      .def_readonly("source_name", &Document::source_name)
      .def_readonly("language", &Document::language)
      .def_readonly("encoding", &Document::encoding)
      .def_readonly("text", &Document::text)
      .def_readonly("paragraph_count", &Document::paragraph_count)
      .def("__len__", [](const Document& d) { return d.sentences.size(); })
      .def(
          "sentence_records",
          [](const Document& d) {
            py::list records;
            for (size_t i = 0; i < d.sentences.size(); ++i) {
              const Sentence& s = d.sentences[i];
              records.append(py::make_tuple(d.sentence_text(i), s.paragraph, s.line, s.span.begin,
                                            s.span.end));
            }
            return records;
          },
          "(text, paragraph, line, begin byte, end byte) of every sentence");
}

void bind_alignment(py::module_& m) {
  py::class_<PreparedLexicon, LexiconPtr>(m, "PreparedLexicon")
      .def_property_readonly("source_language", &PreparedLexicon::source_language)
      .def_property_readonly("target_language", &PreparedLexicon::target_language)
      .def("__len__", [](const PreparedLexicon& l) { return l.entries().size(); });
  py::class_<AlignmentHandle, AlignmentPtr>(m, "AlignmentHandle")
      .def_readonly("source", &AlignmentHandle::source)
      .def_readonly("target", &AlignmentHandle::target)
      .def("bead_records", &beads_of, "(source ids, target ids, confidence, evidence) per bead")
      .def("confidences", &confidences_of)
      .def("beads_text",
           [](const AlignmentHandle& h) {
             return written([&](std::ostream& out) { write_beads(out, h.alignment); });
           })
      .def("tsv",
           [](const AlignmentHandle& h) {
             return written(
                 [&](std::ostream& out) { write_tsv(out, *h.source, *h.target, h.alignment); });
           })
      .def("json",
           [](const AlignmentHandle& h) {
             return written(
                 [&](std::ostream& out) { write_json(out, *h.source, *h.target, h.alignment); });
           })
      .def("tmx", [](const AlignmentHandle& h) {
        return written([&](std::ostream& out) {
          write_tmx(out, *h.source, *h.target, h.alignment, PARALLAX_VERSION);
        });
      });
}

void bind_diff(py::module_& m) {
  py::class_<DiffHandle, DiffPtr>(m, "DiffHandle")
      .def("json",
           [](const DiffHandle& d) {
             return written([&](std::ostream& out) { write_diff_json(out, *d.a, *d.b, d.result); });
           })
      .def("text",
           [](const DiffHandle& d) {
             return written([&](std::ostream& out) { write_diff_text(out, *d.a, *d.b, d.result); });
           })
      .def("tsv",
           [](const DiffHandle& d) {
             return written([&](std::ostream& out) { write_diff_tsv(out, *d.a, *d.b, d.result); });
           })
      .def("html", [](const DiffHandle& d, const std::string& title) {
        DiffPageOptions options;
        options.title = title;
        options.tool_version = PARALLAX_VERSION;
        return written(
            [&](std::ostream& out) { write_diff_html(out, *d.a, *d.b, d.result, options); });
      });
}

}  // namespace

}  // namespace parallax::python

PYBIND11_MODULE(_parallax, m) {
  using namespace parallax::python;  // NOLINT(google-build-using-namespace)
  m.doc() = "Compiled core of parallax; use the `parallax` package.";
  m.attr("__version__") = PARALLAX_VERSION;
  m.attr("BUNDLED_LEXICON_DIR") = PARALLAX_LEXICON_DIR;
  register_errors(m);
  bind_document(m);
  bind_alignment(m);
  bind_diff(m);
  m.def("read_document", &read_document);
  m.def("segment_text", &segment_text);
  m.def("load_lexicon", &load_lexicon);
  m.def("align", &align_documents);
  m.def("report_terms", &report_terms_json);
  m.def("html_report", &html_report);
  m.def("diff_versions", &diff_versions_of);
  m.def("diff_through", &diff_through);
}
