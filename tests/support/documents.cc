#include "documents.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <parallax/read.h>
#include <parallax/segment.h>

namespace parallax::testing {

Document make_document(const std::vector<std::string>& sentences,
                       const std::string& language,
                       const std::vector<uint32_t>& paragraphs) {
  Document document;
  document.source_name = "<test>";
  document.language = language;
  document.encoding = "UTF-8";
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto begin = static_cast<uint32_t>(document.text.size());
    document.text += sentences[i];
    const auto end = static_cast<uint32_t>(document.text.size());
    document.text += '\n';
    const uint32_t paragraph = paragraphs.empty() ? 0 : paragraphs[i];
    document.sentences.push_back(Sentence{{begin, end}, paragraph, static_cast<uint32_t>(i + 1)});
    document.paragraph_count = std::max(document.paragraph_count, paragraph + 1);
  }
  return document;
}

std::string made_up_word(uint32_t id) {
  std::string letters = "z";
  do {
    letters += static_cast<char>('a' + id % 26);
    id /= 26;
  } while (id > 0);
  return letters + "k";
}

std::string made_up_sentence(uint32_t i) {
  std::string text = "The";
  for (uint32_t k = 0; k < 6 + i % 5; ++k) {
    text += " " + made_up_word(1000 + i * 16 + k);
  }
  return text + ".";
}

std::vector<std::string> corpus_sentences(const std::string& file, const std::string& language) {
  const std::string path = std::string(PARALLAX_SOURCE_DIR) + "/corpora/" + file;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  SegmentOptions options;
  options.language = language;
  const Document document = segment(decode_text(bytes.str(), path, ReadOptions{}), path, options);
  std::vector<std::string> sentences;
  for (size_t i = 0; i < document.sentences.size(); ++i) {
    sentences.emplace_back(document.sentence_text(i));
  }
  return sentences;
}

}  // namespace parallax::testing
