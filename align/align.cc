// The alignment pipeline: tokenize, find anchors, search, learn a lexicon, realign.
#include <parallax/align.h>
#include <parallax/errors.h>

namespace parallax {

void AlignOptions::validate() const {
  if (max_side < 1 || max_side > 4) {
    throw OptionError("max_side must be in 1..4");
  }
}

Alignment align(const Document& source, const Document& target, const AlignOptions& options,
                const Lexicon& /*lexicon*/) {
  options.validate();
  Alignment result;
  // Placeholder until the search lands: one bead holding everything.
  if (!source.sentences.empty() || !target.sentences.empty()) {
    result.beads.push_back(Bead{{0, static_cast<uint32_t>(source.sentences.size())},
                                {0, static_cast<uint32_t>(target.sentences.size())},
                                0.0F,
                                {}});
  }
  return result;
}

}  // namespace parallax
