#!/usr/bin/env python3
"""pair_blocks.py OUT_RU OUT_EN CHAPTER...: pair the blocks of CHAPTER.ru.tsv and CHAPTER.en.tsv.

The inputs are html_blocks.py's output for the English and Russian HTML of one chapter (po4a
keeps the block structure, so block k of one is block k of the other). Dropped from both sides:
navigation cells (th, td), the chapter's table of contents, and blocks the Russian leaves in
English (no Cyrillic letter, or the same first 30 characters as the English).
"""
import re
import sys


def load(path):
    return [line.rstrip("\n").split("\t", 1) for line in open(path, encoding="utf-8")]


def left_in_english(text_ru, text_en):
    """A block the Russian leaves untranslated: no Cyrillic letter, or the English's start."""
    return not re.search("[а-яА-ЯёЁ]", text_ru) or text_ru[:30] == text_en[:30]


def write_pairs(path_ru, path_en, out_ru, out_en):
    open(path_ru, "w", encoding="utf-8").write("\n".join(out_ru) + "\n")
    open(path_en, "w", encoding="utf-8").write("\n".join(out_en) + "\n")


def main():
    out_ru, out_en = [], []
    for chapter in sys.argv[3:]:
        en, ru = load(chapter + ".en.tsv"), load(chapter + ".ru.tsv")
        assert len(en) == len(ru), chapter
        toc = False
        for (tag_en, text_en), (tag_ru, text_ru) in zip(en, ru):
            assert tag_en == tag_ru, (chapter, tag_en, tag_ru)
            if tag_en in ("th", "td"):
                continue
            if text_en == "Table of Contents":
                toc = True
                continue
            if toc and tag_en == "dt":
                continue
            toc = False
            if left_in_english(text_ru, text_en):
                continue
            out_ru.append(text_ru)
            out_en.append(text_en)
    write_pairs(sys.argv[1], sys.argv[2], out_ru, out_en)


if __name__ == "__main__":
    main()
