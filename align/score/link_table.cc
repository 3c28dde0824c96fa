#include "score/link_table.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>

#include "score/cognates.h"

namespace parallax::score {

namespace {

// Cognate links: transliterations at least this long and this close (LCSR).
constexpr size_t kMinCognateLength = 5;
constexpr float kMinCognateRatio = 0.8F;
constexpr size_t kCognatePrefix = 3;
constexpr size_t kMaxCognateBucket = 2000;
// Equal skeletons of short words ("bo", "on") are chance, not names.
constexpr size_t kMinIdenticalLength = 3;

LinkRows compress(std::vector<std::tuple<uint32_t, uint32_t, float, LinkOrigin>> links,
                  size_t rows) {
  std::sort(links.begin(), links.end(), [](const auto& x, const auto& y) {
    return std::tie(std::get<0>(x), std::get<1>(x)) < std::tie(std::get<0>(y), std::get<1>(y));
  });
  LinkRows out;
  out.begin.assign(rows + 1, 0);
  out.other.reserve(links.size());
  out.strength.reserve(links.size());
  out.origin.reserve(links.size());
  for (const auto& [row, other, strength, origin] : links) {
    ++out.begin[row + 1];
    out.other.push_back(other);
    out.strength.push_back(strength);
    out.origin.push_back(origin);
  }
  for (size_t r = 0; r < rows; ++r) {
    out.begin[r + 1] += out.begin[r];
  }
  return out;
}

}  // namespace

LinkTableBuilder::LinkTableBuilder(size_t source_vocabulary, size_t target_vocabulary)
    : source_vocabulary_(source_vocabulary), target_vocabulary_(target_vocabulary) {}

void LinkTableBuilder::add(uint32_t source_id,
                           uint32_t target_id,
                           float strength,
                           LinkOrigin origin) {
  links_.push_back(Link{source_id, target_id, strength, origin});
}

LinkTable LinkTableBuilder::build() const {
  // Keep the strongest link per pair; ties go to the earlier origin (dictionary first).
  std::map<std::pair<uint32_t, uint32_t>, std::pair<float, LinkOrigin>> best;
  for (const Link& link : links_) {
    auto [it, inserted] = best.try_emplace({link.source, link.target}, link.strength, link.origin);
    if (!inserted && (link.strength > it->second.first ||
                      (link.strength == it->second.first && link.origin < it->second.second))) {
      it->second = {link.strength, link.origin};
    }
  }
  std::vector<std::tuple<uint32_t, uint32_t, float, LinkOrigin>> forward;
  std::vector<std::tuple<uint32_t, uint32_t, float, LinkOrigin>> backward;
  forward.reserve(best.size());
  backward.reserve(best.size());
  for (const auto& [pair, value] : best) {
    forward.emplace_back(pair.first, pair.second, value.first, value.second);
    backward.emplace_back(pair.second, pair.first, value.first, value.second);
  }
  return LinkTable{compress(std::move(forward), source_vocabulary_),
                   compress(std::move(backward), target_vocabulary_)};
}

void add_dictionary_links(const PreparedLexicon& lexicon,
                          const SideFeatures& source,
                          const SideFeatures& target,
                          LinkTableBuilder& builder) {
  // Each distinct key looked up once; entries then work on ids.
  const auto ids_of = [](const std::vector<std::string>& keys, const SideFeatures& side) {
    std::vector<uint32_t> ids(keys.size(), UINT32_MAX);
    for (size_t k = 0; k < keys.size(); ++k) {
      if (const auto it = side.id_of_key.find(keys[k]); it != side.id_of_key.end()) {
        ids[k] = it->second;
      }
    }
    return ids;
  };
  const std::vector<uint32_t> source_ids = ids_of(lexicon.source_keys(), source);
  const std::vector<uint32_t> target_ids = ids_of(lexicon.target_keys(), target);
  for (const PreparedLexicon::Entry& entry : lexicon.entries()) {
    // A word translated by a two-word phrase is weaker evidence for each word of it.
    const float strength =
        entry.weight / static_cast<float>(entry.source_count * entry.target_count);
    for (uint8_t a = 0; a < entry.source_count; ++a) {
      const uint32_t s = source_ids[entry.source[a]];
      for (uint8_t b = 0; b < entry.target_count && s != UINT32_MAX; ++b) {
        const uint32_t t = target_ids[entry.target[b]];
        if (t != UINT32_MAX) {
          builder.add(s, t, strength, LinkOrigin::Dictionary);
        }
      }
    }
  }
}

bool spellings_comparable(std::string_view source_language, std::string_view target_language) {
  return spelled_in_latin(source_language) && spelled_in_latin(target_language);
}

void add_surface_links(const SideFeatures& source,
                       const SideFeatures& target,
                       bool same_language,
                       bool compare_spellings,
                       LinkTableBuilder& builder) {
  // Numbers and marks: equal folded forms. Words: equal stems (same language) or equal
  // spelling skeletons of their transliterations.
  std::unordered_map<std::string, std::vector<uint32_t>> target_by_key;
  std::unordered_map<std::string, std::vector<uint32_t>> target_by_skeleton;
  std::map<std::string, std::vector<std::pair<std::string, uint32_t>>> target_by_prefix;
  std::vector<std::string> target_skeleton(target.vocabulary.size());
  for (size_t t = 0; t < target.vocabulary.size(); ++t) {
    const VocabularyEntry& entry = target.vocabulary[t];
    const auto id = static_cast<uint32_t>(t);
    if (entry.kind != text::TokenKind::Word || same_language) {
      target_by_key[entry.key].push_back(id);
    }
    if (entry.kind == text::TokenKind::Word && compare_spellings) {
      target_skeleton[t] = spelling_skeleton(entry.latin);
      const std::string& skeleton = target_skeleton[t];
      if (skeleton.size() >= kMinIdenticalLength) {
        target_by_skeleton[skeleton].push_back(id);
      }
      if (skeleton.size() >= kMinCognateLength) {
        target_by_prefix[skeleton.substr(0, kCognatePrefix)].emplace_back(skeleton, id);
      }
    }
  }
  for (size_t s = 0; s < source.vocabulary.size(); ++s) {
    const VocabularyEntry& entry = source.vocabulary[s];
    const auto id = static_cast<uint32_t>(s);
    if (entry.kind != text::TokenKind::Word || same_language) {
      if (const auto it = target_by_key.find(entry.key); it != target_by_key.end()) {
        for (const uint32_t t : it->second) {
          builder.add(id, t, 1.0F, LinkOrigin::Identical);
        }
      }
    }
    if (entry.kind != text::TokenKind::Word || !compare_spellings) {
      continue;
    }
    const std::string skeleton = spelling_skeleton(entry.latin);
    if (skeleton.size() >= kMinIdenticalLength) {
      if (const auto it = target_by_skeleton.find(skeleton); it != target_by_skeleton.end()) {
        for (const uint32_t t : it->second) {
          builder.add(id, t, 1.0F, LinkOrigin::Identical);
        }
      }
    }
    if (skeleton.size() < kMinCognateLength) {
      continue;
    }
    const auto bucket = target_by_prefix.find(skeleton.substr(0, kCognatePrefix));
    if (bucket == target_by_prefix.end() || bucket->second.size() > kMaxCognateBucket) {
      continue;
    }
    for (const auto& [other, t] : bucket->second) {
      if (other == skeleton) {
        continue;
      }
      const size_t longer = std::max(other.size(), skeleton.size());
      const size_t shorter = std::min(other.size(), skeleton.size());
      if (longer - shorter > 3) {
        continue;
      }
      const float ratio = lcs_ratio(skeleton, other);
      if (ratio >= kMinCognateRatio) {
        builder.add(id, t, ratio, LinkOrigin::Cognate);
      }
    }
  }
}

}  // namespace parallax::score
