#!/bin/sh
# make_s7_texts.sh OUTDIR: remake the four texts of session 7's pairs (installation-guide-3,
#   luke-1-2; held out in session 7, dev since session 8) in OUTDIR from the Debian packages
#   installation-guide-amd64 20230508+deb12u1, sword-text-kjv 14.3, sword-text-web 426.0 and
#   libsword-utils (mod2imp) — apt-get install them first.
set -eu
out=$(cd "$1" && pwd)
# The block and verse tools are this folder's, the ones that made the earlier dev sets.
tools=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
guide=/usr/share/doc/installation-guide-amd64
for page in ch03s01 ch03s02 ch03s03 ch03s04 ch03s05 ch03s06; do
  python3 "$tools/html_blocks.py" "$guide/ru/$page.html" > "$work/$page.ru.tsv"
  python3 "$tools/html_blocks.py" "$guide/en/$page.html" > "$work/$page.en.tsv"
done
(cd "$work" && python3 "$tools/pair_blocks.py" "$out/installation-guide-3.ru.txt" \
  "$out/installation-guide-3.en.txt" ch03s01 ch03s02 ch03s03 ch03s04 ch03s05 ch03s06)
mod2imp engKJV2006eb > "$work/KJV.imp"
mod2imp engWEB2015eb > "$work/WEB.imp"
python3 "$tools/sword_verses.py" "$work/KJV.imp" Luke 1 2 > "$out/luke-1-2.kjv.txt"
python3 "$tools/sword_verses.py" "$work/WEB.imp" Luke 1 2 > "$out/luke-1-2.web.txt"
rm -r "$work"
