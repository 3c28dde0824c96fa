#include "documents.h"

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

}  // namespace parallax::testing
