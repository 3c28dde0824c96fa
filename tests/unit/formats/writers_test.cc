// Writers of alignments: exact output for beads and TSV, JSON and TMX parsed back.
#include <array>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <parallax/corrections.h>
#include <parallax/formats.h>
#include <parallax/report.h>
#include <parallax/types.h>

#include <pugixml.hpp>

namespace parallax {
namespace {

// A Document whose sentences are the given strings, separated in text by separator.
Document make_document(std::string name,
                       std::string language,
                       const std::vector<std::string>& sentences,
                       const std::string& separator = " ") {
  Document document;
  document.source_name = std::move(name);
  document.language = std::move(language);
  document.encoding = "UTF-8";
  uint32_t line = 1;
  for (const std::string& sentence : sentences) {
    if (!document.text.empty()) {
      document.text += separator;
    }
    Sentence s;
    s.span.begin = static_cast<uint32_t>(document.text.size());
    document.text += sentence;
    s.span.end = static_cast<uint32_t>(document.text.size());
    s.line = line++;
    document.sentences.push_back(s);
  }
  document.paragraph_count = 1;
  return document;
}

Bead bead(uint32_t sb,
          uint32_t se,
          uint32_t tb,
          uint32_t te,
          float confidence,
          std::string evidence = {}) {
  return Bead{{sb, se}, {tb, te}, confidence, std::move(evidence)};
}

// Source: 3 Russian sentences; target: 3 English ones; beads 2-1, 1-1, 0-1.
struct Fixture {
  Document source = make_document("a.ru.txt", "ru", {"Совет собрался.", "Он решил.", "Конец."});
  Document target =
      make_document("a.en.txt", "en", {"The council met and decided.", "The end.", "Added."});
  Alignment alignment{{bead(0, 2, 0, 1, 0.8734F, "dict:совет→council"), bead(2, 3, 1, 2, 1.0F),
                       bead(3, 3, 2, 3, 0.0F)}};
};

std::string beads_of(const Alignment& alignment) {
  std::ostringstream out;
  write_beads(out, alignment);
  return out.str();
}

std::string tsv_of(const Document& source, const Document& target, const Alignment& alignment) {
  std::ostringstream out;
  write_tsv(out, source, target, alignment);
  return out.str();
}

std::string json_of(const Document& source, const Document& target, const Alignment& alignment) {
  std::ostringstream out;
  write_json(out, source, target, alignment);
  return out.str();
}

std::string tmx_of(const Document& source, const Document& target, const Alignment& alignment) {
  std::ostringstream out;
  write_tmx(out, source, target, alignment, "1.2.3");
  return out.str();
}

TEST(BeadsWriter, WritesScorePyFormatWithThreeDecimals) {
  const Fixture f;
  EXPECT_EQ(beads_of(f.alignment), "[0, 1]:[0]:0.873\n[2]:[1]:1.000\n[]:[2]:0.000\n");
}

TEST(BeadsWriter, WritesEmptySourceAndLongBeads) {
  const Alignment alignment{{bead(0, 0, 0, 1, 0.5F), bead(0, 4, 1, 1, 0.25F)}};
  EXPECT_EQ(beads_of(alignment), "[]:[0]:0.500\n[0, 1, 2, 3]:[]:0.250\n");
}

TEST(BeadsWriter, WritesNothingForEmptyAlignment) {
  EXPECT_EQ(beads_of(Alignment{}), "");
}

TEST(TsvWriter, WritesTextsConfidenceAndIds) {
  const Fixture f;
  EXPECT_EQ(tsv_of(f.source, f.target, f.alignment),
            "Совет собрался. Он решил.\tThe council met and decided.\t0.873\t0,1\t0\tL1,L2\tL1\n"
            "Конец.\tThe end.\t1.000\t2\t1\tL3\tL2\n"
            "\tAdded.\t0.000\t\t2\t\tL3\n");
}

TEST(TsvWriter, AddsACheckedColumnOnlyWhenABeadIsChecked) {
  Fixture f;
  f.alignment.beads[1].checked = true;
  EXPECT_EQ(
      tsv_of(f.source, f.target, f.alignment),
      "Совет собрался. Он решил.\tThe council met and decided.\t0.873\t0,1\t0\tL1,L2\tL1\tno\n"
      "Конец.\tThe end.\t1.000\t2\t1\tL3\tL2\tyes\n"
      "\tAdded.\t0.000\t\t2\t\tL3\tno\n");
}

TEST(TsvWriter, TurnsTabsAndNewlinesIntoSpaces) {
  const Document source = make_document("s", "ru", {"a\tb", "c\nd\r\ne"});
  const Document target = make_document("t", "en", {"x <&> \"y\""});
  const Alignment alignment{{bead(0, 2, 0, 1, 0.5F)}};
  EXPECT_EQ(tsv_of(source, target, alignment),
            "a b c d  e\tx <&> \"y\"\t0.500\t0,1\t0\tL1,L2\tL1\n");
}

TEST(TsvWriter, UsesTheOriginalSpansOnly) {
  // Text between the spans (here a paragraph break) is not part of any sentence.
  const Document source = make_document("s", "ru", {"Один.", "Два."}, "\n\n");
  const Document target = make_document("t", "en", {"One. Two."});
  const Alignment alignment{{bead(0, 2, 0, 1, 0.9F)}};
  EXPECT_EQ(tsv_of(source, target, alignment), "Один. Два.\tOne. Two.\t0.900\t0,1\t0\tL1,L2\tL1\n");
}

TEST(TsvWriter, WritesDocumentLocationsWithCommasEscaped) {
  Document source = make_document("s.docx", "ru", {"Один.", "Два."});
  source.format = "xliff";
  source.locations = {"unit:a,b", "unit:c"};
  source.sentences[1].location = 1;
  const Document target = make_document("t", "en", {"One. Two."});
  const Alignment alignment{{bead(0, 2, 0, 1, 0.9F)}};
  EXPECT_EQ(tsv_of(source, target, alignment),
            "Один. Два.\tOne. Two.\t0.900\t0,1\t0\tunit:a%2Cb,unit:c\tL1\n");
}

TEST(JsonWriter, RoundTripsMetadataAndBeads) {
  const Fixture f;
  const nlohmann::json j = nlohmann::json::parse(json_of(f.source, f.target, f.alignment));
  EXPECT_EQ(j["source"]["file"], "a.ru.txt");
  EXPECT_EQ(j["source"]["language"], "ru");
  EXPECT_EQ(j["source"]["encoding"], "UTF-8");
  EXPECT_EQ(j["source"]["sentences"], 3);
  EXPECT_EQ(j["target"]["file"], "a.en.txt");
  EXPECT_EQ(j["target"]["language"], "en");
  EXPECT_EQ(j["target"]["sentences"], 3);
  ASSERT_EQ(j["beads"].size(), 3U);
  const nlohmann::json& first = j["beads"][0];
  EXPECT_EQ(first["source_ids"], nlohmann::json::array({0, 1}));
  EXPECT_EQ(first["target_ids"], nlohmann::json::array({0}));
  EXPECT_EQ(first["source"], "Совет собрался. Он решил.");
  EXPECT_EQ(first["target"], "The council met and decided.");
  EXPECT_DOUBLE_EQ(first["confidence"].get<double>(), 0.873);
  EXPECT_EQ(first["evidence"], "dict:совет→council");
  EXPECT_EQ(first["source_locations"], nlohmann::json::array({"L1", "L2"}));
  EXPECT_EQ(first["target_locations"], nlohmann::json::array({"L1"}));
  EXPECT_EQ(j["source"]["format"], "text");
  const nlohmann::json& last = j["beads"][2];
  EXPECT_EQ(last["source_ids"], nlohmann::json::array());
  EXPECT_EQ(last["source"], "");
  EXPECT_EQ(last["target"], "Added.");
}

TEST(JsonWriter, MarksCheckedBeadsAndGivesChecksums) {
  Fixture f;
  f.alignment.beads[1].checked = true;
  const nlohmann::json j = nlohmann::json::parse(json_of(f.source, f.target, f.alignment));
  EXPECT_EQ(j["beads"][0]["checked"], false);
  EXPECT_EQ(j["beads"][1]["checked"], true);
  EXPECT_EQ(j["source"]["checksum"], text_checksum(f.source.text));
}

TEST(JsonWriter, PrintsConfidenceWithAtMostThreeDecimals) {
  const Fixture f;
  const std::string text = json_of(f.source, f.target, f.alignment);
  EXPECT_NE(text.find("\"confidence\": 0.873,"), std::string::npos) << text;
  EXPECT_EQ(text.back(), '\n');
}

TEST(JsonWriter, EscapesQuotesControlsAndKeepsNewlines) {
  const Document source = make_document("s\"1", "ru", {R"(a "b"\ <&>)", "c\nd\te"});
  const Document target = make_document("t", "", {"\x01x"});
  const Alignment alignment{{bead(0, 2, 0, 1, 0.5F)}};
  const nlohmann::json j = nlohmann::json::parse(json_of(source, target, alignment));
  EXPECT_EQ(j["source"]["file"], "s\"1");
  EXPECT_EQ(j["target"]["language"], "");
  EXPECT_EQ(j["beads"][0]["source"], std::string(R"(a "b"\ <&>)") + " c\nd\te");
  EXPECT_EQ(j["beads"][0]["target"], "\x01x");
}

TEST(TmxWriter, ParsesBackWithHeaderAndOneTuPerTwoSidedBead) {
  const Fixture f;
  const std::string text = tmx_of(f.source, f.target, f.alignment);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(text.c_str())) << text;
  const pugi::xml_node tmx = doc.child("tmx");
  EXPECT_STREQ(tmx.attribute("version").value(), "1.4");
  const pugi::xml_node header = tmx.child("header");
  EXPECT_STREQ(header.attribute("creationtool").value(), "parallax");
  EXPECT_STREQ(header.attribute("creationtoolversion").value(), "1.2.3");
  EXPECT_STREQ(header.attribute("segtype").value(), "sentence");
  EXPECT_STREQ(header.attribute("srclang").value(), "ru");
  EXPECT_STREQ(header.attribute("adminlang").value(), "en");
  EXPECT_STREQ(header.attribute("datatype").value(), "plaintext");
  EXPECT_STREQ(header.attribute("o-tmf").value(), "parallax");

  std::vector<pugi::xml_node> units;
  for (const pugi::xml_node tu : tmx.child("body").children("tu")) {
    units.push_back(tu);
  }
  ASSERT_EQ(units.size(), 2U);  // the 0-1 bead has no source side
  const pugi::xml_node first_source = units[0].child("tuv");
  const pugi::xml_node first_target = first_source.next_sibling("tuv");
  EXPECT_STREQ(first_source.attribute("xml:lang").value(), "ru");
  EXPECT_STREQ(first_source.child("seg").text().get(), "Совет собрался. Он решил.");
  EXPECT_STREQ(first_target.attribute("xml:lang").value(), "en");
  EXPECT_STREQ(first_target.child("seg").text().get(), "The council met and decided.");
  EXPECT_STREQ(units[0].find_child_by_attribute("prop", "type", "x-confidence").text().get(),
               "0.873");
  EXPECT_STREQ(units[0].find_child_by_attribute("prop", "type", "x-source-ids").text().get(),
               "0,1");
  EXPECT_STREQ(units[1].child("tuv").child("seg").text().get(), "Конец.");
}

TEST(TmxWriter, MarksCheckedBeadsWithAProperty) {
  Fixture f;
  f.alignment.beads[1].checked = true;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(tmx_of(f.source, f.target, f.alignment).c_str()));
  const pugi::xml_node first = doc.child("tmx").child("body").child("tu");
  EXPECT_FALSE(first.find_child_by_attribute("prop", "type", "x-checked"));
  EXPECT_STREQ(
      first.next_sibling("tu").find_child_by_attribute("prop", "type", "x-checked").text().get(),
      "yes");
}

TEST(TmxWriter, EscapesMarkupAndDropsForbiddenControls) {
  const Document source = make_document("s", "", {"a < b && \"c\" > 'd'"});
  const Document target = make_document("t", "en", {"x\x01y</seg>"});
  const Alignment alignment{{bead(0, 1, 0, 1, 0.5F)}};
  const std::string text = tmx_of(source, target, alignment);
  EXPECT_EQ(text.find("</seg></seg>"), std::string::npos) << text;
  EXPECT_EQ(text.find('\x01'), std::string::npos);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(text.c_str())) << text;
  const pugi::xml_node tu = doc.child("tmx").child("body").child("tu");
  const pugi::xml_node tuv = tu.child("tuv");
  EXPECT_STREQ(tuv.attribute("xml:lang").value(), "und");  // unknown language
  EXPECT_STREQ(tuv.child("seg").text().get(), "a < b && \"c\" > 'd'");
  EXPECT_STREQ(tuv.next_sibling("tuv").child("seg").text().get(), "xy</seg>");
  EXPECT_STREQ(doc.child("tmx").child("header").attribute("srclang").value(), "und");
}

TEST(TmxWriter, WritesAnEmptyBodyForAnEmptyAlignment) {
  const Document empty;
  const std::string text = tmx_of(empty, empty, Alignment{});
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(text.c_str())) << text;
  EXPECT_TRUE(doc.child("tmx").child("body"));
  EXPECT_FALSE(doc.child("tmx").child("body").child("tu"));
  EXPECT_EQ(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0), 0U) << text;
}

// Random text of characters XML 1.0 allows and forbids (C0 controls, U+FFFE, U+FFFF, surrogates
// and other ill-formed UTF-8, markup), and what an XML reader must get back: the same text
// without the forbidden ones.
struct XmlCase {
  std::string text;
  std::string expected;
};

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

XmlCase random_xml_case(std::mt19937& rng) {
  // Allowed: TAB, LF and CR are kept in a <seg>; the rest of the table's first half is ordinary.
  constexpr std::array<char32_t, 14> kAllowed = {U'a',   U'Я',   U'<',    U'&',    U'"',
                                                 U']',   U'>',   U'\t',   0x20,    0xD7FF,
                                                 0xE000, 0xFFFD, 0x10000, 0x10FFFF};
  constexpr std::array<char32_t, 6> kForbidden = {0x0, 0x1, 0x8, 0x1F, 0xFFFE, 0xFFFF};
  std::uniform_int_distribution<int> length(1, 12);
  std::uniform_int_distribution<int> kind(0, 9);
  XmlCase result;
  for (int k = length(rng); k > 0; --k) {
    const int which = kind(rng);
    if (which < 6) {
      const char32_t c = kAllowed[std::uniform_int_distribution<size_t>(0, 13)(rng)];
      append_utf8(result.text, c);
      append_utf8(result.expected, c);
    } else if (which < 8) {
      append_utf8(result.text, kForbidden[std::uniform_int_distribution<size_t>(0, 5)(rng)]);
    } else if (which == 8) {
      result.text += "\xED\xA0\x80";  // a lone surrogate, U+D800, as CESU would write it
    } else {
      result.text += "\xFF";  // never valid in UTF-8
    }
  }
  return result;
}

// Every character of text is one XML 1.0 allows.
bool only_xml_chars(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
      return false;
    }
    if (text.substr(i, 3) == "\xEF\xBF\xBE" || text.substr(i, 3) == "\xEF\xBF\xBF" ||
        byte == 0xFF ||
        (byte == 0xED && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0xA0)) {
      return false;
    }
  }
  return true;
}

// Every name, attribute and text of the document, depth first.
void expect_only_xml_chars(const pugi::xml_node& node) {
  EXPECT_TRUE(only_xml_chars(node.name())) << node.name();
  EXPECT_TRUE(only_xml_chars(node.value())) << node.value();
  for (const pugi::xml_attribute& attribute : node.attributes()) {
    EXPECT_TRUE(only_xml_chars(attribute.value())) << attribute.value();
  }
  for (const pugi::xml_node& child : node.children()) {
    expect_only_xml_chars(child);
  }
}

// Property (issue #14): whatever the texts, file names and languages hold, both TMX writers
// give a document that parses back, holds only XML 1.0 characters, and keeps every allowed
// character of each text. U+FFFE and U+FFFF gave files xmllint rejects.
TEST(TmxWriter, EveryOutputIsXmlThatParsesBackToTheAllowedText) {
  std::mt19937 rng(14);
  for (int round = 0; round < 200; ++round) {
    SCOPED_TRACE(round);
    const XmlCase source_text = random_xml_case(rng);
    const XmlCase target_text = random_xml_case(rng);
    const XmlCase name = random_xml_case(rng);
    const XmlCase language = random_xml_case(rng);
    const Document source = make_document("s" + name.text, language.text, {source_text.text});
    const Document target = make_document(name.text, "en", {target_text.text});
    const Alignment alignment{{bead(0, 1, 0, 1, 0.5F)}};

    std::ostringstream nway;
    ReportOptions options;
    options.tool_version = name.text;
    write_nway_tmx(nway, source, {ReportColumn{&target, &alignment}}, options);
    for (const std::string& text : {tmx_of(source, target, alignment), nway.str()}) {
      pugi::xml_document doc;
      ASSERT_TRUE(doc.load_string(text.c_str(), pugi::parse_default | pugi::parse_ws_pcdata))
          << text;
      expect_only_xml_chars(doc);
      const pugi::xml_node tuv = doc.child("tmx").child("body").child("tu").child("tuv");
      EXPECT_EQ(std::string(tuv.child("seg").text().get()), source_text.expected);
      EXPECT_EQ(std::string(tuv.next_sibling("tuv").child("seg").text().get()),
                target_text.expected);
    }
  }
}

}  // namespace
}  // namespace parallax
