// Loading the real texts the terms tests run on: bundled corpora (segmented as the CLI
// segments them, aligned with the bundled lexicon) and the Bible dev set (lines and gold beads).
#pragma once

#include <string>
#include <vector>

#include <parallax/lexicon.h>
#include <parallax/types.h>

namespace parallax::testing {

// The whole file at path; fails the test (ADD_FAILURE) and returns "" if it cannot be read.
std::string read_file(const std::string& path);

// decode_text + segment of a file, as `parallax terms` reads it; lines: one sentence per line.
Document load_corpus(const std::string& path, const std::string& language, bool lines = false);

// decode_text + segment of text (source_name names it), not in lines mode.
Document segment_text(const std::string& text,
                      const std::string& source_name,
                      const std::string& language);

// The bundled en-ru lexicon when the build made it (PARALLAX_LEXICON_DIR), else empty.
Lexicon bundled_lexicon();

// Every document of the Bible dev set (../shared/eval/data/bible-ru-en) concatenated in file
// order, one sentence per line, with the gold beads shifted accordingly.
struct BibleSet {
  Document russian;
  Document english;
  Alignment gold;
};

BibleSet load_bible();

}  // namespace parallax::testing
