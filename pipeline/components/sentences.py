"""Sentence starts before the parser: a line break opens a sentence, a title's dot does not.

News pages put a headline and short header lines above the body; the parser alone glues them to the
first sentence. This runs before the parser (`defnews_sentences`), so a headline never leaks into the
sentence after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.tokens import Doc

from pipeline.rulebook.grammar import shipped_words

ABBREVIATION = re.compile(r"^(?:[A-Z]|[A-Z][a-z]{1,2}|[A-Z]\.[A-Z])\.$")  # M. Dr. Pr. S.E.
SENTENCE_END = {".", "!", "?", "…", "»", ":", ";", "”", ")"}


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
    _no_end_after_titles(doc, starts)
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


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    """`title_abbreviations` of the shipped rules/grammar.yml (`grammar.shipped_words`). This stage runs with
    the model, before the parser: its bounds are stored in the parse cache, whose entries are named by
    these words and this file's code (`cache.sentence_rules_digest`)."""
    return frozenset(w.lower().rstrip(".") for w in shipped_words("title_abbreviations"))


def _no_end_after_titles(doc: Doc, starts: numpy.ndarray) -> None:
    """No sentence opens after a title's abbreviation cut from its dot (`le Gal. Ali`, `le gén. Roux`),
    nor after an acronym in brackets followed by a capitalised word (`le Département fédéral de la défense
    (DDPS) Viola Amherd a ...`): an acronym in brackets follows the name it shortens, inside the sentence;
    a real end has its full stop (`... (EMA). Le général ...`)."""
    words = [t.text for t in doc]
    titles = title_abbreviations()
    for i in range(1, len(words) - 1):
        word, nxt = words[i], words[i + 1]
        title = word == "." and words[i - 1].lower() in titles
        acronym = (word == ")" and i >= 2 and words[i - 2] == "(" and len(words[i - 1]) >= 2
                   and words[i - 1].isupper() and words[i - 1].isalpha() and nxt[:1].isupper()
                   and "\n" not in doc[i].whitespace_)
        if title or acronym:
            starts[i + 1] = -1
