#!/usr/bin/env python3
"""The link evidence (JSON `evidence`, parallax/types.h LinkEvidence) of every eval case.

    tests/quality/evidence_survey.py PARALLAX PARTIAL_ROOT OUT.tsv [--shared DIR]

Aligns every case of the sets of evaluate.py (the partial, gap, short and shortlines inputs
from PARTIAL_ROOT, the `partial-data` folder that `evaluate.py --out DIR` leaves) with
`--format json` and writes one row per case: set, case, measured, sentence pairs, linked,
chance, reliable. Used to choose the bounds of "no reliable alignment" (docs/EVALUATION.md).
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("parallax")
    parser.add_argument("partial_root")
    parser.add_argument("out")
    parser.add_argument("--shared", default=evaluate.DEFAULT_SHARED)
    args = parser.parse_args()
    jobs = []
    for name in list(evaluate.SETS) + list(evaluate.PARTIAL_SETS) + list(evaluate.SHORTLINE_SETS):
        if name in evaluate.SETS:
            source, target, _ = evaluate.SETS[name]
            data = os.path.join(args.shared, "eval", "data", name)
        else:
            source, target, data = "", "", os.path.join(args.partial_root, name)
        for case, (a, b) in sorted(evaluate.case_languages(data, source, target).items()):
            jobs.append((name, case, a, b, data))

    def run(job):
        name, case, a, b, data = job
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "out.json")
            subprocess.run([args.parallax, "align", "--lines", "--quiet", "--from", a, "--to", b,
                            "--format", "json", "-o", out, os.path.join(data, "src", case),
                            os.path.join(data, "tgt", case)], check=True, capture_output=True)
            e = json.load(open(out, encoding="utf-8"))["evidence"]
        return "\t".join(str(x) for x in (name, case, e["measured"], e["sentence_pairs"],
                                           e["linked"], e["chance"], e["reliable"]))

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        rows = list(pool.map(run, jobs))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
