#include "terms/variants.h"

#include <algorithm>
#include <set>

namespace parallax::terms {

void VariantGrouper::add(const std::string& key,
                         const std::string& surface,
                         const TermLocation& location) {
  Group& group = groups_[key];
  auto [it, inserted] = group.surfaces.try_emplace(surface, 0);
  ++it->second;
  if (inserted) {
    group.surface_order.push_back(surface);
  }
  group.locations.push_back(location);
}

void VariantGrouper::add_not_rendered(const TermLocation& location) {
  not_rendered_.push_back(location);
}

void VariantGrouper::add_no_counterpart(const TermLocation& location) {
  no_counterpart_.push_back(location);
}

TermRenderings VariantGrouper::finish(std::string file, const std::string& expected_key) && {
  TermRenderings out;
  out.file = std::move(file);
  for (auto& [key, group] : groups_) {
    Variant variant;
    variant.key = key;
    uint32_t best = 0;
    for (const std::string& surface : group.surface_order) {
      if (group.surfaces.at(surface) > best) {
        best = group.surfaces.at(surface);
        variant.rendering = surface;
      }
    }
    variant.count = static_cast<uint32_t>(group.locations.size());
    variant.expected = !expected_key.empty() && key == expected_key;
    variant.locations = std::move(group.locations);
    out.variants.push_back(std::move(variant));
  }
  std::stable_sort(out.variants.begin(), out.variants.end(),
                   [](const Variant& a, const Variant& b) { return a.count > b.count; });
  out.not_rendered = std::move(not_rendered_);
  out.no_counterpart = std::move(no_counterpart_);
  return out;
}

void set_flags(TermResult& result,
               const std::vector<bool>& has_expected,
               const std::vector<std::string>& languages) {
  std::set<TermFlag> flags;
  std::map<std::string, std::set<std::string>> main_keys;  // language -> keys
  uint64_t pairs = 0;
  uint64_t off_main = 0;
  for (size_t t = 0; t < result.translations.size(); ++t) {
    const TermRenderings& renderings = result.translations[t];
    uint32_t rendered = 0;
    for (const Variant& variant : renderings.variants) {
      rendered += variant.count;
    }
    // Occurrences without counterpart tell nothing about the translation of the term.
    const uint32_t total = rendered + static_cast<uint32_t>(renderings.not_rendered.size());
    pairs += total;
    off_main += total - (renderings.variants.empty() ? 0 : renderings.variants.front().count);
    if (renderings.variants.size() > 1) {
      flags.insert(TermFlag::Inconsistent);
    }
    if (!renderings.not_rendered.empty()) {
      flags.insert(TermFlag::NotRendered);
    }
    if (!renderings.variants.empty()) {
      main_keys[t < languages.size() ? languages[t] : std::string()].insert(
          renderings.variants.front().key);
    }
    if (t < has_expected.size() && has_expected[t] && total > 0 &&
        !(renderings.not_rendered.empty() && renderings.variants.size() == 1 &&
          renderings.variants.front().expected)) {
      flags.insert(TermFlag::GlossaryMismatch);
    }
  }
  const bool divergent = std::any_of(main_keys.begin(), main_keys.end(),
                                     [](const auto& entry) { return entry.second.size() > 1; });
  if (divergent) {
    flags.insert(TermFlag::Divergent);
  }
  if (flags.empty() && pairs > 0) {
    flags.insert(TermFlag::Consistent);
  }
  result.flags.assign(flags.begin(), flags.end());
  result.divergence =
      (pairs == 0 ? 0.0F : static_cast<float>(off_main) / static_cast<float>(pairs)) +
      (divergent ? 1.0F : 0.0F);
}

}  // namespace parallax::terms
