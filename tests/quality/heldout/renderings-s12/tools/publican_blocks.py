#!/usr/bin/env python3
"""publican_blocks.py PAGE.html: print the text blocks of a Publican (DocBook XHTML) page, one a line.

The blocks of html_blocks.py (tests/quality/renderings/tools: <p>, <h1>-<h4>, <dt>, <li>, <td>,
<th>; tag, TAB, text with white space folded), plus Publican's paragraphs, <div class="para">
(printed with the tag "para"), which html_blocks.py does not see. <pre> code, footnote marks
(<sup>) and the navigation bars (<ul class="docnav">, the "Download the ebook" banner) are left
out. A block nested in another is printed before it and left out of its text. The page must be
well-formed XHTML (every element closed), as Publican writes it.
"""
import html.parser
import re
import sys

BLOCKS = {"p", "h1", "h2", "h3", "h4", "dt", "td", "th", "li"}
SKIPPED = {"pre", "script", "style", "sup"}


class _Parser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open = []  # per open element: (block tag or None, skipped)
        self.stack = []  # text pieces of the open blocks
        self.out = []
        self.skip = 0  # depth inside skipped elements

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        skipped = tag in SKIPPED or (tag == "ul" and "docnav" in classes) or \
            attrs.get("id") == "banner"
        block = "para" if tag == "div" and "para" in classes else (tag if tag in BLOCKS else None)
        self.open.append((block, skipped))
        if skipped:
            self.skip += 1
            if self.stack:
                self.stack[-1].append(" ")
        if block and not self.skip:
            self.stack.append([])
        if tag == "br" and self.stack:
            self.stack[-1].append(" ")

    def handle_endtag(self, tag):
        if not self.open:
            return
        block, skipped = self.open.pop()
        if block and not self.skip and self.stack:
            text = re.sub(r"\s+", " ", "".join(self.stack.pop())).strip()
            if text:
                self.out.append((block, text))
                if self.stack:
                    self.stack[-1].append(" ")
        if skipped:
            self.skip -= 1

    def handle_data(self, data):
        if self.skip == 0 and self.stack:
            self.stack[-1].append(data)


def blocks(path):
    """[(tag, text)] of the page at path, in document order."""
    parser = _Parser()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    return parser.out


if __name__ == "__main__":
    for tag, text in blocks(sys.argv[1]):
        print(tag + "\t" + text)
