#!/bin/sh
# make_s14_texts.sh OUTDIR: remake the four texts of session 14's pairs
#   (libreoffice-headers-footers, daniel-3-4; held out in session 14, dev since session 15) in
#   OUTDIR from the Debian packages libreoffice-help-ru and libreoffice-help-en-us
#   4:7.4.7-1+deb12u14 (downloaded with `apt-get download` and unpacked with `dpkg-deb -x`, not
#   installed: they would pull in LibreOffice), sword-text-kjv 14.3, sword-text-web 426.0 and
#   libsword-utils (mod2imp) — apt-get install these three first.
set -eu
out=$(cd "$1" && pwd)
# The block, pairing and verse tools are this folder's, used as they are; libreoffice_pairs.py
# pairs the blocks of the help pages.
tools=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
version=4:7.4.7-1+deb12u14
(cd "$work" && apt-get download -q "libreoffice-help-ru=$version" \
  "libreoffice-help-en-us=$version" >/dev/null 2>&1)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
help=$work/root/usr/share/libreoffice/help
# Writer's how-to pages on headers, footers and page numbers, whole pages in this order; the
# help is translated with gettext, paragraph by paragraph, so block k of a Russian page is block
# k of the English one.
pages="header_footer header_pagestyles header_with_chapter header_with_line footer_nextpage
  footer_pagenumber pagenumbers"
for page in $pages; do
  python3 "$tools/html_blocks.py" "$help/ru/text/swriter/guide/$page.html" > "$work/$page.ru.tsv"
  python3 "$tools/html_blocks.py" "$help/en-US/text/swriter/guide/$page.html" \
    > "$work/$page.en.tsv"
done
# shellcheck disable=SC2086 # the page names are words
(cd "$work" && python3 "$tools/libreoffice_pairs.py" "$out/libreoffice-headers-footers.ru.txt" \
  "$out/libreoffice-headers-footers.en.txt" $pages)
mod2imp engKJV2006eb > "$work/KJV.imp"
mod2imp engWEB2015eb > "$work/WEB.imp"
python3 "$tools/sword_verses.py" "$work/KJV.imp" Daniel 3 4 > "$out/daniel-3-4.kjv.txt"
python3 "$tools/sword_verses.py" "$work/WEB.imp" Daniel 3 4 > "$out/daniel-3-4.web.txt"
rm -r "$work"
