#!/usr/bin/env python3
"""Split the errors of a partial set into region-boundary and interior errors.

    tests/quality/partial/error_split.py --set-data OUT/partial-data/SET --output OUT/SET \
        --whole-data ../shared/eval/data/EVALSET --whole-output OUT/EVALSET [--per-case]

For each case (an excerpt of one side of a document against the whole other side, built by
make_partial.py) the output and the gold are cut into error regions: the clusters of output
and gold beads linked by shared sentences, where the output's beads differ from the gold's. A
region is
- *boundary* when it holds one of the excerpt's first or last --edge paired gold beads, or a
  sentence of the whole side outside the stretch the excerpt covers (the covered region found
  wrong);
- *interior, shared* when the whole document's own alignment (--whole-output, the same binary
  on the whole document), restricted to the excerpt, also misses one of the region's gold
  beads: an error of the whole-document aligner, not of the coverage search;
- *interior, partial only* otherwise.
The oracle is that restriction: the whole-document beads with the excerpt's sentences kept
(renumbered) and every sentence of the whole side that faces none of them a null bead.
Prints the strict F1 of the output, of the oracle, and of the output with each class of
regions replaced by the gold's beads (score.py, --null vecalign).
"""

import argparse
import os
import sys


def load_score(shared):
    sys.path.insert(0, os.path.join(shared, "eval"))
    import score  # noqa: E402  (../shared/eval/score.py)
    return score


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")[:-1]


def find(excerpt, whole):
    """Offset of the excerpt's lines in the whole side's."""
    for start in range(len(whole) - len(excerpt) + 1):
        if whole[start:start + len(excerpt)] == excerpt:
            return start
    raise SystemExit("excerpt not found in its document")


def oracle(whole_beads, cut, low, high):
    """The whole document's beads (in the case's orientation) restricted to the excerpt
    [low, high) of side `cut`."""
    other = 1 - cut
    out = []
    for bead in whole_beads:
        inside = [i - low for i in bead[cut] if low <= i < high]
        if inside:
            kept = [None, None]
            kept[cut] = tuple(inside)
            kept[other] = tuple(bead[other])
            out.append(tuple(kept))
        else:
            for i in bead[other]:
                out.append(((), (i,)) if other == 1 else ((i,), ()))
    return out


def regions(test, gold):
    """Pairs (test beads, gold beads) of the clusters of beads that share a sentence (each
    bead of either list lies in one; the order of null beads does not matter)."""
    beads = [(0, b) for b in test] + [(1, b) for b in gold]
    parent = list(range(len(beads)))

    def root(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    owner = {}
    for k, (_, bead) in enumerate(beads):
        for side in (0, 1):
            for i in bead[side]:
                if (side, i) in owner:
                    parent[root(k)] = root(owner[(side, i)])
                else:
                    owner[(side, i)] = k
    out = {}
    for k, (which, bead) in enumerate(beads):
        out.setdefault(root(k), ([], []))[which].append(bead)
    return list(out.values())


def norm(beads):
    return [(frozenset(s), frozenset(t)) for s, t in beads]


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set-data", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--whole-data", required=True)
    parser.add_argument("--whole-output", required=True)
    parser.add_argument("--shared", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared"))
    parser.add_argument("--edge", type=int, default=2,
                        help="paired gold beads at either end of the excerpt that count as its edge")
    parser.add_argument("--per-case", action="store_true")
    args = parser.parse_args()
    score = load_score(args.shared)

    classes = ("boundary", "shared", "partial-only")
    variants = {name: [] for name in ("output", "oracle") + tuple("fix " + c for c in classes)}
    counts = {c: [0, 0, 0] for c in classes}  # regions, gold beads missed, wrong output beads
    for case in sorted(os.listdir(os.path.join(args.set_data, "gold"))):
        document, order, _number, _kind, cut_name = case.split("-")[:5]
        cut = 0 if cut_name == "src" else 1
        gold = score.read_alignment(os.path.join(args.set_data, "gold", case))
        test = score.read_alignment(os.path.join(args.output, case))
        whole = score.read_alignment(os.path.join(args.whole_output, document))
        whole_lines = [read_lines(os.path.join(args.whole_data, "src", document)),
                       read_lines(os.path.join(args.whole_data, "tgt", document))]
        if order == "reverse":
            whole = [(t, s) for s, t in whole]
            whole_lines.reverse()
        excerpt = read_lines(os.path.join(args.set_data, "src" if cut == 0 else "tgt", case))
        low = find(excerpt, whole_lines[cut])
        ideal = oracle(whole, cut, low, low + len(excerpt))
        ideal_set = set(norm(ideal))
        other = 1 - cut
        covered = [i for bead in gold if bead[cut] for i in bead[other]]
        first_other, last_other = min(covered), max(covered)
        paired = [k for k, bead in enumerate(gold) if bead[0] and bead[1]]
        edge_beads = set(norm([gold[k] for k in paired[:args.edge] + paired[-args.edge:]]))
        fixed = {c: [] for c in classes}
        case_counts = {c: 0 for c in classes}
        for t_part, g_part in regions(test, gold):
            if set(norm(t_part)) == set(norm(g_part)):
                for c in classes:
                    fixed[c] += t_part
                continue
            outside = any(i < first_other or i > last_other
                          for bead in t_part + g_part for i in bead[other])
            if outside or edge_beads & set(norm(g_part)):
                kind = "boundary"
            elif all(b in ideal_set for b in norm(g_part) if b[0] and b[1]):
                kind = "partial-only"
            else:
                kind = "shared"
            counts[kind][0] += 1
            counts[kind][1] += sum(1 for b in norm(g_part) if b[0] and b[1]
                                   and b not in set(norm(t_part)))
            counts[kind][2] += sum(1 for b in norm(t_part) if b not in set(norm(g_part)))
            case_counts[kind] += 1
            for c in classes:
                fixed[c] += g_part if c == kind else t_part
        variants["output"].append((case, test, gold))
        variants["oracle"].append((case, ideal, gold))
        for c in classes:
            variants["fix " + c].append((case, fixed[c], gold))
        if args.per_case:
            f1 = score.score([(case, test, gold)])["f1_strict"]
            f1_oracle = score.score([(case, ideal, gold)])["f1_strict"]
            print(f"{case:40} {f1:.3f} oracle {f1_oracle:.3f} regions " +
                  " ".join(f"{c} {case_counts[c]}" for c in classes))
    for name, pairs in variants.items():
        print(f"{name:20} strict F1 {score.score(pairs)['f1_strict']:.3f}")
    for c in classes:
        print(f"{c:20} regions {counts[c][0]:3}, gold beads missed {counts[c][1]:3}, "
              f"wrong output beads {counts[c][2]:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
