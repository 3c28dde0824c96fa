#include "alignment_writer.h"

#include <stdexcept>
#include <string>

#include <parallax/formats.h>
#include <parallax/report.h>

namespace parallax::cli {

void write_alignment(std::ostream& out,
                     std::string_view format,
                     const Document& source,
                     const Document& target,
                     const Alignment& alignment) {
  if (format == "beads") {
    write_beads(out, alignment);
  } else if (format == "json") {
    write_json(out, source, target, alignment);
  } else if (format == "tmx") {
    write_tmx(out, source, target, alignment, PARALLAX_VERSION);
  } else if (format == "html") {
    ReportOptions report_options;
    report_options.tool_version = PARALLAX_VERSION;
    write_html_report(out, source, {ReportColumn{&target, &alignment}}, nullptr, report_options);
  } else if (format == "tsv") {
    write_tsv(out, source, target, alignment);
  } else {
    throw std::invalid_argument("write_alignment: unknown format " + std::string(format));
  }
}

}  // namespace parallax::cli
