// Writers of alignments: beads (evaluation format), TSV, JSON, TMX 1.4b.
#pragma once

#include <iosfwd>
#include <string_view>

#include <parallax/types.h>

namespace parallax {

// One bead per line: "[0, 1]:[0]:0.873" (0-based ids, empty list for an empty side), and
// ":moved=<id>" after a bead of a moved block (Bead::moved).
void write_beads(std::ostream& out, const Alignment& alignment);

// One bead per line: source text, target text, confidence, source ids, target ids; the
// sentences of a bead joined by a space; tabs and newlines inside text become spaces. When a
// bead is checked, every line has a sixth column: "yes" (checked) or "no". When a bead is
// moved (Bead::moved), every line has one more column after those: the block id, or 0.
void write_tsv(std::ostream& out,
               const Document& source,
               const Document& target,
               const Alignment& alignment);

// {"source": {file, language, encoding, sentences, checksum}, "target": {...},
//  "coverage": {"partial", "source": {sentences, covered: {first, last} or null, uncovered,
//               gaps: [{first, last}]}, "target": {...},
//               "moved": [{id, source: {first, last}, target: {first, last}}]}
//               (parallax/coverage.h; 0-based ids)
//  "evidence": {"measured", "sentence_pairs", "linked", "chance", "reliable"}
//              (parallax/types.h, LinkEvidence)
//  "beads": [{"source_ids", "target_ids", "source", "target", "confidence", "evidence",
//             "checked", "moved": block id or 0}]}
void write_json(std::ostream& out,
                const Document& source,
                const Document& target,
                const Alignment& alignment);

// TMX 1.4b, one <tu> per bead that has both sides; creationtool names tool_version. Each <tu>
// has <prop type="x-confidence">, "x-source-ids", "x-target-ids", "x-checked" = "yes"
// when the bead is checked, and "x-moved" = its block id when it is moved.
void write_tmx(std::ostream& out,
               const Document& source,
               const Document& target,
               const Alignment& alignment,
               std::string_view tool_version);

}  // namespace parallax
