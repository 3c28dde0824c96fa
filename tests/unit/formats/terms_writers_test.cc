#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <parallax/report.h>
#include <parallax/terms.h>
#include <parallax/terms_formats.h>

#include "documents.h"

namespace parallax {
namespace {

using testing::make_document;

struct Fixture {
  Document original = make_document(
      {"The <Security> Council shall meet.", "Refer it to the <Security> Council & wait."}, "en");
  Document version =
      make_document({"The <Security> Council meets.", "Refer it to the Council & wait."}, "en");
  Alignment alignment{{Bead{{0, 1}, {0, 1}, 1.0F, {}}, Bead{{1, 2}, {1, 2}, 1.0F, {}}}};
  std::vector<Translation> translations{Translation{&version, &alignment, nullptr}};
  TermReport report;

  Fixture() {
    original.source_name = "original.txt";
    version.source_name = "version.txt";
    report = report_terms(original, translations, {{"Security Council", ""}}, TermOptions{});
  }
};

TEST(TermsJson, FollowsTheDocumentedSchema) {
  const Fixture f;
  std::ostringstream out;
  write_terms_json(out, f.report, f.original, f.translations);
  const nlohmann::json root = nlohmann::json::parse(out.str());
  EXPECT_EQ(root["original"], "original.txt");
  EXPECT_EQ(root["translations"], nlohmann::json::array({"version.txt"}));
  const nlohmann::json& term = root["terms"].at(0);
  EXPECT_EQ(term["term"], "Security Council");
  EXPECT_EQ(term["occurrences"], 2);
  EXPECT_EQ(term["flags"], nlohmann::json::array({"inconsistent"}));
  const nlohmann::json& translation = term["translations"].at(0);
  EXPECT_EQ(translation["file"], "version.txt");
  EXPECT_EQ(translation["not_rendered"], 0);
  // Equal counts go by key: "council" first.
  EXPECT_EQ(translation["variants"].at(0)["rendering"], "Council");
  const nlohmann::json& variant = translation["variants"].at(1);
  EXPECT_EQ(variant["rendering"], "Security> Council");
  EXPECT_EQ(variant["count"], 1);
  EXPECT_DOUBLE_EQ(variant["share"].get<double>(), 0.5);
  const nlohmann::json& location = variant["locations"].at(0);
  EXPECT_EQ(location["bead"], 0);
  EXPECT_EQ(location["source_ids"], nlohmann::json::array({0}));
  EXPECT_EQ(location["target_ids"], nlohmann::json::array({0}));
  const std::string target = location["target"];
  const auto span = location["rendering_span"].get<std::vector<uint32_t>>();
  EXPECT_EQ(target.substr(span[0], span[1] - span[0]), "Security> Council");
}

TEST(TermsTsv, WritesOneRowPerVariantAfterAHeader) {
  const Fixture f;
  std::ostringstream out;
  write_terms_tsv(out, f.report);
  EXPECT_EQ(
      out.str(),
      "term\ttranslation\tkind\trendering\tkey\tcount\tshare\texpected\tflags\tbeads\tforms\t"
      "uncertain\n"
      "Security Council\tversion.txt\tvariant\tCouncil\tcouncil\t1\t0.500\t\tinconsistent\t1\t"
      "Security> Council (2)\t0\n"
      "Security Council\tversion.txt\tvariant\tSecurity> Council\tsecur+it council\t1\t0.500\t\t"
      "inconsistent\t0\tSecurity> Council (2)\t0\n");
}

// Issue #11: an occurrence in a sentence left out of the translation (a 1-0 bead) is counted
// and shown as "no counterpart" in every format, never as "not rendered".
struct OmissionFixture {
  Document original =
      make_document({"The Council meets.", "The Council decides.", "The Council ends."}, "en");
  Document version = make_document({"The Council meets.", "The Council ends."}, "en");
  Alignment alignment{{Bead{{0, 1}, {0, 1}, 1.0F, {}}, Bead{{1, 2}, {1, 1}, 1.0F, {}},
                       Bead{{2, 3}, {1, 2}, 1.0F, {}}}};
  std::vector<Translation> translations{Translation{&version, &alignment, nullptr}};
  TermReport report;

  OmissionFixture() {
    original.source_name = "original.txt";
    version.source_name = "version.txt";
    report = report_terms(original, translations, {{"Council", ""}}, TermOptions{});
  }
};

TEST(TermsWriters, ReportOccurrencesWithoutCounterpartApart) {
  const OmissionFixture f;
  std::ostringstream json;
  write_terms_json(json, f.report, f.original, f.translations);
  const nlohmann::json root = nlohmann::json::parse(json.str());
  const nlohmann::json& translation = root["terms"].at(0)["translations"].at(0);
  EXPECT_EQ(translation["not_rendered"], 0);
  EXPECT_EQ(translation["no_counterpart"], 1);
  EXPECT_EQ(translation["no_counterpart_locations"].at(0)["bead"], 1);
  EXPECT_EQ(root["terms"].at(0)["flags"], nlohmann::json::array({"consistent"}));
  EXPECT_EQ(root["terms"].at(0)["forms"].at(0)["form"], "Council");

  std::ostringstream tsv;
  write_terms_tsv(tsv, f.report);
  EXPECT_NE(
      tsv.str().find(
          "Council\tversion.txt\tno_counterpart\t\t\t1\t0.333\t\tconsistent\t1\tCouncil (3)\t0\n"),
      std::string::npos)
      << tsv.str();
  EXPECT_EQ(tsv.str().find("not_rendered"), std::string::npos);

  std::ostringstream text;
  write_terms_text(text, f.report, f.original, f.translations);
  EXPECT_NE(text.str().find("(no counterpart)"), std::string::npos);
  EXPECT_EQ(text.str().find("not rendered"), std::string::npos);

  std::ostringstream html;
  write_html_report(html, f.original, {ReportColumn{&f.version, &f.alignment}}, &f.report,
                    ReportOptions{});
  EXPECT_NE(html.str().find("(no counterpart)"), std::string::npos);
  EXPECT_EQ(html.str().find("(not rendered)"), std::string::npos);
}

// Issue #11 (item 4): every format lists the forms of the term found in the original, most
// frequent first (the HTML report had none, the TSV had none).
TEST(TermsWriters, ListTheFormsFoundInEveryFormat) {
  Document original =
      make_document({"Совет решает.", "Доклад Совета.", "Члены Совета.", "Совету."}, "ru");
  Document version = make_document({"The Council decides.", "Report.", "Members.", "To it."}, "en");
  original.source_name = "original.txt";
  version.source_name = "version.txt";
  Alignment alignment;
  for (uint32_t i = 0; i < 4; ++i) {
    alignment.beads.push_back(Bead{{i, i + 1}, {i, i + 1}, 1.0F, {}});
  }
  const std::vector<Translation> translations{Translation{&version, &alignment, nullptr}};
  const TermReport report = report_terms(original, translations, {{"Совет", ""}}, TermOptions{});
  const std::string forms = "Совета (2), Совет (1), Совету (1)";

  std::ostringstream text;
  write_terms_text(text, report, original, translations);
  EXPECT_NE(text.str().find("  forms: " + forms + "\n"), std::string::npos) << text.str();
  std::ostringstream tsv;
  write_terms_tsv(tsv, report);
  EXPECT_NE(tsv.str().find("\tСовета (2); Совет (1); Совету (1)\t0\n"), std::string::npos)
      << tsv.str();
  std::ostringstream json;
  write_terms_json(json, report, original, translations);
  EXPECT_EQ(nlohmann::json::parse(json.str())["terms"].at(0)["forms"].size(), 3U);
  std::ostringstream html;
  write_html_report(html, original, {ReportColumn{&version, &alignment}}, &report, ReportOptions{});
  EXPECT_NE(html.str().find("forms: " + forms), std::string::npos);
}

// An uncertain occurrence (TermLocation::usual: off the main variant while the main variant's
// words are in its translation sentence, usual_rendering.h) is marked in every format, its
// variant and counts unchanged. The mark is set by hand here: the writers show what they get.
TEST(TermsWriters, MarkUncertainOccurrencesInEveryFormat) {
  Fixture f;
  TermRenderings& renderings = f.report.terms[0].translations[0];
  ASSERT_EQ(renderings.variants.size(), 2U);
  TermLocation& location = renderings.variants[1].locations[0];  // "Security> Council", bead 0
  const auto council = static_cast<uint32_t>(f.version.text.find("Council"));
  location.usual = Span{council, council + 7};

  std::ostringstream text;
  write_terms_text(text, f.report, f.original, f.translations);
  EXPECT_NE(text.str().find("(1 uncertain)"), std::string::npos) << text.str();
  EXPECT_NE(
      text.str().find("bead 0 (original 0, translation 0), uncertain: \"Council\" is here too"),
      std::string::npos)
      << text.str();
  std::ostringstream tsv;
  write_terms_tsv(tsv, f.report);
  EXPECT_NE(tsv.str().find("\tSecurity> Council\tsecur+it council\t1\t0.500\t\tinconsistent\t0\t"
                           "Security> Council (2)\t1\n"),
            std::string::npos)
      << tsv.str();
  std::ostringstream json;
  write_terms_json(json, f.report, f.original, f.translations);
  const nlohmann::json translation =
      nlohmann::json::parse(json.str())["terms"].at(0)["translations"].at(0);
  EXPECT_EQ(translation["variants"].at(0)["uncertain"], 0);
  EXPECT_EQ(translation["variants"].at(1)["uncertain"], 1);
  EXPECT_EQ(translation["not_rendered_uncertain"], 0);
  const nlohmann::json& marked = translation["variants"].at(1)["locations"].at(0);
  EXPECT_EQ(marked["uncertain"], true);
  const std::string target = marked["target"];
  const auto usual = marked["usual_span"].get<std::vector<uint32_t>>();
  EXPECT_EQ(target.substr(usual[0], usual[1] - usual[0]), "Council");
  EXPECT_EQ(translation["variants"].at(0)["locations"].at(0)["uncertain"], false);
  EXPECT_TRUE(translation["variants"].at(0)["locations"].at(0)["usual_span"].is_null());
  std::ostringstream html;
  write_html_report(html, f.original, {ReportColumn{&f.version, &f.alignment}}, &f.report,
                    ReportOptions{});
  EXPECT_NE(html.str().find("(1 uncertain)"), std::string::npos);
}

TEST(WordLinksTsv, WritesOneRowPerLinkOfTheBeadsKept) {
  Fixture f;
  std::ostringstream empty;
  write_word_links_tsv(empty, f.report, f.original, f.translations);
  EXPECT_EQ(empty.str(),
            "translation\tbead\toriginal_sentences\ttranslation_sentences\tsource\ttarget\t"
            "step\tprior\tforward\tbackward\tsource_byte\ttarget_byte\n");
  // One hand-made link in bead 1: "Council" (byte 62 of the original) -> "Council" (46).
  f.report.word_links = {{BeadLinks{1,
                                    {WordLinkInfo{Span{62, 69}, Span{46, 53}, LinkStep::Forward,
                                                  LinkPrior::Identical, 0.5F, 0.25F}}}}};
  std::ostringstream out;
  write_word_links_tsv(out, f.report, f.original, f.translations);
  EXPECT_EQ(out.str().substr(empty.str().size()),
            "version.txt\t1\t1\t1\tCouncil\tCouncil\tforward\tidentical\t0.500\t0.250\t62\t46\n");
}

TEST(TermsText, MarksTheOtherVariantsInTheirSentences) {
  const Fixture f;
  std::ostringstream out;
  write_terms_text(out, f.report, f.original, f.translations);
  const std::string text = out.str();
  EXPECT_NE(text.find("Security Council — 2 occurrences [inconsistent]"), std::string::npos);
  // The second variant ("Security> Council", bead 0) is listed with its sentences.
  EXPECT_NE(text.find("The <[[Security> Council]] meets."), std::string::npos);
}

}  // namespace
}  // namespace parallax
