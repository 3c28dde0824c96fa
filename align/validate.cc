#include <cstdint>

#include <fmt/format.h>

#include <parallax/errors.h>
#include <parallax/validate.h>

namespace parallax {

void validate_alignment(const Alignment& alignment, size_t m, size_t n, std::string_view what) {
  uint32_t source = 0;
  uint32_t target = 0;
  for (size_t b = 0; b < alignment.beads.size(); ++b) {
    const Bead& bead = alignment.beads[b];
    if (bead.source.begin != source || bead.target.begin != target ||
        bead.source.end < bead.source.begin || bead.target.end < bead.target.begin ||
        (bead.source.empty() && bead.target.empty())) {
      throw OptionError(fmt::format(
          "{}: bead {} does not continue the alignment at source sentence {}, target sentence {} "
          "(the alignment must be made with these documents, by parallax::align)",
          what, b, source, target));
    }
    source = bead.source.end;
    target = bead.target.end;
  }
  if (source != m || target != n) {
    throw OptionError(fmt::format(
        "{}: the alignment covers {} of {} source and {} of {} target sentences (the alignment "
        "must be made with these documents, by parallax::align)",
        what, source, m, target, n));
  }
}

}  // namespace parallax
