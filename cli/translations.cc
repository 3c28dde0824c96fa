#include "translations.h"

#include "anchors.h"
#include "input.h"

namespace parallax::cli {

Translations load_translations(const std::vector<std::string>& paths,
                               const ReadOptions& read,
                               const SegmentOptions& segment,
                               const std::vector<std::string>& anchors,
                               const Document& original) {
  Translations out;
  out.documents.reserve(paths.size());
  for (const std::string& path : paths) {
    out.documents.push_back(load_document(path, read, segment));
  }
  std::vector<const Document*> documents;
  for (const Document& document : out.documents) {
    documents.push_back(&document);
  }
  out.fixed = read_fixed_beads(anchors, original, documents);
  return out;
}

std::vector<std::string> comparison_inputs(const std::string& original,
                                           const std::vector<std::string>& translations,
                                           const std::vector<std::string>& lexicons,
                                           const std::string& terms_file,
                                           const std::vector<std::string>& anchors) {
  std::vector<std::string> inputs = translations;
  inputs.push_back(original);
  inputs.insert(inputs.end(), lexicons.begin(), lexicons.end());
  inputs.push_back(terms_file);
  inputs.insert(inputs.end(), anchors.begin(), anchors.end());
  return inputs;
}

}  // namespace parallax::cli
