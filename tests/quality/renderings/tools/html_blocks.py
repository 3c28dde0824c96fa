#!/usr/bin/env python3
"""html_blocks.py PAGE.html: print the text blocks of a DocBook HTML page, one per line.

A block is a <p>, <h1>-<h4>, <dt>, <li>, <td> or <th> (tag, TAB, text with white space folded),
or a Publican paragraph, <div class="para"> (printed with the tag "para"); <pre> code, footnote
marks (<sup>) and Publican's navigation bars (<ul class="docnav">) are left out. A block nested
in another is printed before it and left out of its text.
"""
import html.parser
import re
import sys

BLOCKS = {"p", "h1", "h2", "h3", "h4", "dt", "td", "th", "li"}
# Tags whose role depends on their class. HTML never leaves a <div> or <ul> unclosed, so a stack
# per tag pairs each end tag with its start tag's role, in HTML as in XHTML.
ROLE_TAGS = ("div", "ul")


def _role(tag, attrs):
    """"para" for a Publican paragraph, "skip" for a Publican navigation bar, else None."""
    classes = (dict(attrs).get("class") or "").split()
    if tag == "div" and "para" in classes:
        return "para"
    if tag == "ul" and "docnav" in classes:
        return "skip"
    return None


class _Parser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # text pieces of the open blocks
        self.out = []
        self.skip = 0  # depth inside <pre>, <script>, <style>, <sup> and navigation bars
        self.roles = {tag: [] for tag in ROLE_TAGS}  # per tag, the roles of the open elements

    def handle_starttag(self, tag, attrs):
        role = _role(tag, attrs)
        if tag in ROLE_TAGS:
            self.roles[tag].append(role)
        if tag in ("pre", "script", "style") or role == "skip":
            self.skip += 1
            if self.stack:
                self.stack[-1].append(" ")
        if tag == "sup":
            self.skip += 1
        if tag in BLOCKS or role == "para":
            self.stack.append([])
        if tag == "br" and self.stack:
            self.stack[-1].append(" ")

    def handle_endtag(self, tag):
        role = self.roles[tag].pop() if tag in ROLE_TAGS and self.roles[tag] else None
        if tag in ("pre", "script", "style", "sup") or role == "skip":
            self.skip -= 1
        block = "para" if role == "para" else tag if tag in BLOCKS else None
        if block and self.stack:
            text = re.sub(r"\s+", " ", "".join(self.stack.pop())).strip()
            if text:
                self.out.append((block, text))
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
