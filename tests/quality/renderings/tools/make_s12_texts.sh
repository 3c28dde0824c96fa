#!/bin/sh
# make_s12_texts.sh OUTDIR: remake the four texts of session 12's pairs (admin-handbook-b3-b5,
#   nehemiah-1-4; held out in session 12, dev since session 13) in OUTDIR from the Debian
#   packages debian-handbook 11.20220922, sword-text-kjv 14.3, sword-text-web 426.0 and
#   libsword-utils (mod2imp) — apt-get install them first.
set -eu
out=$(cd "$1" && pwd)
# The block, pairing and verse tools are this folder's, the ones that made the earlier dev sets;
# html_blocks.py also reads Publican's paragraphs (<div class="para">) and leaves out its
# navigation bars. The handbook is Publican (DocBook) HTML translated with po files: block k of a
# Russian page is block k of the English one.
tools=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
book=/usr/share/doc/debian-handbook/html
# Appendix B "Short Remedial Course": B.3 (the layers of a computer), B.4 (tasks handled by the
# kernel) and B.5 (the user space), whole pages; pair_blocks.py drops the blocks the Russian
# leaves in English.
pages="sect.computer-layers sect.kernel-role-and-tasks sect.user-space"
for page in $pages; do
  python3 "$tools/html_blocks.py" "$book/ru-RU/$page.html" > "$work/$page.ru.tsv"
  python3 "$tools/html_blocks.py" "$book/en-US/$page.html" > "$work/$page.en.tsv"
done
# shellcheck disable=SC2086 # the page names are words
(cd "$work" && python3 "$tools/pair_blocks.py" "$out/admin-handbook-b3-b5.ru.txt" \
  "$out/admin-handbook-b3-b5.en.txt" $pages)
mod2imp engKJV2006eb > "$work/KJV.imp"
mod2imp engWEB2015eb > "$work/WEB.imp"
python3 "$tools/sword_verses.py" "$work/KJV.imp" Nehemiah 1 4 > "$out/nehemiah-1-4.kjv.txt"
python3 "$tools/sword_verses.py" "$work/WEB.imp" Nehemiah 1 4 > "$out/nehemiah-1-4.web.txt"
rm -r "$work"
