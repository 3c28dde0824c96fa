// compare (parallax/compare.h): the alignments and the term report of one original and its
// translations, on texts tokenized once. Before, the CLI called align() per translation and
// then propose_terms() and report_terms(), which tokenized the original N + 4 times (each
// align(), features and token stream in each of the two term calls) and each translation
// three times.
#include <optional>

#include <fmt/format.h>

#include <parallax/compare.h>
#include <parallax/corrections.h>
#include <parallax/errors.h>

#include "pipeline.h"
#include "score/tokenized_text.h"
#include "terms/term_report.h"

namespace parallax {

namespace {

void check_texts(const std::vector<CompareText>& translations) {
  for (size_t t = 0; t < translations.size(); ++t) {
    const CompareText& text = translations[t];
    if (text.document == nullptr) {
      throw OptionError(fmt::format("translation {}: no document given", t + 1));
    }
    if (text.alignment != nullptr && !text.fixed.empty()) {
      throw OptionError(fmt::format(
          "translation {} ({}): beads fixed by hand and an alignment given (give one of them)",
          t + 1, text.document->source_name));
    }
  }
}

// The alignment of text with the original: given, aligned around its fixed beads, or aligned
// on the texts' features (tokenized here, kept in tokenized for the term report).
Alignment alignment_of(const Document& original,
                       std::optional<score::TokenizedText>& original_text,
                       const CompareText& text,
                       std::optional<score::TokenizedText>& tokenized,
                       const AlignOptions& options) {
  if (text.alignment != nullptr) {
    return *text.alignment;
  }
  const PreparedLexicon none;
  const PreparedLexicon& lexicon = text.lexicon == nullptr ? none : *text.lexicon;
  if (!text.fixed.empty()) {
    return align_with_fixed_beads(original, *text.document, text.fixed, options, lexicon);
  }
  if (!original_text) {
    original_text.emplace(original);
  }
  tokenized.emplace(*text.document);
  return align_features(original, *text.document, original_text->features, tokenized->features,
                        options, lexicon);
}

}  // namespace

void CompareOptions::validate() const {
  align.validate();
  terms.validate();
}

Comparison compare(const Document& original,
                   const std::vector<CompareText>& translations,
                   std::vector<TermQuery> queries,
                   const CompareOptions& options) {
  options.validate();
  check_texts(translations);
  Comparison out;
  out.original = &original;
  std::optional<score::TokenizedText> original_text;
  // Per translation: its tokens when it was aligned here, for the term report.
  std::vector<std::optional<score::TokenizedText>> tokenized(translations.size());
  for (size_t t = 0; t < translations.size(); ++t) {
    const CompareText& text = translations[t];
    out.translations.push_back(ComparedTranslation{
        text.document, text.lexicon,
        alignment_of(original, original_text, text, tokenized[t], options.align)});
  }
  if (options.report == CompareTerms::None) {
    return out;
  }
  if (!original_text) {
    original_text.emplace(original);
  }
  terms::IndexedOriginal source(*original_text);
  out.proposed = queries.empty() && options.report == CompareTerms::ProposeIfNone;
  out.queries = out.proposed ? terms::propose_indexed(source, options.terms) : std::move(queries);
  std::vector<score::TokenizedText*> texts;
  for (std::optional<score::TokenizedText>& text : tokenized) {
    texts.push_back(text ? &*text : nullptr);
  }
  out.terms =
      terms::report_indexed(source, term_translations(out), texts, out.queries, options.terms);
  return out;
}

std::vector<Translation> term_translations(const Comparison& comparison) {
  std::vector<Translation> out;
  out.reserve(comparison.translations.size());
  for (const ComparedTranslation& translation : comparison.translations) {
    out.push_back(Translation{translation.document, &translation.alignment, translation.lexicon});
  }
  return out;
}

std::vector<ReportColumn> report_columns(const Comparison& comparison) {
  std::vector<ReportColumn> out;
  out.reserve(comparison.translations.size());
  for (const ComparedTranslation& translation : comparison.translations) {
    out.push_back(ReportColumn{translation.document, &translation.alignment});
  }
  return out;
}

}  // namespace parallax
