// Comparing two versions (parallax/diff.h): tokenize each bead's sentences, classify the
// edits of each bead (diff/edit_classifier.h), and count the distinct changes
// (diff/change_table.h).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include <parallax/diff.h>
#include <parallax/errors.h>
#include <parallax/report.h>
#include <parallax/validate.h>

#include "diff/change_table.h"
#include "diff/diff_tokens.h"
#include "diff/edit_classifier.h"

namespace parallax {

namespace {

constexpr uint32_t kMaxPairWindow = 8;
constexpr size_t kProgressBeads = 256;

// The edits of a bead with one empty side: one per sentence of the other.
std::vector<Edit> sentence_edits(const Document& a,
                                 const Document& b,
                                 const Bead& bead,
                                 uint32_t b_position,
                                 uint32_t a_position) {
  std::vector<Edit> edits;
  for (uint32_t i = bead.source.begin; i < bead.source.end; ++i) {
    edits.push_back(Edit{EditKind::SentenceOmission, a.sentences[i].span,
                         Span{b_position, b_position}, diff::collapsed(a.sentence_text(i)), ""});
  }
  for (uint32_t j = bead.target.begin; j < bead.target.end; ++j) {
    edits.push_back(Edit{EditKind::SentenceInsertion, Span{a_position, a_position},
                         b.sentences[j].span, "", diff::collapsed(b.sentence_text(j))});
  }
  return edits;
}

// The byte where sentence `index` of document starts, or the text's end past the last one.
uint32_t position_of(const Document& document, uint32_t index) {
  return index < document.sentences.size() ? document.sentences[index].span.begin
                                           : static_cast<uint32_t>(document.text.size());
}

}  // namespace

std::string_view edit_kind_name(EditKind kind) noexcept {
  switch (kind) {
    case EditKind::Lexical:
      return "lexical";
    case EditKind::Inflection:
      return "inflection";
    case EditKind::FunctionWord:
      return "function_word";
    case EditKind::Order:
      return "order";
    case EditKind::Typography:
      return "typography";
    case EditKind::Case:
      return "case";
    case EditKind::Punctuation:
      return "punctuation";
    case EditKind::Insertion:
      return "insertion";
    case EditKind::Omission:
      return "omission";
    case EditKind::SentenceInsertion:
      return "sentence_insertion";
    case EditKind::SentenceOmission:
      return "sentence_omission";
  }
  return "?";
}

void DiffOptions::validate() const {
  if (pair_window > kMaxPairWindow) {
    throw OptionError(
        fmt::format("pair window {} is out of range 0..{}", pair_window, kMaxPairWindow));
  }
}

DiffResult diff_versions(const Document& a,
                         const Document& b,
                         const Alignment& alignment,
                         const DiffOptions& options) {
  options.validate();
  validate_alignment(alignment, a.sentences.size(), b.sentences.size(), "diff");
  diff::DiffTokenizer tokenizer(options.language.empty() ? a.language : options.language);
  DiffResult result;
  result.beads.reserve(alignment.beads.size());
  std::vector<diff::DiffToken> tokens_a;
  std::vector<diff::DiffToken> tokens_b;
  for (size_t k = 0; k < alignment.beads.size(); ++k) {
    const Bead& bead = alignment.beads[k];
    DiffBead out{bead.source, bead.target, bead.confidence, {}};
    const uint32_t a_position = position_of(a, bead.source.begin);
    const uint32_t b_position = position_of(b, bead.target.begin);
    if (bead.source.empty() || bead.target.empty()) {
      out.edits = sentence_edits(a, b, bead, b_position, a_position);
    } else {
      tokens_a.clear();
      tokens_b.clear();
      tokenizer.tokenize(a, bead.source, tokens_a);
      tokenizer.tokenize(b, bead.target, tokens_b);
      out.edits =
          diff::classify_bead(diff::BeadSide{&a, tokens_a, a_position},
                              diff::BeadSide{&b, tokens_b, b_position}, options.pair_window);
    }
    for (const Edit& edit : out.edits) {
      ++result.edits_by_kind[static_cast<size_t>(edit.kind)];
    }
    result.beads.push_back(std::move(out));
    if (options.on_progress && ((k + 1) % kProgressBeads == 0 || k + 1 == alignment.beads.size())) {
      options.on_progress(Progress{"diff", k + 1, alignment.beads.size()});
    }
  }
  result.changes = diff::change_table(result.beads);
  return result;
}

Alignment alignment_through(const Document& original,
                            const Document& a,
                            const Alignment& to_a,
                            const Document& b,
                            const Alignment& to_b) {
  const std::vector<ReportRow> rows =
      report_rows(original, {ReportColumn{&a, &to_a}, ReportColumn{&b, &to_b}}, ReportOptions{});
  Alignment through;
  for (const ReportRow& row : rows) {
    const IndexRange sentences_a = row.cells[1].sentences;
    const IndexRange sentences_b = row.cells[2].sentences;
    if (sentences_a.empty() && sentences_b.empty()) {
      continue;
    }
    through.beads.push_back(Bead{sentences_a, sentences_b, row.confidence, ""});
  }
  return through;
}

}  // namespace parallax
