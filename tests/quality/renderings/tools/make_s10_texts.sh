#!/bin/sh
# make_s10_texts.sh OUTDIR: remake the four texts of session 10's pairs
#   (kicad-calculator-gerbview, samuel-1-3; held out in session 10, dev since session 11) in
#   OUTDIR from the Debian packages kicad-doc-en and kicad-doc-ru 6.0.11+dfsg-1, sword-text-kjv
#   14.3, sword-text-web 426.0 and libsword-utils (mod2imp) — apt-get install them first.
set -eu
out=$(cd "$1" && pwd)
# The block, pairing and verse tools are this folder's, the ones that made the earlier dev sets,
# used as they are: the KiCad manuals are Asciidoctor HTML translated with po4a, block k of a
# Russian manual is block k of the English one once the front matter is cut.
tools=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
help=/usr/share/doc/kicad/help
# The PCB Calculator manual, then the GerbView manual, each from its first chapter heading (<h2>)
# on: the table of contents, the copyright, contributors and the translator's credit (a block the
# English has not) come before it.
manuals="pcb_calculator gerbview"
for manual in $manuals; do
  python3 "$tools/html_blocks.py" "$help/ru/$manual.html" | sed -n '/^h2	/,$p' > "$work/$manual.ru.tsv"
  python3 "$tools/html_blocks.py" "$help/en/$manual.html" | sed -n '/^h2	/,$p' > "$work/$manual.en.tsv"
done
# shellcheck disable=SC2086 # the manual names are words
(cd "$work" && python3 "$tools/pair_blocks.py" "$out/kicad-calculator-gerbview.ru.txt" \
  "$out/kicad-calculator-gerbview.en.txt" $manuals)
mod2imp engKJV2006eb > "$work/KJV.imp"
mod2imp engWEB2015eb > "$work/WEB.imp"
python3 "$tools/sword_verses.py" "$work/KJV.imp" "I Samuel" 1 3 > "$out/samuel-1-3.kjv.txt"
python3 "$tools/sword_verses.py" "$work/WEB.imp" "I Samuel" 1 3 > "$out/samuel-1-3.web.txt"
rm -r "$work"
