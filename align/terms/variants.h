// Grouping the renderings of a term in one translation into variants (same normalized key:
// case-folded stems), and the flags and divergence of a term across translations.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <parallax/terms.h>

namespace parallax::terms {

// Collects the renderings of one term in one translation, in document order.
class VariantGrouper {
 public:
  void add(const std::string& key, const std::string& surface, const TermLocation& location);
  void add_not_rendered(const TermLocation& location);
  void add_no_counterpart(const TermLocation& location);

  // Variants most frequent first (then by key), each shown by its most frequent surface form
  // (then the first seen); expected_key marks the glossary variant ("" = none).
  TermRenderings finish(std::string file, const std::string& expected_key) &&;

 private:
  struct Group {
    std::map<std::string, uint32_t> surfaces;  // surface form -> count
    std::vector<std::string> surface_order;    // first-seen order, for ties
    std::vector<TermLocation> locations;
  };

  std::map<std::string, Group> groups_;
  std::vector<TermLocation> not_rendered_;
  std::vector<TermLocation> no_counterpart_;
};

// Sets result.flags and result.divergence (see parallax/terms.h) from result.translations;
// has_expected[t] tells whether translation t had a glossary rendering to check. Main variants
// are compared only between translations of the same language (languages[t]): renderings in
// two languages always differ.
void set_flags(TermResult& result,
               const std::vector<bool>& has_expected,
               const std::vector<std::string>& languages);

}  // namespace parallax::terms
