// The rendering report: how each translation renders the terms of the original, grouped into
// variants, with every location, and where the renderings diverge (docs/TERMS.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/lexicon.h>
#include <parallax/types.h>

namespace parallax {

// A term of the original to report on.
struct TermQuery {
  std::string text;      // one or more words, as written; matched through stems, case-folded
  std::string expected;  // glossary rendering to check against ("" = none)
};

struct TermOptions {
  // Words allowed between two consecutive words of a multiword term in the original
  // ("шпионские подлинные инспекции" for "шпионские инспекции" with 1): modifiers, and English
  // articles; never a comma, another function word or a verb (docs/TERMS.md). Range 0..8;
  // cost linear in it.
  uint32_t max_gap = 1;
  // Content words not aligned to the term allowed between two words of a rendering that are
  // ("inspections for espionage" with 1). Range 0..8.
  uint32_t max_rendering_gap = 1;
  // propose_terms: at most this many terms (0 = no limit).
  uint32_t max_proposed = 30;
  // propose_terms: a term must occur at least this often in the original (>= 2).
  uint32_t min_occurrences = 3;
  // report_terms: keep only the terms flagged inconsistent or divergent, most divergent
  // first (used with proposed terms).
  bool only_divergent = false;
  // report_terms: also return the word links of every bead a rendering was read from
  // (TermReport::word_links), to read why a rendering is what it is (`parallax terms
  // --debug-links`). Memory O(links of those beads); no other output changes.
  bool keep_links = false;
  ProgressCallback on_progress;  // stage "terms", once per translation and per term chunk

  void validate() const;  // throws OptionError
};

// One translation of the original, with its sentence alignment to the original (source =
// the original). The pointers must outlive the call; lexicon may be null (no dictionary),
// else it is prepared for (original language, translation language).
struct Translation {
  const Document* document = nullptr;
  const Alignment* alignment = nullptr;
  const PreparedLexicon* lexicon = nullptr;
};

// One occurrence of a term and what renders it.
struct TermLocation {
  uint32_t bead = 0;  // index into the translation's Alignment::beads
  IndexRange source;  // the bead's sentences in the original
  IndexRange target;  // the bead's sentences in the translation
  Span term;          // bytes of the occurrence in the original's text
  Span rendering;     // bytes of the rendering in the translation's text; empty if none
  // A discontinuous rendering ("the Council … of Security"): its pieces, in order, inside
  // rendering; empty when the rendering is one piece.
  std::vector<Span> rendering_parts;
  // An occurrence off the main variant (in another variant, or not rendered) is *uncertain*
  // when the main variant's rendering is in its bead's translation too, outside its own
  // rendering: the translation uses the usual words here, and the word links may have given
  // them to another mention of the term or to a neighbour ("ядро" not rendered in a sentence
  // with "kernel"; "документация" rendered "document" beside "documentation"). usual: the
  // bytes of the first such place in the translation's text; empty when the occurrence is not
  // uncertain. An uncertain occurrence stays in its variant and counts as before, but for one
  // not rendered whose usual words no other occurrence of the term in its bead is rendered by:
  // it takes them as its rendering, in the main variant, and is not uncertain (session 15).
  Span usual;
};

// Renderings with the same normalized form.
struct Variant {
  std::string
      rendering;    // the most frequent surface form (spaces collapsed; pieces joined by " … ")
  std::string key;  // case-folded stems joined by one space ("secur council")
  uint32_t count = 0;
  bool expected = false;                // equals the glossary rendering of the term
  std::vector<TermLocation> locations;  // in document order
};

enum class TermFlag : uint8_t {
  Consistent,        // one variant in every translation, every occurrence rendered
  Inconsistent,      // some translation has more than one variant
  Divergent,         // the translations' main variants differ
  NotRendered,       // some occurrence has a counterpart sentence that does not render it
  GlossaryMismatch,  // some occurrence is not rendered by the expected rendering
};

// "consistent", "inconsistent", "divergent", "not_rendered", "glossary_mismatch".
std::string_view flag_name(TermFlag flag) noexcept;

// What became of each occurrence in one translation: rendered (in a variant), not rendered
// (its bead has translation sentences and none of their words renders the term), or without
// counterpart (its bead has no translation sentence: an omitted passage, a 1-0 bead). An
// occurrence without counterpart says nothing about how the term is translated: it raises no
// flag.
struct TermRenderings {
  std::string file;                          // the translation's source_name
  std::vector<Variant> variants;             // most frequent first, then by key
  std::vector<TermLocation> not_rendered;    // in document order
  std::vector<TermLocation> no_counterpart;  // in document order; rendering always empty
};

// One surface form of the term found in the original ("Совета Безопасности").
struct TermForm {
  std::string text;  // spaces collapsed
  uint32_t count = 0;
};

struct TermResult {
  std::string term;      // as queried (proposed terms: their dictionary form, propose_terms)
  std::string expected;  // from the query
  uint32_t occurrences = 0;
  std::vector<TermForm> forms;               // forms found, most frequent first, then by text
  std::vector<Span> spans;                   // the occurrences in the original, in order
  std::vector<TermRenderings> translations;  // parallel to the translations given
  std::vector<TermFlag> flags;               // in enum order
  // Share of (occurrence, translation) pairs with a counterpart not rendered by their
  // translation's main variant, plus 1 when the main variants differ across translations.
  // In [0, 2].
  float divergence = 0.0F;
};

// How a word link of a bead came about (TermOptions::keep_links). The word aligner decodes
// each direction's model (forward: target words from source words; backward: the other way),
// symmetrises the two (grow-diag-final-and), then rules move or pair links.
enum class LinkStep : uint8_t {
  Both,      // both directions chose it
  Forward,   // only the forward model chose it (added by the grow or final step)
  Backward,  // only the backward model chose it (likewise)
  Relinked,  // a rule moved a common word's link to a rarer word the lexicon prefers
  Repaired,  // a rule paired the repeats of a word with the repeats of its translation, or
             // gave a list's item the words of its counterpart item (docs/TERMS.md)
};

// What was known of a linked pair of words before training (the prior counts).
enum class LinkPrior : uint8_t {
  None,        // nothing: the models learned it from the text alone
  Dictionary,  // an entry of the bilingual dictionary
  Identical,   // the same word (same language), number or mark
  Cognate,     // close transliterated spellings (names, cognates)
  Learned,     // a link learned before (anchors)
};

// "both", "forward", "backward", "relinked", "repaired".
std::string_view link_step_name(LinkStep step) noexcept;

// "none", "dictionary", "identical", "cognate", "learned".
std::string_view link_prior_name(LinkPrior prior) noexcept;

// One word link inside a bead.
struct WordLinkInfo {
  Span source;  // bytes of the word in the original's text
  Span target;  // bytes of the word in the translation's text
  LinkStep step = LinkStep::Both;
  LinkPrior prior = LinkPrior::None;
  float forward = 0.0F;   // the forward model's t(target word | source word)
  float backward = 0.0F;  // the backward model's t(source word | target word)
};

// The word links of one bead, sorted by source then target word.
struct BeadLinks {
  uint32_t bead = 0;  // index into the translation's Alignment::beads
  std::vector<WordLinkInfo> links;
};

struct TermReport {
  std::string original;                   // the original's source_name
  std::vector<std::string> translations;  // their source_names
  std::vector<TermResult> terms;
  // With TermOptions::keep_links, by translation: the beads renderings were read from, in
  // bead order; empty otherwise.
  std::vector<std::vector<BeadLinks>> word_links;
};

// Finds every occurrence of every query in the original (inflections of its words, allowing
// options.max_gap words inside multiword terms) and, in each translation, the phrase that
// renders it inside its bead: the words of each bead are aligned by two IBM Model 2 models with
// a diagonal prior trained on the translation's beads (the dictionary, identical words,
// transliterations and cognates as prior counts), symmetrised by grow-diag-final-and, and the
// rendering is the phrase consistent with those links (docs/TERMS.md). Occurrences in beads
// without translation sentences are reported as without counterpart. Terms keep the query
// order unless options.only_divergent.
// Throws OptionError (options, a Translation with a null document or alignment, an alignment
// that does not cover the documents). Time: tokenizing every document once, training the
// aligner on each alignment (O(5 · Σ m·n) over at most 20k beads of m and n words), then
// linear in the number of occurrences (the original is indexed once; no term rescans the
// text). Thread-safe; deterministic.
TermReport report_terms(const Document& original,
                        const std::vector<Translation>& translations,
                        const std::vector<TermQuery>& queries,
                        const TermOptions& options);

// Terms worth reporting when none is given: recurring expressions of 2-3 content words
// (function words allowed inside, not at the edges) and recurring content words, ranked by
// occurrences × content words; a shorter term mostly occurring inside a longer one is left
// out. Each is shown by its dictionary form as far as endings tell (Russian: the form nearest
// a nominative, then the one opening sentences; other languages: the most frequent form;
// docs/TERMS.md). At most options.max_proposed.
// Throws OptionError. Linear in the text size. Thread-safe; deterministic.
std::vector<TermQuery> propose_terms(const Document& original, const TermOptions& options);

}  // namespace parallax
