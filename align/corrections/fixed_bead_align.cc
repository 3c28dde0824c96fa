// Alignment around beads fixed by hand (parallax/corrections.h).
//
// Notation: source sentences i ∈ [0,m), target sentences j ∈ [0,n). The fixed beads cut both
// documents into gaps: gap g is source [i_g, i'_g) × target [j_g, j'_g), between the end of
// fixed bead g-1 and the start of fixed bead g. Each gap is a pair of sub-documents (the
// sentences' text copied, spans rebased) aligned by align() alone, and its beads are shifted
// back to document indices. Since every gap and every fixed bead is a monotone partition of
// its own rectangle and the rectangles follow each other on the diagonal, the whole is a
// monotone partition of [0,m) × [0,n). The search code is untouched: a gap is just a shorter
// pair of texts (so a drifted region between two corrections is re-aligned afresh, its
// length ratio and learned lexicon from itself).
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <parallax/corrections.h>
#include <parallax/errors.h>

namespace parallax {

namespace {

// The sentences [range.begin, range.end) of document as a document of their own: the text from
// the first sentence's start to the last one's end, paragraphs counted from the first one's.
Document sub_document(const Document& document, IndexRange range) {
  Document part;
  part.source_name = document.source_name;
  part.language = document.language;
  part.encoding = document.encoding;
  if (range.empty()) {
    return part;
  }
  const uint32_t text_begin = document.sentences[range.begin].span.begin;
  const uint32_t text_end = document.sentences[range.end - 1].span.end;
  const uint32_t first_paragraph = document.sentences[range.begin].paragraph;
  part.text = document.text.substr(text_begin, text_end - text_begin);
  part.sentences.reserve(range.size());
  for (uint32_t i = range.begin; i < range.end; ++i) {
    Sentence sentence = document.sentences[i];
    sentence.span.begin -= text_begin;
    sentence.span.end -= text_begin;
    sentence.paragraph -= first_paragraph;
    part.sentences.push_back(sentence);
  }
  part.paragraph_count = part.sentences.back().paragraph + 1;
  return part;
}

void check_fixed(const std::vector<Bead>& fixed, uint32_t m, uint32_t n) {
  uint32_t source_end = 0;
  uint32_t target_end = 0;
  for (size_t k = 0; k < fixed.size(); ++k) {
    const Bead& bead = fixed[k];
    const bool inside = bead.source.begin <= bead.source.end && bead.source.end <= m &&
                        bead.target.begin <= bead.target.end && bead.target.end <= n;
    const bool ordered = bead.source.begin >= source_end && bead.target.begin >= target_end;
    if (!inside || !ordered || (bead.source.empty() && bead.target.empty())) {
      throw OptionError(
          fmt::format("fixed bead {} is empty, outside the documents or out of "
                      "order (check them with check_corrections)",
                      k + 1));
    }
    source_end = bead.source.end;
    target_end = bead.target.end;
  }
}

// Aligns source [rows) with target [columns) and appends the beads in document indices.
void align_gap(const Document& source,
               const Document& target,
               IndexRange rows,
               IndexRange columns,
               const AlignOptions& options,
               const PreparedLexicon& lexicon,
               std::vector<Bead>& out,
               uint32_t& moved_blocks) {
  if (rows.empty() && columns.empty()) {
    return;
  }
  const Alignment part =
      align(sub_document(source, rows), sub_document(target, columns), options, lexicon);
  // Each gap numbers its moved blocks from 1: continue the numbering of the gaps before.
  const uint32_t moved_before = moved_blocks;
  for (Bead bead : part.beads) {
    bead.source = IndexRange{rows.begin + bead.source.begin, rows.begin + bead.source.end};
    bead.target = IndexRange{columns.begin + bead.target.begin, columns.begin + bead.target.end};
    bead.moved = bead.moved == 0 ? 0 : moved_before + bead.moved;
    moved_blocks = std::max(moved_blocks, bead.moved);
    out.push_back(std::move(bead));
  }
}

}  // namespace

Alignment align_with_fixed_beads(const Document& source,
                                 const Document& target,
                                 const std::vector<Bead>& fixed,
                                 const AlignOptions& options,
                                 const PreparedLexicon& lexicon) {
  options.validate();
  const auto m = static_cast<uint32_t>(source.sentences.size());
  const auto n = static_cast<uint32_t>(target.sentences.size());
  check_fixed(fixed, m, n);
  if (fixed.empty()) {
    return align(source, target, options, lexicon);
  }
  // Each gap reports its own stages; the caller sees one progress per gap instead.
  AlignOptions gap_options = options;
  gap_options.on_progress = nullptr;
  Alignment result;
  uint32_t source_end = 0;
  uint32_t target_end = 0;
  uint32_t moved_blocks = 0;
  for (size_t k = 0; k <= fixed.size(); ++k) {
    if (options.on_progress) {
      options.on_progress(Progress{"align", k, fixed.size() + 1});
    }
    const IndexRange rows{source_end, k < fixed.size() ? fixed[k].source.begin : m};
    const IndexRange columns{target_end, k < fixed.size() ? fixed[k].target.begin : n};
    align_gap(source, target, rows, columns, gap_options, lexicon, result.beads, moved_blocks);
    if (k < fixed.size()) {
      Bead bead = fixed[k];
      bead.confidence = 1.0F;
      bead.checked = true;
      result.beads.push_back(std::move(bead));
      source_end = fixed[k].source.end;
      target_end = fixed[k].target.end;
    }
  }
  if (options.on_progress) {
    options.on_progress(Progress{"done", fixed.size() + 1, fixed.size() + 1});
  }
  return result;
}

}  // namespace parallax
