"""Stage 3a: tag ranks, roles, organisations, countries and demonyms from the rule files.

SpanRulers hold every term of `ranks.yml`, `roles.yml`, `organisations.yml` and `countries.yml`,
and the token patterns of `patterns.jsonl`. Their spans land in `doc.spans["lexicon"]`, overlapping
freely; `entities.py` decides which win. Each pattern's id is `<file>:<entry id>`, the provenance
written in the `source` column, and the key to the entry's canonical name, acronyms and parent.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy
from spacy.attrs import NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from pipeline.components.spans import tokens_with
from pipeline.rulebook.loader import RuleBook

SPANS_KEY = "lexicon"
APOSTROPHES = ("'", "\u2019")


def variants(term: str) -> Iterator[str]:
    """The spellings of a term a text may use: either apostrophe."""
    yield term
    for a, b in (APOSTROPHES, APOSTROPHES[::-1]):
        if a in term:
            yield term.replace(a, b)


def fold(text: str) -> str:
    """A word as the case-insensitive terms are matched: lower case, no accents, one apostrophe.
    `Etat`, `ÉTAT` and `état` are one word; so are `Etats-Unis` and `États-Unis`."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u02bc", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def set_folded_norms(doc: Doc) -> None:
    """Every token's NORM becomes its folded form (`fold`), read and written as one array.
    The model has run already: NORM is free for the rule stages to match on."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    orths = doc.to_array([ORTH]).reshape(-1).tolist()
    cache: dict[int, int] = {}
    norms = [cache.get(o) or cache.setdefault(o, strings.add(fold(strings[o]))) for o in orths]
    doc.from_array([NORM], numpy.array(norms, dtype="uint64").reshape(-1, 1))


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
    """Pipeline stage: every lexicon span in `doc.spans["lexicon"]`, from two SpanRulers and a Matcher.

    Terms are phrases matched on `NORM`, which this stage sets to the folded word (lower case, no
    accents: `Chef d'Etat-Major`, `ETAT-MAJOR` and `état-major` alike); exact-case terms (acronyms, `case_sensitive`) are phrases
    matched on `ORTH` in a second ruler. As token patterns the few hundred acronyms cost the Matcher
    more than all other stages together; as phrases they cost nothing. Token patterns from
    `patterns.jsonl` go to `TokenPatterns`.
    """

    def __init__(self, nlp: Language, lex: Lexicon) -> None:
        self.ruler = SpanRuler(nlp, name="lexicon", spans_key=SPANS_KEY, phrase_matcher_attr="NORM",
                               validate=False, overwrite=True)
        self.exact = SpanRuler(nlp, name="lexicon_exact", spans_key=SPANS_KEY, phrase_matcher_attr="ORTH",
                               validate=False, overwrite=False)
        phrases = [p for p in lex.patterns if isinstance(p["pattern"], str)]
        # A ruler outside nlp.pipeline runs every pipe but the last over its phrases; LOWER and ORTH
        # need only the tokenizer, which cuts building this stage (once per worker) from 5.6 s to 0.4 s.
        with nlp.select_pipes(disable=nlp.pipe_names):
            self.ruler.add_patterns([_folded(p) for p in phrases if not p.get("exact")])
            self.exact.add_patterns([_exact(p) for p in phrases if p.get("exact")])
        self.tokens = TokenPatterns(nlp, [p for p in lex.patterns if not isinstance(p["pattern"], str)])

    def __call__(self, doc: Doc) -> Doc:
        set_folded_norms(doc)
        doc = self.ruler(doc)
        if found := self.tokens(doc):  # in the order the ruler gives: sorted, each span once
            doc.spans[SPANS_KEY] = sorted(set(doc.spans[SPANS_KEY]) | set(found))
        return self.exact(doc)


class TokenPatterns:
    """The token patterns of `patterns.jsonl`, matched sentence by sentence where one may begin.

    spaCy's Matcher makes a Python Token of every token it is given, whatever the patterns: over a
    whole article it cost more than all the phrase terms together. When every pattern begins with
    a given word (`{"LOWER": "exercice"}`, `{"LOWER": {"IN": [...]}}`), only the sentences holding
    one of those words are matched; a pattern that may begin anywhere has the whole text matched.
    Either way a token pattern does not reach past the end of its sentence.
    """

    def __init__(self, nlp: Language, patterns: list[dict]) -> None:
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.labels: dict[str, str] = {}
        for p in patterns:
            self.matcher.add(p["id"], [p["pattern"]])
            self.labels[p["id"]] = p["label"]
        firsts = [_first_words(p["pattern"]) for p in patterns]
        self.first_words = None if None in firsts else {attr: set().union(*(f[attr] for f in firsts))
                                                         for attr in ("LOWER", "ORTH")}

    def __call__(self, doc: Doc) -> list[Span]:
        if not self.labels:
            return []
        strings, found = doc.vocab.strings, set()
        for window in self._windows(doc):
            for match_id, start, end in self.matcher(window):
                key = strings[match_id]
                found.add(Span(doc, window.start + start, window.start + end, label=self.labels[key], span_id=key))
        return sorted(found)

    def _windows(self, doc: Doc) -> list[Span]:
        """The sentences from a first word of a pattern to their end; the whole Doc when any pattern
        may begin anywhere."""
        if self.first_words is None:
            return [doc[:]]
        starts = sorted({*tokens_with(doc, "LOWER", self.first_words["LOWER"]),
                         *tokens_with(doc, "ORTH", self.first_words["ORTH"])})
        if not starts:
            return []
        sentence_starts = [int(i) for i in numpy.flatnonzero(doc.to_array([SENT_START]).reshape(-1) == 1)]
        windows, covered = [], -1
        for i in starts:
            if i < covered:  # already inside the window of an earlier first word
                continue
            k = bisect_right(sentence_starts, i)
            covered = sentence_starts[k] if k < len(sentence_starts) else len(doc)
            windows.append(doc[i:covered])
        return windows


def _first_words(pattern: list[dict]) -> dict[str, set[str]] | None:
    """The words a match of a token pattern must begin with, by attribute; None when it may begin
    with any word (its first token is optional, or is not pinned to a word)."""
    first = pattern[0] if pattern else {}
    if first.get("OP", "1") not in ("1", "+"):
        return None
    words: dict[str, set[str]] = {"LOWER": set(), "ORTH": set()}
    for attr, target in (("LOWER", "LOWER"), ("ORTH", "ORTH"), ("TEXT", "ORTH")):
        value = first.get(attr)
        if isinstance(value, str):
            words[target].add(value)
            return words
        if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            words[target].update(value["IN"])
            return words
    return None


def add_lexicon_ruler(nlp: Language, lex: Lexicon) -> LexiconRuler:
    """The lexicon stage: case-insensitive terms, exact-case terms and token patterns."""
    return LexiconRuler(nlp, lex)


def _folded(pattern: dict) -> dict:
    """A case-insensitive phrase pattern written in its folded form: its tokens' NORM (lower case by
    default) is then the folded word, as `set_folded_norms` makes the text's."""
    return {"label": pattern["label"], "pattern": fold(pattern["pattern"]), "id": pattern["id"]}


def _exact(pattern: dict) -> dict:
    """A phrase pattern without the `exact` flag, which SpanRuler does not know."""
    return {"label": pattern["label"], "pattern": pattern["pattern"], "id": pattern["id"]}
