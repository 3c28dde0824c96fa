// The rendering report (parallax/terms.h):
//   1. tokenize the original once and index its tokens by stem; find every term's occurrences;
//   2. per translation: tokenize it, build its word links (dictionary, surface, Model 1 on its
//      beads), then for every occurrence link the words of its bead (once per bead) and take
//      the span covering the words linked to the term as its rendering;
//   3. group renderings into variants and flag the terms.
#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include <parallax/errors.h>
#include <parallax/terms.h>

#include "score/sentence_features.h"
#include "terms/rendering.h"
#include "terms/stop_words.h"
#include "terms/term_matcher.h"
#include "terms/term_proposer.h"
#include "terms/token_stream.h"
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

// The key rendering_key would give to text: its words' stems joined by one space.
std::string text_key(std::string_view text, text::Tokenizer& tokenizer) {
  std::string key;
  for (const text::Token& token : tokenizer.tokenize(text, 0)) {
    if (token.kind == text::TokenKind::Punct) {
      continue;
    }
    if (!key.empty()) {
      key += ' ';
    }
    key +=
        terms::without_possessive(token.kind == text::TokenKind::Word ? token.stem : token.folded);
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

// Throws OptionError unless alignment is a monotone partition of both documents' sentences.
void check_alignment(const Alignment& alignment, size_t m, size_t n, size_t index) {
  uint32_t i = 0;
  uint32_t j = 0;
  for (const Bead& bead : alignment.beads) {
    if (bead.source.begin != i || bead.target.begin != j || bead.source.end < bead.source.begin ||
        bead.target.end < bead.target.begin) {
      throw OptionError(fmt::format(
          "translation {}: the alignment does not cover the sentences in order at source {} / "
          "target {} (align the documents given, with parallax::align)",
          index + 1, i, j));
    }
    i = bead.source.end;
    j = bead.target.end;
  }
  if (i != m || j != n) {
    throw OptionError(fmt::format(
        "translation {}: the alignment covers {} source and {} target sentences, the documents "
        "have {} and {} (align the documents given, with parallax::align)",
        index + 1, i, j, m, n));
  }
}

// The original, tokenized and indexed once for every term and translation.
struct IndexedOriginal {
  text::Tokenizer tokenizer;
  score::SideFeatures features;
  terms::TokenStream stream;
  std::vector<bool> stop;  // function words, by position

  explicit IndexedOriginal(const Document& original)
      : tokenizer(original.language),
        features(score::extract_features(original, tokenizer)),
        stream(terms::make_token_stream(original, tokenizer, features)),
        stop(terms::function_word_flags(stream, features, tokenizer, false)) {}
};

}  // namespace

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
    throw OptionError(fmt::format("max_gap must be in 0..{} (got {})", kMaxGap, max_gap));
  }
  if (max_rendering_gap > kMaxGap) {
    throw OptionError(
        fmt::format("max_rendering_gap must be in 0..{} (got {})", kMaxGap, max_rendering_gap));
  }
  if (!(min_link_strength >= 0.0F && min_link_strength <= 1.0F)) {
    throw OptionError(
        fmt::format("min_link_strength must be in [0, 1] (got {})", min_link_strength));
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
  for (size_t t = 0; t < translations.size(); ++t) {
    const Translation& translation = translations[t];
    if (translation.document == nullptr || translation.alignment == nullptr) {
      throw OptionError(fmt::format("translation {}: no document or no alignment given", t + 1));
    }
    check_alignment(*translation.alignment, original.sentences.size(),
                    translation.document->sentences.size(), t);
    const PreparedLexicon* lexicon = translation.lexicon;
    if (lexicon != nullptr && !lexicon->empty() &&
        (lexicon->source_language() != original.language ||
         lexicon->target_language() != translation.document->language)) {
      throw OptionError(fmt::format("translation {}: the lexicon is prepared for {}-{}, not {}-{}",
                                    t + 1, lexicon->source_language(), lexicon->target_language(),
                                    original.language, translation.document->language));
    }
  }
  const uint64_t stages = translations.size() + 1;
  report(options, 0, stages);

  IndexedOriginal source(original);
  const terms::TermIndex index(source.stream, source.features,
                               terms::function_words(original.language), original.text,
                               original.language);
  std::vector<std::vector<terms::Occurrence>> occurrences;
  occurrences.reserve(queries.size());
  TermReport out;
  out.original = original.source_name;
  for (const TermQuery& query : queries) {
    occurrences.push_back(
        index.find(index.term_words(query.text, source.tokenizer), options.max_gap));
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

  std::vector<std::string> languages;
  for (size_t t = 0; t < translations.size(); ++t) {
    report(options, t + 1, stages);
    const Document& target = *translations[t].document;
    const Alignment& alignment = *translations[t].alignment;
    out.translations.push_back(target.source_name);
    languages.push_back(target.language);
    text::Tokenizer target_tokenizer(target.language);
    const score::SideFeatures target_features = score::extract_features(target, target_tokenizer);
    const terms::TokenStream target_stream =
        terms::make_token_stream(target, target_tokenizer, target_features);
    const PreparedLexicon no_lexicon;
    const PreparedLexicon& lexicon =
        translations[t].lexicon == nullptr ? no_lexicon : *translations[t].lexicon;
    std::vector<uint32_t> bead_of(original.sentences.size(), 0);
    for (uint32_t b = 0; b < alignment.beads.size(); ++b) {
      for (uint32_t i = alignment.beads[b].source.begin; i < alignment.beads[b].source.end; ++i) {
        bead_of[i] = b;
      }
    }
    std::vector<bool> needed(alignment.beads.size(), false);
    for (const std::vector<terms::Occurrence>& some : occurrences) {
      for (const terms::Occurrence& occurrence : some) {
        needed[bead_of[occurrence.sentence]] = true;
      }
    }
    const score::LinkTable links =
        terms::build_word_links(source.features, target_features, alignment, lexicon,
                                source.tokenizer.language(), target.language, needed);

    const std::vector<bool> target_stop =
        terms::function_word_flags(target_stream, target_features, target_tokenizer, false);
    const terms::BeadLinker linker(links, source.stream, original.text, target_stream, target.text,
                                   source.stop, target_stop, options.min_link_strength);
    // Beads are linked lazily, once, whichever term needs them first.
    std::vector<std::optional<terms::BeadLinks>> bead_links(alignment.beads.size());

    for (size_t k = 0; k < queries.size(); ++k) {
      const std::string expected_key = queries[k].expected.empty()
                                           ? std::string()
                                           : text_key(queries[k].expected, target_tokenizer);
      terms::VariantGrouper grouper;
      for (size_t o = 0; o < occurrences[k].size(); ++o) {
        const terms::Occurrence& occurrence = occurrences[k][o];
        const uint32_t b = bead_of[occurrence.sentence];
        const Bead& bead = alignment.beads[b];
        if (bead.target.empty()) {
          grouper.add_no_counterpart(
              TermLocation{b, bead.source, bead.target, out.terms[k].spans[o], Span{}});
          continue;
        }
        if (!bead_links[b]) {
          bead_links[b] = linker.link(bead);
        }
        std::vector<terms::LinkedWord> linked;
        for (const uint32_t p : occurrence.positions) {
          const uint32_t q = bead_links[b]->target(p);
          if (q == terms::kNoId) {
            continue;
          }
          const bool content = !linker.is_source_stop(p);
          linked.push_back(terms::LinkedWord{q, bead_links[b]->strength_of(p), content});
          const auto& extra = bead_links[b]->extra;
          for (auto it = std::lower_bound(extra.begin(), extra.end(), std::pair{p, 0U});
               it != extra.end() && it->first == p; ++it) {
            linked.push_back(terms::LinkedWord{it->second, 0.0F, content});
          }
        }
        TermLocation location{b, bead.source, bead.target, out.terms[k].spans[o], Span{}};
        const std::optional<terms::TokenRange> range = terms::find_rendering(
            std::move(linked), target_stream, target_stop, target.text, options.max_rendering_gap);
        if (!range) {
          grouper.add_not_rendered(location);
          continue;
        }
        location.rendering =
            Span{target_stream.spans[range->first].begin, target_stream.spans[range->last].end};
        grouper.add(terms::rendering_key(target_stream, target_features, *range),
                    terms::collapsed_text(target.text, location.rendering), location);
      }
      out.terms[k].translations.push_back(
          std::move(grouper).finish(target.source_name, expected_key));
    }
  }

  for (size_t k = 0; k < out.terms.size(); ++k) {
    std::vector<bool> expected_here(translations.size(), !queries[k].expected.empty());
    terms::set_flags(out.terms[k], expected_here, languages);
  }
  if (options.only_divergent) {
    std::erase_if(out.terms, [](const TermResult& term) {
      return std::none_of(term.flags.begin(), term.flags.end(), [](TermFlag flag) {
        return flag == TermFlag::Inconsistent || flag == TermFlag::Divergent;
      });
    });
    std::stable_sort(
        out.terms.begin(), out.terms.end(),
        [](const TermResult& a, const TermResult& b) { return a.divergence > b.divergence; });
  }
  report(options, stages, stages);
  return out;
}

std::vector<TermQuery> propose_terms(const Document& original, const TermOptions& options) {
  options.validate();
  IndexedOriginal source(original);
  return terms::propose(
      original, source.stream,
      terms::function_word_flags(source.stream, source.features, source.tokenizer, true), options);
}

}  // namespace parallax
