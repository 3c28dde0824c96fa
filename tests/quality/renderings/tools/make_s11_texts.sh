#!/bin/sh
# make_s11_texts.sh OUTDIR: remake the four texts of session 11's pairs
#   (doublecmd-copy-sync, joshua-1-4; held out in session 11, dev since session 12) in OUTDIR
#   from the Debian packages doublecmd-help-ru and doublecmd-help-en 1.0.10-1, sword-text-kjv
#   14.3, sword-text-web 426.0 and libsword-utils (mod2imp) — apt-get install them first.
set -eu
out=$(cd "$1" && pwd)
# The block, pairing and verse tools are this folder's, the ones that made the earlier dev sets,
# used as they are: the Double Commander help pages are HTML whose Russian and English versions have the
# same blocks in the same order, so block k of a Russian page is block k of the English one.
tools=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
help=/usr/share/doublecmd/doc
# "Copying/moving files" (2.4), then "Synchronize directories" (2.7), whole pages.
pages="copymove syncdirs"
for page in $pages; do
  python3 "$tools/html_blocks.py" "$help/ru/$page.html" > "$work/$page.ru.tsv"
  python3 "$tools/html_blocks.py" "$help/en/$page.html" > "$work/$page.en.tsv"
done
# shellcheck disable=SC2086 # the page names are words
(cd "$work" && python3 "$tools/pair_blocks.py" "$out/doublecmd-copy-sync.ru.txt" \
  "$out/doublecmd-copy-sync.en.txt" $pages)
mod2imp engKJV2006eb > "$work/KJV.imp"
mod2imp engWEB2015eb > "$work/WEB.imp"
python3 "$tools/sword_verses.py" "$work/KJV.imp" Joshua 1 4 > "$out/joshua-1-4.kjv.txt"
python3 "$tools/sword_verses.py" "$work/WEB.imp" Joshua 1 4 > "$out/joshua-1-4.web.txt"
rm -r "$work"
