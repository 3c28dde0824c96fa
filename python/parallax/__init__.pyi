# Type stubs of the parallax Python module (python/parallax/__init__.py).
import os
from typing import Any, Iterable, Iterator, Optional, Sequence, Union

import numpy

PathLike = Union[str, os.PathLike[str]]

__version__: str

class Error(Exception): ...
class OptionError(Error): ...
class InputError(Error):
    source: str
    line: int
    column: int
    message: str
class CannotOpen(InputError): ...
class IoError(Error): ...

class Sentence:
    index: int
    text: str
    paragraph: int
    line: int
    begin: int
    end: int

class Document:
    sentences: list[Sentence]
    source_name: str
    language: str
    encoding: str
    text: str
    def __len__(self) -> int: ...
    def __getitem__(self, index: int) -> Sentence: ...
    def __iter__(self) -> Iterator[Sentence]: ...

class PreparedLexicon:
    source_language: str
    target_language: str
    def __len__(self) -> int: ...

class Bead:
    index: int
    source_ids: tuple[int, ...]
    target_ids: tuple[int, ...]
    confidence: float
    evidence: str
    source_text: str
    target_text: str

class Alignment:
    source: Document
    target: Document
    beads: list[Bead]
    @property
    def confidences(self) -> numpy.ndarray: ...
    def __len__(self) -> int: ...
    def __getitem__(self, index: int) -> Bead: ...
    def __iter__(self) -> Iterator[Bead]: ...
    def to_beads(self) -> str: ...
    def to_tsv(self) -> str: ...
    def to_json(self) -> str: ...
    def to_tmx(self, path: Optional[PathLike] = ...) -> str: ...
    def to_html(self, path: Optional[PathLike] = ..., title: str = ...) -> str: ...
    def to_pandas(self) -> Any: ...

class TermReport:
    json: str
    text: str
    data: dict[str, Any]
    @property
    def terms(self) -> list[dict[str, Any]]: ...
    def variants(self, term: str) -> dict[str, list[tuple[str, int]]]: ...

def read(path: PathLike, *, language: str = ..., encoding: str = ..., lines: bool = ...,
         paragraphs: str = ..., allow_empty_lines: bool = ...) -> Document: ...
def segment(text: Union[str, Sequence[str]], language: str = ..., *, name: str = ...,
            lines: bool = ..., paragraphs: str = ...) -> Document: ...
def lexicon(from_: str, to: str, paths: Sequence[PathLike] = ..., *, bundled: bool = ...,
            bundled_dir: Optional[PathLike] = ...) -> PreparedLexicon: ...
def align(source: Union[Document, PathLike, Sequence[str]],
          target: Union[Document, PathLike, Sequence[str]], *, from_: str = ..., to: str = ...,
          lexicon: Any = ..., max_side: int = ..., learn_lexicon: bool = ...,
          use_paragraphs: bool = ..., band: int = ...) -> Alignment: ...
def terms(original: Document, translations: Iterable[Union[Alignment, Document, PathLike]],
          terms: Optional[Iterable[Union[str, tuple[str, str]]]] = ..., *, to: str = ...,
          lexicon: Any = ..., **options: Any) -> TermReport: ...

class Diff:
    json: str
    text: str
    data: dict[str, Any]
    @property
    def changes(self) -> list[dict[str, Any]]: ...
    def to_tsv(self) -> str: ...
    def to_html(self, path: Optional[PathLike] = ..., title: str = ...) -> str: ...

def diff(a: Union[Document, PathLike, Sequence[str]], b: Union[Document, PathLike, Sequence[str]],
         *, original: Union[Document, PathLike, None] = ..., language: str = ...,
         lexicon: Any = ..., pair_window: int = ...) -> Diff: ...
