#!/usr/bin/env python3
"""check_gold.py ORIGINAL TRANSLATION GOLD: check a gold file against its texts (no parallax run).

The gold's "# pattern<TAB>TERM<TAB>REGEX" lines say which word forms were read as occurrences of
TERM (REGEX matched as whole words, case as written). Checks that the rows are exactly those
matches, in order, with the form and rank found; that every expected span ("TEXT" or "TEXT#K")
is a whole-word match in the translation's line; and that a bare TEXT occurs there once only (else
it must say which with #K). Prints the counts per term; exits 1 on the first kind of error found.
"""
import collections
import re
import sys


def whole_words(phrase, text):
    return list(re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text))


def main():
    original, translation, gold = sys.argv[1:4]
    source = open(original, encoding="utf-8").read().split("\n")
    target = open(translation, encoding="utf-8").read().split("\n")
    assert source[-1] == "" and target[-1] == "", "each file ends with a newline"
    assert len(source) == len(target), "one line of the translation per line of the original"
    patterns, rows = [], []
    for line in open(gold, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if line.startswith("# pattern"):
            patterns.append((fields[1], fields[2]))
        elif line.strip() and not line.startswith("#"):
            rows.append((fields[0], int(fields[1]), fields[2], int(fields[3]), fields[4]))
    expected_rows = []
    for term, regex in patterns:
        for number, text in enumerate(source):
            found = re.finditer(r"(?<!\w)(?:" + regex + r")(?!\w)", text)
            for rank, match in enumerate(found, 1):
                expected_rows.append((term, number, match.group(0), rank))
    errors = 0
    if [r[:4] for r in rows] != expected_rows:
        print("rows are not the patterns' matches")
        errors += 1
    for term, number, form, rank, expected in rows:
        if expected == "-":
            continue
        phrase, _, nth = expected.partition("#")
        matches = whole_words(phrase, target[number])
        if len(matches) < (int(nth) if nth else 1) or (not nth and len(matches) != 1):
            print(f"{term} line {number} #{rank}: «{expected}» ({len(matches)} matches)")
            errors += 1
    counts = collections.Counter(r[0] for r in rows)
    print(", ".join(f"{term} {counts[term]}" for term, _ in patterns), f"— {len(rows)} rows")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
