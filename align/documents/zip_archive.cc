#include "documents/zip_archive.h"

#include <utility>

#include <fmt/format.h>

#include <parallax/errors.h>

#include <zip.h>

namespace parallax::documents {

namespace {

struct FileCloser {
  void operator()(zip_file_t* file) const noexcept { zip_fclose(file); }
};

}  // namespace

struct ZipArchive::Impl {
  std::string source_name;
  uint64_t max_part_bytes = 0;
  zip_t* archive = nullptr;

  InputError error(const std::string& message) const { return {source_name, 0, 0, message}; }
};

ZipArchive::ZipArchive(std::string_view bytes, std::string source_name, uint64_t max_part_bytes)
    : impl_(std::make_unique<Impl>()) {
  impl_->source_name = std::move(source_name);
  impl_->max_part_bytes = max_part_bytes;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    throw impl_->error("cannot read the ZIP archive (out of memory)");
  }
  impl_->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (impl_->archive == nullptr) {
    zip_source_free(source);
    const std::string what = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw impl_->error(fmt::format(
        "corrupt ZIP archive: {} (the DOCX/ODT file is damaged or truncated; open it in Word or "
        "LibreOffice and save it again)",
        what));
  }
  zip_error_fini(&error);
}

ZipArchive::~ZipArchive() {
  if (impl_ && impl_->archive != nullptr) {
    zip_discard(impl_->archive);
  }
}

std::optional<std::string> ZipArchive::read(const std::string& name) const {
  const zip_int64_t index = zip_name_locate(impl_->archive, name.c_str(), 0);
  if (index < 0) {
    return std::nullopt;
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(impl_->archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
      (stat.valid & ZIP_STAT_SIZE) == 0) {
    throw impl_->error(fmt::format("corrupt ZIP archive: cannot read the entry of {}", name));
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
    throw impl_->error(fmt::format(
        "{} is encrypted (save the document without a password, then try again)", name));
  }
  if (stat.size > impl_->max_part_bytes) {
    throw impl_->error(fmt::format(
        "{} would unpack to {} bytes, over the limit of {} (a ZIP bomb? raise the limit only for "
        "a document you trust)",
        name, stat.size, impl_->max_part_bytes));
  }
  const std::unique_ptr<zip_file_t, FileCloser> file(
      zip_fopen_index(impl_->archive, static_cast<zip_uint64_t>(index), 0));
  if (!file) {
    throw impl_->error(
        fmt::format("corrupt ZIP archive: cannot open {}: {}", name, zip_strerror(impl_->archive)));
  }
  std::string bytes(static_cast<size_t>(stat.size), '\0');
  zip_uint64_t done = 0;
  while (done < stat.size) {
    const zip_int64_t n = zip_fread(file.get(), bytes.data() + done, stat.size - done);
    if (n < 0) {
      throw impl_->error(fmt::format("corrupt ZIP archive: cannot unpack {}: {}", name,
                                     zip_file_strerror(file.get())));
    }
    if (n == 0) {
      break;
    }
    done += static_cast<zip_uint64_t>(n);
  }
  if (done != stat.size) {
    throw impl_->error(fmt::format("corrupt ZIP archive: {} is shorter than its entry says", name));
  }
  return bytes;
}

}  // namespace parallax::documents
