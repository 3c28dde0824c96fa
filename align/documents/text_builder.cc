#include "documents/text_builder.h"

#include <cstdint>
#include <string>
#include <utility>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/icu_check.h"

namespace parallax::documents {

namespace {

bool is_space(UChar32 c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         (c >= 0x80 && u_isUWhiteSpace(c) != 0);
}

// Control characters other than white space say nothing and would upset the segmenter and the
// output formats; they are dropped (soft hyphens and zero-width marks are kept: they are text).
bool is_dropped(UChar32 c) noexcept {
  return (c < 0x20 && !is_space(c)) || c == 0x7F;
}

// utf8 in NFC, ill-formed sequences as U+FFFD.
std::string normalized(std::string_view utf8) {
  std::string valid;
  valid.reserve(utf8.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto size = static_cast<int64_t>(utf8.size());
  int64_t i = 0;
  while (i < size) {
    const int64_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, size, c);
    if (c < 0) {
      valid += "\xEF\xBF\xBD";
    } else if (!is_dropped(c)) {
      valid.append(utf8.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  text::icu_check(status, "Normalizer2::getNFCInstance");
  if (nfc->isNormalizedUTF8(valid, status) && U_SUCCESS(status)) {
    return valid;
  }
  status = U_ZERO_ERROR;
  std::string result;
  icu::StringByteSink<std::string> sink(&result);
  nfc->normalizeUTF8(0, valid, sink, nullptr, status);
  text::icu_check(status, "Normalizer2::normalizeUTF8");
  return result;
}

}  // namespace

void TextBuilder::begin_paragraph(std::string location) {
  end_paragraph();
  location_ = std::move(location);
  open_ = true;
  located_ = false;
  paragraph_begin_ = result_.text.size();
  pending_space_ = false;
}

void TextBuilder::anchor_here() {
  const auto offset = static_cast<uint32_t>(result_.text.size());
  if (!result_.anchors.empty() && result_.anchors.back().offset == offset) {
    result_.anchors.back().location = location_;
  } else if (result_.anchors.empty() || result_.anchors.back().location != location_) {
    result_.anchors.push_back(TextAnchor{offset, location_});
  }
  located_ = true;
}

void TextBuilder::append(std::string_view utf8) {
  if (!open_) {
    begin_paragraph(location_);
  }
  const std::string text = normalized(utf8);
  size_t i = 0;
  while (i < text.size()) {
    const size_t start = i;
    UChar32 c = 0;
    U8_NEXT_UNSAFE(text.data(), i, c);
    if (is_space(c)) {
      pending_space_ = true;
      continue;
    }
    if (!located_) {
      anchor_here();
    } else if (pending_space_ && result_.text.size() > paragraph_begin_) {
      result_.text += ' ';
    }
    if (!located_ || result_.anchors.back().location != location_) {
      anchor_here();
    }
    pending_space_ = false;
    result_.text.append(text, start, i - start);
  }
}

void TextBuilder::relocate(std::string location) {
  if (location_ == location) {
    return;
  }
  location_ = std::move(location);
}

void TextBuilder::end_paragraph() {
  if (!open_) {
    return;
  }
  open_ = false;
  pending_space_ = false;
  if (result_.text.size() > paragraph_begin_) {
    result_.text += '\n';
  }
}

std::string_view TextBuilder::open_paragraph() const {
  if (!open_) {
    return {};
  }
  return std::string_view(result_.text).substr(paragraph_begin_);
}

ExtractedText TextBuilder::finish() {
  end_paragraph();
  return std::move(result_);
}

}  // namespace parallax::documents
