// The side-by-side report: N-way rows, the HTML page (hostile text stays literal, structure
// counts), and the N-way TSV and TMX writers.
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <parallax/errors.h>
#include <parallax/report.h>
#include <parallax/terms.h>
#include <parallax/types.h>

#include "documents.h"
#include <pugixml.hpp>

namespace parallax {
namespace {

using testing::make_document;

// U+202E RIGHT-TO-LEFT OVERRIDE, written as bytes so that this file shows no reordering.
const std::string kRightToLeftOverride{'\xE2', '\x80', '\xAE'};

Bead bead(uint32_t sb, uint32_t se, uint32_t tb, uint32_t te, float confidence = 0.9F) {
  return Bead{{sb, se}, {tb, te}, confidence, {}};
}

Document named(Document document, std::string name) {
  document.source_name = std::move(name);
  return document;
}

std::string html_of(const Document& original,
                    const std::vector<ReportColumn>& columns,
                    const TermReport* terms = nullptr) {
  std::ostringstream out;
  write_html_report(out, original, columns, terms, ReportOptions{});
  return out.str();
}

// The JSON embedded in the page.
nlohmann::json data_of(const std::string& html) {
  const std::string open = R"(<script type="application/json" id="report-data">)";
  const size_t begin = html.find(open);
  EXPECT_NE(begin, std::string::npos);
  const size_t end = html.find("</script>", begin);
  return nlohmann::json::parse(html.substr(begin + open.size(), end - begin - open.size()));
}

// A cell's text, marks included, paragraph breaks as "¶".
std::string cell_text(const nlohmann::json& cell) {
  std::string text;
  for (const nlohmann::json& piece : cell) {
    if (piece.is_string()) {
      text += piece.get<std::string>();
    } else if (piece.is_number()) {
      text += "¶";
    } else {
      text += piece[1].get<std::string>();
    }
  }
  return text;
}

size_t count_of(const std::string& text, const std::string& what) {
  size_t count = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++count;
  }
  return count;
}

// The text between <span ... id="ID"> and the next '<'.
std::string span_text(const std::string& html, const std::string& id) {
  const size_t at = html.find("id=\"" + id + "\">");
  EXPECT_NE(at, std::string::npos) << id;
  const size_t begin = html.find('>', at) + 1;
  return html.substr(begin, html.find('<', begin) - begin);
}

// Original of 4 sentences; A: 1-1, 2-1, 1-1; B: 1-2, 1-1, 1-0, 1-1.
struct TwoTranslations {
  Document original =
      named(make_document({"Один.", "Два.", "Три.", "Четыре."}, "ru", {0, 0, 1, 1}), "o.ru.txt");
  Document a = named(make_document({"One.", "Two three.", "Four."}, "en"), "a.en.txt");
  Document b = named(make_document({"Un.", "Un bis.", "Deux.", "Quatre."}, "fr"), "b.fr.txt");
  Alignment a_alignment{{bead(0, 1, 0, 1), bead(1, 3, 1, 2), bead(3, 4, 2, 3)}};
  Alignment b_alignment{
      {bead(0, 1, 0, 2), bead(1, 2, 2, 3, 0.3F), bead(2, 3, 3, 3), bead(3, 4, 3, 4)}};
  std::vector<ReportColumn> columns{{&a, &a_alignment}, {&b, &b_alignment}};
};

TEST(ReportRows, OneTranslationGivesOneRowPerBead) {
  const TwoTranslations t;
  const std::vector<ReportRow> rows =
      report_rows(t.original, {{&t.b, &t.b_alignment}}, ReportOptions{});
  ASSERT_EQ(rows.size(), 4U);
  for (size_t r = 0; r < rows.size(); ++r) {
    EXPECT_EQ(rows[r].cells[0].sentences, t.b_alignment.beads[r].source);
    EXPECT_EQ(rows[r].cells[1].sentences, t.b_alignment.beads[r].target);
  }
  EXPECT_FALSE(rows[0].doubtful);
  EXPECT_TRUE(rows[1].doubtful);  // 0.3 < 0.5
  EXPECT_FALSE(rows[1].null_bead);
  EXPECT_TRUE(rows[2].doubtful);  // 1-0
  EXPECT_TRUE(rows[2].null_bead);
  EXPECT_TRUE(rows[2].paragraph_start);
  EXPECT_FALSE(rows[3].paragraph_start);
}

TEST(ReportRows, MergesRowsSoThatEveryTranslationsBeadsFit) {
  const TwoTranslations t;
  const std::vector<ReportRow> rows = report_rows(t.original, t.columns, ReportOptions{});
  ASSERT_EQ(rows.size(), 3U);  // common cuts 0, 1, 3, 4
  EXPECT_EQ(rows[1].cells[0].sentences, (IndexRange{1, 3}));
  EXPECT_EQ(rows[1].cells[1].sentences, (IndexRange{1, 2}));
  EXPECT_EQ(rows[1].cells[2].sentences, (IndexRange{2, 3}));
  EXPECT_EQ(rows[1].cells[2].beads, (IndexRange{1, 3}));
  EXPECT_FLOAT_EQ(rows[1].confidence, 0.3F);  // the lowest of its beads
  EXPECT_TRUE(rows[1].null_bead);
  EXPECT_TRUE(rows[1].doubtful);
  EXPECT_FALSE(rows[0].doubtful);
  EXPECT_EQ(rows[0].cells[2].sentences, (IndexRange{0, 2}));
  // Every sentence of every text in exactly one row, in order.
  for (size_t c = 0; c < 3; ++c) {
    uint32_t next = 0;
    for (const ReportRow& row : rows) {
      EXPECT_EQ(row.cells[c].sentences.begin, next);
      next = row.cells[c].sentences.end;
    }
  }
}

TEST(ReportRows, InsertionAtACommonCutHasARowOfItsOwn) {
  const Document original = make_document({"А.", "Б."}, "ru");
  const Document a = make_document({"A.", "Added.", "B."}, "en");
  const Document b = make_document({"X.", "Y."}, "en");
  const Alignment a_alignment{{bead(0, 1, 0, 1), bead(1, 1, 1, 2, 0.0F), bead(1, 2, 2, 3)}};
  const Alignment b_alignment{{bead(0, 1, 0, 1), bead(1, 2, 1, 2)}};
  const std::vector<ReportRow> rows =
      report_rows(original, {{&a, &a_alignment}, {&b, &b_alignment}}, ReportOptions{});
  ASSERT_EQ(rows.size(), 3U);
  EXPECT_TRUE(rows[1].cells[0].sentences.empty());
  EXPECT_EQ(rows[1].cells[1].sentences, (IndexRange{1, 2}));
  EXPECT_TRUE(rows[1].cells[2].sentences.empty());
  EXPECT_TRUE(rows[1].null_bead);
  EXPECT_FALSE(rows[2].doubtful);
}

TEST(ReportRows, InsertionInsideAMergedRowJoinsIt) {
  const Document original = make_document({"А.", "Б."}, "ru");
  const Document a = make_document({"A.", "Added.", "B."}, "en");
  const Document b = make_document({"XY."}, "en");
  const Alignment a_alignment{{bead(0, 1, 0, 1), bead(1, 1, 1, 2, 0.0F), bead(1, 2, 2, 3)}};
  const Alignment b_alignment{{bead(0, 2, 0, 1)}};
  const std::vector<ReportRow> rows =
      report_rows(original, {{&a, &a_alignment}, {&b, &b_alignment}}, ReportOptions{});
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_EQ(rows[0].cells[1].sentences, (IndexRange{0, 3}));
  EXPECT_TRUE(rows[0].doubtful);
}

TEST(ReportRows, RejectsAnAlignmentOfOtherTexts) {
  const TwoTranslations t;
  const Alignment short_alignment{{bead(0, 1, 0, 1)}};
  EXPECT_THROW(report_rows(t.original, {{&t.a, &short_alignment}}, ReportOptions{}), OptionError);
  EXPECT_THROW(report_rows(t.original, {{&t.a, nullptr}}, ReportOptions{}), OptionError);
  ReportOptions bad;
  bad.doubtful_below = 1.5F;
  EXPECT_THROW(report_rows(t.original, t.columns, bad), OptionError);
}

TEST(HtmlReport, HostileTextAppearsLiterally) {
  const std::string script = "<script>alert(1)</script>";
  const std::string entity = "Tom &amp; \"Jerry\" 'x'";
  const std::string bidi = "abc" + kRightToLeftOverride + "dcba";
  const Document original =
      named(make_document({script, entity, bidi}, "en"), "<img src=x onerror=alert(2)>.txt");
  const Document translation =
      named(make_document({"</script><script>alert(3)</script>", "ok", "שלום"}, "he"), "t.txt");
  const Alignment alignment{{bead(0, 1, 0, 1), bead(1, 2, 1, 2), bead(2, 3, 2, 3)}};
  const std::string html = html_of(original, {{&translation, &alignment}});

  EXPECT_EQ(count_of(html, "<script"), 2U);  // the data and the page's own script
  EXPECT_EQ(count_of(html, "</script>"), 2U);
  EXPECT_EQ(html.find("alert(1)</"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(2)&gt;.txt"), std::string::npos);
  EXPECT_NE(html.find("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"), std::string::npos);
  EXPECT_NE(html.find("Tom \\u0026amp; \\\"Jerry\\\""), std::string::npos);
  EXPECT_EQ(html.find(kRightToLeftOverride), std::string::npos);  // no raw override in the file
  EXPECT_NE(html.find("\\u202e"), std::string::npos);

  const nlohmann::json data = data_of(html);
  ASSERT_EQ(data["rows"].size(), 3U);
  EXPECT_EQ(cell_text(data["rows"][0]["c"][0]), script);
  EXPECT_EQ(cell_text(data["rows"][0]["c"][1]), "</script><script>alert(3)</script>");
  EXPECT_EQ(cell_text(data["rows"][1]["c"][0]), entity);
  EXPECT_EQ(cell_text(data["rows"][2]["c"][0]), bidi);
  EXPECT_EQ(cell_text(data["rows"][2]["c"][1]), "שלום");
  EXPECT_EQ(data["columns"][0]["name"], "<img src=x onerror=alert(2)>.txt");
}

TEST(HtmlReport, CountsRowsColumnsAndDoubtfulBeads) {
  const TwoTranslations t;
  const std::string html = html_of(t.original, t.columns);
  const nlohmann::json data = data_of(html);
  ASSERT_EQ(data["columns"].size(), 3U);
  ASSERT_EQ(data["rows"].size(), 3U);
  EXPECT_EQ(span_text(html, "row-count"), "3");
  EXPECT_EQ(span_text(html, "column-count"), "3");
  EXPECT_EQ(span_text(html, "doubtful-count"), "1");
  EXPECT_EQ(span_text(html, "null-count"), "1");
  EXPECT_EQ(count_of(html, "<th dir=\"auto\""), 3U);
  const nlohmann::json& row = data["rows"][1];
  EXPECT_EQ(row["d"], 1);
  EXPECT_EQ(row["x"], nlohmann::json::parse("[0,0,2]"));
  EXPECT_EQ(row["s"], nlohmann::json::parse("[1,3,1,2,2,3]"));
  // Sentences 1 and 2 of the original are in different paragraphs: a break between them.
  EXPECT_EQ(cell_text(row["c"][0]), "Два.¶Три.");
  EXPECT_EQ(data["rows"][0].count("d"), 0U);
  EXPECT_EQ(data["rows"][0]["p"], 1);
  EXPECT_EQ(data["rows"][1].count("p"), 0U);  // its first sentence continues paragraph 0
}

TEST(HtmlReport, GivesWhereEachSentenceStartsInItsInput) {
  // A text: line and column in characters (Cyrillic letters are two bytes each).
  Document original;
  original.source_name = "o.ru.txt";
  original.language = "ru";
  original.text = "Один. Два.\nТри.\n";
  original.sentences = {Sentence{{0, 9}, 0, 1}, Sentence{{10, 17}, 0, 1}, Sentence{{18, 25}, 1, 2}};
  // A document: its locations.
  Document translation = make_document({"One.", "Two.", "Three."}, "en");
  translation.source_name = "t.en.docx";
  translation.format = "docx";
  translation.locations = {"p1", "t1.r2.c1"};
  translation.sentences[1].location = 1;
  translation.sentences[2].location = 1;
  const Alignment alignment{{bead(0, 1, 0, 1), bead(1, 3, 1, 3)}};
  const nlohmann::json data = data_of(html_of(original, {{&translation, &alignment}}));
  EXPECT_EQ(data["columns"][0]["format"], "text");
  EXPECT_EQ(data["columns"][0]["where"], nlohmann::json::parse(R"(["1:1","1:7","2:1"])"));
  EXPECT_EQ(data["columns"][1]["format"], "docx");
  EXPECT_EQ(data["columns"][1]["where"], nlohmann::json::parse(R"(["p1","t1.r2.c1","t1.r2.c1"])"));
}

TEST(HtmlReport, HighlightsTermsAndRenderingsAndListsVariants) {
  const Document original =
      named(make_document({"Совет Безопасности решил.", "Совету Безопасности доложили."}, "ru"),
            "o.ru.txt");
  const Document translation = named(
      make_document({"The Security Council decided.", "The Council was told."}, "en"), "t.en.txt");
  const Alignment alignment{{bead(0, 1, 0, 1), bead(1, 2, 1, 2)}};

  TermReport report;
  report.original = "o.ru.txt";
  report.translations = {"t.en.txt"};
  TermResult term;
  term.term = "Совет Безопасности";
  term.occurrences = 2;
  const auto at = [](const Document& d, size_t sentence, std::string_view what) {
    const auto begin = static_cast<uint32_t>(d.text.find(what, d.sentences[sentence].span.begin));
    return Span{begin, begin + static_cast<uint32_t>(what.size())};
  };
  term.spans = {at(original, 0, "Совет Безопасности"), at(original, 1, "Совету Безопасности")};
  TermRenderings renderings;
  renderings.file = "t.en.txt";
  Variant security{"Security Council", "secur council", 1, false, {}};
  security.locations.push_back(TermLocation{
      0, {0, 1}, {0, 1}, term.spans[0], at(translation, 0, "Security Council"), {}, Span{}});
  Variant council{"Council", "council", 1, false, {}};
  council.locations.push_back(
      TermLocation{1, {1, 2}, {1, 2}, term.spans[1], at(translation, 1, "Council"), {}, Span{}});
  renderings.variants = {security, council};
  term.translations = {renderings};
  term.flags = {TermFlag::Inconsistent};
  report.terms = {term};

  const std::string html = html_of(original, {{&translation, &alignment}}, &report);
  const nlohmann::json data = data_of(html);
  EXPECT_EQ(data["rows"][0]["c"][0],
            nlohmann::json::parse(R"([[-1,"Совет Безопасности"]," решил."])"));
  EXPECT_EQ(data["rows"][0]["c"][1],
            nlohmann::json::parse(R"(["The ",[0,"Security Council"]," decided."])"));
  EXPECT_EQ(data["rows"][1]["c"][1],
            nlohmann::json::parse(R"(["The ",[1,"Council"]," was told."])"));
  // Jumps: the term's rows, then one list per variant.
  EXPECT_EQ(data["jumps"], nlohmann::json::parse("[[0,1],[0],[1]]"));
  EXPECT_EQ(count_of(html, "data-jump="), 3U);
  EXPECT_NE(html.find("<mark class=\"v0\" dir=\"auto\">Security Council</mark>"),
            std::string::npos);
  EXPECT_NE(html.find("mark.v1{background:"), std::string::npos);
  EXPECT_NE(html.find("flag inconsistent"), std::string::npos);
}

TEST(NwayWriters, TsvHasOneColumnPerText) {
  const TwoTranslations t;
  std::ostringstream out;
  write_nway_tsv(out, t.original, t.columns, ReportOptions{});
  EXPECT_EQ(out.str(),
            "o.ru.txt\ta.en.txt\tb.fr.txt\tconfidence\tdoubtful\tids:o.ru.txt\tids:a.en.txt\t"
            "ids:b.fr.txt\n"
            "Один.\tOne.\tUn. Un bis.\t0.900\tno\t0\t0\t0,1\n"
            "Два. Три.\tTwo three.\tDeux.\t0.300\tyes\t1,2\t1\t2\n"
            "Четыре.\tFour.\tQuatre.\t0.900\tno\t3\t2\t3\n");
}

TEST(NwayWriters, TmxHasOneTuvPerText) {
  const TwoTranslations t;
  std::ostringstream out;
  write_nway_tmx(out, t.original, t.columns, ReportOptions{});
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(out.str().c_str()));
  const pugi::xpath_node_set units = doc.select_nodes("/tmx/body/tu");
  ASSERT_EQ(units.size(), 3U);
  const pugi::xml_node second = units[1].node();
  EXPECT_STREQ(second.child("prop").text().get(), "0.300");
  std::vector<std::string> languages;
  std::vector<std::string> segments;
  for (const pugi::xml_node tuv : second.children("tuv")) {
    languages.emplace_back(tuv.attribute("xml:lang").value());
    segments.emplace_back(tuv.child("seg").text().get());
  }
  EXPECT_EQ(languages, (std::vector<std::string>{"ru", "en", "fr"}));
  EXPECT_EQ(segments, (std::vector<std::string>{"Два. Три.", "Two three.", "Deux."}));
  EXPECT_STREQ(doc.child("tmx").child("header").attribute("srclang").value(), "ru");
}

// Two translations in one language: each keeps its own variant (translate-toolkit and OmegaT
// key a unit's variants by xml:lang and kept only the first of two "en").
TEST(NwayWriters, TmxTellsTwoTranslationsInOneLanguageApart) {
  const TwoTranslations t;
  Document b_in_english = t.b;
  b_in_english.language = "en";
  std::ostringstream out;
  write_nway_tmx(out, t.original, {{&t.a, &t.a_alignment}, {&b_in_english, &t.b_alignment}},
                 ReportOptions{});
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(out.str().c_str()));
  std::vector<std::string> languages;
  for (const pugi::xml_node tuv : doc.select_nodes("/tmx/body/tu").first().node().children("tuv")) {
    languages.emplace_back(tuv.attribute("xml:lang").value());
  }
  EXPECT_EQ(languages, (std::vector<std::string>{"ru", "en-x-t1", "en-x-t2"}));
  EXPECT_STREQ(doc.child("tmx").child("header").attribute("srclang").value(), "ru");
}

}  // namespace
}  // namespace parallax
