// The word links behind a rendering report as TSV (`parallax terms --debug-links FILE`): for
// reading a wrong rendering against the links it was read from.
#include <ostream>
#include <string_view>

#include <fmt/format.h>

#include <parallax/terms_formats.h>

#include "formats/terms_text.h"

namespace parallax {

namespace {

// A word's text; words hold no TAB or line break (they are tokens).
std::string_view word(const Document& document, Span span) {
  return std::string_view(document.text).substr(span.begin, span.size());
}

}  // namespace

void write_word_links_tsv(std::ostream& out,
                          const TermReport& report,
                          const Document& original,
                          const std::vector<Translation>& translations) {
  out << "translation\tbead\toriginal_sentences\ttranslation_"
         "sentences\tsource\ttarget\tstep\tprior\t"
         "forward\tbackward\tsource_byte\ttarget_byte\n";
  for (size_t t = 0; t < report.word_links.size() && t < translations.size(); ++t) {
    const Document& translation = *translations[t].document;
    const Alignment& alignment = *translations[t].alignment;
    for (const BeadLinks& bead : report.word_links[t]) {
      const Bead& sentences = alignment.beads[bead.bead];
      const std::string prefix = fmt::format("{}\t{}\t{}\t{}", translation.source_name, bead.bead,
                                             formats::sentence_ids(sentences.source),
                                             formats::sentence_ids(sentences.target));
      for (const WordLinkInfo& link : bead.links) {
        out << fmt::format("{}\t{}\t{}\t{}\t{}\t{:.3f}\t{:.3f}\t{}\t{}\n", prefix,
                           word(original, link.source), word(translation, link.target),
                           link_step_name(link.step), link_prior_name(link.prior), link.forward,
                           link.backward, link.source.begin, link.target.begin);
      }
    }
  }
}

}  // namespace parallax
