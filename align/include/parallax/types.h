// Plain value types shared by every stage: documents, sentences, beads, alignments.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace parallax {

// Byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }

  bool operator==(const Span&) const = default;
};

// Half-open range [begin, end) of sentence indices.
struct IndexRange {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }

  bool empty() const { return begin == end; }

  bool operator==(const IndexRange&) const = default;
};

struct Sentence {
  Span span;               // bytes of the sentence in Document::text (trimmed of outer spaces)
  uint32_t paragraph = 0;  // 0-based paragraph index
  uint32_t line = 0;       // 1-based line of the original input where the sentence starts
                           // (documents: of the extracted text, one line per paragraph)
  uint32_t location = 0;   // documents: index into Document::locations of where it starts
};

// A decoded, normalized (NFC, "\n" line ends, no BOM) text split into sentences.
// Every sentence span lies inside text; spans are ordered and do not overlap.
struct Document {
  std::string source_name;  // file name or "<stdin>", for messages and reports
  std::string language;     // ISO 639-1 code ("ru", "en"), possibly detected; "" if unknown
  std::string encoding;     // encoding the bytes were decoded from ("UTF-8", "windows-1251", ...)
  std::string text;         // UTF-8, NFC
  std::vector<Sentence> sentences;
  uint32_t paragraph_count = 0;
  std::string format = "text";  // "text", "docx", "odt", "html", "xliff", "pdf"
  // Documents: the places sentences start at ("p12", "page3", ...; docs/FORMATS.md), indexed
  // by Sentence::location. Empty for text, whose sentences are located by their line.
  std::vector<std::string> locations;

  std::string_view sentence_text(size_t i) const {
    const Span s = sentences[i].span;
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }

  // Where sentence i starts in the input: "L<line>" for text, else its document location.
  std::string location_of(size_t i) const {
    const Sentence& s = sentences[i];
    if (!locations.empty()) {
      return locations[s.location];
    }
    // Appended rather than "L" + std::to_string(...), which GCC 12 -O2 flags with a false
    // -Wrestrict once inlined (the release build of html_report.cc).
    std::string location = "L";
    location += std::to_string(s.line);
    return location;
  }
};

// A bead: source sentences [source.begin, source.end) are translated by target sentences
// [target.begin, target.end). Either side may be empty (omission / insertion), not both.
struct Bead {
  IndexRange source;
  IndexRange target;
  float confidence = 0.0F;  // calibrated probability in [0,1] that the bead is right
  // The strongest word link inside the bead, as "source key=target key (origin)", keys being
  // the match keys (stems) and origin dictionary|identical|cognate|learned
  // ("совет=council (dictionary)"); "" when no word links.
  std::string evidence;
  bool checked = false;  // a person fixed or verified the bead (parallax/corrections.h)
  // 0, or the 1-based id of the moved block the bead belongs to: a passage present in both texts
  // at different places (align.h). Beads of one block are consecutive.
  uint32_t moved = 0;
};

// How much word-level evidence an alignment rests on, for telling an alignment of a text with
// its translation from beads laid along sentence lengths between unrelated texts (every bead
// may then still look confident). align() measures it on the beads that pair sentences, with
// the dictionary, identical-word and cognate links (not the learned ones, which are trained on
// those very beads): the share of content weight linked inside them, against the same share
// in the sentence pairs displaced by ±3 from them, which is what chance links give. An
// alignment made otherwise (read from a file, corrected by hand) leaves it unmeasured.
struct LinkEvidence {
  bool measured = false;  // align() measured it (else every other field is 0)
  uint32_t pairs = 0;     // sentence pairs inside the beads that pair sentences
  float linked = 0.0F;    // share of their content weight that is linked in the pair, [0,1]
  float chance = 0.0F;    // the same share in the displaced pairs, [0,1]

  // Measured, and the beads rest on links clearly above chance (the bounds, and how they were
  // chosen, in align/score/link_evidence.cc). Unmeasured counts as reliable: nothing is known
  // against it.
  bool reliable() const noexcept;
};

// A complete partition of both documents into beads, in source order. Target order is monotone
// too, except for the beads of moved blocks (Bead::moved), which sit at their source place.
struct Alignment {
  std::vector<Bead> beads;
  LinkEvidence evidence{};  // align()'s measure of the word links the beads rest on
};

// Progress of long work, reported per chunk (never per DP cell).
struct Progress {
  // align(): "tokenize", "anchors", "align", "realign", then "done" (done == total);
  // report_terms(): "terms".
  std::string stage;
  uint64_t done = 0;
  uint64_t total = 0;
};

enum class Severity { Note, Warning };

// A recoverable anomaly in the input (empty line, duplicate lexicon entry, ...).
struct Diagnostic {
  Severity severity = Severity::Warning;
  std::string source;
  uint32_t line = 0;
  std::string message;
};

// What to do with a recoverable anomaly.
enum class OnAnomaly { Fail, Warn, Ignore };

using ProgressCallback = std::function<void(const Progress&)>;
using DiagnosticCallback = std::function<void(const Diagnostic&)>;

}  // namespace parallax
