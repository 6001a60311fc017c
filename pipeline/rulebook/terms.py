"""Checks of what the rule files say, beyond their schema: terms that conflict or can never match.

`rules.py` checks that each file has the right shape. A file can have the right shape and still
be wrong in ways an analyst only finds by staring at outputs:
- the same term in two entries of one file: whichever entry the matcher picks, the other is dead,
  and the `source` column says one thing on one run and another after an unrelated edit;
- a term that can never match: only punctuation, or an acronym in lower case (acronyms are
  matched exactly as written, and an acronym is written in capitals).
Both are reported as `file:line: message`, at the line of every entry involved, so the analyst
can fix either one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.rulebook.loader import LINE, RuleBook, RuleError

Terms = Callable[[dict], list[str]]


def _listed(*keys: str) -> Terms:
    """The strings of the entry's list keys, in order."""
    return lambda entry: [t for key in keys for t in (entry.get(key) or []) if isinstance(t, str)]


def _terms_or(field: str) -> Terms:
    """`terms`, or the entry's main field when it has no `terms`."""
    return lambda entry: list(entry.get("terms") or [entry.get(field) or ""])


def _role_terms(entry: dict) -> list[str]:
    """A title's case-insensitive terms: `terms`, else its `role`, unless it is a title only in lower case
    (`case_sensitive`: `sultan`, a given name when capitalised)."""
    return list(entry.get("terms") or ([] if entry.get("case_sensitive") else [entry.get("role") or ""]))


def _lemma_and_forms(entry: dict) -> list[str]:
    return [entry.get("lemma") or "", *(entry.get("forms") or [])]


def _named(entry: dict) -> list[str]:
    return [entry.get("name") or "", *(entry.get("aliases") or []), *(entry.get("demonyms") or [])]


@dataclass(frozen=True)
class TermSpace:
    """Terms that compete for the same words: (top-level key, how to read an entry's terms) pairs."""

    file: str
    sources: tuple[tuple[str, Terms], ...]
    exact: tuple[tuple[str, Terms], ...] = ()


SPACES = [
    TermSpace("ranks", (("ranks", _terms_or("rank")),)),
    TermSpace("roles", (("roles", _role_terms),), (("roles", _listed("case_sensitive")),)),
    TermSpace("organisations", (("organisations", lambda e: [e.get("name") or "", *(e.get("aliases") or []),
                                                           *(e.get("seats") or []), *(e.get("also_named") or [])]),),
              (("organisations", _listed("acronyms", "case_sensitive")),)),
    TermSpace("countries", (("countries", _named), ("regions", _named))),
    TermSpace("institutions", (("heads", _listed("terms")),)),
    TermSpace("meetings", (("nouns", _listed("terms")),)),
    TermSpace("meetings", (("verbs", _lemma_and_forms),)),
    TermSpace("meetings", (("locations", _listed("terms")),)),
    TermSpace("meetings", (("modes", _listed("terms")),)),
    TermSpace("dates", (("relative", _listed("terms")),)),
    TermSpace("dates", (("parts_of_month", _listed("terms")),)),
    TermSpace("speech", (("verbs", _lemma_and_forms),)),
    TermSpace("speech", (("markers", _listed("terms")),)),
]
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


def fold_text(text: str) -> str:
    """A word as the case-insensitive terms are matched: lower case, no accents, one apostrophe.
    `Etat`, `ÉTAT` and `état` are one word; so are `Etats-Unis` and `États-Unis`."""
    text = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def fold(term: str) -> str:
    """How the matcher compares case-insensitive terms: `fold_text` with single spaces
    (`Etat-major général` and `état-major général` are one term)."""
    return fold_text(re.sub(r"\s+", " ", term).strip())


@dataclass(frozen=True)
class Use:
    """One term in one entry."""

    key: str
    ident: str
    line: int
    term: str
    exact: bool


def check_terms(book: RuleBook) -> list[RuleError]:
    """Conflicting and never-matching terms in every loaded rule file."""
    errors: list[RuleError] = []
    for space in SPACES:
        if space.file in book.files:
            path = book.folder / f"{space.file}.yml"
            uses = list(_uses(book, space))
            errors.extend(_never_match(path, uses))
            errors.extend(_conflicts(path, uses))
    return sorted(errors, key=lambda e: (e.path, e.line, e.message))


def _uses(book: RuleBook, space: TermSpace) -> Iterator[Use]:
    for exact, sources in ((False, space.sources), (True, space.exact)):
        for key, terms in sources:
            for entry in book.entries(space.file, key):
                for term in dict.fromkeys(terms(entry)):
                    yield Use(key, str(entry.get("id", "")), entry.get(LINE, 1), term, exact)


def _never_match(path: Path, uses: list[Use]) -> Iterator[RuleError]:
    for use in uses:
        if use.term and not any(c.isalnum() for c in use.term):
            yield RuleError(path, use.line, f"term {use.term!r} of {use.ident!r} has no letter or digit: "
                                            "it can never match a word")
        elif use.exact and use.key == "organisations" and _lower_acronym(use):
            yield RuleError(path, use.line, f"acronym {use.term!r} of {use.ident!r} is in lower case: acronyms "
                                            "match exactly as written; write it in capitals or move it to aliases")


def _lower_acronym(use: Use) -> bool:
    """An acronym with letters but no capital: `emi` for `EMI` never meets the text's spelling."""
    letters = [c for c in use.term if c.isalpha()]
    return bool(letters) and not any(c.isupper() for c in letters)


def _conflicts(path: Path, uses: list[Use]) -> Iterator[RuleError]:
    """The same term in two entries: an error at each entry's line, naming the other."""
    by_term: dict[str, list[Use]] = {}
    for use in uses:
        if use.term.strip():
            by_term.setdefault(use.term if use.exact else fold(use.term), []).append(use)
    for use in (u for u in uses if u.exact):  # an exact term is also found by a case-insensitive one
        for other in by_term.get(fold(use.term), []):
            if not other.exact:
                by_term[use.term].append(other)
    reported: set[tuple[str, str, str]] = set()
    for term, found in by_term.items():
        entries = {(u.key, u.ident): u for u in found}
        if len(entries) < 2:
            continue
        for use in entries.values():
            for other in entries.values():
                if other is not use and (use.ident, other.ident, fold(term)) not in reported:
                    reported.add((use.ident, other.ident, fold(term)))
                    yield RuleError(path, use.line, f"term {use.term!r} of {use.ident!r} is also a term of "
                                                    f"{other.ident!r} (line {other.line}): keep it in one entry")
