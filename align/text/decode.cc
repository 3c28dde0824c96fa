// Outside bytes to normalized UTF-8: BOM and charset detection, conversion, NFC, "\n" line ends.
//
// Positions in error messages are counted on the raw input after the BOM: lines are separated
// by LF, CRLF or CR (one break each), columns are 1-based byte offsets within the line. For
// UTF-16/32 the line breaks are found on code units of that width.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <parallax/errors.h>
#include <parallax/read.h>

#include "text/icu_check.h"

namespace parallax {

namespace {

using text::icu_check;

struct ConverterCloser {
  void operator()(UConverter* converter) const noexcept { ucnv_close(converter); }
};

using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// How code units are laid out in the raw bytes: 1 (UTF-8 and 8-bit charsets), 2 or 4 bytes.
struct Layout {
  uint32_t width = 1;
  bool big_endian = false;
};

struct Location {
  uint32_t line = 1;
  uint32_t column = 1;
};

// The code unit starting at byte i (callers keep i + layout.width <= bytes.size()).
uint32_t unit_at(std::string_view bytes, size_t i, Layout layout) noexcept {
  uint32_t unit = 0;
  for (uint32_t k = 0; k < layout.width; ++k) {
    const auto byte =
        static_cast<uint8_t>(bytes[i + (layout.big_endian ? k : layout.width - 1 - k)]);
    unit = (unit << 8U) | byte;
  }
  return unit;
}

// Calls visit(begin, end) for each line of bytes, end excluding the line break; stops early
// when visit returns false. Returns nothing; linear.
template <typename Visit>
void for_each_line(std::string_view bytes, Layout layout, Visit visit) {
  if (layout.width == 1 && bytes.find('\r') == std::string_view::npos) {
    // Most inputs: LF only, found by memchr (the loop below costs a few instructions a byte).
    size_t begin = 0;
    for (size_t end = bytes.find('\n'); end != std::string_view::npos;
         end = bytes.find('\n', begin)) {
      if (!visit(begin, end)) {
        return;
      }
      begin = end + 1;
    }
    if (begin < bytes.size()) {
      visit(begin, bytes.size());
    }
    return;
  }
  const size_t usable = bytes.size() - bytes.size() % layout.width;
  size_t begin = 0;
  size_t i = 0;
  while (i < usable) {
    const uint32_t unit = unit_at(bytes, i, layout);
    if (unit == '\n' || unit == '\r') {
      if (!visit(begin, i)) {
        return;
      }
      i += layout.width;
      if (unit == '\r' && i < usable && unit_at(bytes, i, layout) == '\n') {
        i += layout.width;
      }
      begin = i;
    } else {
      i += layout.width;
    }
  }
  if (begin < bytes.size()) {
    visit(begin, bytes.size());
  }
}

// Line and byte column of byte `offset` of bytes.
Location locate(std::string_view bytes, Layout layout, size_t offset) noexcept {
  uint32_t line = 1;
  size_t line_begin = 0;
  size_t i = 0;
  while (i < offset && i + layout.width <= bytes.size()) {
    const uint32_t unit = unit_at(bytes, i, layout);
    i += layout.width;
    if (unit == '\r' && i < offset && i + layout.width <= bytes.size() &&
        unit_at(bytes, i, layout) == '\n') {
      i += layout.width;
    }
    if (unit == '\n' || unit == '\r') {
      ++line;
      line_begin = i;
    }
  }
  return {line, static_cast<uint32_t>(offset - std::min(offset, line_begin) + 1)};
}

[[noreturn]] void fail_at(std::string_view bytes,
                          Layout layout,
                          size_t offset,
                          std::string_view source_name,
                          const std::string& message) {
  const Location where = locate(bytes, layout, offset);
  throw InputError(std::string(source_name), where.line, where.column, message);
}

constexpr std::string_view kNulMessage =
    "binary data (NUL byte) (is this a text file? UTF-16 needs a byte order mark)";

std::string line_too_long_message(uint32_t max_line_bytes) {
  return fmt::format(
      "line longer than {} bytes (is this a text file? split the line, or raise the limit with "
      "--max-line-bytes)",
      max_line_bytes);
}

void check_no_nul(std::string_view body, Layout layout, std::string_view source_name) {
  if (layout.width == 1) {
    if (const size_t nul = body.find('\0'); nul != std::string_view::npos) {
      fail_at(body, layout, nul, source_name, std::string(kNulMessage));
    }
    return;
  }
  const size_t usable = body.size() - body.size() % layout.width;
  for (size_t i = 0; i < usable; i += layout.width) {
    if (unit_at(body, i, layout) == 0) {
      fail_at(body, layout, i, source_name, std::string(kNulMessage));
    }
  }
}

// The message for input that starts with the magic bytes of a binary format: parallax reads
// plain text, and "binary data (NUL byte)" would leave the user guessing what to do with a
// .docx. nullopt for anything else. The magics are the formats' own (ZIP local file header,
// %PDF-, the OLE2 compound file of DOC/XLS/PPT, gzip, bzip2, xz, 7-Zip, Zstandard, ELF, PNG,
// JPEG, GIF, RTF); none of them is the start of ordinary text.
std::optional<std::string> binary_format(std::string_view bytes) {
  struct Magic {
    std::string_view bytes;
    std::string_view looks_like;
    std::string_view what_to_do;
  };

  static constexpr std::string_view kConvert = "convert it to plain text first";
  static constexpr std::array<Magic, 15> kMagics = {{
      {std::string_view("PK\x03\x04", 4), "a ZIP archive (DOCX, ODT, EPUB and XLSX are ZIP files)",
       "save it as plain text (.txt) in its editor, or convert it, e.g. with pandoc -t plain"},
      {std::string_view("PK\x05\x06", 4), "an empty ZIP archive", kConvert},
      {"%PDF-", "a PDF document", "extract its text first, e.g. with pdftotext"},
      {std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8),
       "a Microsoft Office document (DOC, XLS, PPT)",
       "save it as plain text (.txt) in its editor, or convert it, e.g. with antiword"},
      {std::string_view("\x1F\x8B", 2), "gzip-compressed data", "decompress it first (gunzip)"},
      {"BZh", "bzip2-compressed data", "decompress it first (bunzip2)"},
      {std::string_view("\xFD"
                        "7zXZ\x00",
                        6),
       "xz-compressed data", "decompress it first (unxz)"},
      {std::string_view("7z\xBC\xAF\x27\x1C", 6), "a 7-Zip archive", "extract the text first"},
      {std::string_view("\x28\xB5\x2F\xFD", 4), "Zstandard-compressed data",
       "decompress it first (unzstd)"},
      {std::string_view("\x7F"
                        "ELF",
                        4),
       "an executable (ELF)", "give the text file instead"},
      {std::string_view("\x89PNG\r\n\x1A\n", 8), "a PNG image", "give the text file instead"},
      {std::string_view("\xFF\xD8\xFF", 3), "a JPEG image", "give the text file instead"},
      {"GIF87a", "a GIF image", "give the text file instead"},
      {"GIF89a", "a GIF image", "give the text file instead"},
      {"{\\rtf", "an RTF document", "save it as plain text (.txt) in its editor"},
  }};
  for (const Magic& magic : kMagics) {
    if (bytes.starts_with(magic.bytes)) {
      // bzip2's magic is followed by the block size digit; "BZh" alone could be text.
      if (magic.bytes == "BZh" && (bytes.size() < 4 || bytes[3] < '1' || bytes[3] > '9')) {
        continue;
      }
      return fmt::format("looks like {}, not a text file: parallax reads plain text ({})",
                         magic.looks_like, magic.what_to_do);
    }
  }
  return std::nullopt;
}

std::string too_large_message(uint64_t max_input_bytes) {
  return fmt::format(
      "more than {} bytes of input (is it endless, like /dev/zero or a pipe that never closes? "
      "split it, or raise the limit with --max-input-bytes)",
      max_input_bytes);
}

void check_line_lengths(std::string_view body,
                        Layout layout,
                        uint32_t max_line_bytes,
                        std::string_view source_name) {
  uint32_t line = 0;
  for_each_line(body, layout, [&](size_t begin, size_t end) {
    ++line;
    if (end - begin > max_line_bytes) {
      throw InputError(std::string(source_name), line, max_line_bytes + 1,
                       line_too_long_message(max_line_bytes));
    }
    return true;
  });
}

// Counts of well-formed multi-byte sequences and of ill-formed ones: text that is mostly
// well-formed UTF-8 with a few bad bytes is broken UTF-8, not a legacy charset (legacy
// Cyrillic text almost never forms valid multi-byte sequences).
struct Utf8Census {
  size_t valid_multibyte = 0;
  size_t invalid = 0;
  std::optional<size_t> first_invalid;  // offset of the first ill-formed sequence's first byte
};

Utf8Census utf8_census(std::string_view bytes) noexcept {
  Utf8Census census;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int64_t>(bytes.size());
  int64_t i = 0;
  while (i < length) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const int64_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c >= 0) {
      ++census.valid_multibyte;
    } else if (census.invalid++ == 0) {
      census.first_invalid = static_cast<size_t>(start);
    }
  }
  return census;
}

// A line needs this many well-formed multi-byte sequences, and no ill-formed one, to count as
// UTF-8 text. In a single-byte legacy charset a well-formed sequence needs a byte C2..F4
// followed by the right number of bytes 80..BF, which prose produces only by chance ("её" in
// KOI8-R is C5 A3). Measured: of the 2,717 Russian lines of ../shared (bible-ru-en, texts/)
// encoded in windows-1251, KOI8-R, IBM866, ISO-8859-5 and x-mac-cyrillic, and the 3,870 lines of
// textberg-de-fr in windows-1252, ISO-8859-1/15, IBM850 and macintosh, not one line is valid
// UTF-8 with even one non-ASCII character; 3 leaves a margin, and one word of Cyrillic or a few
// accented letters in the UTF-8 part reach it.
constexpr size_t kUtf8LineMinMultibyte = 3;

// The first line (1-based) of a text that is not valid UTF-8 as a whole but holds a line that
// is: such a file mixes UTF-8 with another encoding (a legacy part appended or pasted in) or is
// damaged. Any single encoding chosen for the whole file would turn one part into mojibake,
// silently, so the caller reports it instead. Linear.
std::optional<uint32_t> utf8_line_of_mixed_text(std::string_view body) {
  std::optional<uint32_t> found;
  uint32_t line = 0;
  for_each_line(body, Layout{}, [&](size_t begin, size_t end) {
    ++line;
    const Utf8Census census = utf8_census(body.substr(begin, end - begin));
    if (census.invalid == 0 && census.valid_multibyte >= kUtf8LineMinMultibyte) {
      found = line;
      return false;
    }
    return true;
  });
  return found;
}

ConverterPtr open_converter(const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status) != 0) {
    throw OptionError(
        fmt::format("--encoding: unknown encoding '{}' (`uconv -l` lists the names)", encoding));
  }
  status = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  icu_check(status, "ucnv_setToUCallBack");
  return converter;
}

// Whether ICU has a converter of that name: ucsdet also names charsets it has no converter
// for ("IBM424_rtl", "ISO-8859-8-I").
bool converter_exists(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  const ConverterPtr converter(ucnv_open(name.c_str(), &status));
  return U_SUCCESS(status) != 0;
}

// Converts bytes to UTF-16. On an undecodable byte sequence returns nullopt and sets
// bad_offset to the offset of its first byte.
std::optional<icu::UnicodeString> convert(std::string_view bytes,
                                          const std::string& encoding,
                                          size_t& bad_offset) {
  const ConverterPtr converter = open_converter(encoding);
  std::u16string out(bytes.size() + 16, u'\0');
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  char16_t* target = out.data();
  for (;;) {
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, out.data() + out.size(), &source, source_end, nullptr,
                   /*flush=*/1, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      const auto used = static_cast<size_t>(target - out.data());
      out.resize(out.size() * 2);
      target = out.data() + used;
      continue;
    }
    if (U_FAILURE(status) != 0) {
      std::array<char, 32> invalid{};
      auto invalid_length = static_cast<int8_t>(invalid.size());
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(converter.get(), invalid.data(), &invalid_length, &ignored);
      const auto consumed = static_cast<size_t>(source - bytes.data());
      bad_offset = consumed - std::min<size_t>(consumed, static_cast<size_t>(invalid_length));
      return std::nullopt;
    }
    break;
  }
  out.resize(static_cast<size_t>(target - out.data()));
  return icu::UnicodeString(out.data(), static_cast<int32_t>(out.size()));
}

// How much a decoding looks like Cyrillic prose: lower-case Cyrillic letters count most
// (prose is mostly lower case, and KOI8-R read as windows-1251 swaps the cases); letters glued
// to ASCII letters, box drawing and other symbols count against (a Latin legacy charset read
// as Cyrillic gives mixed-script words).
struct CyrillicScore {
  double score = 0.0;
  bool plausible = false;
};

bool is_neutral_mark(UChar32 c) noexcept {
  switch (c) {
    case 0x00A0:  // no-break space
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x2013:  // –
    case 0x2014:  // —
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:  // „
    case 0x2026:  // …
    case 0x2116:  // №
    case 0x00B0:  // °
    case 0x00A7:  // §
      return true;
    default:
      return false;
  }
}

CyrillicScore score_cyrillic(const icu::UnicodeString& text) {
  double lower = 0;
  double upper = 0;
  double junk = 0;
  UChar32 previous = ' ';
  const int32_t length = text.length();
  for (int32_t i = 0; i < length;) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    const UChar32 next = i < length ? text.char32At(i) : ' ';
    if (c < 0x80 || is_neutral_mark(c)) {
      previous = c;
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    const bool cyrillic = uscript_getScript(c, &status) == USCRIPT_CYRILLIC && u_isalpha(c) != 0;
    const auto ascii_letter = [](UChar32 x) {
      return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z');
    };
    if (!cyrillic || ascii_letter(previous) || ascii_letter(next)) {
      junk += 1;
    } else if (u_isupper(c) != 0) {
      upper += 1;
    } else {
      lower += 1;
    }
    previous = c;
  }
  const double letters = lower + upper;
  CyrillicScore result;
  result.score = lower + 0.25 * upper - 2.0 * junk;
  result.plausible = letters >= 1 && junk <= 0.05 * (letters + junk) && lower >= 0.3 * letters;
  return result;
}

// ucsdet's confidence (0..100) for each charset name it proposes.
std::vector<std::pair<std::string, int32_t>> charset_guesses(std::string_view bytes) {
  std::vector<std::pair<std::string, int32_t>> guesses;
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUCharsetDetectorPointer detector(ucsdet_open(&status));
  icu_check(status, "ucsdet_open");
  const auto length =
      static_cast<int32_t>(std::min<size_t>(bytes.size(), std::numeric_limits<int32_t>::max()));
  ucsdet_setText(detector.getAlias(), bytes.data(), length, &status);
  icu_check(status, "ucsdet_setText");
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.getAlias(), &found, &status);
  if (U_FAILURE(status) != 0 || matches == nullptr) {
    return guesses;
  }
  for (int32_t k = 0; k < found; ++k) {
    UErrorCode match_status = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[k], &match_status);
    const int32_t confidence = ucsdet_getConfidence(matches[k], &match_status);
    if (U_SUCCESS(match_status) != 0 && name != nullptr) {
      guesses.emplace_back(name, confidence);
    }
  }
  return guesses;
}

// The lowest ucsdet confidence at which a non-Cyrillic guess is trusted.
constexpr int32_t kMinDetectorConfidence = 50;

// Chooses the legacy charset of bytes that are not valid UTF-8, or nullopt when unsure.
// Cyrillic single-byte charsets come first when one of them decodes to plausible Cyrillic prose
// (ucsdet alone confuses them on short texts); otherwise ucsdet's guess if it is confident.
std::optional<std::string> detect_legacy(std::string_view body) {
  const Utf8Census census = utf8_census(body);
  if (census.valid_multibyte >= census.invalid) {
    return std::nullopt;  // broken UTF-8
  }
  const auto guesses = charset_guesses(body);
  const auto confidence_of = [&](std::string_view name) {
    for (const auto& [guess, confidence] : guesses) {
      if (guess == name) {
        return confidence;
      }
    }
    return 0;
  };
  constexpr std::array<std::string_view, 4> kCyrillic = {"windows-1251", "KOI8-R", "IBM866",
                                                         "ISO-8859-5"};
  std::optional<std::string> best;
  double best_score = 0.0;
  for (const std::string_view name : kCyrillic) {
    size_t bad_offset = 0;
    const auto decoded = convert(body, std::string(name), bad_offset);
    if (!decoded) {
      continue;
    }
    const CyrillicScore score = score_cyrillic(*decoded);
    // ucsdet's confidence only breaks near-ties.
    const double total = score.score + 0.01 * confidence_of(name);
    if (score.plausible && (!best || total > best_score)) {
      best = std::string(name);
      best_score = total;
    }
  }
  if (best) {
    return best;
  }
  for (const auto& [name, confidence] : guesses) {
    if (confidence >= kMinDetectorConfidence && name.rfind("UTF-", 0) != 0 &&
        converter_exists(name)) {
      return name;
    }
  }
  return std::nullopt;
}

// The warning for a legacy encoding detected on few non-ASCII bytes (at most kFewLegacyBytes),
// naming the first of them and what it was read as; nullopt when there are more. A text that is
// ASCII but for a stray byte is more likely damaged UTF-8 than legacy text, yet a short note in
// windows-1252 ("café") is just as valid: warn, and let the user decide.
std::optional<Diagnostic> few_legacy_bytes_warning(std::string_view body,
                                                   const std::string& encoding,
                                                   std::string_view source_name) {
  size_t count = 0;
  size_t first = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    if (static_cast<uint8_t>(body[i]) >= 0x80) {
      first = count == 0 ? i : first;
      if (++count > kFewLegacyBytes) {
        return std::nullopt;
      }
    }
  }
  if (count == 0) {
    return std::nullopt;
  }
  size_t bad_offset = 0;
  std::string read_as;
  if (const auto decoded = convert(body.substr(first, 1), encoding, bad_offset)) {
    std::string character;
    decoded->toUTF8String(character);
    read_as = fmt::format(", where it is '{}'", character);
  }
  const Location where = locate(body, Layout{}, first);
  const std::string how_many =
      count == 1 ? std::string("the only non-ASCII byte in the file")
                 : fmt::format("the first of {} non-ASCII bytes in the file", count);
  return Diagnostic{
      Severity::Warning, std::string(source_name), where.line,
      fmt::format("byte 0x{:02X} (column {}) is not valid UTF-8, so the file is read as {}{}; it "
                  "is {} (if the file is UTF-8, the byte is damaged: correct it; if it is {}, "
                  "pass --encoding={} to say so)",
                  static_cast<uint8_t>(body[first]), where.column, encoding, read_as, how_many,
                  encoding, encoding)};
}

// Canonical ICU name of an encoding ("utf16" -> "UTF-16").
std::string canonical_name(const std::string& encoding) {
  const ConverterPtr converter = open_converter(encoding);
  UErrorCode status = U_ZERO_ERROR;
  const char* name = ucnv_getName(converter.get(), &status);
  icu_check(status, "ucnv_getName");
  return name;
}

// The decoding plan: which encoding, how units are laid out, how many BOM bytes to skip.
struct Plan {
  std::string encoding;
  Layout layout;
  size_t bom = 0;
  bool detect = false;  // not decided yet: valid UTF-8 or a legacy charset
};

bool starts_with(std::string_view bytes, std::string_view prefix) noexcept {
  return bytes.substr(0, prefix.size()) == prefix;
}

Plan plan_forced(std::string_view bytes, const std::string& encoding) {
  Plan plan{encoding, {}, 0, false};
  const std::string canonical = canonical_name(encoding);
  const bool bom_le = starts_with(bytes, std::string_view("\xFF\xFE", 2));
  const bool bom_be = starts_with(bytes, std::string_view("\xFE\xFF", 2));
  if (canonical == "UTF-8") {
    plan.bom = starts_with(bytes, "\xEF\xBB\xBF") ? 3 : 0;
  } else if (canonical.rfind("UTF-16", 0) == 0 || canonical.rfind("UTF-32", 0) == 0) {
    plan.layout.width = canonical.rfind("UTF-16", 0) == 0 ? 2 : 4;
    const bool generic = canonical == "UTF-16" || canonical == "UTF-32";
    const bool little = canonical.find("LE") != std::string::npos || (generic && bom_le);
    plan.layout.big_endian = !little;
    if (plan.layout.width == 2 && ((little && bom_le) || (!little && bom_be))) {
      plan.bom = 2;
    }
    if (generic) {
      // The BOM is gone once skipped, so name the byte order explicitly.
      plan.encoding = canonical + (little ? "LE" : "BE");
    }
  } else if (ucnv_getMinCharSize(open_converter(encoding).get()) > 1) {
    plan.layout.width = 2;  // some other 16-bit charset; line positions are approximate
  }
  return plan;
}

Plan plan_detected(std::string_view bytes) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) {
    return {"UTF-8", {}, 3, false};
  }
  if (starts_with(bytes, std::string_view("\xFF\xFE", 2))) {
    return {"UTF-16LE", {2, false}, 2, false};
  }
  if (starts_with(bytes, std::string_view("\xFE\xFF", 2))) {
    return {"UTF-16BE", {2, true}, 2, false};
  }
  return {"", {}, 0, true};
}

// NFC of text, as UTF-16 or UTF-8.
void to_nfc(icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu_check(status, "Normalizer2::getNFCInstance");
  if (nfc->quickCheck(text, status) != UNORM_YES) {
    status = U_ZERO_ERROR;
    text = nfc->normalize(text, status);
  }
  icu_check(status, "NFC normalization");
}

void to_nfc(std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu_check(status, "Normalizer2::getNFCInstance");
  if (nfc->isNormalizedUTF8(text, status) == 0) {
    status = U_ZERO_ERROR;
    std::string normalized;
    icu::StringByteSink<std::string> sink(&normalized);
    nfc->normalizeUTF8(0, text, sink, nullptr, status);
    text = std::move(normalized);
  }
  icu_check(status, "NFC normalization");
}

// The text of a body that is valid UTF-8, as converting it to UTF-16 and back gives it (the
// path of every other encoding): without a leading U+FEFF, with LF line ends, in NFC. Most
// inputs take it; the two copies through UTF-16 were 5% of an alignment's CPU time and a fifth
// of its page faults (20k sentences).
std::string utf8_text(std::string_view body) {
  if (starts_with(body, "\xEF\xBB\xBF")) {
    body.remove_prefix(3);
  }
  std::string text;
  if (body.find('\r') == std::string_view::npos) {
    text.assign(body);
  } else {
    text.reserve(body.size());
    for (size_t i = 0; i < body.size(); ++i) {
      if (body[i] != '\r') {
        text.push_back(body[i]);
      } else {
        text.push_back('\n');
        if (i + 1 < body.size() && body[i + 1] == '\n') {
          ++i;
        }
      }
    }
  }
  to_nfc(text);
  return text;
}

// CRLF and CR to LF, in place.
void normalize_line_ends(icu::UnicodeString& text) {
  if (text.indexOf(u'\r') < 0) {
    return;
  }
  icu::UnicodeString out;
  const int32_t length = text.length();
  for (int32_t i = 0; i < length; ++i) {
    const char16_t unit = text.charAt(i);
    if (unit == u'\r') {
      out.append(u'\n');
      if (i + 1 < length && text.charAt(i + 1) == u'\n') {
        ++i;
      }
    } else {
      out.append(unit);
    }
  }
  text = std::move(out);
}

// The text of a body in plan.encoding, through UTF-16: without a leading U+FEFF, with LF line
// ends, in NFC. Throws InputError at the first byte that is not valid in the encoding.
std::string converted_text(std::string_view body,
                           const Plan& plan,
                           const ReadOptions& options,
                           std::string_view source_name) {
  size_t bad_offset = 0;
  std::optional<icu::UnicodeString> unicode = convert(body, plan.encoding, bad_offset);
  if (!unicode) {
    const auto byte = static_cast<uint8_t>(body[std::min(bad_offset, body.size() - 1)]);
    const std::string how = options.encoding.empty()
                                ? fmt::format(
                                      "detected as {}; pass --encoding=NAME if it is "
                                      "another encoding",
                                      plan.encoding)
                                : "check --encoding";
    fail_at(body, plan.layout, bad_offset, source_name,
            fmt::format("byte 0x{:02X} is not valid {} ({})", byte, plan.encoding, how));
  }
  if (unicode->length() > 0 && unicode->charAt(0) == 0xFEFF) {
    unicode->remove(0, 1);
  }
  normalize_line_ends(*unicode);
  to_nfc(*unicode);
  std::string text;
  unicode->toUTF8String(text);
  return text;
}

}  // namespace

void ReadOptions::validate() const {
  if (!encoding.empty()) {
    open_converter(encoding);
  }
  if (max_line_bytes == 0) {
    throw OptionError("--max-line-bytes must be at least 1");
  }
  if (max_input_bytes == 0 || max_input_bytes > kMaxInputBytesLimit) {
    throw OptionError(fmt::format("--max-input-bytes must be in 1..{} (got {})",
                                  kMaxInputBytesLimit, max_input_bytes));
  }
}

DecodedText decode_text(std::string_view bytes,
                        std::string_view source_name,
                        const ReadOptions& options) {
  options.validate();
  if (bytes.empty()) {
    throw InputError(std::string(source_name), 0, 0,
                     "empty file (nothing to read: check that it is the file you meant)");
  }
  if (bytes.size() > options.max_input_bytes) {
    throw InputError(std::string(source_name), 0, 0, too_large_message(options.max_input_bytes));
  }
  if (const std::optional<std::string> binary = binary_format(bytes)) {
    throw InputError(std::string(source_name), 0, 0, *binary);
  }
  Plan plan =
      options.encoding.empty() ? plan_detected(bytes) : plan_forced(bytes, options.encoding);
  const std::string_view body = bytes.substr(plan.bom);
  check_no_nul(body, plan.layout, source_name);
  check_line_lengths(body, plan.layout, options.max_line_bytes, source_name);

  std::optional<Diagnostic> legacy_warning;
  if (plan.detect) {
    const std::optional<size_t> invalid = utf8_census(body).first_invalid;
    if (!invalid) {
      plan.encoding = "UTF-8";
    } else if (const std::optional<uint32_t> utf8_line = utf8_line_of_mixed_text(body)) {
      fail_at(body, plan.layout, *invalid, source_name,
              fmt::format("not valid UTF-8, but line {} is: the file mixes encodings or is "
                          "damaged here (convert each part to UTF-8, e.g. with iconv, or pass "
                          "--encoding=NAME if the whole file is in one legacy encoding)",
                          *utf8_line));
    } else if (auto legacy = detect_legacy(body)) {
      plan.encoding = std::move(*legacy);
      legacy_warning = few_legacy_bytes_warning(body, plan.encoding, source_name);
    } else {
      fail_at(body, plan.layout, *invalid, source_name,
              "not valid UTF-8 (pass --encoding=windows-1251 if it is not UTF-8)");
    }
  }

  DecodedText result;
  result.encoding = plan.encoding;
  if (legacy_warning) {
    result.warnings.push_back(std::move(*legacy_warning));
  }
  if (plan.encoding == "UTF-8" && !utf8_census(body).first_invalid) {
    result.text = utf8_text(body);
  } else {
    result.text = converted_text(body, plan, options, source_name);
  }
  if (result.text.size() >= std::numeric_limits<uint32_t>::max()) {
    throw InputError(std::string(source_name), 0, 0,
                     "text too large once decoded (4 GiB at most; split it into parts)");
  }
  result.line_starts.push_back(0);
  for (size_t i = 0; i < result.text.size(); ++i) {
    if (result.text[i] == '\n' && i + 1 < result.text.size()) {
      result.line_starts.push_back(static_cast<uint32_t>(i + 1));
    }
  }
  return result;
}

InputScreen::InputScreen(std::string_view source_name, const ReadOptions& options)
    : source_name_(source_name), options_(options) {}

void InputScreen::check(std::string_view bytes) {
  if (bytes.size() > options_.max_input_bytes) {
    throw InputError(source_name_, 0, 0, too_large_message(options_.max_input_bytes));
  }
  // The BOM and the magic bytes need the first few bytes; a shorter input is decode_text's.
  constexpr size_t kHead = 8;
  if (!started_) {
    if (bytes.size() < kHead) {
      return;
    }
    // The binary documents read_document reads (detect_format in documents/documents.cc):
    // their bytes are not text, so only their size is checked.
    if (bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
        bytes.starts_with(std::string_view("PK\x05\x06", 4)) ||
        bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
      document_ = true;
      started_ = true;
    }
  }
  if (document_) {
    return;
  }
  if (!started_) {
    if (const std::optional<std::string> binary = binary_format(bytes)) {
      throw InputError(source_name_, 0, 0, *binary);
    }
    const Plan plan =
        options_.encoding.empty() ? plan_detected(bytes) : plan_forced(bytes, options_.encoding);
    unit_width_ = plan.layout.width;
    big_endian_ = plan.layout.big_endian;
    bom_ = plan.bom;
    started_ = true;
  }
  const Layout layout{unit_width_, big_endian_};
  const std::string_view body = bytes.substr(bom_);
  for (; next_ + layout.width <= body.size(); next_ += layout.width) {
    const uint32_t unit = unit_at(body, next_, layout);
    if (unit == '\n' || unit == '\r') {
      if (!(unit == '\n' && after_cr_)) {
        ++line_;
      }
      line_begin_ = next_ + layout.width;
      after_cr_ = unit == '\r';
      continue;
    }
    after_cr_ = false;
    if (unit == 0) {
      throw InputError(source_name_, line_, static_cast<uint32_t>(next_ - line_begin_ + 1),
                       std::string(kNulMessage));
    }
    if (next_ + layout.width - line_begin_ > options_.max_line_bytes) {
      throw InputError(source_name_, line_, options_.max_line_bytes + 1,
                       line_too_long_message(options_.max_line_bytes));
    }
  }
}

}  // namespace parallax
