#!/usr/bin/env python3
"""Builds a long aligned input with its gold alignment from an evaluation set.

    make_input.py SET_DIR SIZE OUT_PREFIX [--omit 0.01] [--seed N] [--cut START COUNT]

Appends the documents of SET_DIR (src/, tgt/, gold/ as in ../shared/eval/data) cyclically until
the source side has at least SIZE sentences, drops each target sentence with probability
--omit (fixed seed), and writes OUT_PREFIX.src, OUT_PREFIX.tgt (one sentence per line) and
OUT_PREFIX.gold (beads, 0-based, as score.py reads them). A gold bead whose target sentences are
all dropped becomes an omission (source ids, no target ids). --cut then drops COUNT consecutive
target sentences from output position START on: a block omission, such as a missing chapter.
"""
import argparse
import os
import random
import re

BEAD = re.compile(r"^\[([0-9, ]*)\]:\[([0-9, ]*)\]")


def ids(text):
    return [int(x) for x in text.split(",") if x.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir")
    parser.add_argument("size", type=int)
    parser.add_argument("out_prefix")
    parser.add_argument("--omit", type=float, default=0.01)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--cut", type=int, nargs=2, metavar=("START", "COUNT"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    names = sorted(os.listdir(os.path.join(args.set_dir, "src")))
    src_out, tgt_out, gold_out = [], [], []
    k = 0
    while len(src_out) < args.size:
        name = names[k % len(names)]
        k += 1
        with open(os.path.join(args.set_dir, "src", name), encoding="utf-8") as f:
            src = f.read().splitlines()
        with open(os.path.join(args.set_dir, "tgt", name), encoding="utf-8") as f:
            tgt = f.read().splitlines()
        kept = {}  # target id in the document -> id in the output
        for j, line in enumerate(tgt):
            if rng.random() >= args.omit:
                kept[j] = len(tgt_out)
                tgt_out.append(line)
        base = len(src_out)
        src_out.extend(src)
        with open(os.path.join(args.set_dir, "gold", name), encoding="utf-8") as f:
            for line in f:
                match = BEAD.match(line.strip())
                if not match:
                    continue
                s = [base + i for i in ids(match.group(1))]
                t = [kept[j] for j in ids(match.group(2)) if j in kept]
                gold_out.append((s, t))
    if args.cut:
        start, count = args.cut
        del tgt_out[start:start + count]
        gold_out = [(s, [j if j < start else j - count for j in t if not start <= j < start + count])
                    for s, t in gold_out]
    gold_out = [f"[{', '.join(map(str, s))}]:[{', '.join(map(str, t))}]" for s, t in gold_out
                if s or t]
    for suffix, lines in (("src", src_out), ("tgt", tgt_out), ("gold", gold_out)):
        with open(f"{args.out_prefix}.{suffix}", "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
