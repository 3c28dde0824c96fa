// Writing a command's result: to stdout, or to a file that appears only when the run
// succeeds (written as PATH.tmp, renamed on commit, removed on failure).
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace parallax::cli {

class Output {
 public:
  // path "-" or "": stdout. Otherwise creates PATH.tmp now, so that an unwritable output
  // fails before any long work. Throws CannotCreate.
  explicit Output(std::string path);

  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  Output(Output&&) = delete;
  Output& operator=(Output&&) = delete;

  // Removes PATH.tmp unless commit() succeeded.
  ~Output();

  std::ostream& stream();

  // Flushes; for a file, closes PATH.tmp and renames it to PATH.
  // Throws IoError (write failed) and CannotCreate (rename failed).
  void commit();

 private:
  std::string path_;      // "" for stdout
  std::string tmp_path_;  // path_ + ".tmp"
  std::ofstream file_;
  bool committed_ = false;
};

}  // namespace parallax::cli
