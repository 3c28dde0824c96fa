// Fuzzes a reader of pre-aligned input, chosen at build time: read_tmx (target tmx_fuzz), or
// with PARALLAX_FUZZ_ALIGNED_TSV decode_text then read_aligned_tsv (target aligned_tsv_fuzz):
// any bytes either give aligned texts that keep the contract of parallax/memory.h (one
// alignment per target text; each a partition of both texts' sentences into monotone,
// non-empty beads; every sentence located inside its Document::locations) or raise InputError
// naming the input. The first byte chooses the languages asked for.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <parallax/errors.h>
#include <parallax/memory.h>
#include <parallax/read.h>
#include <parallax/segment.h>
#include <parallax/types.h>

namespace {

void check_partition(const parallax::Alignment& alignment, size_t m, size_t n) {
  uint32_t i = 0;
  uint32_t j = 0;
  for (const parallax::Bead& bead : alignment.beads) {
    if (bead.source.begin != i || bead.target.begin != j || bead.source.end < i ||
        bead.target.end < j || (bead.source.end == i && bead.target.end == j)) {
      std::abort();
    }
    i = bead.source.end;
    j = bead.target.end;
  }
  if (i != m || j != n) {
    std::abort();
  }
}

void check_document(const parallax::Document& document) {
  uint32_t previous_end = 0;
  for (const parallax::Sentence& sentence : document.sentences) {
    if (sentence.span.begin < previous_end || sentence.span.end < sentence.span.begin ||
        sentence.span.end > document.text.size() ||
        sentence.location >= document.locations.size()) {
      std::abort();
    }
    previous_end = sentence.span.end;
  }
}

void check(const parallax::AlignedTexts& aligned) {
  if (aligned.texts.size() < 2 || aligned.alignments.size() != aligned.texts.size() - 1) {
    std::abort();
  }
  for (const parallax::Document& text : aligned.texts) {
    check_document(text);
  }
  for (size_t k = 1; k < aligned.texts.size(); ++k) {
    check_partition(aligned.alignments[k - 1], aligned.texts[0].sentences.size(),
                    aligned.texts[k].sentences.size());
  }
}

parallax::AlignedTexts read_aligned(std::string_view bytes,
                                    const std::string& source,
                                    const std::vector<std::string>& targets,
                                    const parallax::SegmentOptions& options) {
#if PARALLAX_FUZZ_ALIGNED_TSV
  return parallax::read_aligned_tsv(parallax::decode_text(bytes, "fuzz", parallax::ReadOptions{}),
                                    "fuzz", source, targets, options);
#else
  return parallax::read_tmx(bytes, "fuzz", source, targets, options);
#endif
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) {
    return 0;
  }
#if PARALLAX_FUZZ_ALIGNED_TSV
  constexpr std::array<const char*, 4> kSources = {"en", "ru", "", "EN-us"};  // "": detected
#else
  constexpr std::array<const char*, 4> kSources = {"en", "ru", "de", "EN-us"};
#endif
  const uint8_t selector = data[0];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  std::vector<std::string> targets;
  if ((selector & 4U) != 0) {
    targets.emplace_back((selector & 8U) != 0 ? "en" : "ru");
  }
  parallax::SegmentOptions options;
  options.on_empty_line =
      (selector & 16U) != 0 ? parallax::OnAnomaly::Ignore : parallax::OnAnomaly::Fail;
  try {
    check(read_aligned(bytes, kSources[selector & 3U], targets, options));
  } catch (const parallax::InputError& error) {
    if (error.source != "fuzz") {
      std::abort();
    }
  }
  return 0;
}
