// The writers of a diff on one small pair: JSON parsed back, TSV lines, text, HTML page.
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <parallax/diff.h>
#include <parallax/diff_formats.h>

#include "documents.h"

namespace parallax {
namespace {

struct Fixture {
  Document a =
      testing::make_document({"We seek the way.", "Only here.", "Quote \"it\" <now>."}, "en");
  Document b = testing::make_document({"We search the way.", "Quote “it” <now>."}, "en");
  DiffResult diff;

  Fixture() {
    Alignment alignment;
    alignment.beads = {Bead{{0, 1}, {0, 1}, 0.9F, ""}, Bead{{1, 2}, {1, 1}, 0.5F, ""},
                       Bead{{2, 3}, {1, 2}, 1.0F, ""}};
    diff = diff_versions(a, b, alignment, DiffOptions{});
  }
};

TEST(DiffWriters, JsonHasTheChangeTableAndTheBeads) {
  const Fixture f;
  std::ostringstream out;
  write_diff_json(out, f.a, f.b, f.diff);
  const nlohmann::json json = nlohmann::json::parse(out.str());
  ASSERT_TRUE(json.at("changes").is_array());
  ASSERT_EQ(json["changes"].size(), 4U);
  const nlohmann::json& first = json["changes"][0];
  for (const char* key : {"a", "b", "kind", "count", "locations"}) {
    EXPECT_TRUE(first.contains(key)) << key;
  }
  bool seek = false;
  for (const nlohmann::json& change : json["changes"]) {
    if (change["a"] == "seek") {
      seek = true;
      EXPECT_EQ(change["b"], "search");
      EXPECT_EQ(change["kind"], "lexical");
      EXPECT_EQ(change["count"], 1);
      EXPECT_EQ(change["locations"][0]["bead"], 0);
      EXPECT_EQ(change["locations"][0]["a_span"], nlohmann::json::array({3, 7}));
    }
  }
  EXPECT_TRUE(seek);
  EXPECT_EQ(json["summary"]["edits"], 4);
  EXPECT_EQ(json["summary"]["by_kind"]["typography"], 2);
  ASSERT_EQ(json["beads"].size(), 3U);
  EXPECT_EQ(json["beads"][1]["edits"][0]["kind"], "sentence_omission");
  EXPECT_EQ(json["beads"][1]["b_ids"].size(), 0U);
}

TEST(DiffWriters, TsvHasOneLinePerEdit) {
  const Fixture f;
  std::ostringstream out;
  write_diff_tsv(out, f.a, f.b, f.diff);
  std::istringstream in(out.str());
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line.rfind("bead\tkind\ta\tb\t", 0), 0U);
  std::getline(in, line);
  EXPECT_EQ(line, "0\tlexical\tseek\tsearch\t0\t0\t1\t1\t3\t7\t3\t9");
  int lines = 1;
  while (std::getline(in, line)) {
    ++lines;
  }
  EXPECT_EQ(lines, 4);
}

TEST(DiffWriters, TextListsBeadsAndChanges) {
  const Fixture f;
  std::ostringstream out;
  write_diff_text(out, f.a, f.b, f.diff);
  const std::string text = out.str();
  EXPECT_NE(text.find("lexical            seek → search"), std::string::npos) << text;
  EXPECT_NE(text.find("sentence_omission  Only here. → ∅"), std::string::npos) << text;
  EXPECT_NE(text.find("Changes (4 distinct"), std::string::npos) << text;
}

TEST(DiffWriters, HtmlPageIsSelfContainedAndEscapesTheData) {
  const Fixture f;
  std::ostringstream out;
  write_diff_html(out, f.a, f.b, f.diff, DiffPageOptions{});
  const std::string page = out.str();
  EXPECT_NE(page.find("Content-Security-Policy"), std::string::npos);
  EXPECT_EQ(page.find("<now>"), std::string::npos) << "text must be escaped";
  EXPECT_NE(page.find("\\u003cnow\\u003e"), std::string::npos);
  EXPECT_NE(page.find("data-kind=\"4\">"), std::string::npos) << "typography is off at first";
  EXPECT_NE(page.find("data-kind=\"0\" checked"), std::string::npos);
  EXPECT_NE(page.find("<table id=\"changes\">"), std::string::npos);
  EXPECT_EQ(page.find("http"), page.find("http-equiv")) << "no network address";
}

}  // namespace
}  // namespace parallax
