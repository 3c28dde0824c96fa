#!/usr/bin/env python3
"""Writes a plain-text corpus file (one paragraph per line) as DOCX, ODT, HTML and PDF, so that
tests know what each document holds: the paragraphs of the text, in order.

    tools/make_document_fixtures.py corpora/khrushchev-1963-06-08.en.txt
    tools/make_document_fixtures.py --features tests/unit/documents/data

writes corpora/khrushchev-1963-06-08.en.{docx,odt,html,pdf} beside the text, and small
documents with footnotes, tables and tracked changes (plus broken ones) for the unit tests. Only the standard
library is used: the ZIP containers through zipfile, the XML and the PDF objects by hand, so the
files do not depend on an office suite. The output is deterministic (fixed ZIP timestamps).

Each format exercises what real files do:
- DOCX: paragraphs split into several runs (one run only a space), a run in italics, a proofing
  mark and a bookmark between runs; the first paragraph right-aligned.
- ODT: the mimetype entry first and stored, spans, a <text:s/> for a space, a soft page break.
- HTML: a <head> with <title>, <style> and <script> (none of it text), paragraphs hard-wrapped
  in the source, entities for quotes and dashes, an inline <em>, a <script> in the body.
- PDF: Helvetica 10 pt, lines wrapped at 92 characters, a blank gap between paragraphs,
  paragraphs continued across pages, and long words hyphenated at line ends (the reader must
  join them again); one text object per line, as word processors write them.
"""
import hashlib
import html
import pathlib
import sys
import zipfile

FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def zip_write(archive, name, data, stored=False):
    info = zipfile.ZipInfo(name, FIXED_TIME)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)


def xml_text(text):
    return html.escape(text, quote=False)


def split_runs(paragraph):
    """The paragraph cut into 3 pieces at word boundaries: (first, space, rest...)."""
    words = paragraph.split(' ')
    if len(words) < 4:
        return [paragraph]
    cut = len(words) // 3
    return [' '.join(words[:cut]), ' ', ' '.join(words[cut:2 * cut]) + ' ', ' '.join(words[2 * cut:])]


def write_docx(paragraphs, path):
    w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []
    for k, paragraph in enumerate(paragraphs):
        runs = []
        for i, piece in enumerate(split_runs(paragraph)):
            props = '<w:rPr><w:i/></w:rPr>' if i == 2 else ''
            runs.append(f'<w:r>{props}<w:t xml:space="preserve">{xml_text(piece)}</w:t></w:r>')
            if i == 0:
                runs.append(f'<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="{k}" '
                            f'w:name="p{k}"/><w:bookmarkEnd w:id="{k}"/>')
        align = '<w:pPr><w:jc w:val="right"/></w:pPr>' if k == 0 else ''
        body.append(f'<w:p>{align}{"".join(runs)}</w:p>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{w}"><w:body>{"".join(body)}'
                f'<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, 'w') as archive:
        zip_write(archive, '[Content_Types].xml', content_types)
        zip_write(archive, '_rels/.rels', rels)
        zip_write(archive, 'word/document.xml', document)


def write_odt(paragraphs, path):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')
    body = []
    for k, paragraph in enumerate(paragraphs):
        pieces = split_runs(paragraph)
        if len(pieces) == 1:
            inner = xml_text(paragraph)
        else:
            # The lone space is written as <text:s/>: ODF collapses white space like HTML.
            inner = (f'{xml_text(pieces[0])}<text:s/><text:span text:style-name="T1">'
                     f'{xml_text(pieces[2])}</text:span>{xml_text(pieces[3])}')
        if k == len(paragraphs) // 2:
            body.append('<text:soft-page-break/>')
        body.append(f'<text:p text:style-name="Standard">{inner}</text:p>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns} '
               f'office:version="1.3"><office:body><office:text>'
               f'<text:sequence-decls><text:sequence-decl text:display-outline-level="0" '
               f'text:name="Table"/></text:sequence-decls>{"".join(body)}'
               f'</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, 'w') as archive:
        zip_write(archive, 'mimetype', 'application/vnd.oasis.opendocument.text', stored=True)
        zip_write(archive, 'META-INF/manifest.xml', manifest)
        zip_write(archive, 'content.xml', content)


def html_escape(text):
    return html.escape(text).replace('--', '-&#45;')


def wrap(text, width):
    lines, line = [], ''
    for word in text.split(' '):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f'{line} {word}' if line else word
    if line:
        lines.append(line)
    return lines


def write_html(paragraphs, path):
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
           '<title>Khrushchev to Kennedy, 8 June 1963</title>',
           '<style>p { margin: 0 0 1em 0 } .date { text-align: right }</style>',
           '<script>document.title = "not text";</script>', '</head>', '<body>']
    for k, paragraph in enumerate(paragraphs):
        pieces = split_runs(paragraph)
        if len(pieces) > 1:
            inner = (f'{html_escape(pieces[0])} <em>{html_escape(pieces[2].strip())}</em> '
                     f'{html_escape(pieces[3])}')
        else:
            inner = html_escape(paragraph)
        body = '\n  '.join(wrap(inner, 100))
        css = ' class="date"' if k == 0 else ''
        out.append(f'<p{css}>\n  {body}\n</p>')
        if k == 0:
            out.append('<script>console.log("dropped");</script>')
    out += ['</body>', '</html>', '']
    pathlib.Path(path).write_text('\n'.join(out), encoding='utf-8')


def pdf_lines(paragraph, width=92):
    """The lines of paragraph wrapped at width, hyphenating a long lower-case word at a line end
    when at least 4 letters fit and 4 remain."""
    lines, line = [], ''
    for word in paragraph.split(' '):
        candidate = f'{line} {word}' if line else word
        if len(candidate) <= width:
            line = candidate
            continue
        room = width - len(line) - 2  # a space and the hyphen
        if line and word.isalpha() and word[0].islower() and room >= 4 and len(word) - room >= 4:
            lines.append(f'{line} {word[:room]}-')
            line = word[room:]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def pdf_string(text):
    return '(' + text.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'


def write_pdf(paragraphs, path, lines_of=pdf_lines):
    top, bottom, left, leading, gap = 742, 60, 60, 13, 9
    pages, current, y = [], [], top
    for paragraph in paragraphs:
        if current and y - leading < bottom:
            pages.append(current)
            current, y = [], top
        for line in lines_of(paragraph):
            if y < bottom:
                pages.append(current)
                current, y = [], top
            current.append(f'BT /F1 10 Tf 1 0 0 1 {left} {y} Tm {pdf_string(line)} Tj ET')
            y -= leading
        y -= gap
    pages.append(current)
    objects = ['<< /Type /Catalog /Pages 2 0 R >>', None,
               '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
    kids = []
    for content in pages:
        stream = '\n'.join(content).encode('latin-1')
        objects.append(f'<< /Length {len(stream)} >>\nstream\n'.encode('latin-1') + stream +
                       b'\nendstream')
        objects.append(f'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources '
                       f'<< /Font << /F1 3 0 R >> >> /Contents {len(objects)} 0 R >>')
        kids.append(f'{len(objects)} 0 R')
    objects[1] = f'<< /Type /Pages /Kids [{" ".join(kids)}] /Count {len(kids)} >>'
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        data = body if isinstance(body, bytes) else body.encode('latin-1')
        out += f'{number} 0 obj\n'.encode() + data + b'\nendobj\n'
    xref = len(out)
    out += f'xref\n0 {len(objects) + 1}\n0000000000 65535 f \n'.encode()
    for offset in offsets:
        out += f'{offset:010d} 00000 n \n'.encode()
    out += (f'trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n'
            .encode())
    pathlib.Path(path).write_bytes(bytes(out))


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

FEATURES_DOCX = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W_NS}"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Title of the memo</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Kept text </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText xml:space="preserve">deleted words </w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>inserted words</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>A1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B1</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>A2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/><w:t>after tab</w:t></w:r></w:p>
<w:p><w:del w:id="3" w:author="A"><w:r><w:delText>A paragraph deleted with tracked changes.</w:delText></w:r></w:del></w:p>
<w:sectPr/></w:body></w:document>"""

FEATURES_FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W_NS}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> A footnote.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""

FEATURES_ODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:body><office:text>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">A</dc:creator></office:change-info><text:p>deleted words </text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1">Title of the memo</text:h>
<text:p>Kept text <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>inserted words<text:change-end text:change-id="ct2"/>.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note></text:p>
<table:table table:name="T"><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell><text:p>A1</text:p></table:table-cell><table:table-cell><text:p>B1</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>A2</text:p></table:table-cell><table:table-cell><text:p>B2</text:p></table:table-cell></table:table-row></table:table>
<text:list><text:list-item><text:p>Item<text:s text:c="3"/>one<text:tab/>and<text:line-break/>more</text:p></text:list-item></text:list>
</office:text></office:body></office:document-content>"""


def write_features(folder):
    """Small documents with headings, footnotes, tables, tracked changes and fields, whose
    paragraphs tests/unit/documents/documents_test.cc states."""
    folder = pathlib.Path(folder)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(folder / 'features.docx', 'w') as archive:
        zip_write(archive, '_rels/.rels', rels)
        zip_write(archive, 'word/document.xml', FEATURES_DOCX)
        zip_write(archive, 'word/footnotes.xml', FEATURES_FOOTNOTES)
    with zipfile.ZipFile(folder / 'not-a-docx.docx', 'w') as archive:
        zip_write(archive, '_rels/.rels', rels)
        zip_write(archive, 'word/styles.xml', '<styles/>')
    with zipfile.ZipFile(folder / 'malformed.docx', 'w') as archive:
        zip_write(archive, 'word/document.xml', f'<?xml version="1.0"?>\n<w:document '
                  f'xmlns:w="{W_NS}"><w:body>\n<w:p><w:r><w:t>x</w:r></w:p>\n</w:body></w:document>')
    with zipfile.ZipFile(folder / 'features.odt', 'w') as archive:
        zip_write(archive, 'mimetype', 'application/vnd.oasis.opendocument.text', stored=True)
        zip_write(archive, 'content.xml', FEATURES_ODT)
    whole = (folder / 'features.docx').read_bytes()
    (folder / 'truncated.docx').write_bytes(whole[:len(whole) // 2])
    write_bad_pdfs(folder)
    write_pdf([HYPHENATION_LINES], folder / 'hyphenation.pdf', lines_of=lambda lines: lines)


# One paragraph broken at hyphens (pdf_reader.cc, append_line): "well-" + "known" keeps its
# hyphen (well-known is on the first line), "nego-" + "tiation" joins, "long-" + "term" keeps
# it (longterm occurs nowhere, long and term do), "inter-" + "national" joins (international
# occurs).
HYPHENATION_LINES = [
    'The well-known rule is simple. It is a well-',
    'known rule that the nego-',
    'tiation of a long-',
    'term plan is hard: a term plan, a long day. An inter-',
    'national treaty is international.',
]


PDF_PADDING = bytes.fromhex('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a')


def rc4(key, data):
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def pdf_file(objects, trailer_extra=''):
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f'{number} 0 obj\n{body}\nendobj\n'.encode('latin-1')
    xref = len(out)
    out += f'xref\n0 {len(objects) + 1}\n0000000000 65535 f \n'.encode()
    for offset in offsets:
        out += f'{offset:010d} 00000 n \n'.encode()
    out += (f'trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer_extra}>>\nstartxref\n'
            f'{xref}\n%%EOF\n').encode()
    return bytes(out)


def write_bad_pdfs(folder):
    """no-text.pdf: one page that only draws a rectangle (a scan has an image instead);
    encrypted.pdf: RC4 40-bit (standard security handler, revision 2) with user password
    "secret", so that nothing opens it without the password."""
    page = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>')
    drawing = '10 10 100 100 re f'
    objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
               page, f'<< /Length {len(drawing)} >>\nstream\n{drawing}\nendstream']
    (folder / 'no-text.pdf').write_bytes(pdf_file(objects))
    user = (b'secret' + PDF_PADDING)[:32]
    owner = rc4(hashlib.md5(user).digest()[:5], user)
    file_id = bytes(range(16))
    permissions = -4
    key = hashlib.md5(user + owner + permissions.to_bytes(4, 'little', signed=True) +
                      file_id).digest()[:5]
    check = rc4(key, PDF_PADDING)
    encrypt = (f'<< /Filter /Standard /V 1 /R 2 /O <{owner.hex()}> /U <{check.hex()}> '
               f'/P {permissions} >>')
    objects.append(encrypt)
    (folder / 'encrypted.pdf').write_bytes(
        pdf_file(objects, f'/Encrypt 5 0 R /ID [<{file_id.hex()}> <{file_id.hex()}>] '))


def main():
    if sys.argv[1] == '--features':
        write_features(sys.argv[2])
        return
    source = pathlib.Path(sys.argv[1])
    paragraphs = [line.strip() for line in source.read_text(encoding='utf-8').splitlines()
                  if line.strip()]
    stem = source.with_suffix('')
    write_docx(paragraphs, f'{stem}.docx')
    write_odt(paragraphs, f'{stem}.odt')
    write_html(paragraphs, f'{stem}.html')
    write_pdf(paragraphs, f'{stem}.pdf')


if __name__ == '__main__':
    main()
