// Document readers: the bundled letter read from DOCX, ODT, HTML and PDF gives the sentences of
// its plain text, located; small documents show headings, notes, tables and tracked changes.
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/documents.h>
#include <parallax/errors.h>

namespace parallax {
namespace {

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::string kLetter = std::string(PARALLAX_SOURCE_DIR) + "/corpora/khrushchev-1963-06-08.en";
const std::string kData = PARALLAX_DOCUMENTS_DATA_DIR;

Document read(const std::string& path) {
  SegmentOptions segment;
  segment.language = "en";
  return read_document(file_bytes(path), path, ReadOptions{}, segment);
}

// Runs of white space as one space: a text file may wrap a sentence where a document does not.
std::string collapsed(std::string_view text) {
  std::string result;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !result.empty()) {
      result += ' ';
    }
    space = false;
    result += c;
  }
  return result;
}

std::vector<std::string> paragraphs_of(const ExtractedText& extracted) {
  std::vector<std::string> lines;
  std::istringstream in(extracted.text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> locations_of(const ExtractedText& extracted) {
  std::vector<std::string> locations;
  for (const TextAnchor& anchor : extracted.anchors) {
    locations.push_back(anchor.location);
  }
  return locations;
}

// The message of the InputError that reading path as a document throws.
std::string error_of(const std::string& path) {
  try {
    read(path);
  } catch (const InputError& error) {
    return error.what();
  }
  return "no error";
}

// The letter is one paragraph per line, so paragraph k of a document is line k of the text.
void expect_same_sentences_as_text(const std::string& extension) {
  const Document text = read(kLetter + ".txt");
  const Document document = read(kLetter + "." + extension);
  EXPECT_EQ(document.format, extension);
  ASSERT_EQ(document.sentences.size(), text.sentences.size());
  for (size_t i = 0; i < text.sentences.size(); ++i) {
    EXPECT_EQ(document.sentence_text(i), collapsed(text.sentence_text(i))) << "sentence " << i;
    EXPECT_EQ(document.sentences[i].paragraph, text.sentences[i].paragraph) << "sentence " << i;
    EXPECT_EQ(document.location_of(i), "p" + text.location_of(i).substr(1)) << "sentence " << i;
  }
}

TEST(Documents, DocxLetterHasTheSentencesOfTheText) {
  expect_same_sentences_as_text("docx");
}

TEST(Documents, OdtLetterHasTheSentencesOfTheText) {
  expect_same_sentences_as_text("odt");
}

TEST(Documents, HtmlLetterHasTheSentencesOfTheText) {
  expect_same_sentences_as_text("html");
}

// The PDF wraps lines, hyphenates words at line ends and continues paragraphs across pages:
// the sentences and paragraphs are still those of the text, located by page.
TEST(Documents, PdfLetterHasTheSentencesOfTheTextLocatedByPage) {
  const Document text = read(kLetter + ".txt");
  const Document document = read(kLetter + ".pdf");
  EXPECT_EQ(document.format, "pdf");
  ASSERT_EQ(document.sentences.size(), text.sentences.size());
  uint32_t page = 1;
  for (size_t i = 0; i < text.sentences.size(); ++i) {
    EXPECT_EQ(document.sentence_text(i), collapsed(text.sentence_text(i))) << "sentence " << i;
    EXPECT_EQ(document.sentences[i].paragraph, text.sentences[i].paragraph) << "sentence " << i;
    const std::string location = document.location_of(i);
    ASSERT_TRUE(location.starts_with("page")) << location;
    const auto number = static_cast<uint32_t>(std::stoul(location.substr(4)));
    EXPECT_TRUE(number == page || number == page + 1) << "sentence " << i << " " << location;
    page = number;
  }
  EXPECT_EQ(document.location_of(0), "page1");
  EXPECT_EQ(page, 3U);  // the generator's layout puts the letter on 3 pages
}

TEST(Documents, PdfKeepsALineEndHyphenTheDocumentShowsIsTyped) {
  // Every hyphen at a line end before a lower-case letter was dropped: "wellknown",
  // "longterm" (tools/make_document_fixtures.py, HYPHENATION_LINES).
  const ExtractedText extracted =
      extract_text(InputFormat::Pdf, file_bytes(kData + "/hyphenation.pdf"), "h.pdf", {});
  EXPECT_EQ(paragraphs_of(extracted),
            std::vector<std::string>{
                "The well-known rule is simple. It is a well-known rule that the negotiation of a "
                "long-term plan is hard: a term plan, a long day. An international treaty is "
                "international."});
}

TEST(Documents, PdfWithoutTextLayerAsksForOcr) {
  const std::string path = kData + "/no-text.pdf";
  EXPECT_EQ(error_of(path), path +
                                ": the PDF has no text layer in its 1 page: a scanned "
                                "document? (run OCR first, e.g. ocrmypdf, then read its "
                                "output)");
}

TEST(Documents, EncryptedPdfIsRefused) {
  const std::string path = kData + "/encrypted.pdf";
  EXPECT_EQ(error_of(path), path +
                                ": the PDF is encrypted: it needs a password to open (save "
                                "an unprotected copy, e.g. with qpdf --decrypt, then try "
                                "again)");
}

TEST(Documents, DamagedPdfIsRefused) {
  EXPECT_THROW(read_document("%PDF-1.4\nnothing else", "d.pdf", {}, {}), InputError);
}

TEST(Documents, HtmlDropsScriptsStylesAndHeadAndSplitsBlocks) {
  const ExtractedText extracted =
      extract_text(InputFormat::Html,
                   "<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>"
                   "<h1>Head&shy;ing</h1><script>var x = 1;</script><div>Loose <b>bold</b> text"
                   "<p>In &quot;p&quot;<br>after break</p>tail</div><ul><li>One</li><li>Two</li>"
                   "</ul><table><tr><td>A1</td><td>B1</td></tr></table><noscript>no</noscript>",
                   "t.html", {});
  EXPECT_EQ(paragraphs_of(extracted),
            (std::vector<std::string>{"Head\u00ADing", "Loose bold text", "In \"p\" after break",
                                      "tail", "One", "Two", "A1", "B1"}));
  EXPECT_EQ(locations_of(extracted),
            (std::vector<std::string>{"p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"}));
}

TEST(Documents, HtmlInALegacyEncodingIsDecodedFirst) {
  // "<p>Мир</p>" in windows-1251.
  const std::string bytes = "<!DOCTYPE html><p>\xCC\xE8\xF0 \xE8 \xE4\xF0\xF3\xE6\xE1\xE0</p>";
  ReadOptions options;
  options.encoding = "windows-1251";
  EXPECT_EQ(paragraphs_of(extract_text(InputFormat::Html, bytes, "t.html", options)),
            (std::vector<std::string>{"Мир и дружба"}));
}

constexpr std::string_view kXliff12 = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="memo.txt" source-language="ru" target-language="en" datatype="plaintext"><body>
  <trans-unit id="1"><source>Первое <g id="b">предложение</g>.</source>
   <seg-source><mrk mtype="seg" mid="1">Первое предложение.</mrk></seg-source>
   <target>The first <g id="b">sentence</g>.</target></trans-unit>
  <group id="g"><trans-unit id="2"><source>Второе<ph id="p">&lt;br/&gt;</ph> предложение.</source>
   <target>Second sentence.</target></trans-unit></group>
  <trans-unit id="3"><source>Не переведено.</source></trans-unit>
 </body></file></xliff>)";

constexpr std::string_view kXliff20 = R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"
  version="2.0" srcLang="ru" trgLang="en"><file id="f1">
  <unit id="u1"><segment id="s1"><source>Раз.</source><target>One.</target></segment>
   <ignorable><source> </source></ignorable>
   <segment id="s2"><source>Два <pc id="1">слова</pc>.</source><target>Two <pc id="1">words</pc>.</target></segment></unit>
  <unit id="u2"><segment><source>Три<ph id="2"/>.</source><target>Three.</target></segment></unit>
 </file></xliff>)";

TEST(Documents, Xliff12ReadsEitherSideOfEachUnit) {
  const ExtractedText source = extract_text(InputFormat::Xliff, kXliff12, "m.xlf", {});
  EXPECT_EQ(
      paragraphs_of(source),
      (std::vector<std::string>{"Первое предложение.", "Второе предложение.", "Не переведено."}));
  EXPECT_EQ(locations_of(source), (std::vector<std::string>{"unit:1", "unit:2", "unit:3"}));
  ReadOptions options;
  options.xliff_side = XliffSide::Target;
  const ExtractedText target = extract_text(InputFormat::Xliff, kXliff12, "m.xlf", options);
  EXPECT_EQ(paragraphs_of(target),
            (std::vector<std::string>{"The first sentence.", "Second sentence."}));
  EXPECT_EQ(locations_of(target), (std::vector<std::string>{"unit:1", "unit:2"}));
}

TEST(Documents, Xliff20ReadsSegmentsOfEachUnitLocatedBySegment) {
  ReadOptions options;
  options.xliff_side = XliffSide::Target;
  const ExtractedText target = extract_text(InputFormat::Xliff, kXliff20, "m.xlf", options);
  EXPECT_EQ(paragraphs_of(target), (std::vector<std::string>{"One. Two words.", "Three."}));
  EXPECT_EQ(locations_of(target),
            (std::vector<std::string>{"unit:u1/s1", "unit:u1/s2", "unit:u2"}));
  const Document document = read_document(kXliff20, "m.xlf", {}, {});
  EXPECT_EQ(document.format, "xliff");
  ASSERT_EQ(document.sentences.size(), 3U);
  EXPECT_EQ(document.sentence_text(1), "Два слова.");
  EXPECT_EQ(document.location_of(1), "unit:u1/s2");
}

TEST(Documents, XliffWithoutTargetsSaysSo) {
  ReadOptions options;
  options.xliff_side = XliffSide::Target;
  const std::string untranslated =
      R"(<xliff version="1.2"><file><body><trans-unit id="1"><source>A.</source></trans-unit>)"
      R"(</body></file></xliff>)";
  try {
    extract_text(InputFormat::Xliff, untranslated, "u.xlf", options);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()),
              "u.xlf: an XLIFF file without targets: none of its 1 units has a <target> "
              "(translate it first, or read the other side with --xliff-side source)");
  }
}

TEST(Documents, MalformedXliffNamesLineAndColumn) {
  try {
    read_document("<xliff version=\"1.2\">\n<file>\n<body></file>", "b.xlf", {}, {});
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(error.line, 3U);
    EXPECT_EQ(error.column, 9U);
  }
}

TEST(Documents, DetectsFormatsByContent) {
  EXPECT_EQ(detect_format(file_bytes(kLetter + ".docx")), InputFormat::Docx);
  EXPECT_EQ(detect_format(file_bytes(kLetter + ".odt")), InputFormat::Odt);
  EXPECT_EQ(detect_format(file_bytes(kLetter + ".txt")), InputFormat::Text);
  EXPECT_EQ(detect_format("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- x --><xliff version=\"1.2\">"),
            InputFormat::Xliff);
  EXPECT_EQ(detect_format("<!doctype HTML><p>x"), InputFormat::Html);
  EXPECT_EQ(detect_format("  <html><body>x"), InputFormat::Html);
  EXPECT_EQ(detect_format("%PDF-1.7\n"), InputFormat::Pdf);
  EXPECT_EQ(detect_format("<p> is a tag"), InputFormat::Text);
  EXPECT_EQ(detect_format(""), InputFormat::Text);
  // A ZIP header cut before the first entry's name (threw std::out_of_range: exit 134).
  EXPECT_EQ(detect_format(std::string_view("PK\x03\x04\x14\0\x06\0", 8)), InputFormat::Docx);
}

TEST(Documents, DocxKeepsHeadingsTablesFieldResultsAndNotesAndDropsDeletions) {
  const ExtractedText extracted =
      extract_text(InputFormat::Docx, file_bytes(kData + "/features.docx"), "f.docx", {});
  EXPECT_EQ(paragraphs_of(extracted),
            (std::vector<std::string>{"Title of the memo", "Kept text inserted words.", "A1", "B1",
                                      "A2", "B2", "7 after tab", "A footnote."}));
  EXPECT_EQ(locations_of(extracted),
            (std::vector<std::string>{"p1", "p2", "t1.r1.c1", "t1.r1.c2", "t1.r2.c1", "t1.r2.c2",
                                      "p7", "fn1"}));
}

TEST(Documents, OdtKeepsHeadingsTablesListsAndNotesAndDropsDeletions) {
  const ExtractedText extracted =
      extract_text(InputFormat::Odt, file_bytes(kData + "/features.odt"), "f.odt", {});
  EXPECT_EQ(paragraphs_of(extracted),
            (std::vector<std::string>{"Title of the memo", "Kept text inserted words.", "A1", "B1",
                                      "A2", "B2", "Item one and more", "A footnote."}));
  EXPECT_EQ(locations_of(extracted),
            (std::vector<std::string>{"p1", "p2", "t1.r1.c1", "t1.r1.c2", "t1.r2.c1", "t1.r2.c2",
                                      "p7", "fn1"}));
}

TEST(Documents, CorruptZipIsAnInputErrorNamingTheFile) {
  const std::string path = kData + "/truncated.docx";
  EXPECT_EQ(error_of(path),
            path +
                ": corrupt ZIP archive: Not a zip archive (the DOCX/ODT file is damaged or "
                "truncated; open it in Word or LibreOffice and save it again)");
}

TEST(Documents, ZipWithoutTheMainPartIsNotADocx) {
  const std::string path = kData + "/not-a-docx.docx";
  EXPECT_EQ(error_of(path), path +
                                ": a ZIP archive without word/document.xml: not a DOCX document "
                                "(give a .docx saved by Word or LibreOffice, or the text itself)");
}

TEST(Documents, MalformedXmlNamesThePartLineAndColumn) {
  const std::string path = kData + "/malformed.docx";
  EXPECT_EQ(error_of(path), path +
                                ": word/document.xml:3:19: malformed XML: Start-end tags "
                                "mismatch (the file is damaged; open and save it again in the "
                                "program that made it)");
}

TEST(Documents, PartsOverTheSizeLimitAreRefused) {
  ReadOptions options;
  options.max_part_bytes = 100;
  try {
    extract_text(InputFormat::Docx, file_bytes(kData + "/features.docx"), "f.docx", options);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()),
              "f.docx: _rels/.rels would unpack to 298 bytes, over the limit of 100 (a ZIP bomb? "
              "raise the limit only for a document you trust)");
  }
}

TEST(Documents, EveryParagraphIsInExactlyOneSentence) {
  const Document document = read(kData + "/features.docx");
  std::string joined;
  for (size_t i = 0; i < document.sentences.size(); ++i) {
    joined += std::string(document.sentence_text(i)) + "\n";
  }
  EXPECT_EQ(joined,
            "Title of the memo\nKept text inserted words.\nA1\nB1\nA2\nB2\n7 after tab\nA "
            "footnote.\n");
  EXPECT_EQ(document.location_of(7), "fn1");
}

}  // namespace
}  // namespace parallax
