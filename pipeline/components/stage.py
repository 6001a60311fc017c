"""What every rule stage shares: built from a rule folder, saved and loaded with its rule files.

Each stage module registers a spaCy factory (`@Language.factory("defnews_<stage>")`) whose config
holds the rule folder (empty: the rules shipped with the package). The factory returns a
`RuleStage`: a spaCy component that reads the rule book once (shared by every stage built from the
same files, see `shared_rules`), builds its worker object from it, and on `nlp.to_disk()` writes the
rule files it was built from beside the pipeline, so that `spacy.load()` of the saved folder gives
the same stages on a machine that has no copy of the rules.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
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


def book_key(folder: Path) -> str:
    """Names a rule folder by content: an edited file is another rule book; the same files, wherever
    they are, the same one."""
    return digest(rule_files(folder)) if Path(folder).is_dir() else str(folder)


def shared_rules(folder: Path, key: str | None = None) -> tuple[RuleBook, Lexicon]:
    """The checked rule book of `folder` and its lexicon, read once for every stage of a pipeline.

    Stages built from the same files (by content, `key`) share them; raises `RuleError` on a wrong file."""
    key = key or book_key(folder)
    if key not in _books:
        book = load_rules(folder)
        _books.clear()  # one rule book at a time: an edited folder replaces the old one
        _books[key] = (book, build_lexicon(book))
    return _books[key]


def remember_rules(folder: Path, book: RuleBook) -> None:
    """A rule book just checked (`check_rules`) is the one the next stages built from `folder` use,
    so that `extract --watch` reads each edited file once."""
    key = book_key(folder)
    _books.clear()
    _books[key] = (book, build_lexicon(book))


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
        key = book_key(folder)  # read and hashed once: the rule files are the same for both
        self.book, self.lexicon = shared_rules(folder, key)
        prebuilt = _prebuilt.pop((key, self.name), None)  # unpickled by `load_compiled`
        self.worker = prebuilt or self.build(self.nlp, self.book, self.lexicon)

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


# -- compiled rules, kept between runs -------------------------------------------------------------
#
# Reading and checking the YAML files and building the matchers takes seconds at every start (more on
# a busy machine), for rules that did not change since the last run. Once built, the rule book, the
# lexicon and every stage's worker are pickled into the cache folder under a name that holds the
# digest of the rule files, of the code that builds them, and the versions of spaCy and Python; a
# run with the same files unpickles them instead. The spaCy vocabulary and Language are not stored:
# they are the running model's, given back on loading. The cache folder is the user's own: a pickle
# runs code when loaded, so it must not be writable by others (the parse cache's rule already).

COMPILED_FOLDER = "compiled-rules"
KEEP_COMPILED = 8  # compiled rule books kept (about 1 MB each), the most recent ones
_prebuilt: dict[tuple[str, str], Callable[[Doc], Doc]] = {}  # (book_key, stage name) -> worker


def compiled_path(cache: Path, folder: Path, model: str = "") -> Path:
    """Where the compiled form of the rules in `folder` lives in the cache folder `cache`, for the
    installed package of the model named `model` (its tokenizer made the rule phrases' tokens)."""
    import platform
    from importlib.metadata import PackageNotFoundError, version

    with contextlib.suppress(PackageNotFoundError):  # a model folder rather than a package: named as given
        model = f"{model}-{version(model)}" if model else ""

    code = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for source in sorted([*package.glob("components/*.py"), *package.glob("rulebook/*.py")]):
        code.update(source.name.encode() + b"\0" + source.read_bytes())
    key = hashlib.sha256(f"{book_key(folder)}\0{code.hexdigest()}\0{version('spacy')}\0{model}\0"
                         f"{platform.python_version()}".encode()).hexdigest()
    return Path(cache) / COMPILED_FOLDER / f"{key[:32]}.pickle"


class _Pickler(pickle.Pickler):
    def __init__(self, file: Any, nlp: Language) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.shared = {id(nlp): "nlp", id(nlp.vocab): "vocab", id(nlp.vocab.strings): "strings"}

    def persistent_id(self, obj: Any) -> str | None:
        return self.shared.get(id(obj))


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: Any, nlp: Language) -> None:
        super().__init__(file)
        self.shared = {"nlp": nlp, "vocab": nlp.vocab, "strings": nlp.vocab.strings}

    def persistent_load(self, pid: str) -> Any:
        return self.shared[pid]


def load_compiled(cache: Path, folder: Path, nlp: Language, model: str = "") -> bool:
    """Make the compiled rules of `folder` (if the cache holds them) what the next stages built from
    `folder` use; False when there are none, or they cannot be read (they are then rebuilt)."""
    try:
        with open(compiled_path(cache, folder, model), "rb") as handle:
            unpickler = _Unpickler(handle, nlp)
            for string in unpickler.load():  # the strings the workers know by their hash only
                nlp.vocab.strings.add(string)
            book, lexicon, workers = unpickler.load()
    except Exception:  # absent, truncated, from another version: built again, never trusted
        return False
    key = book_key(folder)
    book.folder = Path(folder)  # as this run names it
    _books.clear()
    _books[key] = (book, lexicon)
    _prebuilt.clear()
    _prebuilt.update({(key, name): worker for name, worker in workers.items()})
    return True


def save_compiled(cache: Path, folder: Path, nlp: Language, stages: dict[str, RuleStage], known: int = 0,
                  model: str = "") -> None:
    """Keep the compiled rules for the next run; a failed write only costs that run some seconds.

    `known`: how many strings the vocabulary held before the stages were built; those added since
    (rule words, labels, pattern ids, which the workers may hold as hashes) are saved with them."""
    import os
    import tempfile

    path = compiled_path(cache, folder, model)
    if path.exists():
        return
    stage = next(iter(stages.values()))
    temporary = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            pickler = _Pickler(stream, nlp)
            pickler.dump(list(nlp.vocab.strings)[known:])  # in the order they were added
            pickler.dump((stage.book, stage.lexicon, {n: s.worker for n, s in stages.items()}))
        os.replace(temporary, path)
        kept = sorted(path.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in [p for p in kept if not p.name.startswith("phrases-")][KEEP_COMPILED:]:
            old.unlink(missing_ok=True)  # rules of many edits ago
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        if temporary:
            Path(temporary).unlink(missing_ok=True)
