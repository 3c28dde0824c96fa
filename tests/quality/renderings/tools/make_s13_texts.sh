#!/bin/sh
# make_s13_texts.sh OUTDIR: remake the four texts of session 13's pairs
#   (packaging-guide-patches-libraries, acts-1-2; held out in session 13, dev since session 14)
#   in OUTDIR from the Debian packages ubuntu-packaging-guide-html and
#   ubuntu-packaging-guide-html-ru 1.0.4, sword-text-kjv 14.3, sword-text-web 426.0 and
#   libsword-utils (mod2imp) — apt-get install them first.
set -eu
out=$(cd "$1" && pwd)
# The block, pairing and verse tools are this folder's, the ones that made the earlier dev sets,
# used as they are. The Ubuntu Packaging Guide is Sphinx HTML translated with gettext: block k of
# a Russian page is block k of the English one, as in the Developer's Reference.
tools=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
guide=/usr/share/doc/ubuntu-packaging-guide-html
# Chapters 6 "Patches to Packages" and 8 "Shared Libraries", whole pages; sphinx_pairs.py keeps
# the page body and drops the blocks the Russian leaves in English.
pages="patches-to-packages libraries"
for page in $pages; do
  python3 "$tools/html_blocks.py" "$guide-ru/$page.html" > "$work/$page.ru.tsv"
  python3 "$tools/html_blocks.py" "$guide/$page.html" > "$work/$page.en.tsv"
done
# shellcheck disable=SC2086 # the page names are words
(cd "$work" && python3 "$tools/sphinx_pairs.py" "$out/packaging-guide-patches-libraries.ru.txt" \
  "$out/packaging-guide-patches-libraries.en.txt" $pages)
mod2imp engKJV2006eb > "$work/KJV.imp"
mod2imp engWEB2015eb > "$work/WEB.imp"
python3 "$tools/sword_verses.py" "$work/KJV.imp" Acts 1 2 > "$out/acts-1-2.kjv.txt"
python3 "$tools/sword_verses.py" "$work/WEB.imp" Acts 1 2 > "$out/acts-1-2.web.txt"
rm -r "$work"
