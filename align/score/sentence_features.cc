#include "score/sentence_features.h"

#include <algorithm>
#include <cmath>

#include "text/utf8.h"

namespace parallax::score {

namespace {

// Tokens in more than this share of the sentences carry no alignment evidence (articles,
// conjunctions); ignoring them also keeps the sparse pair scoring linear.
constexpr double kStopShare = 0.4;
constexpr size_t kMinSentencesForStopWords = 20;
// Numbers repeat across unrelated sentences ("Book 1" / "Chapter 1"): their weight is capped.
constexpr float kNumberWeightCap = 2.0F;

}  // namespace

bool spelled_in_latin(std::string_view language) {
  constexpr std::string_view kLogographic[] = {"zh", "ja", "ko"};
  return std::find(std::begin(kLogographic), std::end(kLogographic), language) ==
         std::end(kLogographic);
}

SideFeatures extract_features(const Document& document, text::Tokenizer& tokenizer) {
  SideFeatures features;
  const bool transliterate = spelled_in_latin(document.language);
  const size_t m = document.sentences.size();
  features.token_begin.reserve(m + 1);
  features.paragraph.reserve(m);
  features.length.resize(static_cast<Index>(m));
  std::vector<uint32_t> sentence_ids;
  for (size_t i = 0; i < m; ++i) {
    const std::string_view sentence = document.sentence_text(i);
    features.token_begin.push_back(static_cast<uint32_t>(features.token_ids.size()));
    features.paragraph.push_back(document.sentences[i].paragraph);
    features.length(static_cast<Index>(i)) = static_cast<float>(text::code_points(sentence));
    sentence_ids.clear();
    tokenizer.for_each_token(sentence, 0, transliterate, [&](const text::TokenView& token) {
      const std::string_view key = token.kind == text::TokenKind::Word ? token.stem : token.folded;
      if (key.empty()) {
        return;
      }
      auto it = features.id_of_key.find(key);
      if (it == features.id_of_key.end()) {
        it = features.id_of_key
                 .emplace(std::string(key), static_cast<uint32_t>(features.vocabulary.size()))
                 .first;
        features.vocabulary.push_back(
            VocabularyEntry{std::string(key), std::string(token.latin), token.kind, 0});
      }
      sentence_ids.push_back(it->second);
    });
    std::sort(sentence_ids.begin(), sentence_ids.end());
    sentence_ids.erase(std::unique(sentence_ids.begin(), sentence_ids.end()), sentence_ids.end());
    features.token_ids.insert(features.token_ids.end(), sentence_ids.begin(), sentence_ids.end());
  }
  features.token_begin.push_back(static_cast<uint32_t>(features.token_ids.size()));

  const size_t vocabulary_size = features.vocabulary.size();
  features.postings.resize(vocabulary_size);
  for (size_t i = 0; i < m; ++i) {
    for (uint32_t k = features.token_begin[i]; k < features.token_begin[i + 1]; ++k) {
      features.postings[features.token_ids[k]].push_back(static_cast<uint32_t>(i));
    }
  }
  features.token_weight.resize(static_cast<Index>(vocabulary_size));
  const double sentences = static_cast<double>(std::max<size_t>(m, 1));
  for (size_t id = 0; id < vocabulary_size; ++id) {
    VocabularyEntry& entry = features.vocabulary[id];
    entry.document_frequency = static_cast<uint32_t>(features.postings[id].size());
    const double df = std::max(1.0, static_cast<double>(entry.document_frequency));
    // Rarity weight (Champollion-style idf): log(1 + N/df).
    auto weight = static_cast<float>(std::log1p(sentences / df));
    if (m >= kMinSentencesForStopWords && df / sentences > kStopShare) {
      weight = 0.0F;
    }
    if (entry.kind == text::TokenKind::Number) {
      weight = std::min(weight, kNumberWeightCap);
    }
    features.token_weight(static_cast<Index>(id)) = weight;
  }
  // Scale weights to a mean of 1 per token occurrence, so that the lexical weight λ of the
  // scorer means the same for short and long documents (idf grows with log N).
  double occurrence_weight = 0.0;
  size_t occurrences = 0;
  for (const uint32_t id : features.token_ids) {
    if (features.token_weight(id) > 0.0F) {
      occurrence_weight += features.token_weight(id);
      ++occurrences;
    }
  }
  if (occurrences > 0 && occurrence_weight > 0.0) {
    features.token_weight *=
        static_cast<float>(static_cast<double>(occurrences) / occurrence_weight);
  }
  features.content_weight.setZero(static_cast<Index>(m));
  features.words.setZero(static_cast<Index>(m));
  for (size_t i = 0; i < m; ++i) {
    float sum = 0.0F;
    float words = 0.0F;
    for (uint32_t k = features.token_begin[i]; k < features.token_begin[i + 1]; ++k) {
      sum += features.token_weight(features.token_ids[k]);
      words +=
          features.vocabulary[features.token_ids[k]].kind == text::TokenKind::Punct ? 0.0F : 1.0F;
    }
    features.content_weight(static_cast<Index>(i)) = sum;
    features.words(static_cast<Index>(i)) = words;
  }
  return features;
}

}  // namespace parallax::score
