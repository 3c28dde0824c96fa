#include "score/link_evidence.h"

#include <cstdint>

#include "score/pair_scores.h"

namespace parallax::score {

namespace {

// How far the chance pairs are displaced: as in estimate_link_rates (align.cc), far enough
// that a neighbour of the right sentence, which often shares a word, is not counted.
constexpr int64_t kShift = 3;

// The links are as good as chance unless the paired sentences are linked at least kMinOverChance
// times as much as displaced ones and by kMinExcess more, or by kClearExcess more whatever the
// ratio (short Bible excerpts, whose verses share formulas, have a high chance share).
// Measured (docs/EVALUATION.md, "No reliable alignment", the 570 cases of the eval sets and the
// texts below):
// - unrelated: the UN Charter's first 20 Russian sentences against the letter of 8 June 1963,
//   the test-ban treaty, the Hot Line memorandum: 1.06-1.30 times chance, excess 0.007-0.051;
// - ru-en and de-fr texts with their translation: every case passes, the closest a 5-sentence
//   Text+Berg excerpt at 1.48 times chance and excess 0.071; the whole Charter without a
//   dictionary, 0.054 against 0.005 (10.8 times), which aligns well;
// - en-zh (no dictionary, hardly a shared word): excess 0.000-0.003, flagged: its beads do
//   follow sentence lengths only.
constexpr float kMinOverChance = 2.0F;
constexpr float kMinExcess = 0.02F;
constexpr float kClearExcess = 0.06F;

}  // namespace

LinkEvidence link_evidence(const std::vector<Bead>& beads,
                           const SideFeatures& source,
                           const SideFeatures& target,
                           const LinkTable& links) {
  PairEvidence evidence(source, target, links);
  const auto n = static_cast<int64_t>(target.sentence_count());
  LinkedShare paired;
  LinkedShare chance;
  uint32_t pairs = 0;
  for (const Bead& bead : beads) {
    for (uint32_t i = bead.source.begin; i < bead.source.end && !bead.target.empty(); ++i) {
      for (uint32_t j = bead.target.begin; j < bead.target.end; ++j) {
        ++pairs;
        paired += evidence.linked_share(i, j);
        for (const int64_t shift : {-kShift, kShift}) {
          const int64_t other = static_cast<int64_t>(j) + shift;
          if (other >= 0 && other < n) {
            chance += evidence.linked_share(i, static_cast<uint32_t>(other));
          }
        }
      }
    }
  }
  if (pairs == 0 || paired.weight <= 0.0 || chance.weight <= 0.0) {
    return {};
  }
  return {true, pairs, static_cast<float>(paired.linked / paired.weight),
          static_cast<float>(chance.linked / chance.weight)};
}

}  // namespace parallax::score

namespace parallax {

bool LinkEvidence::reliable() const noexcept {
  const float excess = linked - chance;
  return !measured || excess >= score::kClearExcess ||
         (linked >= score::kMinOverChance * chance && excess >= score::kMinExcess);
}

}  // namespace parallax
