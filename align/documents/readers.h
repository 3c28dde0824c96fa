// One reader per document format; each turns the bytes of a document into its paragraphs.
// Contracts as for extract_text (parallax/documents.h).
#pragma once

#include <string_view>

#include <parallax/documents.h>
#include <parallax/read.h>

namespace parallax::documents {

ExtractedText read_docx(std::string_view bytes,
                        std::string_view source_name,
                        const ReadOptions& options);

ExtractedText read_odt(std::string_view bytes,
                       std::string_view source_name,
                       const ReadOptions& options);

ExtractedText read_html(std::string_view bytes,
                        std::string_view source_name,
                        const ReadOptions& options);

ExtractedText read_xliff(std::string_view bytes,
                         std::string_view source_name,
                         const ReadOptions& options);

ExtractedText read_pdf(std::string_view bytes,
                       std::string_view source_name,
                       const ReadOptions& options);

}  // namespace parallax::documents
