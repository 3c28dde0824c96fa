#!/usr/bin/env python3
"""Build the short-lines quality set: line-by-line pairs with one-word lines, list numbers and
split headings on one side, as real documents have them.

    tests/quality/shortlines/make_shortlines.py --out DIR

Sources are pairs in this repository where line k of one file is line k of the other
(development texts: the rendering sets of tests/quality/renderings and the UN Charter of
corpora/, whose last English line is the last two Russian lines). On one side, a line is
broken as documents break it:
- a conjunction closing a clause of a preamble goes to a line of its own ("..., and" ->
  "...," + "and"; "..., и" -> "...," + "и");
- a list number stands on its own line before its paragraph ("1." + "To maintain ..."),
  while the other side has it inline ("1. To maintain ...");
- a numbered heading is split after its number ("1.1." + "What is this FAQ?", "Chapter I" +
  "Purposes and Principles");
- a verse number stands on its own line ("3" + "And Judas begat ..."), the other side has it
  inline.
The gold pairs the pieces of line k of one side with (the pieces of) line k of the other: a
short line joins its sentence in a 2-1 or 1-2 bead. "matthew-plain" is the unchanged pair
(verses 1:3 and 1:9 were split into 1-0 + 0-1 there).

Writes DIR/shortlines/{src,tgt,gold}/<case> and DIR/shortlines/languages.tsv (case, from,
to). Deterministic.

These cases are development data (docs/EVALUATION.md, "Short lines"): the costs of null and
merged beads for short sentences were looked at on them.
"""

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))

CONJUNCTION = re.compile(r"^(.*\S,?) (and|or|и|или)$")
SECTION = re.compile(r"^(\d+(?:\.\d+)*\.) (\S.*)$")
CHAPTER = re.compile(r"^((?:Chapter|CHAPTER|Глава|ГЛАВА) [IVXLC\d]+[.:]?) (\S.*)$")
ARTICLE = re.compile(r"^(Article|Статья) \d+$")


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def split_conjunctions(lines):
    """Pieces of each line: a closing conjunction on a line of its own."""
    out = []
    for line in lines:
        match = CONJUNCTION.match(line)
        out.append(list(match.groups()) if match else [line])
    return out


def split_headings(lines):
    """Pieces of each line: a heading's number ("1.1.", "Chapter I") on a line of its own."""
    out = []
    for line in lines:
        match = CHAPTER.match(line) or SECTION.match(line)
        if match:
            out.append([match.group(1).rstrip(":"), match.group(2)])
        else:
            out.append([line])
    return out


def article_numbers(lines):
    """Paragraph numbers of the Charter's articles with at least two paragraphs: {line: n}.
    The scrape dropped them in both languages (corpora/SOURCE.md)."""
    numbers = {}
    k = 0
    while k < len(lines):
        if ARTICLE.match(lines[k]):
            body = []
            k += 1
            while k < len(lines) and not ARTICLE.match(lines[k]) and not CHAPTER.match(lines[k]):
                body.append(k)
                k += 1
            if len(body) >= 2:
                for n, line in enumerate(body, 1):
                    numbers[line] = n
        else:
            k += 1
    return numbers


def numbered(pieces, numbers, alone):
    """Adds list numbers to the first piece of numbered lines: a line of its own or inline."""
    out = []
    for k, line_pieces in enumerate(pieces):
        if k in numbers:
            label = f"{numbers[k]}."
            if alone:
                line_pieces = [label] + line_pieces
            else:
                line_pieces = [f"{label} {line_pieces[0]}"] + line_pieces[1:]
        out.append(line_pieces)
    return out


def verse_numbers(lines, alone):
    out = []
    for k, line in enumerate(lines):
        label = str(k + 1 if k < 25 else k - 24)  # Matthew 1 has 25 verses
        out.append([label, line] if alone else [f"{label} {line}"])
    return out


def whole(lines):
    return [[line] for line in lines]


def write_case(root, name, languages, source_pieces, target_pieces, groups):
    """groups: list of (source line ids, target line ids) of the unchanged pair."""
    def flatten(pieces):
        lines, ids, next_id = [], [], 0
        for line_pieces in pieces:
            lines.extend(line_pieces)
            ids.append(list(range(next_id, next_id + len(line_pieces))))
            next_id += len(line_pieces)
        return lines, ids

    source_lines, source_ids = flatten(source_pieces)
    target_lines, target_ids = flatten(target_pieces)
    for side, lines in (("src", source_lines), ("tgt", target_lines)):
        os.makedirs(os.path.join(root, side), exist_ok=True)
        with open(os.path.join(root, side, name), "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in lines))
    os.makedirs(os.path.join(root, "gold"), exist_ok=True)
    with open(os.path.join(root, "gold", name), "w", encoding="utf-8") as f:
        for source_group, target_group in groups:
            s = [i for k in source_group for i in source_ids[k]]
            t = [j for k in target_group for j in target_ids[k]]
            f.write(f"[{', '.join(map(str, s))}]:[{', '.join(map(str, t))}]\n")
    return (name, *languages)


def one_to_one(count):
    return [([k], [k]) for k in range(count)]


def charter_cases(root):
    ru = read_lines(os.path.join(REPO, "corpora", "un-charter.ru.txt"))
    en = read_lines(os.path.join(REPO, "corpora", "un-charter.en.txt"))
    assert len(ru) == len(en) + 1
    numbers = article_numbers(en)

    def short_side(lines):
        pieces = split_conjunctions(lines)
        pieces = [p if len(p) > 1 else split_headings(p)[0] for p in pieces]
        return numbered(pieces, numbers, alone=True)

    def plain_side(lines):
        return numbered(whole(lines), numbers, alone=False)

    def russian(pieces):
        # The English testimonium is one line, the Russian two: its second line joins the group.
        return pieces[:-1] + [pieces[-1] + [ru[-1]]]

    return [
        write_case(root, "charter-ru-short", ("ru", "en"), russian(short_side(ru[:-1])),
                   plain_side(en), one_to_one(len(en))),
        write_case(root, "charter-en-short", ("ru", "en"), russian(plain_side(ru[:-1])),
                   short_side(en), one_to_one(len(en))),
    ]


def faq_cases(root):
    base = os.path.join(REPO, "tests", "quality", "renderings")
    ru = read_lines(os.path.join(base, "debian-faq.ru.txt"))
    en = read_lines(os.path.join(base, "debian-faq.en.txt"))
    assert len(ru) == len(en)
    return [
        write_case(root, "debian-faq-ru-short", ("ru", "en"), split_headings(ru), whole(en),
                   one_to_one(len(en))),
        write_case(root, "debian-faq-en-short", ("ru", "en"), whole(ru), split_headings(en),
                   one_to_one(len(en))),
    ]


def matthew_cases(root):
    base = os.path.join(REPO, "tests", "quality", "renderings")
    kjv = read_lines(os.path.join(base, "matthew-1-2.kjv.txt"))
    web = read_lines(os.path.join(base, "matthew-1-2.web.txt"))
    assert len(kjv) == len(web)
    return [
        write_case(root, "matthew-plain", ("en", "en"), whole(kjv), whole(web),
                   one_to_one(len(kjv))),
        write_case(root, "matthew-kjv-verses", ("en", "en"), verse_numbers(kjv, True),
                   verse_numbers(web, False), one_to_one(len(kjv))),
        write_case(root, "matthew-web-verses", ("en", "en"), verse_numbers(kjv, False),
                   verse_numbers(web, True), one_to_one(len(kjv))),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    root = os.path.join(args.out, "shortlines")
    cases = charter_cases(root) + faq_cases(root) + matthew_cases(root)
    with open(os.path.join(root, "languages.tsv"), "w", encoding="utf-8") as f:
        for name, source_language, target_language in cases:
            f.write(f"{name}\t{source_language}\t{target_language}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
