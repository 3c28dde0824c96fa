#!/usr/bin/env python3
"""Re-scores tests/quality/terms_sample.tsv (120 renderings from the UN Charter and the Bible
dev set, verdicts by reading) with the current tool.

    tests/quality/terms_sample.py --parallax build/ci/cli/parallax [--verbose]

Each row names an occurrence (the original's context, the term marked [[...]]) and the right
rendering by reading (the translation's context, marked [[...]]: the tool's rendering when the
verdict is "ok", the "correct" column when it is not). The Charter is aligned by the tool as
`parallax terms` aligns it; the Bible dev set (../shared/eval/data/bible-ru-en) is given as its
gold beads (a pre-aligned TSV), as the terms tests read it. A rendering is exact when the tool's
span is the right one, at the right place (a discontinuous rendering: its pieces joined by
" … " equal the marked text); a final possessive of the marked text ("Saul’s") may be left out,
the convention of the rendering sets (tests/quality/renderings/SOURCE.md), which the tool follows
since session 7. Prints exact / all, and with --verbose every row that is not.
"""

import argparse
import collections
import csv
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BIBLE = os.path.join(ROOT, "..", "shared", "eval", "data", "bible-ru-en")


def marked(context):
    """(left, middle, right) of a context with [[middle]]."""
    left, _, rest = context.partition("[[")
    middle, _, right = rest.partition("]]")
    return left, middle, right


def bible_tsv(path):
    """The Bible dev set's gold beads as a pre-aligned TSV (one row per bead, file order)."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("ru\ten\n")
        for gold in sorted(glob.glob(os.path.join(BIBLE, "gold", "*"))):
            name = os.path.basename(gold)
            src = open(os.path.join(BIBLE, "src", name), encoding="utf-8").read().split("\n")
            tgt = open(os.path.join(BIBLE, "tgt", name), encoding="utf-8").read().split("\n")
            for line in open(gold, encoding="utf-8"):
                match = re.match(r"\[([0-9, ]*)\]:\[([0-9, ]*)\]", line.strip())
                if not match:
                    continue
                ids = [[int(x) for x in g.split(",") if x.strip()] for g in match.groups()]
                if not ids[0] and not ids[1]:
                    continue
                out.write(" ".join(src[i] for i in ids[0]) + "\t" +
                          " ".join(tgt[j] for j in ids[1]) + "\n")


def run(parallax, inputs, terms, tmp, name):
    out = os.path.join(tmp, name + ".json")
    command = [parallax, "terms", *inputs, "--format", "json", "-o", out]
    for term in terms:
        command += ["--term", term]
    subprocess.run(command, check=True)
    return json.load(open(out, encoding="utf-8"))


def locations(report):
    """term -> [(location, rendering text or None)]."""
    out = collections.defaultdict(list)
    for term in report["terms"]:
        translation = term["translations"][0]
        for variant in translation["variants"]:
            for location in variant["locations"]:
                out[term["term"]].append(location)
        for kind in ("not_rendered", "no_counterpart"):
            out[term["term"]] += translation.get(kind + "_locations", [])
    return out


def common_suffix(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[len(a) - 1 - n] == b[len(b) - 1 - n]:
        n += 1
    return n


def common_prefix(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def best_place(text, context):
    """Byte span of the marked middle of context in text: of the whole-word occurrences of the
    middle, the one whose surroundings share the most characters with the context's (the texts
    of the sample were read from an earlier version of the data, and the context may run over
    a bead's end). None if the middle does not occur."""
    left, middle, right = marked(context)
    best = None
    for match in re.finditer(r"(?<!\w)" + re.escape(middle) + r"(?!\w)", text):
        score = (common_suffix(text[:match.start()], left) +
                 common_prefix(text[match.end():], right))
        if best is None or score > best[0]:
            begin = len(text[:match.start()].encode("utf-8"))
            best = (score, [begin, begin + len(middle.encode("utf-8"))])
    return best


def find_location(candidates, original, translation, bead):
    """The location of the occurrence the row names: its term and surroundings, then the
    translation's context, then the bead number, decide."""
    left, middle, right = marked(original)
    best = None
    for location in candidates:
        source = location["source"].encode("utf-8")
        b, e = location["term_span"]
        if source[b:e].decode("utf-8") != middle:
            continue
        score = (common_suffix(source[:b].decode("utf-8"), left) +
                 common_prefix(source[e:].decode("utf-8"), right))
        place = best_place(location["target"], translation)
        rank = (score, place[0] if place else -1, -abs(location["bead"] - bead))
        if best is None or rank > best[0]:
            best = (rank, location)
    return best[1] if best else None


def tool_rendering(location):
    span = location.get("rendering_span")
    if span is None:
        return None, "(not rendered)"
    target = location["target"].encode("utf-8")
    parts = location.get("rendering_parts") or [span]
    return parts, " … ".join(target[b:e].decode("utf-8") for b, e in parts)


def exact(location, correct):
    if correct == "-":
        return location.get("rendering_span") is None
    parts, text = tool_rendering(location)
    if parts is None:
        return False
    if len(parts) > 1:
        return text == marked(correct)[1]
    place = best_place(location["target"], correct)
    if place is None:
        return False
    begin, end = place[1]
    middle = marked(correct)[1]
    right = [[begin, end]]
    for possessive in ("'s", "\u2019s"):
        if middle.endswith(possessive) and len(middle) > len(possessive):
            right.append([begin, end - len(possessive.encode("utf-8"))])
    return parts[0] in right


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parallax", required=True)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    rows = list(csv.DictReader(open(os.path.join(HERE, "terms_sample.tsv"), encoding="utf-8"),
                               delimiter="\t"))
    with tempfile.TemporaryDirectory() as tmp:
        charter_terms = sorted({r["term"] for r in rows if r["corpus"] == "un-charter"})
        bible_terms = sorted({r["term"] for r in rows if r["corpus"] == "bible-ru-en"})
        corpora = os.path.join(ROOT, "corpora")
        found = {"un-charter": locations(run(args.parallax, [
            os.path.join(corpora, "un-charter.ru.txt"), os.path.join(corpora, "un-charter.en.txt")],
            charter_terms, tmp, "charter"))}
        tsv = os.path.join(tmp, "bible.tsv")
        bible_tsv(tsv)
        found["bible-ru-en"] = locations(run(args.parallax, [tsv], bible_terms, tmp, "bible"))
    counts = collections.Counter()
    for row in rows:
        correct = row["translation (rendering marked [[...]])"] if row["verdict"] == "ok" \
            else row["correct"]
        location = find_location(found[row["corpus"]][row["term"]],
                                 row["original (term marked [[...]])"], correct, int(row["bead"]))
        ok = location is not None and exact(location, correct)
        counts[row["corpus"], ok] += 1
        if args.verbose and not ok:
            now = "(occurrence not found)" if location is None else tool_rendering(location)[1]
            print(f"  {row['id']} {row['term']}: right «{marked(correct)[1] if correct != '-' else '-'}»,"
                  f" tool «{now}»")
    total = 0
    for corpus in ("un-charter", "bible-ru-en"):
        ok, all_ = counts[corpus, True], counts[corpus, True] + counts[corpus, False]
        total += ok
        print(f"{corpus}: {ok} / {all_} exact")
    print(f"all: {total} / {len(rows)} exact ({100 * total / len(rows):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
