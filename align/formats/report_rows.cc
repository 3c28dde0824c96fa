// N-way rows of several alignments with one original (parallax/report.h).
//
// Notation: i ∈ [0,m) original sentences; alignment k ∈ [0,K) pairs them with its translation's
// sentences j ∈ [0,n_k). A cut c ∈ [0,m] is a boundary between original sentences c-1 and c;
// alignment k cuts at c when one of its beads begins or ends there. A row must hold whole beads
// of every alignment, so its boundaries are the cuts common to all K alignments; the smallest
// such rows are those between consecutive common cuts. With K = 1 every cut is common and the
// rows are the beads.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <fmt/format.h>

#include <parallax/errors.h>
#include <parallax/report.h>
#include <parallax/validate.h>

namespace parallax {

namespace {

// Throws OptionError unless the column has a document and an alignment partitioning
// [0,m) × [0,n) monotonically.
void check_column(const ReportColumn& column, size_t m, size_t k) {
  if (column.document == nullptr || column.alignment == nullptr) {
    throw OptionError(fmt::format("translation {}: no document or no alignment given", k + 1));
  }
  validate_alignment(*column.alignment, m, column.document->sentences.size(),
                     fmt::format("translation {} ({})", k + 1, column.document->source_name));
}

// The cell of alignment beads [first, last) at target position target (used when empty).
// The target side of a moved block's beads (Bead::moved) lies elsewhere: when they share the
// cell with other beads (another translation's bead spans the block's edge), the cell's
// sentences are the hull of its beads' (some sentences then show in two cells).
ReportCell make_cell(const Alignment& alignment, size_t first, size_t last, uint32_t target) {
  ReportCell cell;
  cell.beads = IndexRange{static_cast<uint32_t>(first), static_cast<uint32_t>(last)};
  cell.sentences = IndexRange{target, target};
  if (first < last) {
    cell.sentences =
        IndexRange{alignment.beads[first].target.begin, alignment.beads[last - 1].target.end};
  }
  bool any_target = false;
  for (size_t b = first; b < last; ++b) {
    const Bead& bead = alignment.beads[b];
    if (bead.moved != 0 && !bead.target.empty()) {
      cell.sentences = any_target ? IndexRange{std::min(cell.sentences.begin, bead.target.begin),
                                               std::max(cell.sentences.end, bead.target.end)}
                                  : bead.target;
    }
    any_target = any_target || !bead.target.empty();
    cell.moved = std::max(cell.moved, bead.moved);
    cell.confidence = std::min(cell.confidence, bead.confidence);
    cell.null_bead = cell.null_bead || bead.source.empty() || bead.target.empty();
  }
  return cell;
}

}  // namespace

void ReportOptions::validate() const {
  if (!(doubtful_below >= 0.0F && doubtful_below <= 1.0F)) {
    throw OptionError(fmt::format("doubtful_below must be in [0, 1] (got {})", doubtful_below));
  }
}

std::vector<ReportRow> report_rows(const Document& original,
                                   const std::vector<ReportColumn>& translations,
                                   const ReportOptions& options) {
  options.validate();
  const size_t m = original.sentences.size();
  const size_t columns = translations.size();
  for (size_t k = 0; k < columns; ++k) {
    check_column(translations[k], m, k);
  }

  // cuts[c] = how many alignments cut at c; common cuts have cuts[c] == K.
  std::vector<uint32_t> cuts(m + 1, 0);
  for (const ReportColumn& column : translations) {
    std::vector<bool> cut(m + 1, false);
    for (const Bead& bead : column.alignment->beads) {
      cut[bead.source.begin] = true;
      cut[bead.source.end] = true;
    }
    for (size_t c = 0; c <= m; ++c) {
      cuts[c] += cut[c] ? 1U : 0U;
    }
  }
  std::vector<uint32_t> common;
  for (size_t c = 0; c <= m; ++c) {
    if (cuts[c] == columns || c == 0 || c == m) {
      common.push_back(static_cast<uint32_t>(c));
    }
  }

  std::vector<size_t> next_bead(columns, 0);      // per alignment: first bead not yet in a row
  std::vector<uint32_t> next_target(columns, 0);  // per alignment: first sentence not in a row
  std::vector<ReportRow> rows;

  // Appends the row of original sentences [begin, end); takes from each alignment the beads
  // accepted by fits(bead).
  const auto add_row = [&](uint32_t begin, uint32_t end, const auto& fits) {
    ReportRow row;
    row.cells.push_back(ReportCell{IndexRange{begin, end}, {}, 1.0F, false});
    bool any = begin < end;
    for (size_t k = 0; k < columns; ++k) {
      const Alignment& alignment = *translations[k].alignment;
      const size_t first = next_bead[k];
      size_t last = first;
      while (last < alignment.beads.size() && fits(alignment.beads[last])) {
        ++last;
      }
      ReportCell cell = make_cell(alignment, first, last, next_target[k]);
      next_bead[k] = last;
      if (cell.moved == 0) {
        next_target[k] = cell.sentences.end;
      }
      any = any || first < last;
      row.confidence = std::min(row.confidence, cell.confidence);
      row.null_bead = row.null_bead || cell.null_bead;
      row.cells.push_back(cell);
    }
    if (!any) {
      return;
    }
    row.doubtful = row.null_bead || row.confidence < options.doubtful_below;
    row.paragraph_start =
        begin < end && (begin == 0 || original.sentences[begin].paragraph !=
                                          original.sentences[begin - 1].paragraph);
    rows.push_back(std::move(row));
  };

  for (size_t r = 0; r < common.size(); ++r) {
    const uint32_t cut = common[r];
    // Beads with no original sentence at this common cut: a row of their own.
    add_row(cut, cut,
            [cut](const Bead& bead) { return bead.source.empty() && bead.source.begin == cut; });
    if (r + 1 < common.size()) {
      const uint32_t end = common[r + 1];
      // Every bead ending by `end`, except the 0-k beads at `end` (the next insertion row).
      add_row(cut, end, [end](const Bead& bead) {
        return bead.source.end <= end && !(bead.source.empty() && bead.source.begin == end);
      });
    }
  }
  return rows;
}

}  // namespace parallax
