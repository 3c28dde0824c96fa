// Word translation probabilities learned from the document pair itself: IBM Model 1
// (Brown et al. 1993, eq. 27 / EM in sec. 4.1) trained in both directions on confidently
// aligned sentence groups, as in Moore (2002). Token ids are those of each side's vocabulary.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace parallax::lexicon {

struct Model1Options {
  uint32_t iterations = 5;
  // A pair is kept when it co-occurs in at least this many training pairs ...
  uint32_t min_cooccurrence = 2;
  // ... and sqrt(t(y|x) · t(x|y)) reaches this.
  float min_probability = 0.1F;
};

struct LearnedLink {
  uint32_t source;
  uint32_t target;
  float probability;  // sqrt(t(target|source) · t(source|target)) ∈ (0,1]
};

// sources[k] and targets[k] are the distinct token ids of the k-th training pair. Returns the
// kept links sorted by (source, target). Time O(iterations · Σ_k |sources[k]|·|targets[k]|),
// memory O(distinct co-occurring pairs). Deterministic.
std::vector<LearnedLink> learn_links(const std::vector<std::vector<uint32_t>>& sources,
                                     const std::vector<std::vector<uint32_t>>& targets,
                                     size_t source_vocabulary,
                                     size_t target_vocabulary,
                                     const Model1Options& options);

}  // namespace parallax::lexicon
