#include "terms/usual_rendering.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/terms.h>

#include "documents.h"
#include "score/sentence_features.h"
#include "terms/rendering.h"
#include "terms/token_stream.h"
#include "text/tokenizer.h"

namespace parallax {
namespace {

using testing::make_document;

struct Translation {
  Document document;
  text::Tokenizer tokenizer;
  score::SideFeatures features;
  terms::TokenStream stream;

  explicit Translation(const std::vector<std::string>& sentences)
      : document(make_document(sentences, "en")),
        tokenizer("en"),
        features(score::extract_features(document, tokenizer)),
        stream(terms::make_token_stream(document, tokenizer, features)) {}

  // The bytes of the first whole text in sentence i (empty if none).
  Span at(uint32_t i, const std::string& text) const {
    const Span sentence = document.sentences[i].span;
    const size_t found = document.sentence_text(i).find(text);
    if (found == std::string::npos) {
      return Span{};
    }
    const auto begin = static_cast<uint32_t>(sentence.begin + found);
    return Span{begin, begin + static_cast<uint32_t>(text.size())};
  }

  std::string key(uint32_t i, const std::string& text) {
    const Span span = at(i, text);
    terms::TokenRange range{terms::kNoId, 0};
    for (uint32_t q = 0; q < stream.size(); ++q) {
      if (stream.spans[q].begin >= span.begin && stream.spans[q].end <= span.end) {
        range.first = std::min(range.first, q);
        range.last = q;
      }
    }
    return terms::rendering_key(stream, features, tokenizer, terms::Pieces{range});
  }

  TermLocation location(uint32_t i, Span rendering) const {
    return TermLocation{i, {i, i + 1}, {i, i + 1}, {0, 1}, rendering, {}, Span{}};
  }

  std::string text_of(Span span) const { return document.text.substr(span.begin, span.size()); }
};

// Session 9: on the dev pairs a minority variant or an occurrence not rendered was wrong 6
// times in 10 when the main variant's rendering stood in the same translation sentence (the
// links gave "kernel" to the other "ядро", "documentation" to "документа"): such an
// occurrence is marked uncertain, with the place of the usual words; others are not.
TEST(UsualRendering, MarksWhatIsOffTheMainVariantWhereTheMainRenderingIsToo) {
  Translation t({"The kernels of Linux and of the Hurd are small.",
                 "Read the document and the documentation.", "Nothing is said here.",
                 "The kernel is free."});
  TermRenderings renderings;
  Variant main;
  main.key = t.key(3, "kernel");
  main.locations.push_back(t.location(3, t.at(3, "kernel")));
  Variant other;
  other.key = t.key(1, "document");
  other.locations.push_back(t.location(1, t.at(1, "document")));
  Variant overlapping;
  overlapping.key = t.key(3, "kernel is free");
  overlapping.locations.push_back(t.location(3, t.at(3, "kernel is free")));
  renderings.variants = {main, other, overlapping};
  renderings.not_rendered = {t.location(0, Span{}), t.location(2, Span{})};

  terms::mark_usual_renderings(renderings, t.stream, t.features, t.tokenizer);
  EXPECT_EQ(renderings.variants[0].locations[0].usual.size(), 0U);    // the main variant: never
  EXPECT_EQ(renderings.variants[1].locations[0].usual.size(), 0U);    // no "kernel" in sentence 1
  EXPECT_EQ(renderings.variants[2].locations[0].usual.size(), 0U);    // "kernel" is its own
  EXPECT_EQ(t.text_of(renderings.not_rendered[0].usual), "kernels");  // an inflection of it
  EXPECT_EQ(renderings.not_rendered[1].usual.size(), 0U);

  // With "documentation" the main variant, "document" beside it is uncertain.
  TermRenderings documentation;
  Variant usual;
  usual.key = t.key(1, "documentation");
  usual.locations.push_back(t.location(1, t.at(1, "documentation")));
  documentation.variants = {usual, other};
  terms::mark_usual_renderings(documentation, t.stream, t.features, t.tokenizer);
  EXPECT_EQ(t.text_of(documentation.variants[1].locations[0].usual), "documentation");
}

// Session 15: an uncertain occurrence not rendered takes the usual words of its sentence when no
// other occurrence of the term there is rendered by them (Acts 2:8 "tongue" / "native
// language", "language" held by a stray link of "born"), and goes to the main variant in
// document order; where another occurrence's rendering holds them, it stays not rendered.
TEST(UsualRendering, AnOccurrenceNotRenderedTakesItsFreeUsualWords) {
  Translation t({"The kernel is free.", "The kernel loads its modules.", "Our kernel is small.",
                 "The kernel boots."});
  const auto at = [&](uint32_t i, uint32_t term_begin, Span rendering) {
    TermLocation location = t.location(i, rendering);
    location.term = Span{term_begin, term_begin + 5};
    return location;
  };
  TermRenderings renderings;
  Variant main;
  main.key = t.key(0, "kernel");
  main.locations = {at(0, 0, t.at(0, "kernel")), at(1, 20, t.at(1, "kernel")),
                    at(3, 60, t.at(3, "kernel"))};
  main.count = 3;
  renderings.variants = {main};
  // A second mention in sentence 1, whose "kernel" renders the first; one in sentence 2.
  renderings.not_rendered = {at(1, 30, Span{}), at(2, 40, Span{})};
  terms::mark_usual_renderings(renderings, t.stream, t.features, t.tokenizer);
  ASSERT_EQ(t.text_of(renderings.not_rendered[0].usual), "kernel");
  ASSERT_EQ(t.text_of(renderings.not_rendered[1].usual), "kernel");

  terms::take_free_usual_renderings(renderings);
  ASSERT_EQ(renderings.not_rendered.size(), 1U);
  EXPECT_EQ(renderings.not_rendered[0].term.begin, 30U);  // claimed: stays, still uncertain
  EXPECT_EQ(t.text_of(renderings.not_rendered[0].usual), "kernel");
  const Variant& taken = renderings.variants[0];
  EXPECT_EQ(taken.count, 4U);
  ASSERT_EQ(taken.locations.size(), 4U);
  EXPECT_EQ(taken.locations[2].term.begin, 40U);  // in document order
  EXPECT_EQ(taken.locations[2].rendering, t.at(2, "kernel"));
  EXPECT_EQ(taken.locations[2].usual.size(), 0U);  // no longer uncertain
}

}  // namespace
}  // namespace parallax
