#!/usr/bin/env python3
"""How many wrong beads one hand correction repairs (#16).

For each document of an evaluation set, align it; for each gold bead the alignment got wrong
(contiguous ids, so that it can be a fixed bead), give that gold bead alone as a corrections
file to `parallax align --anchors` and count the gold beads the new alignment gets right
minus those the plain one got right. Prints the mean repaired per correction, counting the
corrected bead itself and without it.

  python3 tests/quality/correction_gain.py --parallax build/ci/cli/parallax \
      --set ../shared/eval/data/textberg-de-fr --from de --to fr
"""
import argparse
import json
import os
import subprocess
import tempfile


def parse_beads(lines):
    beads = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        source, target = line.split(":")[:2]
        ids = lambda text: tuple(int(x) for x in text.strip("[] ").split(",") if x.strip())
        beads.append((ids(source), ids(target)))
    return beads


def contiguous(ids):
    return all(b == a + 1 for a, b in zip(ids, ids[1:]))


def align(args, source, target, anchors=None):
    command = [args.parallax, "align", "--lines", "--quiet", "--from", args.source_language,
               "--to", args.target_language, source, target, "--format", "json"]
    if anchors:
        command += ["--anchors", anchors]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def beads_of(aligned):
    return {(tuple(b["source_ids"]), tuple(b["target_ids"])) for b in aligned["beads"]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--parallax", required=True)
    parser.add_argument("--set", required=True)
    parser.add_argument("--from", dest="source_language", required=True)
    parser.add_argument("--to", dest="target_language", required=True)
    args = parser.parse_args()
    corrections, repaired, work = 0, 0, tempfile.mkdtemp(prefix="correction_gain.")
    for name in sorted(os.listdir(os.path.join(args.set, "gold"))):
        source = os.path.join(args.set, "src", name)
        target = os.path.join(args.set, "tgt", name)
        with open(os.path.join(args.set, "gold", name), encoding="utf-8") as f:
            gold_list = parse_beads(f)
        gold = set(gold_list)
        plain = align(args, source, target)
        right = len(beads_of(plain) & gold)
        side = lambda d: {k: d[k] for k in ("file", "checksum", "sentences")}
        for bead in sorted(gold - beads_of(plain)):
            if not (contiguous(bead[0]) and contiguous(bead[1])):
                continue
            entry = {"source_ids": list(bead[0]), "target_ids": list(bead[1])}
            # An empty side lies before the first sentence the gold puts after it.
            for key, index in (("source", 0), ("target", 1)):
                if not bead[index]:
                    at = gold_list.index(bead)
                    later = [b[index][0] for b in gold_list[at + 1:] if b[index]]
                    entry[key + "_at"] = min(later) if later else plain[key]["sentences"]
            path = os.path.join(work, "fix.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump({"format": "parallax corrections", "version": 1,
                           "source": side(plain["source"]), "target": side(plain["target"]),
                           "beads": [entry]}, f)
            try:
                fixed = align(args, source, target, path)
            except subprocess.CalledProcessError:
                continue  # a gold bead whose empty side could not be placed
            corrections += 1
            repaired += len(beads_of(fixed) & gold) - right
    print(f"{corrections} corrections, {repaired} gold beads repaired: "
          f"{repaired / max(corrections, 1):.2f} per correction "
          f"({(repaired - corrections) / max(corrections, 1):.2f} besides the corrected bead)")


if __name__ == "__main__":
    main()
