#!/usr/bin/env python3
"""Convert dictd dictionaries (index + dict.dz) to the parallax lexicon TSV.

Usage:
  dictd_to_tsv.py --source en --target ru -o en-ru.tsv \
      mueller:/usr/share/dictd/mueller7 freedict:/usr/share/dictd/freedict-eng-rus

Each input is KIND:BASE, where BASE.index and BASE.dict.dz (or BASE.dict) exist and KIND says how
the definitions are written:
  mueller   Mueller's English-Russian dictionary (7th edition, dictd markup): "[ipa] _n. 1) ...".
  freedict  FreeDict TEI-derived dictd: "headword /ipa/ <pos>", then translation lines, each
            optionally numbered "1. ...", followed by lines of explanation in the source language.

The output is "# parallax-lexicon source=xx target=yy", then "source<TAB>target" lines, unique and
sorted by code point, so the same inputs always give the same bytes (docs/FORMATS.md, "Lexicon
TSV"). Counts go to stderr. Standard library only.
"""

import argparse
import collections
import gzip
import os
import re
import sys
import unicodedata

BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# A translation is a word or phrase of at most this many words.
MAX_WORDS = 3


def decode_b64(text):
    """dictd index numbers are base64 digits, most significant first."""
    value = 0
    for char in text:
        value = value * 64 + BASE64.index(char)
    return value


def read_entries(base):
    """Yields (headword from the index, definition text) once per distinct definition."""
    if os.path.exists(base + ".dict.dz"):
        with gzip.open(base + ".dict.dz") as f:  # dictzip is gzip-compatible
            data = f.read()
    else:
        with open(base + ".dict", "rb") as f:
            data = f.read()
    seen = set()
    with open(base + ".index", encoding="utf-8") as index:
        for line in index:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3:
                continue
            offset, size = decode_b64(fields[1]), decode_b64(fields[2])
            if (offset, size) in seen:  # several index keys may point at one definition
                continue
            seen.add((offset, size))
            yield fields[0], data[offset:offset + size].decode("utf-8")


def normalize(text):
    """NFC, Unicode hyphens to '-', whitespace runs to one space, trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u2010", "-").replace("\u2011", "-").replace("\u00a0", " ")
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# Mueller

LATIN = re.compile(r"[A-Za-z]")
TRANSCRIPTION = re.compile(r"\[[^\]]*\]")
# Balanced (...) and {...} groups: comments such as "(чего-л.)" and cross references "{см. 1}".
COMMENT = re.compile(r"\([^()]*\)|\{[^{}]*\}")
# Sense markers. Numbered senses "1." (part of speech groups) and "1)" and homonym labels "_I",
# "_II" start a new sense; lettered sub-senses "а)" continue the current one (they usually
# translate the idiom just before them).
MARKER = re.compile(r"(?<!\S)(?:\d+[.)]|_[IV]+|[а-я]\))(?=\s|$|_)")
# Labels: parts of speech "_n.", fields "_воен.", styles "_разг.", "_pl.".
LABEL = re.compile(r"(?<!\S)_\S*")
# Placeholders for an object: "кого-л.", "что-л.", "где-л.".
PLACEHOLDER = re.compile(r"(?<!\S)[а-яё]+-л\.?(?=\s|$)")
CYRILLIC_PHRASE = re.compile(r"[а-яёА-ЯЁ]+(?:-[а-яёА-ЯЁ]+)*(?: [а-яёА-ЯЁ]+(?:-[а-яёА-ЯЁ]+)*)*")
# Russian one-letter words; other single letters are scanning debris ("[ɜk↗nɘlɪdʒ] г").
ONE_LETTER_WORDS = {"а", "в", "и", "к", "о", "с", "у", "я"}
# Prepositions left dangling at the end of a phrase once a placeholder is removed.
PREPOSITIONS = {
    "в", "во", "на", "с", "со", "о", "об", "обо", "к", "ко", "по", "за", "для", "от", "из", "у",
    "до", "при", "над", "под", "перед", "через", "между", "против", "без", "про",
}


# Active participles ("любящий", "относящийся", "оправдавший"); passive ones are left out because
# they look like common adjectives ("общественный").
PARTICIPLE = re.compile(r"(?:[юяау]щ|вш)(?:ий|ая|ее|ое|ие|его|ей|ему|ую|им|ими|их|ем)(?:ся|сь)?$")
RELATIVE = {
    "кто", "что", "который", "которая", "которое", "которые", "которого", "которой", "которому",
    "которым", "которых", "которую", "чей", "чья", "чьё", "чьи", "где", "куда", "откуда", "когда",
    "чтобы",
}
CLAUSE_OPENERS = {"чем", "если", "но", "хотя", "причём"}
DEMONSTRATIVES = {"тот", "та", "то", "те", "такой", "такая", "такое", "такие", "так"}
ADJECTIVE_ENDING = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)")


def opens_description(item):
    """Whether an item starts (within two words) with a participle or relative pronoun."""
    for word in item.split()[:2]:
        word = word.lower()
        if word in RELATIVE or PARTICIPLE.search(word):
            return True
    return False


def heads_description(item, following):
    """An item followed by a participle or relative clause is the head of a description split at
    its comma ("человек, любящий вмешиваться в чужие дела", "тот, кто ..."), not a translation.
    Nouns and pronouns are dropped then; adjectives are kept ("ракообразный, относящийся к
    семейству раков")."""
    words = item.split()
    if not words or not opens_description(following):
        return False
    last = words[-1].lower()
    if last in DEMONSTRATIVES:
        return True
    return not (len(last) > 3 and ADJECTIVE_ENDING.search(last[-2:]))


def clean_mueller_item(item):
    """Returns the Russian word or phrase in one comma-separated item, or None."""
    item = PLACEHOLDER.sub(" ", item)
    words = [w.strip("\"!?") for w in item.split()]
    while words and words[-1].lower() in PREPOSITIONS and len(words) > 1:
        words.pop()
    phrase = " ".join(w for w in words if w)
    if len(words) > 1 and (any(w.lower() in RELATIVE or w.lower() == "или" for w in words)
                           or words[0].lower() in CLAUSE_OPENERS):
        return None  # "слово или выражение", "кто отдаёт", "чем требуется": part of a description
    if not phrase or len(phrase.split()) > MAX_WORDS:
        return None
    if not CYRILLIC_PHRASE.fullmatch(phrase):
        return None  # abbreviations ("т.п."), digits, stray punctuation
    if len(phrase) == 1 and phrase.lower() not in ONE_LETTER_WORDS:
        return None
    return phrase


def mueller_translations(body):
    """The Russian translations of a Mueller entry body (the text after the headword line)."""
    text = " ".join(body.split())
    text = TRANSCRIPTION.sub(" ", text)
    previous = None
    while previous != text:  # nested comments, innermost first
        previous = text
        text = COMMENT.sub(" ", text)
    result = []
    in_example = False
    position = 0
    pieces = []
    for match in MARKER.finditer(text):
        pieces.append((text[position:match.start()], None))
        pieces.append(("", match.group(0)))
        position = match.end()
    pieces.append((text[position:], None))
    for segment, marker in pieces:
        if marker is not None:
            # A numbered sense or homonym starts afresh; a lettered sub-sense that follows an
            # English example translates that example, not the headword.
            if not re.fullmatch(r"[а-я]\)", marker):
                in_example = False
            continue
        for chunk in segment.split(";"):
            chunk = LABEL.sub(" ", chunk)
            if in_example:
                break
            if LATIN.search(chunk) or "=" in chunk:
                # "to acknowledge the receipt подтверждать получение", "= because": examples
                # and references; the chunks after an example in the same sense belong to it.
                in_example = True
                break
            if ":" in chunk:  # "напр.: ..." lists and grammar notes
                continue
            items = chunk.split(",")
            for i, item in enumerate(items):
                if len(item.split()) > 1 and opens_description(item.split()[0]):
                    break  # "относящийся к охране, защите": a description, and its tail
                if i + 1 < len(items) and heads_description(item, items[i + 1]):
                    continue
                phrase = clean_mueller_item(item)
                if phrase:
                    result.append(phrase)
    return result


def mueller_pairs(base, counts):
    for key, definition in read_entries(base):
        lines = definition.split("\n")
        headword = normalize(lines[0])
        if key.startswith("00-database") or headword.startswith("00-database"):
            counts["skipped database entries"] += 1
            continue
        # "_a.", "_воен.": the list of abbreviations used in the dictionary; "-armed", "-л.":
        # word-formation elements, which never occur as a token of their own.
        if headword.startswith(("_", "-")) or not LATIN.search(headword):
            counts["skipped abbreviation and affix entries"] += 1
            continue
        translations = mueller_translations("\n".join(lines[1:]))
        if not translations:
            counts["headwords without a translation"] += 1
        for target in translations:
            yield headword, target


# ---------------------------------------------------------------------------------------------
# FreeDict

SENSE_NUMBER = re.compile(r"^(\d+)\.\s+(\S.*)$")
TRAILING_SENSE_NUMBER = re.compile(r"\s+\d+\.$")
# Articles, prepositions and pronouns of the target languages that are never a translation of
# their own in a list of several.
FUNCTION_WORDS = {
    "à", "au", "aux", "de", "des", "du", "d'", "d’", "en", "la", "le", "les", "l'", "l’", "un", "une",
    "se", "s'", "s’", "sur", "par", "pour", "et", "ou",
}
HEADWORD = re.compile(r"^(.*?)(?:\s+/[^/]*/)*(?:\s+<[^>]*>)?$")


def freedict_translations(lines):
    """Translation lines are the first line after the headword and the lines that start with a
    sense number ("2. axis"). Other lines are explanations in the source language; a line that is
    only a number (" 3.") opens a sense that has an explanation but no translation."""
    result = []
    for i, line in enumerate(lines):
        numbered = SENSE_NUMBER.match(line)  # no leading space: " 3." is a bare sense number
        if numbered:
            line = numbered.group(2)
        elif i != 0:
            continue
        line = TRAILING_SENSE_NUMBER.sub("", line).strip()
        if re.fullmatch(r"\d+\.", line):
            continue
        # ", " separates translations; a comma without a space belongs to a name ("1,2-Butandiol").
        items = re.split(r",\s+", line)
        if len(items) > 1 and any(item.strip().lower() in FUNCTION_WORDS for item in items):
            # "excessif, prix, réclamer, un": the words of one phrase, shuffled (WikDict data).
            continue
        for item in items:
            # "(proche) parent(e)", "Istanbul (Französisch)": optional parts and comments.
            item = normalize(re.sub(r"\([^()]*\)", " ", item))
            if not item or len(item.split()) > MAX_WORDS:
                continue  # a long explanation, not a translation
            if item.endswith(".") or re.search(r"[:;#()\[\]<>/]", item) or not re.search(r"[^\W\d_]", item):
                continue
            result.append(item)
    return result


def freedict_pairs(base, counts):
    for key, definition in read_entries(base):
        lines = [line for line in definition.split("\n") if line.strip()]
        if not lines:
            continue
        if key.startswith("00database") or key.startswith("00-database"):
            counts["skipped database entries"] += 1
            continue
        headword = normalize(HEADWORD.match(lines[0]).group(1))
        translations = freedict_translations(lines[1:])
        if not translations:
            counts["headwords without a translation"] += 1
        for target in translations:
            yield headword, target


READERS = {"mueller": mueller_pairs, "freedict": freedict_pairs}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", required=True, help="source language code, e.g. en")
    parser.add_argument("--target", required=True, help="target language code, e.g. ru")
    parser.add_argument("-o", "--output", required=True, help="the TSV file to write")
    parser.add_argument("inputs", nargs="+", metavar="KIND:BASE",
                        help="KIND is mueller or freedict; BASE without .index/.dict.dz")
    args = parser.parse_args()

    pairs = set()
    for spec in args.inputs:
        kind, sep, base = spec.partition(":")
        if not sep or kind not in READERS:
            parser.error(f"bad input {spec!r}: expected mueller:BASE or freedict:BASE")
        counts = collections.Counter()
        found = set()
        for source, target in READERS[kind](base, counts):
            source, target = normalize(source), normalize(target)
            if not source or not target or "\t" in source + target:
                continue
            found.add((source, target))
        new = len(found - pairs)
        pairs |= found
        headwords = len({source for source, _ in found})
        print(f"{os.path.basename(base)}: {len(found)} pairs, {headwords} headwords, "
              f"{new} new", file=sys.stderr)
        for what, count in sorted(counts.items()):
            print(f"  {what}: {count}", file=sys.stderr)

    temporary = args.output + ".tmp"
    with open(temporary, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# parallax-lexicon source={args.source} target={args.target}\n")
        for source, target in sorted(pairs):
            out.write(f"{source}\t{target}\n")
    os.replace(temporary, args.output)
    print(f"{args.output}: {len(pairs)} pairs, {len({s for s, _ in pairs})} headwords",
          file=sys.stderr)


if __name__ == "__main__":
    main()
