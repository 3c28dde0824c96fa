#!/usr/bin/env python3
"""Aligning from two Python threads at once against one after the other (the GIL is released).

    ./run python tests/bench/python_threads.py [SIZE]

Builds two SIZE-sentence ru-en inputs with make_input.py from ../shared/eval (default 10000),
aligns each once per thread, and prints the wall time of both orders. On 2 idle cores the two
threads should take about half the time of one after the other.
"""
import os
import subprocess
import sys
import tempfile
import threading
import time

import parallax

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))


def main():
    size = sys.argv[1] if len(sys.argv) > 1 else "10000"
    with tempfile.TemporaryDirectory() as folder:
        pairs = []
        for seed in ("1", "2"):
            prefix = os.path.join(folder, f"input{seed}")
            subprocess.run([sys.executable, os.path.join(HERE, "make_input.py"),
                            os.path.join(SHARED, "eval", "data", "bible-ru-en"), size, prefix,
                            "--seed", seed], check=True)
            pairs.append((parallax.read(prefix + ".src", language="ru", lines=True),
                          parallax.read(prefix + ".tgt", language="en", lines=True)))
        lexicon = parallax.lexicon("ru", "en")

        def work(pair):
            parallax.align(*pair, lexicon=lexicon)

        start = time.perf_counter()
        for pair in pairs:
            work(pair)
        sequential = time.perf_counter() - start
        start = time.perf_counter()
        threads = [threading.Thread(target=work, args=(pair,)) for pair in pairs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        parallel = time.perf_counter() - start
    print(f"2 alignments of {size} sentences: one after the other {sequential:.2f} s, "
          f"two threads {parallel:.2f} s ({sequential / parallel:.2f}x)")


if __name__ == "__main__":
    main()
