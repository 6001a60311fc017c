"""Stage 3a: tag ranks, roles, organisations, countries and demonyms from the rule files.

SpanRulers hold every term of `ranks.yml`, `roles.yml`, `organisations.yml` and `countries.yml`,
and the token patterns of `patterns.jsonl`. Their spans land in `doc.spans["lexicon"]`, overlapping
freely; `entities.py` decides which win. Each pattern's id is `<file>:<entry id>`, the provenance
written in the `source` column, and the key to the entry's canonical name, acronyms and parent.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc

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
        acronyms = entry.get("acronyms") or []
        # `Minusma`, `Finul`: the press writes long acronyms as words too
        words = [a.capitalize() for a in acronyms if len(a) >= 4 and a.isalpha() and a.isupper()]
        exact = [*acronyms, *words, *(entry.get("case_sensitive") or [])]
        lex.add("organisations", entry, "ORG", terms, exact)
    for key in ("countries", "regions"):
        for entry in book.entries("countries", key):
            lex.add("countries", entry, "LOC", [entry["name"], *(entry.get("aliases") or [])])
            if entry.get("demonyms"):
                lex.add("countries", entry, "MISC", entry["demonyms"])
    for entry in book.entries("patterns", "patterns"):  # rules/patterns.jsonl, spaCy's own format
        key = f"patterns:{entry['id']}"
        lex.entries.setdefault(key, entry)
        lex.patterns.append({"label": entry["label"], "pattern": entry["pattern"], "id": key})
    return lex


class LexiconRuler:
    """Pipeline stage: every lexicon span in `doc.spans["lexicon"]`, from two SpanRulers.

    Terms are phrases matched on `LOWER`; exact-case terms (acronyms, `case_sensitive`) are phrases
    matched on `ORTH` in a second ruler. As token patterns the few hundred acronyms cost the Matcher
    more than all other stages together; as phrases they cost nothing. Token patterns from
    `patterns.jsonl` go to the first ruler's Matcher.
    """

    def __init__(self, nlp: Language, lex: Lexicon) -> None:
        self.ruler = SpanRuler(nlp, name="lexicon", spans_key=SPANS_KEY, phrase_matcher_attr="LOWER",
                               validate=False, overwrite=True)
        self.exact = SpanRuler(nlp, name="lexicon_exact", spans_key=SPANS_KEY, phrase_matcher_attr="ORTH",
                               validate=False, overwrite=False)
        # A ruler outside nlp.pipeline runs every pipe but the last over its phrases; LOWER and ORTH
        # need only the tokenizer, which cuts building this stage (once per worker) from 5.6 s to 0.4 s.
        with nlp.select_pipes(disable=nlp.pipe_names):
            self.ruler.add_patterns([p for p in lex.patterns if not p.get("exact")])
            self.exact.add_patterns([_exact(p) for p in lex.patterns if p.get("exact")])

    def __call__(self, doc: Doc) -> Doc:
        return self.exact(self.ruler(doc))


def add_lexicon_ruler(nlp: Language, lex: Lexicon) -> LexiconRuler:
    """The lexicon stage: case-insensitive terms, exact-case terms and token patterns."""
    return LexiconRuler(nlp, lex)


def _exact(pattern: dict) -> dict:
    """A phrase pattern without the `exact` flag, which SpanRuler does not know."""
    return {"label": pattern["label"], "pattern": pattern["pattern"], "id": pattern["id"]}
