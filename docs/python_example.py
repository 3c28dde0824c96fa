"""A notebook-style tour of the parallax Python module (docs/PYTHON.md).

Run it with `./run python docs/python_example.py` from the repository root; the tests run it
too (tests/python/test_example.py). Each step is a cell you could paste into Jupyter.
"""
import pathlib
import sys

import parallax

CORPORA = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "corpora")

# 1. Read the UN Charter in Russian and English: encoding detected, sentences segmented.
russian = parallax.read(CORPORA / "un-charter.ru.txt")
english = parallax.read(CORPORA / "un-charter.en.txt")
print(russian, english, sep="\n")

# 2. Align them with the bundled Russian-English dictionary.
alignment = parallax.align(russian, english)
print(alignment)

# 3. The ten least confident beads, in a DataFrame: where a reader should look first.
frame = alignment.to_pandas()
weakest = frame.nsmallest(10, "confidence")[["bead", "confidence", "source", "target"]]
for column in ("source", "target"):
    weakest[column] = weakest[column].str.slice(0, 40)
print(weakest.to_string(index=False))

# 4. How three terms are rendered, and their variants.
report = parallax.terms(russian, [alignment],
                        ["Совет Безопасности", "Генеральная Ассамблея", "Организация"])
for entry in report.terms:
    print(f"{entry['term']}: {entry['occurrences']} occurrences, flags {entry['flags']}")
    for file, variants in report.variants(entry["term"]).items():
        for rendering, count in variants:
            print(f"    {count:4}  {rendering}")
