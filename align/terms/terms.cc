// The rendering report (parallax/terms.h):
//   1. tokenize the original once and index its tokens by stem; find every term's occurrences;
//   2. per translation: tokenize it, train its word aligner on its beads (IBM Model 2 with a
//      diagonal prior both ways, the dictionary and surface links as prior), then for every
//      occurrence align the words of its bead (once per bead) and read the rendering off the
//      links as a phrase consistent with them;
//   3. group renderings into variants and flag the terms.
#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include <fmt/format.h>

#include <parallax/errors.h>
#include <parallax/terms.h>
#include <parallax/validate.h>

#include "score/sentence_features.h"
#include "score/tokenized_text.h"
#include "terms/inflection.h"
#include "terms/link_prior.h"
#include "terms/rendering.h"
#include "terms/stop_words.h"
#include "terms/term_matcher.h"
#include "terms/term_proposer.h"
#include "terms/term_report.h"
#include "terms/token_stream.h"
#include "terms/usual_rendering.h"
#include "terms/variants.h"
#include "terms/word_aligner.h"
#include "text/tokenizer.h"

namespace parallax {

namespace {

constexpr uint32_t kMaxGap = 8;

void report(const TermOptions& options, uint64_t done, uint64_t total) {
  if (options.on_progress) {
    options.on_progress(Progress{"terms", done, total});
  }
}

// The key rendering_key would give to text: its words' grouping keys joined by one space.
std::string text_key(std::string_view text, text::Tokenizer& tokenizer) {
  std::string key;
  for (const text::Token& token : tokenizer.tokenize(text, 0)) {
    if (token.kind == text::TokenKind::Punct) {
      continue;
    }
    if (!key.empty()) {
      key += ' ';
    }
    key += token.kind == text::TokenKind::Word
               ? terms::grouping_key(tokenizer, token.folded, terms::without_possessive(token.stem))
               : std::string(terms::without_possessive(token.folded));
  }
  return key;
}

// The distinct texts of spans, most frequent first, then by text.
std::vector<TermForm> forms_found(const std::string& text, const std::vector<Span>& spans) {
  std::map<std::string, uint32_t> counts;
  for (const Span span : spans) {
    ++counts[terms::collapsed_text(text, span)];
  }
  std::vector<TermForm> out;
  for (auto& [form, count] : counts) {
    out.push_back(TermForm{form, count});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const TermForm& a, const TermForm& b) { return a.count > b.count; });
  return out;
}

// Throws OptionError for a translation without document or alignment, an alignment that does
// not cover its documents, or a lexicon prepared for other languages.
void check_translations(const Document& original, const std::vector<Translation>& translations) {
  for (size_t t = 0; t < translations.size(); ++t) {
    const Translation& translation = translations[t];
    if (translation.document == nullptr || translation.alignment == nullptr) {
      throw OptionError(fmt::format("translation {}: no document or no alignment given", t + 1));
    }
    validate_alignment(
        *translation.alignment, original.sentences.size(), translation.document->sentences.size(),
        fmt::format("translation {} ({})", t + 1, translation.document->source_name));
    const PreparedLexicon* lexicon = translation.lexicon;
    if (lexicon != nullptr && !lexicon->empty() &&
        (lexicon->source_language() != original.language ||
         lexicon->target_language() != translation.document->language)) {
      throw OptionError(fmt::format("translation {}: the lexicon is prepared for {}-{}, not {}-{}",
                                    t + 1, lexicon->source_language(), lexicon->target_language(),
                                    original.language, translation.document->language));
    }
  }
}

// One translation, tokenized, with its words aligned to the original's inside its beads.
struct AlignedTranslation {
  const Document& document;
  const Alignment& alignment;
  text::Tokenizer& tokenizer;
  const score::SideFeatures& features;
  terms::TokenStream stream;
  std::vector<bool> is_function;
  std::vector<bool> is_preposition;
  std::vector<bool> is_clause_word;
  std::vector<bool> is_edge_word;
  std::vector<uint32_t> bead_of;  // by original sentence
  score::LinkTable prior;
  terms::WordAligner aligner;

  AlignedTranslation(const terms::IndexedOriginal& source,
                     score::TokenizedText& text,
                     const Translation& translation,
                     const std::vector<std::vector<terms::Occurrence>>& occurrences)
      : document(*translation.document),
        alignment(*translation.alignment),
        tokenizer(text.tokenizer),
        features(text.features),
        stream(terms::make_token_stream(document, tokenizer, features)),
        is_function(terms::function_word_flags(stream, features, tokenizer, false)),
        is_preposition(terms::preposition_flags(stream, document.language)),
        is_clause_word(terms::clause_word_flags(stream, document.language)),
        is_edge_word(terms::edge_word_flags(stream, document.language)),
        bead_of(beads_of_sentences(alignment, source.stream.sentence_begin.size() - 1)),
        prior(terms::build_link_prior(
            source.text.features,
            features,
            translation.lexicon == nullptr ? PreparedLexicon{} : *translation.lexicon,
            source.text.tokenizer.language(),
            document.language)),
        aligner(source.stream,
                stream,
                alignment,
                prior,
                needed_beads(alignment, bead_of, occurrences),
                terms::WordAlignerOptions{},
                is_function,
                source.stop) {}

  static std::vector<uint32_t> beads_of_sentences(const Alignment& alignment, size_t m) {
    std::vector<uint32_t> out(m, 0);
    for (uint32_t b = 0; b < alignment.beads.size(); ++b) {
      for (uint32_t i = alignment.beads[b].source.begin; i < alignment.beads[b].source.end; ++i) {
        out[i] = b;
      }
    }
    return out;
  }

  static std::vector<bool> needed_beads(
      const Alignment& alignment,
      const std::vector<uint32_t>& bead_of,
      const std::vector<std::vector<terms::Occurrence>>& occurrences) {
    std::vector<bool> needed(alignment.beads.size(), false);
    for (const std::vector<terms::Occurrence>& some : occurrences) {
      for (const terms::Occurrence& occurrence : some) {
        needed[bead_of[occurrence.sentence]] = true;
      }
    }
    return needed;
  }
};

LinkPrior prior_kind(score::LinkOrigin origin) {
  switch (origin) {
    case score::LinkOrigin::Dictionary:
      return LinkPrior::Dictionary;
    case score::LinkOrigin::Identical:
      return LinkPrior::Identical;
    case score::LinkOrigin::Cognate:
      return LinkPrior::Cognate;
    case score::LinkOrigin::Learned:
      return LinkPrior::Learned;
  }
  return LinkPrior::None;
}

// A bead's links as TermOptions::keep_links returns them: the words' spans, how each link came
// about and what the prior and the models say of it.
BeadLinks bead_links_info(const terms::IndexedOriginal& source,
                          const AlignedTranslation& target,
                          uint32_t bead) {
  std::vector<LinkStep> steps;
  const std::vector<terms::PositionLink> links =
      target.aligner.align(target.alignment.beads[bead], &steps);
  BeadLinks out{bead, {}};
  for (size_t k = 0; k < links.size(); ++k) {
    const auto [p, q] = links[k];
    WordLinkInfo info{source.stream.spans[p], target.stream.spans[q], steps[k], LinkPrior::None};
    if (const auto l =
            terms::find_prior(target.prior, source.stream.ids[p], target.stream.ids[q])) {
      info.prior = prior_kind(target.prior.forward.origin[*l]);
    }
    std::tie(info.forward, info.backward) = target.aligner.translation(p, q);
    out.links.push_back(info);
  }
  return out;
}

// Renders every occurrence of every query in one translation; appends a TermRenderings to each
// of out.terms.
void render_translation(const terms::IndexedOriginal& source,
                        score::TokenizedText& text,
                        const Translation& translation,
                        const std::vector<TermQuery>& queries,
                        const std::vector<std::vector<terms::Occurrence>>& occurrences,
                        const TermOptions& options,
                        TermReport& out) {
  AlignedTranslation target(source, text, translation, occurrences);
  const terms::RenderingTarget rendering_target{target.stream,         target.document.text,
                                                target.is_function,    target.is_preposition,
                                                target.is_clause_word, target.is_edge_word};
  // Beads are aligned lazily, once, whichever term needs them first.
  std::vector<std::optional<std::vector<terms::PositionLink>>> bead_links(
      target.alignment.beads.size());
  for (size_t k = 0; k < queries.size(); ++k) {
    const std::string expected_key = queries[k].expected.empty()
                                         ? std::string()
                                         : text_key(queries[k].expected, target.tokenizer);
    terms::VariantGrouper grouper;
    for (size_t o = 0; o < occurrences[k].size(); ++o) {
      const terms::Occurrence& occurrence = occurrences[k][o];
      const uint32_t b = target.bead_of[occurrence.sentence];
      const Bead& bead = target.alignment.beads[b];
      TermLocation location{b, bead.source, bead.target, out.terms[k].spans[o], Span{}, {}, Span{}};
      if (bead.target.empty()) {
        grouper.add_no_counterpart(location);
        continue;
      }
      if (!bead_links[b]) {
        bead_links[b] = target.aligner.align(bead);
      }
      const std::string& original_text = source.text.document->text;
      const bool part_of_a_word =
          (occurrence.first() > 0 &&
           terms::hyphen_joined(source.stream, original_text, occurrence.first() - 1)) ||
          terms::hyphen_joined(source.stream, original_text, occurrence.last());
      std::vector<terms::LinkStrength> strengths;
      for (const auto& [p, q] : *bead_links[b]) {
        const auto [forward, backward] = target.aligner.translation(p, q);
        strengths.push_back(terms::LinkStrength{forward, backward});
      }
      const std::optional<terms::Pieces> pieces = terms::extract_rendering(
          *bead_links[b], occurrence.positions, source.stop, &source.stream, rendering_target,
          options.max_rendering_gap, !part_of_a_word, strengths);
      if (!pieces) {
        grouper.add_not_rendered(location);
        continue;
      }
      const auto span_of = [&](const terms::TokenRange& range) {
        return terms::piece_span(target.stream, target.document.text, range);
      };
      location.rendering = Span{span_of(pieces->front()).begin, span_of(pieces->back()).end};
      if (pieces->size() > 1) {
        for (const terms::TokenRange& range : *pieces) {
          location.rendering_parts.push_back(span_of(range));
        }
      }
      grouper.add(terms::rendering_key(target.stream, target.features, target.tokenizer, *pieces),
                  terms::rendering_text(target.stream, target.document.text, *pieces), location);
    }
    TermRenderings renderings =
        std::move(grouper).finish(target.document.source_name, expected_key);
    terms::mark_usual_renderings(renderings, target.stream, target.features, target.tokenizer);
    terms::take_free_usual_renderings(renderings);
    out.terms[k].translations.push_back(std::move(renderings));
  }
  if (options.keep_links) {
    std::vector<BeadLinks>& kept = out.word_links.emplace_back();
    for (uint32_t b = 0; b < bead_links.size(); ++b) {
      if (bead_links[b]) {
        kept.push_back(bead_links_info(source, target, b));
      }
    }
  }
}

// The occurrences of every query in the original (occurrences[k] for queries[k]) and the
// report's terms with their spans and forms, not yet rendered.
TermReport find_terms(const terms::IndexedOriginal& source,
                      const std::vector<TermQuery>& queries,
                      const TermOptions& options,
                      std::vector<std::vector<terms::Occurrence>>& occurrences) {
  const Document& original = *source.text.document;
  const terms::TermIndex index(source.stream, source.text.features,
                               terms::function_words(original.language), original.text,
                               original.language);
  occurrences.reserve(queries.size());
  TermReport out;
  out.original = original.source_name;
  for (const TermQuery& query : queries) {
    occurrences.push_back(
        index.find(index.term_words(query.text, source.text.tokenizer), options.max_gap));
    TermResult result;
    result.term = query.text;
    result.expected = query.expected;
    result.occurrences = static_cast<uint32_t>(occurrences.back().size());
    for (const terms::Occurrence& occurrence : occurrences.back()) {
      result.spans.push_back(Span{source.stream.spans[occurrence.first()].begin,
                                  source.stream.spans[occurrence.last()].end});
    }
    result.forms = forms_found(original.text, result.spans);
    out.terms.push_back(std::move(result));
  }
  return out;
}

// Only the terms flagged inconsistent or divergent, most divergent first.
void keep_divergent(std::vector<TermResult>& terms) {
  std::erase_if(terms, [](const TermResult& term) {
    return std::none_of(term.flags.begin(), term.flags.end(), [](TermFlag flag) {
      return flag == TermFlag::Inconsistent || flag == TermFlag::Divergent;
    });
  });
  std::stable_sort(terms.begin(), terms.end(), [](const TermResult& a, const TermResult& b) {
    return a.divergence > b.divergence;
  });
}

}  // namespace

std::string_view link_step_name(LinkStep step) noexcept {
  switch (step) {
    case LinkStep::Both:
      return "both";
    case LinkStep::Forward:
      return "forward";
    case LinkStep::Backward:
      return "backward";
    case LinkStep::Relinked:
      return "relinked";
    case LinkStep::Repaired:
      return "repaired";
  }
  return "";
}

std::string_view link_prior_name(LinkPrior prior) noexcept {
  switch (prior) {
    case LinkPrior::None:
      return "none";
    case LinkPrior::Dictionary:
      return "dictionary";
    case LinkPrior::Identical:
      return "identical";
    case LinkPrior::Cognate:
      return "cognate";
    case LinkPrior::Learned:
      return "learned";
  }
  return "";
}

std::string_view flag_name(TermFlag flag) noexcept {
  switch (flag) {
    case TermFlag::Consistent:
      return "consistent";
    case TermFlag::Inconsistent:
      return "inconsistent";
    case TermFlag::Divergent:
      return "divergent";
    case TermFlag::NotRendered:
      return "not_rendered";
    case TermFlag::GlossaryMismatch:
      return "glossary_mismatch";
  }
  return "";
}

void TermOptions::validate() const {
  if (max_gap > kMaxGap) {
    throw OptionError(fmt::format("--max-gap must be in 0..{} (got {})", kMaxGap, max_gap));
  }
  if (max_rendering_gap > kMaxGap) {
    throw OptionError(
        fmt::format("max_rendering_gap must be in 0..{} (got {})", kMaxGap, max_rendering_gap));
  }
  if (min_occurrences < 2) {
    throw OptionError(fmt::format("min_occurrences must be at least 2 (got {})", min_occurrences));
  }
}

TermReport report_terms(const Document& original,
                        const std::vector<Translation>& translations,
                        const std::vector<TermQuery>& queries,
                        const TermOptions& options) {
  options.validate();
  check_translations(original, translations);
  score::TokenizedText text(original);
  terms::IndexedOriginal source(text);
  return terms::report_indexed(source, translations, {}, queries, options);
}

std::vector<TermQuery> propose_terms(const Document& original, const TermOptions& options) {
  options.validate();
  score::TokenizedText text(original);
  return terms::propose_indexed(terms::IndexedOriginal(text), options);
}

namespace terms {

IndexedOriginal::IndexedOriginal(score::TokenizedText& tokenized)
    : text(tokenized),
      stream(make_token_stream(*text.document, text.tokenizer, text.features)),
      stop(function_word_flags(stream, text.features, text.tokenizer, false)) {}

std::vector<TermQuery> propose_indexed(const IndexedOriginal& original,
                                       const TermOptions& options) {
  return propose(
      *original.text.document, original.stream,
      function_word_flags(original.stream, original.text.features, original.text.tokenizer, true),
      options);
}

TermReport report_indexed(IndexedOriginal& original,
                          const std::vector<Translation>& translations,
                          const std::vector<score::TokenizedText*>& tokenized,
                          const std::vector<TermQuery>& queries,
                          const TermOptions& options) {
  options.validate();
  check_translations(*original.text.document, translations);
  const uint64_t stages = translations.size() + 1;
  report(options, 0, stages);
  std::vector<std::vector<Occurrence>> occurrences;
  TermReport out = find_terms(original, queries, options, occurrences);
  std::vector<std::string> languages;
  for (size_t t = 0; t < translations.size(); ++t) {
    report(options, t + 1, stages);
    out.translations.push_back(translations[t].document->source_name);
    languages.push_back(translations[t].document->language);
    std::optional<score::TokenizedText> own;
    score::TokenizedText* text = t < tokenized.size() ? tokenized[t] : nullptr;
    if (text == nullptr) {
      text = &own.emplace(*translations[t].document);
    }
    render_translation(original, *text, translations[t], queries, occurrences, options, out);
  }
  for (size_t k = 0; k < out.terms.size(); ++k) {
    std::vector<bool> expected_here(translations.size(), !queries[k].expected.empty());
    set_flags(out.terms[k], expected_here, languages);
  }
  if (options.only_divergent) {
    keep_divergent(out.terms);
  }
  report(options, stages, stages);
  return out;
}

}  // namespace terms

}  // namespace parallax
