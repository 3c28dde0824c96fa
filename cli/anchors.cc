#include "anchors.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <parallax/corrections.h>
#include <parallax/errors.h>

#include "input.h"

namespace parallax::cli {

void add_anchors_flag(CLI::App& command, std::vector<std::string>& files, bool repeatable) {
  CLI::Option* option = command.add_option(
      "--anchors", files,
      repeatable ? "Corrections file (JSON, exported by the report page); its beads are kept as "
                   "fixed and only the rest is re-aligned. Repeatable: one per translation, "
                   "matched by checksum"
                 : "Corrections file (JSON, exported by the report page); its beads are kept as "
                   "fixed and only the rest is re-aligned");
  option->type_name("FILE")->allow_extra_args(false);
  if (!repeatable) {
    option->expected(1);
  }
}

std::vector<std::vector<Bead>> read_fixed_beads(const std::vector<std::string>& paths,
                                                const Document& original,
                                                const std::vector<const Document*>& translations) {
  std::vector<std::vector<Bead>> fixed(translations.size());
  std::vector<std::string> checksums;
  for (const Document* translation : translations) {
    checksums.push_back(text_checksum(translation->text));
  }
  std::vector<std::string> file_of(translations.size());
  for (const std::string& path : paths) {
    const std::string name = input_name(path);
    const Corrections corrections = read_corrections(read_input(path), name);
    size_t k = 0;
    if (translations.size() > 1) {
      while (k < translations.size() && checksums[k] != corrections.target.checksum) {
        ++k;
      }
      if (k == translations.size()) {
        throw InputError(name, 0, 0,
                         fmt::format("checksum mismatch: the corrections were made for a "
                                     "translation ({} {}) that is none of the translations "
                                     "given (make the corrections again on these texts)",
                                     corrections.target.file, corrections.target.checksum));
      }
    }
    if (!file_of[k].empty()) {
      throw InputError(name, 0, 0,
                       fmt::format("{} already gives the corrections of {} (one file per "
                                   "translation)",
                                   file_of[k], translations[k]->source_name));
    }
    check_corrections(corrections, original, *translations[k], name);
    file_of[k] = name;
    fixed[k] = corrections.beads;
  }
  return fixed;
}

}  // namespace parallax::cli
