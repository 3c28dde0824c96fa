// Comparing two versions of one text in one language (docs/CLI.md, `parallax diff`): the
// word-level edits of every aligned bead, each classified, and the table of distinct changes
// across the document.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/types.h>

namespace parallax {

// What an edit changes (docs/GLOSSARY.md, "edit"). A is the first version, B the second.
enum class EditKind : uint8_t {
  Lexical,            // a content word (or phrase) replaced by another: seek → search
  Inflection,         // the same stem in another form: negotiation → negotiations
  FunctionWord,       // only function words replaced, added or dropped: the → ∅, the → that
  Order,              // the same words in another order: of necessity in → in necessity of
  Typography,         // quotes, dashes, apostrophes, spaces: -- → —, " → “
  Case,               // the same word in other capitals: DEAR → Dear
  Punctuation,        // punctuation marks replaced, added or dropped: , → ;
  Insertion,          // content words in B only
  Omission,           // content words in A only
  SentenceInsertion,  // a whole sentence in B only (a 0-1 bead)
  SentenceOmission,   // a whole sentence in A only (a 1-0 bead)
};

inline constexpr size_t kEditKindCount = 11;

// "lexical", "inflection", "function_word", "order", "typography", "case", "punctuation",
// "insertion", "omission", "sentence_insertion", "sentence_omission".
std::string_view edit_kind_name(EditKind kind) noexcept;

// One edit of a bead. A side with nothing (∅) has an empty span at the place where its text
// would be, and an empty text.
struct Edit {
  EditKind kind = EditKind::Lexical;
  Span a;              // bytes in A's text
  Span b;              // bytes in B's text
  std::string a_text;  // A's text of the edit, runs of white space as one space
  std::string b_text;  // B's text of the edit
};

// A bead of the two versions and its edits, in text order.
struct DiffBead {
  IndexRange a;  // A's sentences
  IndexRange b;  // B's sentences
  float confidence = 1.0F;
  std::vector<Edit> edits;
};

// Where a change occurs: beads[bead].edits[edit].
struct EditRef {
  uint32_t bead = 0;
  uint32_t edit = 0;
};

// One distinct change across the document: every edit of one kind with the same two texts
// (compared lowercased, except for Case and Typography, which are about the exact form, and
// whole sentences).
struct Change {
  EditKind kind = EditKind::Lexical;
  std::string a;  // "" = nothing; lowercased except for Case, Typography and sentences
  std::string b;
  uint32_t count = 0;
  std::vector<EditRef> locations;  // in document order
};

struct DiffResult {
  std::vector<DiffBead> beads;  // one per bead of the alignment, in order
  // Most frequent first, then by kind, a and b. Sentence insertions and omissions are
  // changes too (each its own, count 1).
  std::vector<Change> changes;
  std::array<uint32_t, kEditKindCount> edits_by_kind{};  // indexed by EditKind
};

struct DiffOptions {
  // ISO 639-1 language of both versions, for stems (inflection) and the function word list;
  // "" = A's language. A language without a stemmer or list reports no inflection and takes
  // only one-letter words as function words.
  std::string language;
  // Most equal words between a dropped and an added run that still make one replacement
  // (also to try → to try even: "also" → "even") or, when they are the same words, one move
  // (order). Range 0..8; larger pairs more distant edits.
  uint32_t pair_window = 3;
  ProgressCallback on_progress;  // stage "diff", per 256 beads

  void validate() const;  // throws OptionError
};

// The edits between versions a and b of one text, bead by bead: alignment pairs a's
// sentences (source) with b's (target), as parallax::align(a, b, …) returns it. Words are
// ICU word breaks; each bead's words are diffed (Myers 1986) on a key that ignores case and
// typography, the differing runs classified (see EditKind). Throws OptionError for invalid
// options or an alignment that is not a monotone partition of both documents.
// Time O(Σ (n + d²)) over beads of n words with d differing ones; memory O(largest bead).
// Thread-safe; deterministic.
DiffResult diff_versions(const Document& a,
                         const Document& b,
                         const Alignment& alignment,
                         const DiffOptions& options);

// The alignment of two translations a and b of one original, through it: to_a and to_b align
// the original (source) with a and with b (target). A bead is a smallest run of original
// sentences whose beads in both alignments lie inside it (report_rows in parallax/report.h);
// a's and b's sentences in it make the bead; a row with neither is left out. The confidence
// is the row's lowest. Throws OptionError (as report_rows). O(m + beads).
Alignment alignment_through(const Document& original,
                            const Document& a,
                            const Alignment& to_a,
                            const Document& b,
                            const Alignment& to_b);

}  // namespace parallax
