#!/bin/sh
# make_s8_texts.sh OUTDIR: remake the four texts of session 8's pairs (developers-reference-2-3,
#   ruth-1-4; held out in session 8, dev since session 9) in OUTDIR from the Debian packages
#   developers-reference and developers-reference-ru 12.18, sword-text-kjv 14.3,
#   sword-text-web 426.0 and libsword-utils (mod2imp) — apt-get install them first.
set -eu
out=$(cd "$1" && pwd)
# The block and verse tools are this folder's, the ones that made the earlier dev sets;
# sphinx_pairs.py pairs the blocks of a Sphinx page as pair_blocks.py does a DocBook one.
tools=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
reference=/usr/share/developers-reference
for page in new-maintainer developer-duties; do
  python3 "$tools/html_blocks.py" "$reference/ru/$page.html" > "$work/$page.ru.tsv"
  python3 "$tools/html_blocks.py" "$reference/$page.html" > "$work/$page.en.tsv"
done
(cd "$work" && python3 "$tools/sphinx_pairs.py" "$out/developers-reference-2-3.ru.txt" \
  "$out/developers-reference-2-3.en.txt" new-maintainer developer-duties)
mod2imp engKJV2006eb > "$work/KJV.imp"
mod2imp engWEB2015eb > "$work/WEB.imp"
python3 "$tools/sword_verses.py" "$work/KJV.imp" Ruth 1 4 > "$out/ruth-1-4.kjv.txt"
python3 "$tools/sword_verses.py" "$work/WEB.imp" Ruth 1 4 > "$out/ruth-1-4.web.txt"
rm -r "$work"
