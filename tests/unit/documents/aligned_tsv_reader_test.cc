// read_aligned_tsv (parallax/memory.h): rows are beads, an empty cell no counterpart, an
// optional header of language tags, every sentence in exactly one bead, bad rows named by line.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/errors.h>
#include <parallax/memory.h>
#include <parallax/read.h>
#include <parallax/segment.h>

#include "partition.h"

namespace parallax {
namespace {

AlignedTexts read(const std::string& tsv,
                  const std::string& from = "",
                  const std::vector<std::string>& to = {}) {
  const DecodedText decoded = decode_text(tsv, "m.tsv", ReadOptions{});
  return read_aligned_tsv(decoded, "m.tsv", from, to, SegmentOptions{});
}

InputError error_of(const std::string& tsv, const std::string& from = "") {
  try {
    read(tsv, from);
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "no error";
  return InputError("", 0, 0, "");
}

TEST(AlignedTsv, RowsAreBeadsAndEmptyCellsHaveNoCounterpart) {
  const AlignedTexts aligned = read(
      "Мир. Безопасность.\tPeace and security.\n"
      "\n"
      "Только по-русски.\t\n"
      "\tEnglish only.\n",
      "ru", {"en"});
  ASSERT_EQ(aligned.texts.size(), 2U);
  const Document& source = aligned.texts[0];
  const Document& target = aligned.texts[1];
  EXPECT_EQ(source.source_name, "m.tsv#1");
  EXPECT_EQ(target.source_name, "m.tsv#2");
  EXPECT_EQ(source.language, "ru");
  EXPECT_EQ(source.format, "tsv");
  ASSERT_EQ(source.sentences.size(), 3U);
  ASSERT_EQ(target.sentences.size(), 2U);
  testing::expect_partition(aligned.alignments[0], 3, 2);
  ASSERT_EQ(aligned.alignments[0].beads.size(), 3U);
  EXPECT_EQ(aligned.alignments[0].beads[0].source.end, 2U);  // 2-1
  EXPECT_EQ(aligned.alignments[0].beads[1].target.begin,
            aligned.alignments[0].beads[1].target.end);  // 1-0
  EXPECT_EQ(aligned.alignments[0].beads[2].source.begin,
            aligned.alignments[0].beads[2].source.end);  // 0-1
  EXPECT_EQ(source.location_of(2), "L3");                // the blank line is skipped
  EXPECT_EQ(target.location_of(1), "L4");
}

TEST(AlignedTsv, HeaderOfLanguageTagsNamesTheColumnsAndToChoosesThem) {
  const std::string tsv =
      "\xEF\xBB\xBFru\ten-x-t1\ten-x-t2\tde\r\n"
      "Статья 1\tArticle 1\tArticle one\tArtikel 1\r\n";
  const AlignedTexts all = read(tsv);
  ASSERT_EQ(all.texts.size(), 4U);
  EXPECT_EQ(all.texts[1].source_name, "m.tsv#en-x-t1");
  EXPECT_EQ(all.texts[2].sentence_text(0), "Article one");
  EXPECT_EQ(all.texts[3].language, "de");
  EXPECT_EQ(all.texts[0].location_of(0), "L2");
  const AlignedTexts english = read(tsv, "ru", {"en"});
  ASSERT_EQ(english.texts.size(), 3U);
  EXPECT_EQ(english.texts[2].source_name, "m.tsv#en-x-t2");
}

TEST(AlignedTsv, WithoutHeaderOrLanguagesTheLanguagesAreDetected) {
  const AlignedTexts aligned = read("Статья первая.\tArticle one.\n");
  EXPECT_EQ(aligned.texts[0].language, "ru");
  EXPECT_EQ(aligned.texts[1].language, "en");
}

TEST(AlignedTsv, ARowWithAnotherNumberOfCellsIsNamedByItsLine) {
  const InputError error = error_of("Один.\tOne.\n\nДва.\n");
  EXPECT_EQ(error.source, "m.tsv");
  EXPECT_EQ(error.line, 3U);
  EXPECT_NE(std::string(error.what()).find("a row of 1 cells, the first row has 2"),
            std::string::npos)
      << error.what();
}

TEST(AlignedTsv, HeaderMustAgreeWithFrom) {
  const InputError error = error_of("de\ten\nEins.\tOne.\n", "ru");
  EXPECT_EQ(error.line, 1U);
  EXPECT_NE(std::string(error.what()).find("--from says 'ru'"), std::string::npos);
}

TEST(AlignedTsv, EmptyColumnsAreErrors) {
  EXPECT_NE(std::string(error_of("\tOne.\n").what()).find("the original) is empty"),
            std::string::npos);
  EXPECT_NE(std::string(error_of("Один.\t\n").what()).find("every translation column is empty"),
            std::string::npos);
}

TEST(AlignedTsv, OnlyAFirstLineWithATabMakesATsv) {
  EXPECT_TRUE(looks_like_aligned_tsv("\n  \na\tb\nno tab\n"));
  EXPECT_FALSE(looks_like_aligned_tsv("Text.\nwith\ttab later\n"));
  EXPECT_FALSE(looks_like_aligned_tsv(""));
}

}  // namespace
}  // namespace parallax
