#include <algorithm>
#include <cstdint>
#include <vector>

#include <fmt/format.h>

#include <parallax/errors.h>
#include <parallax/validate.h>

namespace parallax {

namespace {

[[noreturn]] void out_of_place(std::string_view what, size_t b, uint32_t source, uint32_t target) {
  throw OptionError(fmt::format(
      "{}: bead {} does not continue the alignment at source sentence {}, target sentence {} "
      "(the alignment must be made with these documents, by parallax::align)",
      what, b, source, target));
}

}  // namespace

// Target sentences taken by moved blocks are skipped by the target cursor: a bead outside a
// block continues at the first target sentence that neither it nor a block has taken. The
// blocks' target ranges are known only once every bead is seen, so they are marked first.
void validate_alignment(const Alignment& alignment, size_t m, size_t n, std::string_view what) {
  std::vector<bool> moved_target;
  for (size_t b = 0; b < alignment.beads.size(); ++b) {
    const Bead& bead = alignment.beads[b];
    if (bead.moved != 0 && bead.target.end <= n && bead.target.begin <= bead.target.end) {
      moved_target.resize(n, false);
      for (uint32_t j = bead.target.begin; j < bead.target.end; ++j) {
        if (moved_target[j]) {
          out_of_place(what, b, bead.source.begin, j);  // two moved beads share a sentence
        }
        moved_target[j] = true;
      }
    }
  }
  const auto skip_moved = [&](uint32_t j) {
    while (j < moved_target.size() && moved_target[j]) {
      ++j;
    }
    return j;
  };
  uint32_t source = 0;
  uint32_t target = skip_moved(0);
  uint32_t block = 0;         // the moved block of the previous bead, 0 if none
  uint32_t last_block = 0;    // the highest block id so far: blocks come in increasing ids
  uint32_t block_target = 0;  // where that block's next bead continues in the target
  for (size_t b = 0; b < alignment.beads.size(); ++b) {
    const Bead& bead = alignment.beads[b];
    const bool continues_block = bead.moved != 0 && bead.moved == block;
    const bool takes_moved =
        bead.moved == 0 && bead.target.end <= moved_target.size() &&
        std::any_of(moved_target.begin() + bead.target.begin,
                    moved_target.begin() + std::max(bead.target.begin, bead.target.end),
                    [](bool moved) { return moved; });
    if (takes_moved || (bead.moved != 0 && !continues_block && bead.moved <= last_block)) {
      out_of_place(what, b, source, target);
    }
    last_block = std::max(last_block, bead.moved);
    const uint32_t expected_target =
        bead.moved == 0 ? target : (continues_block ? block_target : bead.target.begin);
    if (bead.source.begin != source || bead.target.begin != expected_target ||
        bead.source.end < bead.source.begin || bead.target.end < bead.target.begin ||
        (bead.source.empty() && bead.target.empty())) {
      out_of_place(what, b, source, expected_target);
    }
    source = bead.source.end;
    if (bead.moved == 0) {
      target = skip_moved(bead.target.end);
    } else {
      block_target = bead.target.end;
    }
    block = bead.moved;
  }
  if (source != m || target != n) {
    throw OptionError(fmt::format(
        "{}: the alignment covers {} of {} source and {} of {} target sentences (the alignment "
        "must be made with these documents, by parallax::align)",
        what, source, m, target, n));
  }
}

}  // namespace parallax
