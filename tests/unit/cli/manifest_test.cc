// The manifest parser of `parallax batch` (cli/manifest.h).
#include "manifest.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/errors.h>

namespace parallax::cli {
namespace {

// The line InputError names for text, or 0 when it parses.
uint32_t error_line(std::string_view text) {
  try {
    parse_manifest(text, "m.tsv");
  } catch (const InputError& e) {
    EXPECT_EQ(e.source, "m.tsv");
    return e.line;
  }
  return 0;
}

TEST(Manifest, ReadsTwoThreeAndFiveColumns) {
  const std::vector<ManifestEntry> entries = parse_manifest(
      "# comment\n"
      "src/a.txt\ttgt/a.txt\n"
      "\n"
      "  # indented comment\n"
      "src/b.ru\ttgt/b.en\tbook-b\n"
      "Глава 1.txt\tChapter 1.txt\tглава-1\tru\ten\r\n",
      "m.tsv");
  ASSERT_EQ(entries.size(), 3U);
  EXPECT_EQ(entries[0].line, 2U);
  EXPECT_EQ(entries[0].source, "src/a.txt");
  EXPECT_EQ(entries[0].target, "tgt/a.txt");
  EXPECT_EQ(entries[0].id, "a");  // the source file's name without extension
  EXPECT_EQ(entries[0].from, "");
  EXPECT_EQ(entries[1].line, 5U);
  EXPECT_EQ(entries[1].id, "book-b");
  EXPECT_EQ(entries[2].line, 6U);
  EXPECT_EQ(entries[2].source, "Глава 1.txt");
  EXPECT_EQ(entries[2].id, "глава-1");
  EXPECT_EQ(entries[2].from, "ru");
  EXPECT_EQ(entries[2].to, "en");  // without the CR of a CRLF file
}

TEST(Manifest, EmptyIdColumnMeansDefaultAndStdinIsNamed) {
  const std::vector<ManifestEntry> entries = parse_manifest("-\tb.txt\t\tru\ten", "m.tsv");
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(entries[0].id, "stdin");
  EXPECT_EQ(entries[0].to, "en");
}

TEST(Manifest, ReportsTheLineOfEachMalformedInput) {
  struct Case {
    std::string_view text;
    uint32_t line;
  };

  const std::vector<Case> cases = {
      {"a\tb\nonly-one\n", 2},
      {"a\tb\tid\tru\n", 1},
      {"a\tb\tid\tru\ten\textra\n", 1},
      {"\tb\n", 1},
      {"a\t\n", 1},
      {"a\tb\t..\n", 1},
      {"a\tb\tx/y\n", 1},
      {"a\tb\tx\x01y\n", 1},
      {"# c\na\tb\tx\nc\td\tx\n", 3},
      {"dir/a.txt\tb\nother/a.txt\tc\n", 2},  // the same default id
      {std::string_view("a\tb\nc\0\td\n", 9), 2},
      {"# only comments\n\n", 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.text));
    if (c.line == 0) {
      EXPECT_THROW(parse_manifest(c.text, "m.tsv"), InputError);
    } else {
      EXPECT_EQ(error_line(c.text), c.line);
    }
  }
}

TEST(Manifest, DuplicateIdNamesTheFirstLine) {
  try {
    parse_manifest("a\tb\tx\n\nc\td\tx\n", "m.tsv");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.line, 3U);
    EXPECT_NE(e.message.find("line 1"), std::string::npos) << e.message;
  }
}

TEST(Manifest, ResolvesRelativePathsAgainstTheManifestFolder) {
  EXPECT_EQ(resolve_manifest_path("src/a.txt", "corpus"), "corpus/src/a.txt");
  EXPECT_EQ(resolve_manifest_path("/abs/a.txt", "corpus"), "/abs/a.txt");
  EXPECT_EQ(resolve_manifest_path("-", "corpus"), "-");
  EXPECT_EQ(resolve_manifest_path("a.txt", ""), "a.txt");
}

}  // namespace
}  // namespace parallax::cli
