#!/usr/bin/env python3
"""html_blocks.py PAGE.html: print the text blocks of a DocBook HTML page, one per line.

A block is a <p>, <h1>-<h4>, <dt>, <li>, <td> or <th> (tag, TAB, text with white space folded);
<pre> code and footnote marks (<sup>) are left out. A block nested in another is printed
before it and left out of its text.
"""
import html.parser
import re
import sys

BLOCKS = {"p", "h1", "h2", "h3", "h4", "dt", "td", "th", "li"}


class _Parser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # text pieces of the open blocks
        self.out = []
        self.skip = 0  # depth inside <pre>, <script>, <style>, <sup>

    def handle_starttag(self, tag, attrs):
        if tag in ("pre", "script", "style"):
            self.skip += 1
            if self.stack:
                self.stack[-1].append(" ")
        if tag == "sup":
            self.skip += 1
        if tag in BLOCKS:
            self.stack.append([])
        if tag == "br" and self.stack:
            self.stack[-1].append(" ")

    def handle_endtag(self, tag):
        if tag in ("pre", "script", "style", "sup"):
            self.skip -= 1
        if tag in BLOCKS and self.stack:
            text = re.sub(r"\s+", " ", "".join(self.stack.pop())).strip()
            if text:
                self.out.append((tag, text))
                if self.stack:
                    self.stack[-1].append(" ")

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
