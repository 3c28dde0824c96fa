#!/bin/sh
# make_texts.sh OUTDIR: remake the four texts of this folder in OUTDIR from the Debian packages
#   kig 4:22.12.3-1 (downloaded with `apt-get download` and unpacked with `dpkg-deb -x`, not
#   installed: it would pull in the KDE libraries), sword-text-kjv 14.3, sword-text-web 426.0 and
#   libsword-utils (mod2imp) — apt-get install these three first.
set -eu
out=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
# The verse tool is the dev sets' (tests/quality/renderings/tools), used as it is; kde_pairs.py
# (beside this script) pairs the blocks of the handbook pages with the dev sets' html_blocks.py.
tools=$(cd "$here/../../../renderings/tools" && pwd)
work=$(mktemp -d)
(cd "$work" && apt-get download -q "kig=4:22.12.3-1" >/dev/null 2>&1)
dpkg-deb -x "$work"/kig_*.deb "$work/root"
doc=$work/root/usr/share/doc/HTML
# The Kig Handbook, chapters 1-6 (introduction to features), whole pages in the handbook's
# order; credits and the contributing appendix are left out. KDE handbooks are translated with
# gettext, paragraph by paragraph, so block k of a Russian page is block k of the English one.
python3 "$here/kde_pairs.py" "$doc/ru/kig/index.cache.bz2" "$doc/en/kig/index.cache.bz2" \
  "$out/kig-handbook.ru.txt" "$out/kig-handbook.en.txt" introduction using-kig-basic \
  selecting-objects moving-objects deleting-objects showing-hiding-objects undo-redo \
  full-screen-mode kig-object-types using-advanced document-context-menus defining-macros \
  working-with-types text-labels loci scripting kig-features
mod2imp engKJV2006eb > "$work/KJV.imp"
mod2imp engWEB2015eb > "$work/WEB.imp"
python3 "$tools/sword_verses.py" "$work/KJV.imp" Jonah 1 4 > "$out/jonah-1-4.kjv.txt"
python3 "$tools/sword_verses.py" "$work/WEB.imp" Jonah 1 4 > "$out/jonah-1-4.web.txt"
rm -r "$work"
