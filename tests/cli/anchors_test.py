#!/usr/bin/env python3
"""Tests of --anchors (corrections made by hand, docs/FORMATS.md "Corrections").

Usage: anchors_test.py CASE PARALLAX CORPORA_DIR
Each case runs the built parallax on the bundled UN Charter (corpora/) in a scratch folder
and exits 0 (pass) or 1 (fail, with the reason on stderr).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PARALLAX, CORPORA = os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
SOURCE = os.path.join(CORPORA, "un-charter.ru.txt")
TARGET = os.path.join(CORPORA, "un-charter.en.txt")


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def run(*args, expect=0):
    result = subprocess.run([PARALLAX, *args, "--quiet"], capture_output=True, text=True)
    if result.returncode != expect:
        fail(f"parallax {' '.join(args)}: exit {result.returncode}, expected {expect}\n"
             f"{result.stderr}")
    return result


def align_json(*extra, source=SOURCE, target=TARGET):
    return json.loads(run("align", source, target, "--format", "json", *extra).stdout)


def check_partition(beads, m, n):
    """Every sentence in exactly one bead, beads monotone (the invariant of STYLE.md §7)."""
    i = j = 0
    for bead in beads:
        for side, start in (("source_ids", i), ("target_ids", j)):
            ids = bead[side]
            if ids and ids != list(range(start, start + len(ids))):
                fail(f"bead {bead} breaks the partition at {side} {start}")
        if not bead["source_ids"] and not bead["target_ids"]:
            fail(f"empty bead {bead}")
        i += len(bead["source_ids"])
        j += len(bead["target_ids"])
    if (i, j) != (m, n):
        fail(f"beads cover {i} x {j} sentences of {m} x {n}")


def corrections(aligned, beads):
    """A corrections file for the texts of aligned (the JSON output) fixing beads, each given
    as (source ids, target ids, source_at, target_at)."""
    listed = []
    for source_ids, target_ids, source_at, target_at in beads:
        bead = {"source_ids": source_ids, "target_ids": target_ids}
        if not source_ids:
            bead["source_at"] = source_at
        if not target_ids:
            bead["target_at"] = target_at
        listed.append(bead)
    side = lambda d: {k: d[k] for k in ("file", "checksum", "sentences")}
    return {"format": "parallax corrections", "version": 1, "source": side(aligned["source"]),
            "target": side(aligned["target"]), "beads": listed}


def write(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)


# Beads a machine would not choose: a 2-1 merge, a 1-2 split, an omission and an insertion
# placed by hand; they must come out exactly so.
FIXED = [([10, 11], [10], None, None), ([40], [39, 40], None, None),
         ([70], [], None, 70), ([], [90], 90, None), ([200, 201, 202], [200], None, None)]


def case_verbatim():
    plain = align_json()
    write("fix.json", corrections(plain, FIXED))
    fixed = align_json("--anchors", "fix.json")
    check_partition(fixed["beads"], plain["source"]["sentences"], plain["target"]["sentences"])
    keyed = {(tuple(b["source_ids"]), tuple(b["target_ids"])): b for b in fixed["beads"]}
    for source_ids, target_ids, *_ in FIXED:
        bead = keyed.get((tuple(source_ids), tuple(target_ids)))
        if bead is None:
            fail(f"fixed bead {source_ids}:{target_ids} is not in the output")
        if bead["confidence"] != 1.0 or bead["checked"] is not True:
            fail(f"fixed bead {bead} lacks confidence 1 / checked")
    checked = [b for b in fixed["beads"] if b["checked"]]
    if len(checked) != len(FIXED):
        fail(f"{len(checked)} beads checked, {len(FIXED)} fixed")
    # The empty sides sit where they were put: the omission after target 69.
    at = fixed["beads"].index(keyed[((70,), ())])
    if fixed["beads"][at - 1]["target_ids"][-1:] != [69]:
        fail(f"the omission of source 70 is not before target 70: {fixed['beads'][at - 1]}")
    if any(b["checked"] for b in plain["beads"]):
        fail("a plain alignment has checked beads")


def case_formats():
    plain = align_json()
    write("fix.json", corrections(plain, FIXED))
    tsv = run("align", SOURCE, TARGET, "--anchors", "fix.json").stdout.splitlines()
    columns = {len(line.split("\t")) for line in tsv}
    if columns != {8} or sum(line.endswith("\tyes") for line in tsv) != len(FIXED):
        fail(f"TSV: columns {columns}, {sum(l.endswith(chr(9) + 'yes') for l in tsv)} 'yes'")
    if {len(line.split("\t")) for line in run("align", SOURCE, TARGET).stdout.splitlines()} != {7}:
        fail("TSV without corrections must keep its seven columns (no checked column)")
    tmx = run("align", SOURCE, TARGET, "--anchors", "fix.json", "--format", "tmx").stdout
    both_sides = sum(1 for s, t, *_ in FIXED if s and t)
    if tmx.count('<prop type="x-checked">yes</prop>') != both_sides:
        fail(f"TMX: {tmx.count('x-checked')} x-checked props, expected {both_sides}")


def case_report_and_terms():
    plain = align_json()
    write("fix.json", corrections(plain, FIXED))
    rows = run("report", SOURCE, TARGET, "--anchors", "fix.json", "--format", "tsv").stdout
    ids = {tuple(line.split("\t")[-2:]) for line in rows.splitlines()[1:]}
    if ("10,11", "10") not in ids or ("200,201,202", "200") not in ids:
        fail("report --anchors: fixed beads are not rows of the N-way TSV")
    run("report", SOURCE, TARGET, "--anchors", "fix.json", "-o", "r.html")
    if "fnv1a64:" not in open("r.html", encoding="utf-8").read():
        fail("the report page does not carry the checksums")
    run("terms", SOURCE, TARGET, "--anchors", "fix.json", "--term", "Совет Безопасности")


def case_stale():
    plain = align_json()
    write("fix.json", corrections(plain, FIXED))
    with open(TARGET, encoding="utf-8") as f:
        text = f.read()
    with open("edited.en.txt", "w", encoding="utf-8") as f:
        f.write(text.replace("Security Council", "Security  Council", 1))
    result = run("align", SOURCE, "edited.en.txt", "--anchors", "fix.json", expect=65)
    if not re.match(r"^parallax: error: fix\.json: checksum mismatch: .*target", result.stderr):
        fail(f"stale target: {result.stderr}")
    shutil.copy(SOURCE, "copy.ru.txt")
    with open("copy.ru.txt", "a", encoding="utf-8") as f:
        f.write("Ещё одно предложение.\n")
    result = run("align", "copy.ru.txt", TARGET, "--anchors", "fix.json", expect=65)
    if not re.match(r"^parallax: error: fix\.json: checksum mismatch: .*source", result.stderr):
        fail(f"stale source: {result.stderr}")
    result = run("report", "copy.ru.txt", TARGET, "--anchors", "fix.json", "--format", "tsv",
                 expect=65)
    if "checksum mismatch" not in result.stderr:
        fail(f"report with a stale file: {result.stderr}")


def case_bad_beads():
    plain = align_json()
    write("overlap.json", corrections(plain, [([5, 6], [5], None, None), ([6], [6], None, None)]))
    result = run("align", SOURCE, TARGET, "--anchors", "overlap.json", expect=65)
    if not re.match(r"^parallax: error: overlap\.json: bead 2 \(source 6, target 6\): overlaps",
                    result.stderr):
        fail(f"overlap: {result.stderr}")
    write("order.json", corrections(plain, [([9], [9], None, None), ([3], [3], None, None)]))
    result = run("align", SOURCE, TARGET, "--anchors", "order.json", expect=65)
    if "bead 2 (source 3, target 3)" not in result.stderr:
        fail(f"out of order: {result.stderr}")
    big = plain["source"]["sentences"]
    write("range.json", corrections(plain, [([big], [0], None, None)]))
    result = run("align", SOURCE, TARGET, "--anchors", "range.json", expect=65)
    if "bead 1" not in result.stderr or "beyond the end" not in result.stderr:
        fail(f"out of range: {result.stderr}")
    broken = corrections(plain, [([1, 3], [1], None, None)])
    write("gap.json", broken)
    result = run("align", SOURCE, TARGET, "--anchors", "gap.json", expect=65)
    if "bead 1: source_ids must be consecutive" not in result.stderr:
        fail(f"non-consecutive ids: {result.stderr}")
    with open("syntax.json", "w", encoding="utf-8") as f:
        f.write('{"format": "parallax corrections",\n  "version": 1,\n  "beads": [,]}\n')
    result = run("align", SOURCE, TARGET, "--anchors", "syntax.json", expect=65)
    if not re.match(r"^parallax: error: syntax\.json:3:\d+: not valid JSON", result.stderr):
        fail(f"syntax error: {result.stderr}")
    run("align", SOURCE, TARGET, "--anchors", "missing.json", expect=66)


CASES = {name[5:]: f for name, f in globals().items() if name.startswith("case_")}

if __name__ == "__main__":
    os.chdir(tempfile.mkdtemp(prefix="anchors_test."))
    CASES[sys.argv[1]]()
    print("ok")
