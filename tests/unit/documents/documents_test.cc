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

// The message of the InputError that reading path as a document throws.
std::string error_of(const std::string& path) {
  try {
    read(path);
  } catch (const InputError& error) {
    return error.what();
  }
  return "no error";
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
