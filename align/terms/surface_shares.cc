#include "terms/surface_shares.h"

#include <cassert>

namespace parallax::terms {

namespace {

uint64_t key_of(uint32_t e, uint32_t other) noexcept {
  return (static_cast<uint64_t>(e) << 32U) | other;
}

// p(f | s(f)) by surface id over target's word tokens: the form's tokens over its stem's; 0
// for the forms of a stem with one form (nothing to tell apart).
std::vector<float> document_shares(const TokenStream& target) {
  std::vector<uint32_t> stem_of(target.folded.size(), kNoId);
  std::vector<float> tokens(target.folded.size(), 0.0F);
  std::unordered_map<uint32_t, float> stem_tokens;
  std::unordered_map<uint32_t, uint32_t> forms;
  for (uint32_t q = 0; q < target.size(); ++q) {
    if (!target.is_word(q) || target.ids[q] == kNoId) {
      continue;
    }
    const uint32_t surface = target.folded_ids[q];
    if (stem_of[surface] == kNoId) {
      stem_of[surface] = target.ids[q];
      ++forms[target.ids[q]];
    }
    tokens[surface] += 1.0F;
    stem_tokens[target.ids[q]] += 1.0F;
  }
  std::vector<float> out(target.folded.size(), 0.0F);
  for (uint32_t surface = 0; surface < out.size(); ++surface) {
    const uint32_t stem = stem_of[surface];
    if (stem != kNoId && forms[stem] >= 2) {
      out[surface] = tokens[surface] / stem_tokens[stem];
    }
  }
  return out;
}

}  // namespace

SurfaceShares::SurfaceShares(const TokenStream& target,
                             const std::vector<IdPair>& pairs,
                             const std::vector<std::vector<uint32_t>>& surfaces,
                             const DiagonalModel& forward,
                             const DiagonalModel& backward)
    : share_(document_shares(target)) {
  assert(pairs.size() == surfaces.size());
  for (size_t k = 0; k < pairs.size(); ++k) {
    const IdPair& pair = pairs[k];
    const auto m = static_cast<Eigen::Index>(pair.given.size());
    const auto n = static_cast<Eigen::Index>(pair.generated.size());
    if (m == 0 || n == 0) {
      continue;
    }
    const Eigen::MatrixXf forward_links = forward.posteriors(pair);
    const Eigen::MatrixXf backward_links = backward.posteriors(IdPair{pair.generated, pair.given});
    for (Eigen::Index j = 0; j < n; ++j) {
      const uint32_t surface = surfaces[k][static_cast<size_t>(j)];
      if (share_[surface] == 0.0F) {
        continue;
      }
      const uint32_t stem = pair.generated[static_cast<size_t>(j)];
      for (Eigen::Index i = 0; i < m; ++i) {
        const float links = 0.5F * (forward_links(i, j) + backward_links(j, i));
        if (links < kMinMass) {
          continue;
        }
        const uint32_t e = pair.given[static_cast<size_t>(i)];
        surface_links_[key_of(e, surface)] += links;
        stem_links_[key_of(e, stem)] += links;
      }
    }
  }
}

float SurfaceShares::factor(uint32_t e, uint32_t stem, uint32_t surface) const {
  if (surface >= share_.size() || share_[surface] == 0.0F) {
    return 1.0F;
  }
  const auto own = surface_links_.find(key_of(e, surface));
  const auto all = stem_links_.find(key_of(e, stem));
  if (all == stem_links_.end()) {
    return 1.0F;
  }
  const float share = share_[surface];
  const float links = own == surface_links_.end() ? 0.0F : own->second;
  return (links + kSmoothing * share) / ((all->second + kSmoothing) * share);
}

void SurfaceShares::apply(const std::vector<uint32_t>& source_ids,
                          const std::vector<uint32_t>& target_ids,
                          const std::vector<uint32_t>& surfaces,
                          Eigen::MatrixXf& forward_emissions,
                          Eigen::MatrixXf& backward_emissions) const {
  for (size_t j = 0; j < target_ids.size(); ++j) {
    for (size_t i = 0; i < source_ids.size(); ++i) {
      const float f = factor(source_ids[i], target_ids[j], surfaces[j]);
      forward_emissions(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) *= f;
      backward_emissions(static_cast<Eigen::Index>(j), static_cast<Eigen::Index>(i)) *= f;
    }
  }
}

}  // namespace parallax::terms
