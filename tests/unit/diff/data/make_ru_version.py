#!/usr/bin/env python3
"""Makes the second Russian version the RU-RU diff test compares with the first.

The first version is lines 1-40 of corpora/un-charter.ru.txt (charter.ru.a.txt); the second
(charter.ru.b.txt) is the same with the edits below, one per row: line (1-based), the text
replaced (its first occurrence in that line), the replacement, and the change `parallax diff`
must report for it (kind, A side, B side as the change table gives them: lowercased except for
case, typography and whole sentences; "" = nothing). expected_changes.tsv lists those changes
for the test. charter.en.txt (lines 1-40 of corpora/un-charter.en.txt, the same articles) is
the original through which the test also compares the two versions.

Run from the repository root: python3 tests/unit/diff/data/make_ru_version.py
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parents[3] / "corpora" / "un-charter.ru.txt"
ORIGINAL = HERE.parents[3] / "corpora" / "un-charter.en.txt"
LINES = 40

EDITS = [
    # line, old, new, kind, a, b
    (7, "проявлять терпимость", "проявлять толерантность", "lexical", "терпимость", "толерантность"),
    (15, "преследует Цели:", "преследует Цель:", "inflection", "цели", "цель"),
    (18, "языка и религии", "языка или религии", "function_word", "и", "или"),
    (26, "оказывают ей всемерную помощь", "оказывают всемерную помощь ей", "order",
     "ей всемерную помощь", "всемерную помощь ей"),
    (12, "«Объединенные Нации»", "\"Объединенные Нации\"", "typography", "«", "\""),
    (12, "«Объединенные Нации»", "\"Объединенные Нации\"", "typography", "»", "\""),
    (11, "РЕШИЛИ ОБЪЕДИНИТЬ", "Решили ОБЪЕДИНИТЬ", "case", "РЕШИЛИ", "Решили"),
    (7, "жить вместе, в мире", "жить вместе в мире", "punctuation", ",", ""),
    (22, "на принципе суверенного", "на принципе полного суверенного", "insertion", "", "полного"),
    (23, "добросовестно выполняют", "выполняют", "omission", "добросовестно", ""),
    (10, "международный аппарат", "международный  аппарат", "typography", " ", "  "),
    (19, None, None, "sentence_omission",
     "Быть центром для согласования действий наций в достижении этих общих целей.", ""),
    (28, "", "Члены Организации ежегодно докладывают Генеральной Ассамблее о выполнении "
     "настоящего Устава.\n", "sentence_insertion", "",
     "Члены Организации ежегодно докладывают Генеральной Ассамблее о выполнении настоящего "
     "Устава."),
]


def main():
    lines = SOURCE.read_text(encoding="utf-8").splitlines(keepends=True)[:LINES]
    (HERE / "charter.ru.a.txt").write_text("".join(lines), encoding="utf-8")
    original = ORIGINAL.read_text(encoding="utf-8").splitlines(keepends=True)[:LINES]
    (HERE / "charter.en.txt").write_text("".join(original), encoding="utf-8")
    edited = list(lines)
    done = set()
    for line, old, new, _kind, _a, _b in EDITS:
        key = (line, old, new)
        if key in done:
            continue  # one replacement that makes two changes
        done.add(key)
        if old is None:
            edited[line - 1] = ""  # the whole line (one sentence) dropped
        elif old == "":
            edited[line - 1] = new + edited[line - 1]  # a new line before this one
        else:
            assert old in edited[line - 1], (line, old)
            edited[line - 1] = edited[line - 1].replace(old, new, 1)
    (HERE / "charter.ru.b.txt").write_text("".join(edited), encoding="utf-8")
    rows = ["kind\ta\tb\n"] + [f"{kind}\t{a}\t{b}\n" for _l, _o, _n, kind, a, b in EDITS]
    (HERE / "expected_changes.tsv").write_text("".join(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
