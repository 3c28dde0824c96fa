#!/usr/bin/env python3
"""Writes a second version of a text (one sentence per line) with scripted edits, for the diff
benchmark.

    make_version.py IN OUT [--seed N]

Per sentence, at fixed rates and with a fixed seed: drop one "the" (20%), replace one word of
five letters or more by its reverse (5%, a lexical edit), swap two neighbouring words (2%),
turn straight quotes and "--" curly and long (all of them), capitalize one lowercase word (2%),
drop the sentence (1%). Prints the number of edits of each kind made (a reversed word and a
swap may touch the same place, so counts are an upper bound of what a diff finds).
"""
import argparse
import random
import re


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=20261204)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    made = {"function_word": 0, "lexical": 0, "order": 0, "typography": 0, "case": 0,
            "sentence_omission": 0}
    out = []
    with open(args.input, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for line in lines:
        if rng.random() < 0.01:
            made["sentence_omission"] += 1
            continue
        words = line.split(" ")
        if rng.random() < 0.20 and "the" in words:
            words.remove("the")
            made["function_word"] += 1
        if rng.random() < 0.05:
            long_words = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 5]
            if long_words:
                i = rng.choice(long_words)
                words[i] = words[i][::-1]
                made["lexical"] += 1
        if rng.random() < 0.02 and len(words) > 3:
            i = rng.randrange(1, len(words) - 2)
            if words[i].isalpha() and words[i + 1].isalpha() and words[i] != words[i + 1]:
                words[i], words[i + 1] = words[i + 1], words[i]
                made["order"] += 1
        if rng.random() < 0.02:
            lower = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and i > 0]
            if lower:
                i = rng.choice(lower)
                words[i] = words[i].capitalize()
                made["case"] += 1
        text = " ".join(words)
        quotes = text.count('"') + text.count("--")
        made["typography"] += quotes
        text = re.sub(r'"(\S)', "“\\1", text).replace('"', "”").replace("--", "—")
        out.append(text)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(" ".join(f"{k}={v}" for k, v in made.items()))


if __name__ == "__main__":
    main()
