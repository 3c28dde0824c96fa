#!/usr/bin/env python3
"""Build the held-out short-line set from the aptitude command-line reference, ru and en.

    make_shortlines.py RU_PAGE.html EN_PAGE.html OUT_DIR

The pages are rn01re01.html of the Debian packages aptitude-doc-ru and aptitude-doc-en
(SOURCE.md). Both come from one DocBook source through po4a, so block k of one translates
block k of the other; that gives the gold. The line structure is then made to differ the way
two renderings of one document differ (one has a label or a term on a line of its own where the
other runs it into the next line; a paragraph missing from one version):
  - Russian: an admonition label ("Примечание") is run into its paragraph
    ("Примечание: ...") -> gold bead 1-2;
  - English: every second list term (<dt>: a command, an option, a variable) followed by a
    paragraph is run into it ("keep-all: Cancels ...") -> gold bead 2-1;
  - English omits the paragraphs at OMIT_EN, Russian those at OMIT_RU -> 1-0 and 0-1.
Writes OUT_DIR/{src,tgt,gold}/aptitude-ref (source = Russian, one segment per line).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "renderings", "tools"))
from html_blocks import blocks  # noqa: E402

NAME = "aptitude-ref"
FIRST, LAST = 2, 308  # the page's blocks without its navigation header and footer
# Block indices (of the page) of the paragraphs each version leaves out: each a paragraph
# between two paragraphs, chosen once by this rule and fixed here.
OMIT_EN = (22, 148, 234)
OMIT_RU = (99, 184)


def main():
    ru_page, en_page, out = sys.argv[1:4]
    ru, en = blocks(ru_page), blocks(en_page)
    assert len(ru) == len(en) and [t for t, _ in ru] == [t for t, _ in en]
    for i in OMIT_EN + OMIT_RU:
        assert ru[i][0] == "p" and ru[i - 1][0] == "p" and ru[i + 1][0] == "p", i
    src, tgt, gold = [], [], []
    i = FIRST
    terms = 0
    while i <= LAST:
        tag = ru[i][0]
        if tag == "th" and i + 1 <= LAST and ru[i + 1][0] == "p":
            # admonition label: on its own line in English, run into its paragraph in Russian
            src.append(ru[i][1] + ": " + ru[i + 1][1])
            tgt += [en[i][1], en[i + 1][1]]
            gold.append(([len(src) - 1], [len(tgt) - 2, len(tgt) - 1]))
            i += 2
            continue
        if tag == "dt" and i + 1 <= LAST and ru[i + 1][0] == "p":
            terms += 1
            if terms % 2 == 0:
                src += [ru[i][1], ru[i + 1][1]]
                tgt.append(en[i][1] + ": " + en[i + 1][1])
                gold.append(([len(src) - 2, len(src) - 1], [len(tgt) - 1]))
                i += 2
                continue
        s, t = [], []
        if i not in OMIT_RU:
            src.append(ru[i][1])
            s = [len(src) - 1]
        if i not in OMIT_EN:
            tgt.append(en[i][1])
            t = [len(tgt) - 1]
        gold.append((s, t))
        i += 1
    for sub, lines in (("src", src), ("tgt", tgt)):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        with open(os.path.join(out, sub, NAME), "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in lines))
    os.makedirs(os.path.join(out, "gold"), exist_ok=True)
    with open(os.path.join(out, "gold", NAME), "w", encoding="utf-8") as f:
        for s, t in gold:
            f.write(f"[{', '.join(map(str, s))}]:[{', '.join(map(str, t))}]\n")


if __name__ == "__main__":
    main()
