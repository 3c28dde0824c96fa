// Whole documents: the two English translations of Khrushchev's letter of 8 June 1963
// (corpora/), a Russian text and a second version of it made by scripted edits
// (data/make_ru_version.py), and the same two versions compared through an original.
//
// Read in the letters (paragraphs 1-3, the ones both translations have): the Embassy's drops
// 15 "the" and one "a", drops "of" in "cessation of nuclear tests" twice, writes "search" for
// "seek", "even" for "also" (elsewhere in the sentence), "negotiations" for "negotiation",
// "that realistic" for "the realistic", "in necessity of" for "of necessity in", "—" for "--"
// twice, curly for straight quotes, "Dear Mr. President" for "DEAR MR. PRESIDENT", leaves out
// the footnote marker "/1/", and has none of the State Department's other 52 sentences.
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/align.h>
#include <parallax/diff.h>
#include <parallax/read.h>
#include <parallax/segment.h>

#include "partition.h"

namespace parallax {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Document load(const std::string& path, const std::string& language) {
  SegmentOptions options;
  options.language = language;
  return segment(decode_text(read_file(path), path, ReadOptions{}), path, options);
}

struct Versions {
  Document a;
  Document b;
  Alignment alignment;
  DiffResult diff;
};

Versions diff_files(const std::string& a_path,
                    const std::string& b_path,
                    const std::string& language) {
  Versions v{load(a_path, language), load(b_path, language), {}, {}};
  v.alignment = align(v.a, v.b, AlignOptions{}, Lexicon{});
  testing::expect_partition(v.alignment, v.a.sentences.size(), v.b.sentences.size());
  v.diff = diff_versions(v.a, v.b, v.alignment, DiffOptions{});
  return v;
}

const Change* find_change(const DiffResult& diff,
                          EditKind kind,
                          const std::string& a,
                          const std::string& b) {
  for (const Change& change : diff.changes) {
    if (change.kind == kind && change.a == a && change.b == b) {
      return &change;
    }
  }
  return nullptr;
}

uint32_t count_of(const DiffResult& diff,
                  EditKind kind,
                  const std::string& a,
                  const std::string& b) {
  const Change* change = find_change(diff, kind, a, b);
  return change == nullptr ? 0 : change->count;
}

uint32_t edits_of(const DiffResult& diff, EditKind kind) {
  return diff.edits_by_kind[static_cast<size_t>(kind)];
}

TEST(DiffVersions, ReportsEveryDifferenceOfTheTwoEnglishLetters) {
  const std::string dir = std::string(PARALLAX_SOURCE_DIR) + "/corpora/";
  const Versions v = diff_files(dir + "khrushchev-1963-06-08.en.txt",
                                dir + "khrushchev-1963-06-08.en-embassy.partial.txt", "en");
  const DiffResult& d = v.diff;
  EXPECT_EQ(count_of(d, EditKind::Lexical, "seek", "search"), 1U);
  EXPECT_EQ(count_of(d, EditKind::Lexical, "also", "even"), 1U);
  EXPECT_EQ(count_of(d, EditKind::Inflection, "negotiation", "negotiations"), 1U);
  EXPECT_EQ(count_of(d, EditKind::FunctionWord, "the", "that"), 1U);
  EXPECT_EQ(count_of(d, EditKind::Order, "of necessity in", "in necessity of"), 1U);
  EXPECT_EQ(count_of(d, EditKind::FunctionWord, "the", ""), 15U);
  EXPECT_EQ(count_of(d, EditKind::FunctionWord, "a", ""), 1U);
  EXPECT_EQ(count_of(d, EditKind::Typography, "--", "—"), 2U);
  EXPECT_EQ(count_of(d, EditKind::Typography, "\"", "“"), 1U);
  EXPECT_EQ(count_of(d, EditKind::Typography, "\"", "”"), 1U);
  EXPECT_EQ(count_of(d, EditKind::Case, "DEAR", "Dear"), 1U);
  EXPECT_EQ(count_of(d, EditKind::Case, "MR", "Mr"), 1U);
  EXPECT_EQ(count_of(d, EditKind::Case, "PRESIDENT", "President"), 1U);
  EXPECT_EQ(count_of(d, EditKind::Omission, "/1/", ""), 1U);
  EXPECT_EQ(edits_of(d, EditKind::SentenceOmission), 52U);
  EXPECT_EQ(edits_of(d, EditKind::SentenceInsertion), 0U);
  EXPECT_EQ(count_of(d, EditKind::SentenceOmission, "Moscow, June 8, 1963.", ""), 1U);

  // "cessation of nuclear tests" → "cessation nuclear tests", twice: the dropped "of" is
  // between those words.
  const Change* of = find_change(d, EditKind::FunctionWord, "of", "");
  ASSERT_NE(of, nullptr);
  ASSERT_EQ(of->count, 2U);
  for (const EditRef& ref : of->locations) {
    const Edit& edit = d.beads[ref.bead].edits[ref.edit];
    EXPECT_EQ(v.a.text.substr(edit.a.begin - 10, 26), "cessation of nuclear tests");
    EXPECT_EQ(v.b.text.substr(edit.b.begin - 10, 23), "cessation nuclear tests");
  }
  // Nothing else: every edit is one of those above.
  EXPECT_EQ(edits_of(d, EditKind::Lexical), 2U);
  EXPECT_EQ(edits_of(d, EditKind::Inflection), 1U);
  EXPECT_EQ(edits_of(d, EditKind::FunctionWord), 19U);
  EXPECT_EQ(edits_of(d, EditKind::Order), 1U);
  EXPECT_EQ(edits_of(d, EditKind::Typography), 4U);
  EXPECT_EQ(edits_of(d, EditKind::Case), 3U);
  EXPECT_EQ(edits_of(d, EditKind::Punctuation), 0U);
  EXPECT_EQ(edits_of(d, EditKind::Insertion), 0U);
  EXPECT_EQ(edits_of(d, EditKind::Omission), 1U);
}

// The changes make_ru_version.py made (expected_changes.tsv: kind, a, b).
std::vector<std::tuple<std::string, std::string, std::string>> expected_ru_changes() {
  std::istringstream in(read_file(std::string(PARALLAX_DIFF_DATA_DIR) + "/expected_changes.tsv"));
  std::vector<std::tuple<std::string, std::string, std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    const size_t first = line.find('\t');
    const size_t second = line.find('\t', first + 1);
    rows.emplace_back(line.substr(0, first), line.substr(first + 1, second - first - 1),
                      line.substr(second + 1));
  }
  return rows;
}

void expect_ru_changes(const DiffResult& diff) {
  const auto expected = expected_ru_changes();
  ASSERT_EQ(expected.size(), 13U);
  for (const auto& [kind, a, b] : expected) {
    bool found = false;
    for (const Change& change : diff.changes) {
      found = found || (edit_kind_name(change.kind) == kind && change.a == a && change.b == b);
    }
    EXPECT_TRUE(found) << kind << ": " << a << " → " << b;
  }
  EXPECT_EQ(diff.changes.size(), expected.size()) << "no change beyond the scripted edits";
}

TEST(DiffVersions, FindsTheScriptedEditsOfARussianVersion) {
  const std::string dir = PARALLAX_DIFF_DATA_DIR;
  const Versions v = diff_files(dir + "/charter.ru.a.txt", dir + "/charter.ru.b.txt", "ru");
  expect_ru_changes(v.diff);
}

TEST(DiffVersions, ComparesTwoVersionsThroughTheirOriginal) {
  const std::string dir = PARALLAX_DIFF_DATA_DIR;
  const Document original = load(dir + "/charter.en.txt", "en");
  const Document a = load(dir + "/charter.ru.a.txt", "ru");
  const Document b = load(dir + "/charter.ru.b.txt", "ru");
  const Alignment to_a = align(original, a, AlignOptions{}, Lexicon{});
  const Alignment to_b = align(original, b, AlignOptions{}, Lexicon{});
  const Alignment through = alignment_through(original, a, to_a, b, to_b);
  testing::expect_partition(through, a.sentences.size(), b.sentences.size());
  expect_ru_changes(diff_versions(a, b, through, DiffOptions{}));
}

}  // namespace
}  // namespace parallax
