#!/bin/sh
# make_s9_texts.sh OUTDIR: remake the four texts of session 9's pairs (gimp-first-steps,
#   esther-1-4; held out in session 9, dev since session 10) in OUTDIR from the Debian packages
#   gimp-help-en and gimp-help-ru 2.10.34-2, sword-text-kjv 14.3, sword-text-web 426.0 and
#   libsword-utils (mod2imp) — apt-get install them first.
set -eu
out=$(cd "$1" && pwd)
# The block, pairing and verse tools are this folder's, the ones that made the earlier dev sets:
# the GIMP manual is DocBook HTML translated with gettext, block k of a Russian page is block k
# of the English one, as in the Debian manuals.
tools=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
help=/usr/share/gimp/2.0/help
# Chapter 3, "First Steps with Wilber": 3.1 Basic Concepts, 3.2 Main Windows (to the Toolbox),
# 3.3 Undoing, in the manual's order.
pages="gimp-first-steps gimp-concepts-main-windows gimp-concepts-undo"
for page in $pages; do
  python3 "$tools/html_blocks.py" "$help/ru/$page.html" > "$work/$page.ru.tsv"
  python3 "$tools/html_blocks.py" "$help/en/$page.html" > "$work/$page.en.tsv"
done
# shellcheck disable=SC2086 # the page names are words
(cd "$work" && python3 "$tools/pair_blocks.py" "$out/gimp-first-steps.ru.txt" \
  "$out/gimp-first-steps.en.txt" $pages)
mod2imp engKJV2006eb > "$work/KJV.imp"
mod2imp engWEB2015eb > "$work/WEB.imp"
python3 "$tools/sword_verses.py" "$work/KJV.imp" Esther 1 4 > "$out/esther-1-4.kjv.txt"
python3 "$tools/sword_verses.py" "$work/WEB.imp" Esther 1 4 > "$out/esther-1-4.web.txt"
rm -r "$work"
