"""parallax: sentence alignment of translations and the rendering report, from Python.

The same library as the `parallax` command (no second implementation): the compiled core
`parallax._parallax` does the work; this module gives it Pythonic signatures.

    import parallax
    ru = parallax.read("corpora/un-charter.ru.txt")
    en = parallax.read("corpora/un-charter.en.txt")
    alignment = parallax.align(ru, en)
    df = alignment.to_pandas()                 # needs pandas
    report = parallax.terms(ru, [alignment], terms=["Совет Безопасности"])
    print(report.text)

Errors are raised as parallax.InputError (bad input: .source, .line, .column, .message),
parallax.CannotOpen (a subclass of InputError), parallax.OptionError, parallax.IoError, all
subclasses of parallax.Error. Long calls release the GIL: aligning different pairs from
several threads runs in parallel.
"""

from __future__ import annotations

import json
import os
import warnings
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Optional, Sequence, Union

from . import _parallax
from ._parallax import CannotOpen, Error, InputError, IoError, OptionError

__version__ = _parallax.__version__

__all__ = [
    "Alignment", "Bead", "CannotOpen", "Diff", "Document", "Error", "InputError", "IoError",
    "OptionError", "Sentence", "TermReport", "align", "diff", "lexicon", "read", "segment",
    "terms",
]

PathLike = Union[str, "os.PathLike[str]"]


def _warn(messages: Sequence[str]) -> None:
    for message in messages:
        warnings.warn(message, stacklevel=3)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and where it is in the input."""
    index: int      # 0-based sentence id, as in the CLI's outputs
    text: str
    paragraph: int  # 0-based paragraph
    line: int       # 1-based line of the input where the sentence starts
    begin: int      # byte offsets of the sentence in Document.text (UTF-8)
    end: int


class Document:
    """A decoded text split into sentences (immutable). Made by read() or segment()."""

    def __init__(self, core: "_parallax.Document") -> None:
        self._core = core
        self.sentences = [Sentence(i, *record)
                          for i, record in enumerate(core.sentence_records())]

    source_name = property(lambda self: self._core.source_name, doc="file name or given name")
    language = property(lambda self: self._core.language, doc="ISO 639-1 code, maybe detected")
    encoding = property(lambda self: self._core.encoding, doc="encoding the input was read in")
    text = property(lambda self: self._core.text, doc="the whole text, UTF-8 NFC")

    def __len__(self) -> int:
        return len(self.sentences)

    def __getitem__(self, index: int) -> Sentence:
        return self.sentences[index]

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.sentences)

    def __repr__(self) -> str:
        return (f"<parallax.Document {self.source_name!r} {self.language or '?'} "
                f"{len(self)} sentences>")


def read(path: PathLike, *, language: str = "", encoding: str = "", lines: bool = False,
         paragraphs: str = "line", allow_empty_lines: bool = False) -> Document:
    """Reads a text file as `parallax align` does: encoding detected (or given), NFC,
    segmented into sentences (or one sentence per line with lines=True). paragraphs is "line"
    (each line a paragraph) or "blank" (blank lines separate paragraphs). Raises CannotOpen,
    InputError (with the file and line), OptionError."""
    core, diagnostics = _parallax.read_document(
        os.fspath(path), language, encoding, lines, _blank_lines(paragraphs), allow_empty_lines)
    _warn(diagnostics)
    return Document(core)


def segment(text: Union[str, Sequence[str]], language: str = "", *, name: str = "<text>",
            lines: bool = False, paragraphs: str = "line") -> Document:
    """Splits a text into sentences. A list of strings is taken as one sentence each."""
    if not isinstance(text, str):
        sentences = list(text)
        if any("\n" in s for s in sentences):
            raise OptionError("a sentence given in a list contains a line break")
        text, lines = "\n".join(sentences), True
    core, diagnostics = _parallax.segment_text(text, name, language, lines,
                                               _blank_lines(paragraphs), False)
    _warn(diagnostics)
    return Document(core)


def _blank_lines(paragraphs: str) -> bool:
    if paragraphs not in ("line", "blank"):
        raise OptionError(f"paragraphs must be 'line' or 'blank', not {paragraphs!r}")
    return paragraphs == "blank"


def _bundled_lexicon_dir() -> str:
    """The lexicons installed with the package (pip install), else the build's folder."""
    installed = os.path.join(os.path.dirname(__file__), "lexicons")
    return installed if os.path.isdir(installed) else _parallax.BUNDLED_LEXICON_DIR


def lexicon(from_: str, to: str, paths: Sequence[PathLike] = (), *, bundled: bool = True,
            bundled_dir: Optional[PathLike] = None) -> "_parallax.PreparedLexicon":
    """The lexicon of a language pair: the TSV files in paths (docs/FORMATS.md), else the
    bundled one (from bundled_dir, $PARALLAX_LEXICON_DIR, the lexicons installed with the
    package, or the build's lexicons/, in that order), else an empty one."""
    folder = bundled_dir or os.environ.get("PARALLAX_LEXICON_DIR") or _bundled_lexicon_dir()
    core, diagnostics = _parallax.load_lexicon([os.fspath(p) for p in paths], from_, to,
                                               bundled, os.fspath(folder))
    _warn(diagnostics)
    return core


@dataclass(frozen=True)
class Bead:
    """Source sentences source_ids are translated by target sentences target_ids."""
    index: int
    source_ids: tuple
    target_ids: tuple
    confidence: float  # calibrated probability that the bead is right
    evidence: str
    source_text: str   # the bead's sentences joined by a space
    target_text: str


class Alignment:
    """Beads covering every sentence of both documents exactly once, in order."""

    def __init__(self, core: "_parallax.AlignmentHandle", source: Document,
                 target: Document) -> None:
        self._core = core
        self.source = source
        self.target = target
        self.beads = [
            Bead(k, tuple(s), tuple(t), confidence, evidence,
                 " ".join(source.sentences[i].text for i in s),
                 " ".join(target.sentences[j].text for j in t))
            for k, (s, t, confidence, evidence) in enumerate(core.bead_records())]

    def __len__(self) -> int:
        return len(self.beads)

    def __getitem__(self, index: int) -> Bead:
        return self.beads[index]

    def __iter__(self) -> Iterator[Bead]:
        return iter(self.beads)

    def __repr__(self) -> str:
        return (f"<parallax.Alignment {self.source.source_name!r} ~ "
                f"{self.target.source_name!r}: {len(self)} beads>")

    @property
    def confidences(self):
        """The beads' confidences as a NumPy float32 array."""
        return self._core.confidences()

    def to_beads(self) -> str:
        """The evaluation format of the CLI's --format beads: "[0, 1]:[0]:0.873" lines."""
        return self._core.beads_text()

    def to_tsv(self) -> str:
        return self._core.tsv()

    def to_json(self) -> str:
        """The same JSON as `parallax align --format json`."""
        return self._core.json()

    def to_tmx(self, path: Optional[PathLike] = None) -> str:
        """TMX 1.4b; written to path when given. Returns the text."""
        tmx = self._core.tmx()
        if path is not None:
            with open(path, "w", encoding="utf-8") as out:
                out.write(tmx)
        return tmx

    def to_html(self, path: Optional[PathLike] = None, title: str = "") -> str:
        """The side-by-side report page of `parallax align --format html`."""
        html = _parallax.html_report(self.source._core, [self._core], title)
        if path is not None:
            with open(path, "w", encoding="utf-8") as out:
                out.write(html)
        return html

    def to_pandas(self):
        """One row per bead: bead, source_ids, target_ids, source, target, confidence,
        evidence. Needs pandas."""
        import pandas  # noqa: PLC0415 (optional dependency)
        return pandas.DataFrame({
            "bead": [b.index for b in self.beads],
            "source_ids": [list(b.source_ids) for b in self.beads],
            "target_ids": [list(b.target_ids) for b in self.beads],
            "source": [b.source_text for b in self.beads],
            "target": [b.target_text for b in self.beads],
            "confidence": self.confidences,
            "evidence": [b.evidence for b in self.beads],
        })


def _document(value: Union[Document, PathLike, Sequence[str]], language: str) -> Document:
    if isinstance(value, Document):
        return value
    if isinstance(value, (str, os.PathLike)):
        return read(value, language=language)
    return segment(value, language)


def align(source: Union[Document, PathLike, Sequence[str]],
          target: Union[Document, PathLike, Sequence[str]], *, from_: str = "", to: str = "",
          lexicon: Any = "bundled", max_side: int = 4, learn_lexicon: bool = True,
          use_paragraphs: bool = True, band: int = 0) -> Alignment:
    """Aligns target (a translation) with source (its original), as `parallax align`.

    source and target: Documents, file paths (read as `read` does) or lists of sentences.
    from_/to: ISO 639-1 languages (default: the documents' detected ones). lexicon: "bundled"
    (the pair's bundled dictionary), None (no dictionary), a path or list of paths of TSV
    lexicons, or a lexicon from parallax.lexicon(). The GIL is released while aligning."""
    source_doc = _document(source, from_)
    target_doc = _document(target, to)
    prepared = _prepared(lexicon, from_ or source_doc.language, to or target_doc.language)
    core = _parallax.align(source_doc._core, target_doc._core, prepared, max_side,
                           learn_lexicon, use_paragraphs, band)
    return Alignment(core, source_doc, target_doc)


def _prepared(value: Any, from_: str, to: str) -> "_parallax.PreparedLexicon":
    if isinstance(value, _parallax.PreparedLexicon):
        return value
    if value is None:
        return lexicon(from_, to, bundled=False)
    if isinstance(value, str) and value == "bundled":
        return lexicon(from_, to)
    if isinstance(value, (str, os.PathLike)):
        return lexicon(from_, to, [value])
    return lexicon(from_, to, list(value))


class TermReport:
    """The rendering report of `parallax terms`: .data is the CLI's JSON (docs/TERMS.md) as
    Python objects, .json the JSON text, .text the CLI's text table; .terms the term entries."""

    def __init__(self, json_text: str, text: str) -> None:
        self.json = json_text
        self.text = text
        self.data = json.loads(json_text)

    @property
    def terms(self) -> list:
        return self.data["terms"]

    def variants(self, term: str) -> dict:
        """{translation file: [(rendering, count), ...]} for one term of the report."""
        for entry in self.terms:
            if entry["term"] == term:
                return {t["file"]: [(v["rendering"], v["count"]) for v in t["variants"]]
                        for t in entry["translations"]}
        raise KeyError(term)

    def __repr__(self) -> str:
        return f"<parallax.TermReport {len(self.terms)} terms>"


def terms(original: Document, translations: Iterable[Union[Alignment, Document, PathLike]],
          terms: Optional[Iterable[Union[str, tuple]]] = None, *, to: str = "",
          lexicon: Any = "bundled", **options: Any) -> TermReport:
    """How each translation renders the terms of the original (`parallax terms`).

    translations: Alignments made with original as their source, or Documents/paths, which
    are aligned here. terms: strings, or (term, expected rendering) pairs; None proposes terms
    and keeps the divergent ones. options: max_gap, max_rendering_gap,
    max_proposed, min_occurrences (docs/TERMS.md). The GIL is released while reporting."""
    original = _document(original, "")
    alignments = []
    for translation in translations:
        if not isinstance(translation, Alignment):
            translation = align(original, translation, to=to, lexicon=lexicon)
        if translation.source is not original:
            raise OptionError("an Alignment given to terms() must have the original as source")
        alignments.append(translation._core)
    queries = [(t, "") if isinstance(t, str) else (t[0], t[1]) for t in (terms or ())]
    json_text, text = _parallax.report_terms(original._core, alignments, queries, options)
    return TermReport(json_text, text)


class Diff:
    """The differences between two versions (`parallax diff`): .data is the CLI's JSON
    (docs/CLI.md, "diff") as Python objects, .json its text, .text the CLI's text output;
    .changes the distinct changes across the document (kind, a, b, count, locations)."""

    def __init__(self, core: "_parallax.DiffHandle") -> None:
        self._core = core
        self.json = core.json()
        self.text = core.text()
        self.data = json.loads(self.json)

    @property
    def changes(self) -> list:
        return self.data["changes"]

    def to_tsv(self) -> str:
        return self._core.tsv()

    def to_html(self, path: Optional[PathLike] = None, title: str = "") -> str:
        """The side-by-side page of `parallax diff --format html`."""
        html = self._core.html(title)
        if path is not None:
            with open(path, "w", encoding="utf-8") as out:
                out.write(html)
        return html

    def __repr__(self) -> str:
        return f"<parallax.Diff {len(self.changes)} distinct changes>"


def diff(a: Union[Document, PathLike, Sequence[str]], b: Union[Document, PathLike, Sequence[str]],
         *, original: Union[Document, PathLike, None] = None, language: str = "",
         lexicon: Any = "bundled", pair_window: int = 3) -> Diff:
    """Every word-level difference between two versions of a text in one language, each
    classified (`parallax diff`). A and B are aligned with each other, or, with original, each
    with the original and compared through it. Raises OptionError for versions in two
    languages (compare translations with terms())."""
    a_doc = _document(a, language)
    b_doc = _document(b, language)
    if a_doc.language and b_doc.language and a_doc.language != b_doc.language:
        raise OptionError(
            f"{a_doc.source_name} is in '{a_doc.language}' and {b_doc.source_name} in "
            f"'{b_doc.language}': diff compares two versions in one language (for a "
            "translation and its original, use terms)")
    language = language or a_doc.language
    if original is None:
        versions = align(a_doc, b_doc, from_=language, to=language, lexicon=lexicon)
        return Diff(_parallax.diff_versions(versions._core, language, pair_window))
    original_doc = _document(original, "")
    to_a = align(original_doc, a_doc, to=language, lexicon=lexicon)
    to_b = align(original_doc, b_doc, to=language, lexicon=lexicon)
    return Diff(_parallax.diff_through(to_a._core, to_b._core, language, pair_window))
