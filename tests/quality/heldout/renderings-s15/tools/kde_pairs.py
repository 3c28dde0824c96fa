#!/usr/bin/env python3
"""kde_pairs.py RU_CACHE EN_CACHE OUT_RU OUT_EN PAGE...: pair the blocks of KDE handbook pages.

RU_CACHE and EN_CACHE are a KDE handbook's index.cache.bz2 in Russian and English (Debian installs
them in /usr/share/doc/HTML/{ru,en}/APP/): the HTML pages that meinproc made from the DocBook,
one after another, each opened by <FILENAME filename="PAGE.html">. The handbooks are translated
paragraph by paragraph with gettext, so block k of a Russian page is block k of the English one.
Kept: each PAGE's blocks less its navigation cells (td) and the blocks the Russian leaves in
English (no Cyrillic letter, or the same first 30 characters as the English).
"""
import bz2
import os
import re
import sys
import tempfile

# The blocks of a page are html_blocks.py's; the untranslated-block test and the writer are
# pair_blocks.py's (both in tests/quality/renderings/tools).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                                "renderings", "tools"))
from html_blocks import blocks  # noqa: E402
from pair_blocks import left_in_english, write_pairs  # noqa: E402


def pages(cache):
    """{PAGE: [(tag, text)]} of the pages in a KDE index.cache.bz2."""
    text = bz2.open(cache, "rt", encoding="utf-8").read()
    parts = re.split(r'<FILENAME filename="([^"]+)\.html">', text)
    out = {}
    with tempfile.TemporaryDirectory() as work:
        for name, body in zip(parts[1::2], parts[2::2]):
            path = os.path.join(work, name + ".html")
            with open(path, "w", encoding="utf-8") as f:
                f.write(body.replace("</FILENAME>", ""))
            out[name] = blocks(path)
    return out


def body(page):
    """The page's blocks less its navigation bars (td; a page has no other table)."""
    return [(tag, text) for tag, text in page if tag != "td"]


def main():
    ru, en = pages(sys.argv[1]), pages(sys.argv[2])
    out_ru, out_en = [], []
    for name in sys.argv[5:]:
        blocks_ru, blocks_en = body(ru[name]), body(en[name])
        assert len(blocks_ru) == len(blocks_en), name
        for (tag_ru, text_ru), (tag_en, text_en) in zip(blocks_ru, blocks_en):
            assert tag_ru == tag_en, (name, tag_ru, tag_en)
            if left_in_english(text_ru, text_en):
                continue
            out_ru.append(text_ru)
            out_en.append(text_en)
    write_pairs(sys.argv[3], sys.argv[4], out_ru, out_en)


if __name__ == "__main__":
    main()
