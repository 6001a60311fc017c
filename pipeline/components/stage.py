"""What every rule stage shares: built from a rule folder, saved and loaded with its rule files.

Each stage module registers a spaCy factory (`@Language.factory("defnews_<stage>")`) whose config
holds the rule folder (empty: the rules shipped with the package). The factory returns a
`RuleStage`: a spaCy component that reads the rule book once (shared by every stage built from the
same files, see `shared_rules`), builds its worker object from it, and on `nlp.to_disk()` writes the
rule files it was built from beside the pipeline, so that `spacy.load()` of the saved folder gives
the same stages on a machine that has no copy of the rules.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components import extensions
from pipeline.components.lexicon import Lexicon, build_lexicon
from pipeline.rulebook import RuleBook, default_rules, load_rules

PREFIX = "defnews_"
RULE_SUFFIXES = (".yml", ".jsonl")
Build = Callable[[Language, RuleBook, Lexicon], Callable[[Doc], Doc]]


def rules_folder(rules: str | Path | None) -> Path:
    return Path(rules) if rules else default_rules()


_books: dict[str, tuple[RuleBook, Lexicon]] = {}  # digest of the rule files -> book and lexicon


def rule_files(folder: Path) -> dict[str, bytes]:
    """The rule files of a folder by name: what names a rule book, and what a saved stage holds."""
    folder = Path(folder)
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in RULE_SUFFIXES and p.is_file()}


def digest(files: dict[str, bytes]) -> str:
    sha = hashlib.sha256()
    for name, data in sorted(files.items()):
        sha.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return sha.hexdigest()


def shared_rules(folder: Path) -> tuple[RuleBook, Lexicon]:
    """The checked rule book of `folder` and its lexicon, read once for every stage of a pipeline.

    Stages built from the same files (by content) share them; raises `RuleError` on a wrong file."""
    key = digest(rule_files(folder)) if Path(folder).is_dir() else str(folder)  # the same files, wherever they are
    if key not in _books:
        book = load_rules(folder)
        _books.clear()  # one rule book at a time: an edited folder replaces the old one
        _books[key] = (book, build_lexicon(book))
    return _books[key]


class RuleStage:
    """A spaCy component around one stage of ours, built from the rule book.

    `build(nlp, book, lexicon)` makes the object that does the work (`DateTagger`, `MeetingFinder`...);
    this class gives it what spaCy expects of a component: a name, `__call__`, `pipe`, and
    `to_disk`/`from_disk`/`to_bytes`/`from_bytes` carrying the rule files."""

    def __init__(self, nlp: Language, name: str, rules: str | Path | None, build: Build) -> None:
        extensions.register()
        self.nlp, self.name, self.build = nlp, name, build
        self.folder = rules_folder(rules)
        self.book: RuleBook | None = None
        self.lexicon: Lexicon | None = None
        self.worker: Callable[[Doc], Doc] | None = None
        if self.folder.is_dir():  # a saved pipeline names a folder that may not exist here: from_disk builds it
            self._build(self.folder)

    def _build(self, folder: Path) -> None:
        self.book, self.lexicon = shared_rules(folder)
        self.worker = self.build(self.nlp, self.book, self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        if self.worker is None:
            raise ValueError(f"{self.name}: no rules folder at {self.folder}; give `rules` in its config")
        return self.worker(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    # -- serialisation: the rule files travel with the stage ------------------------------------------

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(rule_files(self.book.folder) if self.book else {})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> RuleStage:
        return self._from_files(srsly.msgpack_loads(data))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, data in (rule_files(self.book.folder) if self.book else {}).items():
            (path / name).write_bytes(data)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RuleStage:
        self.folder = Path(path)
        self._build(self.folder)
        return self

    def _from_files(self, files: dict[str, Any]) -> RuleStage:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="defnews-rules-"))
        for name, data in files.items():
            (folder / Path(name).name).write_bytes(data)
        return self.from_disk(folder)
