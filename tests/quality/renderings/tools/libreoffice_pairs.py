#!/usr/bin/env python3
"""libreoffice_pairs.py OUT_RU OUT_EN PAGE...: pair the blocks of PAGE.ru.tsv and PAGE.en.tsv.

The inputs are html_blocks.py's output (beside this file) for the Russian and English HTML of
one page of the LibreOffice help (Debian packages libreoffice-help-ru and libreoffice-help-en-us),
which is translated paragraph by paragraph with gettext: block k of one is block k of the other. Kept: the page body, from its first h1 to its "Related Topics" list or
its "Help content debug info:" footer, whichever comes first. Dropped from both sides: the
blocks the Russian leaves in English (no Cyrillic letter, or the same first 30 characters as the
English).
"""
import sys

# The block loading, the untranslated-block test and the writer are pair_blocks.py's (beside
# this file, so on the module path when this script runs).
from pair_blocks import left_in_english, load, write_pairs


def body(blocks):
    first = next(k for k, (tag, _) in enumerate(blocks) if tag == "h1")
    last = next(k for k, (tag, text) in enumerate(blocks) if k > first and (
        (tag == "p" and text == "Related Topics") or (tag == "h3" and text ==
                                                      "Help content debug info:")))
    return range(first, last)


def main():
    out_ru, out_en = [], []
    for page in sys.argv[3:]:
        en, ru = load(page + ".en.tsv"), load(page + ".ru.tsv")
        assert len(en) == len(ru), page
        for k in body(en):
            (tag_en, text_en), (tag_ru, text_ru) = en[k], ru[k]
            assert tag_en == tag_ru, (page, tag_en, tag_ru)
            if left_in_english(text_ru, text_en):
                continue
            out_ru.append(text_ru)
            out_en.append(text_en)
    write_pairs(sys.argv[1], sys.argv[2], out_ru, out_en)


if __name__ == "__main__":
    main()
