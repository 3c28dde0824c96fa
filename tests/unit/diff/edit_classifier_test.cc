// One small pair of sentences per kind of edit: each is found, with its kind and texts.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/diff.h>
#include <parallax/errors.h>

#include "documents.h"
#include "partition.h"

namespace parallax {
namespace {

struct Case {
  const char* name;
  const char* language;
  const char* a;
  const char* b;
  EditKind kind;
  const char* a_text;
  const char* b_text;
};

// A 1-1 alignment of one sentence each.
DiffResult diff_one(const Case& c) {
  const Document a = testing::make_document({c.a}, c.language);
  const Document b = testing::make_document({c.b}, c.language);
  Alignment alignment;
  alignment.beads.push_back(Bead{{0, 1}, {0, 1}, 1.0F, ""});
  return diff_versions(a, b, alignment, DiffOptions{});
}

const std::vector<Case> kCases = {
    {"lexical", "en", "We seek a way.", "We search a way.", EditKind::Lexical, "seek", "search"},
    {"inflection", "en", "A method of negotiation.", "A method of negotiations.",
     EditKind::Inflection, "negotiation", "negotiations"},
    {"inflection_ru", "ru", "Организация преследует Цели.", "Организация преследует Цель.",
     EditKind::Inflection, "Цели", "Цель"},
    {"article_dropped", "en", "On the question of tests.", "On question of tests.",
     EditKind::FunctionWord, "the", ""},
    {"article_replaced", "en", "Agree on the realistic basis.", "Agree on that realistic basis.",
     EditKind::FunctionWord, "the", "that"},
    {"preposition_dropped", "en", "Cessation of nuclear tests.", "Cessation nuclear tests.",
     EditKind::FunctionWord, "of", ""},
    {"order", "en", "It consists of necessity in strictly following it.",
     "It consists in necessity of strictly following it.", EditKind::Order, "of necessity in",
     "in necessity of"},
    {"moved_word", "en", "Ready also to try such a method.", "Ready to try also such a method.",
     EditKind::Order, "also to try", "to try also"},
    {"dash", "en", "Conducted--in Moscow.", "Conducted—in Moscow.", EditKind::Typography, "--",
     "—"},
    {"quote", "en", "Empowered \"to discuss\" it.", "Empowered “to discuss\" it.",
     EditKind::Typography, "\"", "“"},
    {"apostrophe", "en", "The stranger's eye.", "The stranger’s eye.", EditKind::Typography,
     "stranger's", "stranger’s"},
    {"space", "en", "One two.", "One  two.", EditKind::Typography, " ", "  "},
    {"case", "en", "DEAR MR. PRESIDENT: hello.", "Dear MR. PRESIDENT: hello.", EditKind::Case,
     "DEAR", "Dear"},
    {"punctuation", "ru", "Жить вместе, в мире.", "Жить вместе в мире.", EditKind::Punctuation, ",",
     ""},
    {"insertion", "en", "The message of May 31.", "The long message of May 31.",
     EditKind::Insertion, "", "long"},
    {"omission", "en", "The message of May 31/1/ on tests.", "The message of May 31 on tests.",
     EditKind::Omission, "/1/", ""},
    {"paired_replacement", "en", "My readiness also to try such a method.",
     "My readiness to try even such a method.", EditKind::Lexical, "also", "even"},
};

class EditClassifier : public ::testing::TestWithParam<Case> {};

TEST_P(EditClassifier, FindsTheEditWithItsKind) {
  const Case& c = GetParam();
  const DiffResult result = diff_one(c);
  ASSERT_EQ(result.beads.size(), 1U);
  const std::vector<Edit>& edits = result.beads[0].edits;
  ASSERT_EQ(edits.size(), 1U) << "first: " << (edits.empty() ? "" : edits[0].a_text) << " → "
                              << (edits.empty() ? "" : edits[0].b_text);
  EXPECT_EQ(edit_kind_name(edits[0].kind), edit_kind_name(c.kind));
  EXPECT_EQ(edits[0].a_text, c.a_text);
  EXPECT_EQ(edits[0].b_text, c.b_text);
}

INSTANTIATE_TEST_SUITE_P(Kinds,
                         EditClassifier,
                         ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& param) {
                           return std::string(param.param.name);
                         });

TEST(EditClassifierBead, CapitalThatFollowsADroppedArticleIsNotACaseEdit) {
  const DiffResult result =
      diff_one(Case{"", "en", "The whole question is where.", "Whole question is where.",
                    EditKind::FunctionWord, "", ""});
  ASSERT_EQ(result.beads[0].edits.size(), 1U);
  EXPECT_EQ(result.beads[0].edits[0].kind, EditKind::FunctionWord);
  EXPECT_EQ(result.beads[0].edits[0].a_text, "The");
}

TEST(EditClassifierBead, IdenticalSentencesHaveNoEdit) {
  const DiffResult result =
      diff_one(Case{"", "en", "Same words, same marks — “here”.",
                    "Same words, same marks — “here”.", EditKind::Lexical, "", ""});
  EXPECT_TRUE(result.beads[0].edits.empty());
}

TEST(EditClassifierBead, SpansPointAtTheEditedBytes) {
  const DiffResult result =
      diff_one(Case{"", "en", "We seek a way.", "We search a way.", EditKind::Lexical, "", ""});
  const Edit& edit = result.beads[0].edits.at(0);
  EXPECT_EQ(edit.a, (Span{3, 7}));
  EXPECT_EQ(edit.b, (Span{3, 9}));
}

TEST(EditClassifierBead, NullBeadsAreWholeSentences) {
  const Document a = testing::make_document({"One.", "Two.", "Three."}, "en");
  const Document b = testing::make_document({"One.", "Three.", "Four."}, "en");
  Alignment alignment;
  alignment.beads = {Bead{{0, 1}, {0, 1}, 1.0F, ""}, Bead{{1, 2}, {1, 1}, 1.0F, ""},
                     Bead{{2, 3}, {1, 2}, 1.0F, ""}, Bead{{3, 3}, {2, 3}, 1.0F, ""}};
  testing::expect_partition(alignment, 3, 3);
  const DiffResult result = diff_versions(a, b, alignment, DiffOptions{});
  ASSERT_EQ(result.beads.size(), 4U);
  ASSERT_EQ(result.beads[1].edits.size(), 1U);
  EXPECT_EQ(result.beads[1].edits[0].kind, EditKind::SentenceOmission);
  EXPECT_EQ(result.beads[1].edits[0].a_text, "Two.");
  ASSERT_EQ(result.beads[3].edits.size(), 1U);
  EXPECT_EQ(result.beads[3].edits[0].kind, EditKind::SentenceInsertion);
  EXPECT_EQ(result.beads[3].edits[0].b_text, "Four.");
  EXPECT_TRUE(result.beads[2].edits.empty());
}

TEST(EditClassifierBead, RejectsAnAlignmentThatIsNotAPartition) {
  const Document a = testing::make_document({"One.", "Two."}, "en");
  const Document b = testing::make_document({"One.", "Two."}, "en");
  Alignment alignment;
  alignment.beads = {Bead{{0, 1}, {0, 1}, 1.0F, ""}};
  EXPECT_THROW(diff_versions(a, b, alignment, DiffOptions{}), OptionError);
  DiffOptions options;
  options.pair_window = 9;
  EXPECT_THROW(options.validate(), OptionError);
}

}  // namespace
}  // namespace parallax
