// The prepared lexicon file: write then read gives the same PreparedLexicon; another
// fingerprint, magic or version is "not usable" (nullopt); truncated or damaged files are an
// InputError naming the byte, never a crash; the fingerprint follows its inputs.
#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <parallax/errors.h>
#include <parallax/lexicon.h>
#include <parallax/prepared_lexicon_io.h>

namespace parallax {
namespace {

constexpr uint64_t kFingerprint = 0x0123456789abcdefULL;
constexpr size_t kMagicBytes = 26;  // "parallax prepared lexicon\n"
constexpr size_t kEntryBytes = 22;

PreparedLexicon small_lexicon() {
  const Lexicon lexicon("ru", "en",
                        {{"совет", "council", 1.0F},
                         {"Генеральная Ассамблея", "Assembly", 0.9F},
                         {"мир", "peace", 0.5F},
                         {"мир", "world", 1.0F},
                         {"1945", "1945", 1.0F}});  // no word: left out
  return {lexicon, "ru", "en"};
}

std::string written(const PreparedLexicon& lexicon, uint64_t fingerprint = kFingerprint) {
  std::ostringstream out;
  write_prepared_lexicon(out, lexicon, fingerprint);
  return out.str();
}

std::optional<PreparedLexicon> read(std::string_view bytes) {
  return read_prepared_lexicon(bytes, "test.prepared", kFingerprint);
}

// Reads bytes expecting an InputError; returns its message.
std::string read_error(std::string_view bytes) {
  try {
    read(bytes);
  } catch (const InputError& error) {
    EXPECT_EQ(error.source, "test.prepared");
    return error.message;
  }
  ADD_FAILURE() << "no InputError";
  return "";
}

void put_u32(std::string& bytes, size_t offset, uint32_t value) {
  for (size_t k = 0; k < 4; ++k) {
    bytes[offset + k] = static_cast<char>((value >> (8 * k)) & 0xFFU);
  }
}

// Offset of the first entry (entries are last in the file).
size_t first_entry(const std::string& bytes, const PreparedLexicon& lexicon) {
  return bytes.size() - lexicon.entries().size() * kEntryBytes;
}

TEST(PreparedLexiconIo, RoundTripGivesAnEqualLexicon) {
  const PreparedLexicon lexicon = small_lexicon();
  ASSERT_EQ(lexicon.entries().size(), 4U);
  const std::optional<PreparedLexicon> back = read(written(lexicon));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->source_language(), "ru");
  EXPECT_EQ(back->target_language(), "en");
  EXPECT_EQ(back->source_keys(), lexicon.source_keys());
  EXPECT_EQ(back->target_keys(), lexicon.target_keys());
  EXPECT_EQ(back->entries(), lexicon.entries());
  EXPECT_TRUE(*back == lexicon);
}

TEST(PreparedLexiconIo, RoundTripOfAnEmptyLexicon) {
  const PreparedLexicon lexicon(Lexicon{}, "de", "fr");
  const std::optional<PreparedLexicon> back = read(written(lexicon));
  ASSERT_TRUE(back.has_value());
  EXPECT_TRUE(back->empty());
  EXPECT_EQ(back->source_language(), "de");
  EXPECT_TRUE(*back == lexicon);
}

TEST(PreparedLexiconIo, AnotherFingerprintIsNotUsable) {
  EXPECT_FALSE(read(written(small_lexicon(), kFingerprint + 1)).has_value());
}

TEST(PreparedLexiconIo, AnotherMagicOrVersionIsNotUsable) {
  const std::string bytes = written(small_lexicon());
  EXPECT_FALSE(read("").has_value());
  EXPECT_FALSE(read("source\ttarget\n").has_value());
  std::string magic = bytes;
  magic[0] = 'P';
  EXPECT_FALSE(read(magic).has_value());
  std::string version = bytes;
  put_u32(version, kMagicBytes, 999);
  EXPECT_FALSE(read(version).has_value());
}

TEST(PreparedLexiconIo, EveryTruncationIsRejected) {
  const std::string bytes = written(small_lexicon());
  for (size_t size = 0; size < bytes.size(); ++size) {
    SCOPED_TRACE(size);
    const std::string_view prefix = std::string_view(bytes).substr(0, size);
    if (size < kMagicBytes) {
      EXPECT_FALSE(read(prefix).has_value());
    } else {
      EXPECT_NE(read_error(prefix).find("(delete the file or write it again)"), std::string::npos);
    }
  }
}

TEST(PreparedLexiconIo, KeyIndexOutOfRangeNamesTheByte) {
  const PreparedLexicon lexicon = small_lexicon();
  std::string bytes = written(lexicon);
  const size_t source_index = first_entry(bytes, lexicon) + 2;
  put_u32(bytes, source_index, static_cast<uint32_t>(lexicon.source_keys().size()));
  EXPECT_EQ(read_error(bytes),
            "damaged at byte " + std::to_string(source_index) + ": source key index " +
                std::to_string(lexicon.source_keys().size()) + " is out of range: there are " +
                std::to_string(lexicon.source_keys().size()) +
                " keys (delete the file or write it again)");

  bytes = written(lexicon);
  put_u32(bytes, first_entry(bytes, lexicon) + 10, 0xFFFFFFFFU);  // target[0]
  EXPECT_NE(read_error(bytes).find("target key index 4294967295"), std::string::npos);
}

TEST(PreparedLexiconIo, UnusedKeySlotMustBeZero) {
  const PreparedLexicon lexicon = small_lexicon();
  ASSERT_EQ(lexicon.entries()[0].source_count, 1);
  std::string bytes = written(lexicon);
  put_u32(bytes, first_entry(bytes, lexicon) + 6, 1);  // source[1] of a one-word entry
  EXPECT_NE(read_error(bytes).find("source key index 1 is out of range"), std::string::npos);
}

TEST(PreparedLexiconIo, BadWordCountsAndWeightsAreDamage) {
  const PreparedLexicon lexicon = small_lexicon();
  const std::string good = written(lexicon);
  const size_t entry = first_entry(good, lexicon);
  for (const int count : {0, 3, 255}) {
    std::string bytes = good;
    bytes[entry] = static_cast<char>(count);
    EXPECT_NE(read_error(bytes).find("source and 1 target words, not 1 or 2 each"),
              std::string::npos);
  }
  for (const float weight : {0.0F, -1.0F, 1.5F, std::numeric_limits<float>::quiet_NaN()}) {
    std::string bytes = good;
    uint32_t bits = 0;
    std::memcpy(&bits, &weight, sizeof bits);
    put_u32(bytes, entry + 18, bits);
    EXPECT_NE(read_error(bytes).find("is outside (0, 1]"), std::string::npos);
  }
}

TEST(PreparedLexiconIo, HugeCountsAndTrailingBytesAreDamage) {
  const PreparedLexicon lexicon = small_lexicon();
  const std::string good = written(lexicon);
  // After magic, version, fingerprint, checksum and the languages "ru" and "en" (4 + 2 bytes
  // each): the three counts.
  const size_t counts = kMagicBytes + 4 + 8 + 8 + 6 + 6;
  std::string bytes = good;
  put_u32(bytes, counts, 0xFFFFFFFFU);
  EXPECT_NE(read_error(bytes).find("4294967295 source keys do not fit"), std::string::npos);
  bytes = good;
  put_u32(bytes, counts + 8, 100'000'000);
  EXPECT_NE(read_error(bytes).find("100000000 entries do not fit"), std::string::npos);
  EXPECT_NE(read_error(good + "x").find("the file goes on for 1 bytes after the last entry"),
            std::string::npos);
}

// Every byte changed in turn: nullopt (the header) or InputError, never a crash (run under the
// asan preset) and never a lexicon: the checksum sees what the structure cannot.
TEST(PreparedLexiconIo, AnyChangedByteIsHandled) {
  const std::string good = written(small_lexicon());
  for (size_t i = 0; i < good.size(); ++i) {
    SCOPED_TRACE(i);
    std::string bytes = good;
    bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
    try {
      EXPECT_FALSE(read(bytes).has_value());
    } catch (const InputError&) {
      // Damaged, as reported.
    }
  }
}

// One letter changed in a target key keeps the file well-formed: it used to load, silently
// giving other beads (issue #14). The checksum names it.
TEST(PreparedLexiconIo, ChangedLetterInATargetKeyIsDamage) {
  std::string bytes = written(small_lexicon());
  const size_t key = bytes.find("council");
  ASSERT_NE(key, std::string::npos);
  bytes[key + 5] = 'k';
  EXPECT_EQ(read_error(bytes),
            "damaged at byte " + std::to_string(kMagicBytes + 4 + 8) +
                ": the checksum does not match the contents (changed or damaged since written) "
                "(delete the file or write it again)");
}

TEST(PreparedLexiconIo, FingerprintFollowsItsInputs) {
  const std::array<std::string_view, 2> inputs = {"en-ru.tsv", "peace\tмир\n"};
  const uint64_t base = prepared_lexicon_fingerprint(inputs, "ru", "en");
  EXPECT_EQ(prepared_lexicon_fingerprint(inputs, "ru", "en"), base);
  EXPECT_NE(prepared_lexicon_fingerprint(inputs, "en", "ru"), base);
  const std::array<std::string_view, 2> changed = {"en-ru.tsv", "peace\tмир\n\n"};
  EXPECT_NE(prepared_lexicon_fingerprint(changed, "ru", "en"), base);
  // Where one input ends and the next begins counts.
  const std::array<std::string_view, 2> moved = {"en-ru.tsvp", "eace\tмир\n"};
  EXPECT_NE(prepared_lexicon_fingerprint(moved, "ru", "en"), base);
  EXPECT_NE(prepared_lexicon_fingerprint({}, "ru", "en"), base);
  // Two changes of the top bit of two 8-byte words do not cancel out.
  std::string a(64, 'a');
  std::string b = a;
  b[7] = static_cast<char>(b[7] ^ 0x80);
  b[15] = static_cast<char>(b[15] ^ 0x80);
  const std::array<std::string_view, 1> one = {a};
  const std::array<std::string_view, 1> other = {b};
  EXPECT_NE(prepared_lexicon_fingerprint(one, "ru", "en"),
            prepared_lexicon_fingerprint(other, "ru", "en"));
}

}  // namespace
}  // namespace parallax
