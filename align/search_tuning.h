// Internal knobs of the searches of align() (align.cc), not part of the public API
// (include/parallax/align.h): they let a test run the fast path of long documents, the local
// re-search, on a small input against the plain one (tests/unit/align/local_search_test.cc).
#pragma once

#include <cstdint>

#include <parallax/align.h>

namespace parallax {

struct SearchTuning {
  // Up to this many sentences (both sides), a re-search repeats the whole band: cheap at that
  // size, and a path that went far astray is better found again everywhere. Beyond, only the
  // rows within widen_reach of where the best path touched the band's edge are searched again,
  // between two bead boundaries of the earlier path (search/path_windows.h): on a million
  // sentences some row always touches, and redoing everything made the cost grow faster than
  // linearly.
  uint64_t local_search_above = 50000;
  // Rows on either side of a touch that a local re-search covers (at least twice the band's
  // half-width there).
  uint32_t widen_reach = 1000;
};

// align() with the given tuning; align(source, target, options, lexicon) is this with
// SearchTuning{}.
Alignment align(const Document& source,
                const Document& target,
                const AlignOptions& options,
                const PreparedLexicon& lexicon,
                const SearchTuning& tuning);

}  // namespace parallax
