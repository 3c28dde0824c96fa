#!/usr/bin/env python3
"""sword_verses.py FILE.imp BOOK FIRST LAST: the verses of chapters FIRST..LAST of BOOK, one a line.

FILE.imp is a SWORD module exported with mod2imp. Notes become a space; titles, markup and "¶"
are removed; white space is folded and none is left before punctuation.
"""
import re, sys
path, book, first, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
verses, key = {}, None
for line in open(path, encoding="utf-8"):
    line = line.rstrip("\n")
    m = re.match(r"^\$\$\$(.+) (\d+):(\d+)$", line)
    if m:
        key = (m.group(1), int(m.group(2)), int(m.group(3)))
        continue
    if key and key[0] == book and first <= key[1] <= last and key[2] > 0:
        verses[key] = verses.get(key, "") + line
for (b, c, v), text in sorted(verses.items(), key=lambda kv: (kv[0][1], kv[0][2])):
    text = re.sub(r"<note\b.*?</note>", " ", text)
    text = re.sub(r"<title\b.*?</title>", " ", text)
    text = re.sub(r"<[^>]*>", "", text)
    text = text.replace("¶", " ")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ([,.;:?!’”])", r"\1", text)
    print(text)
