#!/usr/bin/env python3
"""Align every set of ../shared/eval/data with parallax and score it with score.py.

    tests/quality/evaluate.py --parallax build/release/cli/parallax [--sets a,b] [--check floors.tsv]

Held-out sets (tests/quality/heldout/, for the final measurement only) are scored only when
named in --sets.

Prints one row per set (strict/lax F1, seconds). With --check, exits 1 if a set falls below
its floor in floors.tsv (set<TAB>strict_f1_floor). Used by `./run eval` and by ctest.
"""

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))

# set name -> (source language, target language, score.py extra flags)
SETS = {
    "textberg-de-fr": ("de", "fr", []),
    "textberg-de-fr-dev": ("de", "fr", []),
    "bible-ru-en": ("ru", "en", ["--merge-within-gold"]),
    "bible-ru-en-omissions": ("ru", "en", ["--merge-within-gold"]),
    "bertalign-bible-en-zh": ("en", "zh", ["--merge-within-gold"]),
}

# Partial texts (an excerpt against a whole document; gap-*: a whole document against one
# that lacks a stretch in the middle; gaps2-*: two stretches left out, of one side or one of
# each; short-*: excerpts of 5-9 beads; moved-*: a block of 5-60 beads moved elsewhere in the
# translation), built from the sets above by partial/make_partial.py;
# the languages of each case are in the set's languages.tsv.
# set name -> score.py extra flags
PARTIAL_SETS = {
    "partial-bible-ru-en": ["--merge-within-gold"],
    "partial-textberg-de-fr": [],
    "partial-en-zh": ["--merge-within-gold"],
    "partial-textberg-de-fr-dev": [],
    "gap-bible-ru-en": ["--merge-within-gold"],
    "gap-textberg-de-fr": [],
    "gap-en-zh": ["--merge-within-gold"],
    "short-bible-ru-en": ["--merge-within-gold"],
    "short-textberg-de-fr": [],
    "moved-bible-ru-en": ["--merge-within-gold"],
    "moved-textberg-de-fr": [],
    "moved-textberg-de-fr-dev": [],
    "gaps2-bible-ru-en": ["--merge-within-gold"],
    "gaps2-textberg-de-fr": [],
    "gaps2-en-zh": ["--merge-within-gold"],
    "gaps2-textberg-de-fr-dev": [],
}

# Line-by-line pairs with one-word lines, list numbers and split headings on one side, built by
# shortlines/make_shortlines.py from development texts of this repository (no --merge-within-
# gold: a number standing alone next to its sentence is the error measured).
# set name -> score.py extra flags
SHORTLINE_SETS = {
    "shortlines": [],
}

# Held-out sets in tests/quality/heldout/ (never in the default --sets: for the final
# measurement only, not to tune on). set name -> (folder, source, target, score.py flags)
HELDOUT_SETS = {
    "heldout-shortlines": (os.path.join(HERE, "heldout", "shortlines"), "ru", "en", []),
}


def case_languages(data_dir, source_language, target_language):
    """Languages of every case: one pair for the whole set, or languages.tsv when present."""
    names = sorted(os.listdir(os.path.join(data_dir, "src")))
    listed = os.path.join(data_dir, "languages.tsv")
    if not os.path.exists(listed):
        return {name: (source_language, target_language) for name in names}
    with open(listed, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    return {name: (a, b) for name, a, b in rows}


def align_set(parallax, data_dir, out_dir, source_language, target_language, extra, jobs):
    languages = case_languages(data_dir, source_language, target_language)
    names = sorted(languages)
    os.makedirs(out_dir, exist_ok=True)

    def run(name):
        command = [parallax, "align", "--lines", "--quiet", "--from", languages[name][0],
                   "--to", languages[name][1], "--format", "beads",
                   "-o", os.path.join(out_dir, name),
                   os.path.join(data_dir, "src", name), os.path.join(data_dir, "tgt", name)]
        command += extra
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)}\n{done.stderr}")

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(run, names))
    return time.monotonic() - started


def score(shared, data_dir, out_dir, flags):
    command = [sys.executable, os.path.join(shared, "eval", "score.py"), "-t", out_dir,
               "-g", os.path.join(data_dir, "gold"), "--json"] + flags
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parallax", required=True, help="the parallax binary")
    parser.add_argument("--shared", default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("--sets",
                        default=",".join(list(SETS) + list(PARTIAL_SETS) + list(SHORTLINE_SETS)),
                        help="comma-separated set names")
    parser.add_argument("--out", help="where to keep the beads (default: a temporary folder)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--check", help="floors.tsv: fail when a set is below its floor")
    parser.add_argument("--extra", default="", help="extra flags for parallax align")
    args = parser.parse_args()

    floors = {}
    if args.check:
        with open(args.check, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    name, floor = line.split("\t")[:2]
                    floors[name] = float(floor)

    out_root = args.out or tempfile.mkdtemp(prefix="parallax-eval-")
    failures = []
    print(f"{'set':28} {'strict F1':>9} {'lax F1':>7} {'seconds':>8}")
    names = args.sets.split(",")
    partial_root = os.path.join(out_root, "partial-data")
    partial = [name for name in names if name in PARTIAL_SETS]
    if partial:
        subprocess.run([sys.executable, os.path.join(HERE, "partial", "make_partial.py"),
                        "--shared", args.shared, "--out", partial_root, "--sets",
                        ",".join(partial)], check=True, capture_output=True)
    if any(name in SHORTLINE_SETS for name in names):
        subprocess.run([sys.executable, os.path.join(HERE, "shortlines", "make_shortlines.py"),
                        "--out", partial_root], check=True, capture_output=True)
    for name in names:
        if name in PARTIAL_SETS:
            source_language, target_language, flags = "", "", PARTIAL_SETS[name]
            data_dir = os.path.join(partial_root, name)
        elif name in HELDOUT_SETS:
            data_dir, source_language, target_language, flags = HELDOUT_SETS[name]
        elif name in SHORTLINE_SETS:
            source_language, target_language, flags = "", "", SHORTLINE_SETS[name]
            data_dir = os.path.join(partial_root, name)
        else:
            source_language, target_language, flags = SETS[name]
            data_dir = os.path.join(args.shared, "eval", "data", name)
        out_dir = os.path.join(out_root, name)
        seconds = align_set(args.parallax, data_dir, out_dir, source_language, target_language,
                            args.extra.split(), args.jobs)
        result = score(args.shared, data_dir, out_dir, flags)
        strict = result["f1_strict"]
        lax = result["f1_lax"]
        print(f"{name:28} {strict:9.3f} {lax:7.3f} {seconds:8.1f}", flush=True)
        if name in floors and strict < floors[name]:
            failures.append(f"{name}: strict F1 {strict:.3f} < floor {floors[name]:.3f}")
    for failure in failures:
        print("FAIL " + failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
