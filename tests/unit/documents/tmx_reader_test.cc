// read_tmx (parallax/memory.h): units are beads, every sentence of every variant in exactly one
// bead, versions of one language kept apart, bad tags and files named with their line.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/errors.h>
#include <parallax/memory.h>
#include <parallax/segment.h>

#include "partition.h"

namespace parallax {
namespace {

AlignedTexts read(const std::string& tmx,
                  const std::string& from,
                  const std::vector<std::string>& to = {}) {
  return read_tmx(tmx, "memory.tmx", from, to, SegmentOptions{});
}

TEST(TmxReader, EachUnitIsOneBeadAndUnitsWithOneSideAreKept) {
  const AlignedTexts aligned = read(R"(<tmx version="1.4"><header srclang="ru"/><body>
<tu tuid="a"><tuv xml:lang="ru"><seg>Мир. Безопасность.</seg></tuv><tuv xml:lang="en-GB"><seg>Peace and security.</seg></tuv></tu>
<tu><tuv xml:lang="ru"><seg>Только по-русски.</seg></tuv></tu>
<tu><tuv xml:lang="en-GB"><seg>English <ph>{1}</ph>only.</seg></tuv></tu>
</body></tmx>)",
                                    "ru");
  ASSERT_EQ(aligned.texts.size(), 2U);
  ASSERT_EQ(aligned.alignments.size(), 1U);
  const Document& source = aligned.texts[0];
  const Document& target = aligned.texts[1];
  EXPECT_EQ(target.source_name, "memory.tmx#en-GB");
  EXPECT_EQ(target.language, "en");
  ASSERT_EQ(source.sentences.size(), 3U);
  ASSERT_EQ(target.sentences.size(), 2U);
  EXPECT_EQ(target.sentence_text(1), "English only.");
  testing::expect_partition(aligned.alignments[0], 3, 2);
  ASSERT_EQ(aligned.alignments[0].beads.size(), 3U);
  EXPECT_EQ(aligned.alignments[0].beads[0].source.end, 2U);    // 2-1: one unit
  EXPECT_EQ(aligned.alignments[0].beads[1].target.end, 1U);    // 1-0
  EXPECT_EQ(aligned.alignments[0].beads[2].source.begin, 3U);  // 0-1
  EXPECT_EQ(source.location_of(0), "tu:a");
  EXPECT_EQ(source.location_of(2), "tu:2");
  EXPECT_EQ(target.location_of(1), "tu:3");
}

TEST(TmxReader, TwoVersionsOfOneLanguageAreTwoTexts) {
  const AlignedTexts aligned = read(R"(<tmx version="1.4"><body>
<tu><tuv xml:lang="ru"><seg>Статья 1</seg></tuv><tuv xml:lang="en-x-t1"><seg>Article 1</seg></tuv><tuv xml:lang="en-x-t2"><seg>Article one</seg></tuv></tu>
</body></tmx>)",
                                    "ru", {"en"});
  ASSERT_EQ(aligned.texts.size(), 3U);
  EXPECT_EQ(aligned.texts[1].sentence_text(0), "Article 1");
  EXPECT_EQ(aligned.texts[2].sentence_text(0), "Article one");
}

TEST(TmxReader, TagThatIsNoLanguageIsAnInputErrorAtItsTuv) {
  // Was an OptionError ("language 'rt' is not an ISO 639 code"): exit 64, blaming the command
  // line for the file's content (found by tmx_fuzz).
  try {
    read(
        "<tmx><body>\n<tu><tuv xml:lang=\"ru\"><seg>Мир.</seg></tuv>\n  <tuv xml:lang=\"rt\">"
        "<seg>Peace.</seg></tuv></tu></body></tmx>",
        "ru");
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(error.source, "memory.tmx");
    EXPECT_EQ(error.line, 3U);
    EXPECT_EQ(error.column, 3U);
    EXPECT_NE(std::string(error.what()).find("'rt'"), std::string::npos) << error.what();
  }
  // Not asked for (--to en): ignored.
  EXPECT_NO_THROW(
      read("<tmx><body><tu><tuv xml:lang=\"ru\"><seg>Мир.</seg></tuv><tuv "
           "xml:lang=\"rt\"/><tuv xml:lang=\"en\"><seg>Peace.</seg></tuv></tu>"
           "</body></tmx>",
           "ru", {"en"}));
}

TEST(TmxReader, DuplicateTuidsInARowKeepEachSentenceLocatedAndInItsUnit) {
  // Sentence k was located at anchor k, but the builder writes one anchor for two paragraphs in
  // a row at one location: the second sentence pointed past Document::locations (tmx_fuzz).
  const AlignedTexts aligned = read(R"(<tmx><body>
<tu tuid="a"><tuv xml:lang="ru"><seg>Один.</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu>
<tu tuid="a"><tuv xml:lang="ru"><seg>Два.</seg></tuv></tu>
</body></tmx>)",
                                    "ru");
  const Document& source = aligned.texts[0];
  ASSERT_EQ(source.sentences.size(), 2U);
  for (const Sentence& sentence : source.sentences) {
    ASSERT_LT(sentence.location, source.locations.size());
  }
  EXPECT_EQ(source.location_of(1), "tu:a");
  ASSERT_EQ(aligned.alignments[0].beads.size(), 2U);
  EXPECT_EQ(aligned.alignments[0].beads[1].target.begin, aligned.alignments[0].beads[1].target.end);
}

TEST(TmxReader, MalformedTmxNamesLineAndColumn) {
  try {
    read("<tmx><body>\n<tu><tuv xml:lang=\"ru\"><seg>Мир</tuv></tu></body></tmx>", "ru");
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(error.line, 2U);
  }
}

}  // namespace
}  // namespace parallax
