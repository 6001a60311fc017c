"""Stage 3a: tag ranks, roles, organisations, countries and demonyms from the rule files.

One spaCy SpanRuler holds every term of `ranks.yml`, `roles.yml`, `organisations.yml` and
`countries.yml`. Its spans land in `doc.spans["lexicon"]`, overlapping freely; `entities.py`
decides which win. Each pattern's id is `<file>:<entry id>`, the provenance written in the
`source` column, and the key to the entry's canonical name, acronyms and parent.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.pipeline import SpanRuler

from pipeline.rules import RuleBook

SPANS_KEY = "lexicon"
APOSTROPHES = ("'", "\u2019")


def variants(term: str) -> Iterator[str]:
    """The spellings of a term a text may use: either apostrophe."""
    yield term
    for a, b in (APOSTROPHES, APOSTROPHES[::-1]):
        if a in term:
            yield term.replace(a, b)


@dataclass
class Lexicon:
    """Every entry of the lexical rule files, by pattern id, with the spellings that find it."""

    entries: dict[str, dict] = field(default_factory=dict)  # "organisations:otan.emi" -> entry
    labels: dict[str, str] = field(default_factory=dict)  # pattern id -> label
    patterns: list[dict] = field(default_factory=list)

    def add(self, file: str, entry: dict, label: str, terms: list[str], exact: list[str] = ()) -> str:
        key = f"{file}:{entry['id']}"
        self.entries.setdefault(key, entry)
        for term in terms:
            for form in variants(term):
                self.patterns.append({"label": label, "pattern": form, "id": key})
        for term in exact:
            for form in variants(term):
                self.patterns.append({"label": label, "pattern": form, "id": key, "exact": True})
        return key

    def entry(self, pattern_id: str) -> dict:
        return self.entries.get(pattern_id, {})

    def by_file(self, file: str) -> dict[str, dict]:
        """The entries of one file by their own id (`otan.emi`)."""
        prefix = f"{file}:"
        return {k[len(prefix) :]: v for k, v in self.entries.items() if k.startswith(prefix)}


def build_lexicon(book: RuleBook) -> Lexicon:
    """Turn the rule files into SpanRuler patterns and an id index."""
    lex = Lexicon()
    for entry in book.entries("ranks", "ranks"):
        lex.add("ranks", entry, "RANK", entry.get("terms") or [entry["rank"]])
    for entry in book.entries("roles", "roles"):
        lex.add("roles", entry, "ROLE", entry.get("terms") or [entry["role"]])
    for entry in book.entries("organisations", "organisations"):
        terms = [entry["name"], *(entry.get("aliases") or [])]
        exact = [*(entry.get("acronyms") or []), *(entry.get("case_sensitive") or [])]
        lex.add("organisations", entry, "ORG", terms, exact)
    for key in ("countries", "regions"):
        for entry in book.entries("countries", key):
            lex.add("countries", entry, "LOC", [entry["name"], *(entry.get("aliases") or [])])
            if entry.get("demonyms"):
                lex.add("countries", entry, "MISC", entry["demonyms"])
    return lex


def add_lexicon_ruler(nlp: Language, lex: Lexicon) -> SpanRuler:
    """A SpanRuler over the lexicon, case-insensitive; exact-case terms use token patterns."""
    ruler = SpanRuler(nlp, name="lexicon", spans_key=SPANS_KEY, phrase_matcher_attr="LOWER", validate=False)
    ruler.add_patterns([_exact(nlp, p) if p.get("exact") else p for p in lex.patterns])
    return ruler


def _exact(nlp: Language, pattern: dict) -> dict:
    """A token pattern matching the term with its exact case (`SHAPE`, not `shape`)."""
    tokens = [{"ORTH": t.text} for t in nlp.make_doc(pattern["pattern"]) if not t.is_space]
    return {"label": pattern["label"], "pattern": tokens, "id": pattern["id"]}
