#include "terms/term_matcher.h"

#include <algorithm>

#include "terms/inflection.h"
#include "terms/word_classes.h"
#include "text/utf8.h"

namespace parallax::terms {

namespace {

// Relatives must share the folded word but for its last kFreeLetters letters, and at least
// kMinShared letters.
constexpr size_t kFreeLetters = 3;
constexpr size_t kMinShared = 4;

// Code points of the longest common prefix of two UTF-8 strings.
size_t shared_prefix(std::string_view a, std::string_view b) noexcept {
  size_t bytes = 0;
  while (bytes < a.size() && bytes < b.size() && a[bytes] == b[bytes]) {
    ++bytes;
  }
  // Back off to the start of a code point so as not to count a half-shared letter.
  while (bytes > 0 && bytes < a.size() && !text::starts_code_point(a[bytes])) {
    --bytes;
  }
  return text::code_points(a.substr(0, bytes));
}

// folded with every "ё" written "е": Russian text mostly writes "е" for it ("жесткие диски" for
// "жёсткие диски"), so both spellings are one word. Other languages: folded as it is.
std::string match_form(std::string_view language, std::string_view folded) {
  std::string out(folded);
  if (language != "ru") {
    return out;
  }
  const std::string_view yo = "ё";
  for (size_t at = out.find(yo); at != std::string::npos; at = out.find(yo, at)) {
    out.replace(at, yo.size(), "е");
  }
  return out;
}

}  // namespace

TermIndex::TermIndex(const TokenStream& stream,
                     const score::SideFeatures& features,
                     std::unordered_set<std::string> function_words,
                     const std::string& text,
                     std::string language)
    : stream_(stream),
      features_(features),
      text_(text),
      language_(std::move(language)),
      function_words_(std::move(function_words)),
      begin_(features.vocabulary.size() + 1, 0) {
  folded_is_function_.reserve(stream.folded.size());
  match_forms_.reserve(stream.folded.size());
  for (const std::string& folded : stream.folded) {
    match_forms_.push_back(match_form(language_, folded));
    // The stop list writes "е" for "ё" too ("ее"): "её" is a function word.
    folded_is_function_.push_back(function_words_.contains(folded) ||
                                  function_words_.contains(match_forms_.back()));
  }
  by_key_.resize(features.vocabulary.size());
  for (uint32_t id = 0; id < by_key_.size(); ++id) {
    by_key_[id] = id;
  }
  std::sort(by_key_.begin(), by_key_.end(), [&features](uint32_t a, uint32_t b) {
    return features.vocabulary[a].key < features.vocabulary[b].key;
  });
  // Counting sort: positions come out sorted per id without any per-id allocation.
  for (const uint32_t id : stream.ids) {
    if (id != kNoId) {
      ++begin_[id + 1];
    }
  }
  for (size_t v = 0; v + 1 < begin_.size(); ++v) {
    begin_[v + 1] += begin_[v];
  }
  positions_.resize(begin_.back());
  std::vector<uint32_t> next(begin_.begin(), begin_.end() - 1);
  for (size_t p = 0; p < stream.size(); ++p) {
    const uint32_t id = stream.ids[p];
    if (id != kNoId) {
      positions_[next[id]++] = static_cast<uint32_t>(p);
    }
  }
}

std::vector<TermWord> TermIndex::term_words(std::string_view text,
                                            text::Tokenizer& tokenizer) const {
  std::vector<TermWord> words;
  bool after_break = false;
  uint32_t previous_end = 0;
  for (const text::Token& token : tokenizer.tokenize(text, 0)) {
    if (token.kind == text::TokenKind::Punct) {
      after_break = true;
      continue;
    }
    const std::string_view between = text.substr(previous_end, token.span.begin - previous_end);
    after_break = after_break || between.find_first_of(",;:/.") != std::string_view::npos;
    previous_end = token.span.end;
    TermWord word;
    word.after_break = !words.empty() && after_break;
    after_break = false;
    word.folded = match_form(language_, token.folded);
    word.stem = token.kind == text::TokenKind::Word ? token.stem : token.folded;
    word.capitalized = starts_uppercase(text.substr(token.span.begin, token.span.size()));
    word.function_word =
        function_words_.contains(token.folded) || function_words_.contains(word.folded);
    word.possessives = word.capitalized;
    for (const std::string& form : short_possessives(language_, token.folded)) {
      word.possessives = word.possessives || stream_.folded_id_of.contains(form);
    }
    const std::string& key = token.kind == text::TokenKind::Word ? token.stem : token.folded;
    if (const auto it = features_.id_of_key.find(key); it != features_.id_of_key.end()) {
      word.stem_id = it->second;
      word.ids.push_back(it->second);
    }
    if (token.kind == text::TokenKind::Word) {
      // Stems of the forms no stem of the word finds ("списка" for "список", "brought" for
      // "bring", "man" for "men").
      for (const std::string& form : forms_apart(language_, token.folded)) {
        add_ids_starting_with(tokenizer.stem(form), word.ids);
      }
      if (word.folded != token.folded) {
        add_ids_starting_with(tokenizer.stem(word.folded), word.ids);  // "жесткие" for "жёсткий"
      }
    }
    if (token.kind == text::TokenKind::Word && text::code_points(token.folded) >= kMinShared) {
      add_ids_starting_with(key, word.ids);  // stems extending the word's stem
      // Stems the word's stem extends: its prefixes.
      for (size_t length = 1; length < key.size(); ++length) {
        if (const auto p = features_.id_of_key.find(key.substr(0, length));
            p != features_.id_of_key.end()) {
          word.ids.push_back(p->second);
        }
      }
    }
    std::sort(word.ids.begin(), word.ids.end());
    word.ids.erase(std::unique(word.ids.begin(), word.ids.end()), word.ids.end());
    words.push_back(std::move(word));
  }
  // The head: the first word that is no adjective; the words after it are governed. Only in
  // terms without function words ("критичная для выпуска ошибка": its head is the last word).
  const bool plain = std::none_of(words.begin(), words.end(),
                                  [](const TermWord& word) { return word.function_word; });
  if (language_ == "ru" && plain) {
    size_t head = 0;
    while (head < words.size() && modifier_form(language_, words[head].folded)) {
      ++head;
    }
    for (size_t k = head + 1; k < words.size(); ++k) {
      words[k].governed_genitive = genitive_form(language_, words[k].folded);
    }
  }
  return words;
}

void TermIndex::add_ids_starting_with(const std::string& prefix, std::vector<uint32_t>& ids) const {
  // A contiguous range of the sorted keys.
  auto it = std::lower_bound(
      by_key_.begin(), by_key_.end(), prefix,
      [this](uint32_t id, const std::string& k) { return features_.vocabulary[id].key < k; });
  for (; it != by_key_.end() && features_.vocabulary[*it].key.starts_with(prefix); ++it) {
    ids.push_back(*it);
  }
}

std::span<const uint32_t> TermIndex::positions(uint32_t id) const {
  if (id == kNoId || id + 1 >= begin_.size()) {
    return {};
  }
  return std::span<const uint32_t>(positions_).subspan(begin_[id], begin_[id + 1] - begin_[id]);
}

bool TermIndex::matches(uint32_t p, const TermWord& word) const {
  const uint32_t id = stream_.ids[p];
  if (!stream_.is_word(p) || !std::binary_search(word.ids.begin(), word.ids.end(), id)) {
    return false;
  }
  const std::string& folded = match_forms_[stream_.folded_ids[p]];
  if (folded == word.folded) {
    return true;
  }
  if (word.governed_genitive && !genitive_form(language_, folded)) {
    return false;
  }
  if ((word.capitalized && !stream_.capitalized[p]) ||
      folded_is_function_[stream_.folded_ids[p]] != word.function_word) {
    return false;
  }
  // Where the endings are known they decide; elsewhere the letter counts below guess.
  if (knows_endings(language_)) {
    return same_word(language_, word.folded, folded, word.capitalized, word.possessives);
  }
  if (id == word.stem_id) {
    return true;
  }
  if (!folded.starts_with(word.stem)) {
    return false;
  }
  // Both words may differ only in their last kFreeLetters letters ("agreed" does not match
  // "agreement": 4 more letters).
  const size_t shared = shared_prefix(folded, word.folded);
  const size_t length = text::code_points(word.folded);
  return shared >= std::max(kMinShared, length > kFreeLetters ? length - kFreeLetters : 0) &&
         text::code_points(folded) <= shared + kFreeLetters;
}

bool TermIndex::skippable(uint32_t p) const {
  if (!knows_word_classes(language_)) {
    return true;
  }
  const std::string& folded = stream_.folded[stream_.folded_ids[p]];
  if (folded_is_function_[stream_.folded_ids[p]]) {
    // An article leaves the phrase whole ("cessation of the tests"); a preposition or a
    // conjunction starts another ("Членов в Организацию" is no "Членов Организации").
    return language_ == "en" && (folded == "the" || folded == "a" || folded == "an");
  }
  // "системах работает Debian": a clause; "панель параметров инструментов": another head noun.
  return !verb_form(language_, folded) && modifier_form(language_, folded);
}

std::vector<Occurrence> TermIndex::find(const std::vector<TermWord>& words,
                                        uint32_t max_gap) const {
  std::vector<Occurrence> out;
  if (words.empty()) {
    return out;
  }
  std::vector<uint32_t> starts;
  for (const uint32_t id : words.front().ids) {
    const std::span<const uint32_t> some = positions(id);
    starts.insert(starts.end(), some.begin(), some.end());
  }
  std::sort(starts.begin(), starts.end());
  Occurrence candidate;
  uint32_t free_from = 0;  // occurrences do not overlap
  for (const uint32_t start : starts) {
    if (start < free_from || !matches(start, words.front())) {
      continue;
    }
    const uint32_t sentence = stream_.sentence_of[start];
    const uint32_t sentence_end = stream_.sentence_begin[sentence + 1];
    candidate.sentence = sentence;
    candidate.positions.assign(1, start);
    for (size_t k = 1; k < words.size(); ++k) {
      const uint32_t previous = candidate.positions.back();
      const uint32_t limit = std::min<uint32_t>(sentence_end, previous + 2 + max_gap);
      bool found = false;
      for (uint32_t q = previous + 1;
           q < limit && stream_.is_word(q) &&
           (words[k].after_break || !phrase_break(stream_, text_, q - 1));
           ++q) {
        if (matches(q, words[k])) {
          candidate.positions.push_back(q);
          found = true;
          break;
        }
        if (!skippable(q)) {
          break;
        }
      }
      if (!found) {
        break;
      }
    }
    if (candidate.positions.size() == words.size()) {
      free_from = candidate.last() + 1;
      out.push_back(candidate);
    }
  }
  return out;
}

}  // namespace parallax::terms
