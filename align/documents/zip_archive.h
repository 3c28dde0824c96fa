// Reading the parts of a ZIP archive held in memory (DOCX, ODT), through libzip.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace parallax::documents {

class ZipArchive {
 public:
  // Opens the archive in bytes (which must outlive the object). Throws InputError naming
  // source_name when bytes are not a readable ZIP archive ("corrupt ZIP"); an encrypted
  // archive is reported when a part is read.
  ZipArchive(std::string_view bytes, std::string source_name, uint64_t max_part_bytes);
  ~ZipArchive();

  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;
  ZipArchive(ZipArchive&&) = delete;
  ZipArchive& operator=(ZipArchive&&) = delete;

  // The uncompressed bytes of the part named name, or nullopt when there is none. Throws
  // InputError when the part cannot be read (damaged data, encryption) or is larger than
  // max_part_bytes.
  std::optional<std::string> read(const std::string& name) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax::documents
