"""Stage 3a: tag ranks, roles, organisations, countries and demonyms from the rule files.

SpanRulers hold every term of `ranks.yml`, `roles.yml`, `organisations.yml` and `countries.yml`,
and the token patterns of `patterns.jsonl`. Their spans land in `doc.spans["lexicon"]`, overlapping
freely; `entities.py` decides which win. Each pattern's id is `<file>:<entry id>`, the provenance
written in the `source` column, and the key to the entry's canonical name, acronyms and parent.
"""

from __future__ import annotations

import re
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
from pipeline.rulebook.grammar import Grammar
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
    institutions: dict = field(default_factory=dict)  # the grammar of `institutions.yml`: heads, linkers

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
    lex.grammar = Grammar.from_book(book)  # the function words, for every stage that reads the lexicon
    lex.institutions = {"heads": book.entries("institutions", "heads"),
                        "linkers": book.get("institutions", "linkers", []),
                        "not_words": [*book.get("dates", "weekdays", []),
                                      *(w for forms in (book.get("dates", "months", {}) or {}).values()
                                        if isinstance(forms, list) for w in forms if isinstance(w, str))]}
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
    accents: `Chef d'Etat-Major`, `ETAT-MAJOR` and `état-major` alike); exact-case terms (acronyms,
    `case_sensitive`) are phrases matched on `ORTH` in a second ruler. As token patterns the few hundred
    acronyms cost the Matcher more than all other stages together; as phrases they cost nothing. Token patterns from
    `patterns.jsonl` go to `TokenPatterns`.
    """

    def __init__(self, nlp: Language, lex: Lexicon) -> None:
        self.grammar = InstitutionGrammar(nlp, lex.institutions)
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
        # role terms as folded words, for `ministre nigérien de la Défense` (a demonym inside a role)
        self.role_words = {tuple(t.lower_ for t in nlp.make_doc(fold(p["pattern"]))): p["id"]
                           for p in phrases if p["label"] == "ROLE" and not p.get("exact")}

    def __call__(self, doc: Doc) -> Doc:
        set_folded_norms(doc)
        doc = self.ruler(doc)
        if found := self.tokens(doc):  # in the order the ruler gives: sorted, each span once
            doc.spans[SPANS_KEY] = sorted(set(doc.spans[SPANS_KEY]) | set(found))
        doc = self.exact(doc)
        if roles := self._roles_around_demonyms(doc, list(doc.spans[SPANS_KEY])):
            doc.spans[SPANS_KEY] = sorted(set(doc.spans[SPANS_KEY]) | set(roles))
        if names := self.grammar(doc, list(doc.spans[SPANS_KEY])):
            doc.spans[SPANS_KEY] = sorted(set(doc.spans[SPANS_KEY]) | set(names))
        return doc


    def _roles_around_demonyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """`le ministre nigérien de la Défense nationale`, `la secrétaire américaine à l'Armée`: a role
        whose term a demonym cuts in two is one role; the demonym inside says its country."""
        roles: dict[int, list[Span]] = {}
        for span in spans:
            if span.label_ == "ROLE":
                roles.setdefault(span.end, []).append(span)
        found = []
        for demonym in spans:
            if demonym.label_ != "MISC" or not demonym.id_.startswith("countries:") or demonym.start not in roles:
                continue
            for role in roles[demonym.start]:
                head = tuple(t.norm_ for t in role)
                best = None
                for end in range(demonym.end + 1, min(len(doc), demonym.end + 8) + 1):
                    key = self.role_words.get(head + tuple(t.norm_ for t in doc[demonym.end:end]))
                    if key is not None:
                        best = Span(doc, role.start, end, label="ROLE", span_id=key)
                if best is not None:
                    found.append(best)
        return found


ORDINAL = re.compile(r"^\d+(?:e|er|re|ème|eme|è)$", re.IGNORECASE)
NUMBER = re.compile(r"^\d+(?:[/.-]\d+)*$")
YEAR = re.compile(r"^(?:19|20)\d\d$")


class InstitutionGrammar:
    """Names of institutions the lists do not hold, read by the grammar of `institutions.yml`:
    a head noun (`ministère`, `régiment`...) and its complements, kept as written. Each name is an
    ORG span `institutions:<head id>` in `doc.spans["lexicon"]`, where the longest span wins as for
    any rule; a span the lists give the same words keeps the list's canonical name."""

    def __init__(self, nlp: Language, grammar: dict) -> None:
        def words(term: str) -> tuple[str, ...]:
            return tuple(t.lower_ for t in nlp.make_doc(fold(term)))

        self.heads: dict[tuple[str, ...], dict] = {}
        for entry in grammar.get("heads") or []:
            for term in entry.get("terms") or []:
                self.heads[words(term)] = entry
        # `d'`, `l'` are tokens of their own in a text, but not when tokenized alone: split on spaces
        self.linkers = sorted({tuple(fold(t).split()) for t in grammar.get("linkers") or []}, key=len, reverse=True)
        self.first = {h[0] for h in self.heads}
        self.not_words = {fold(w) for w in grammar.get("not_words") or []}  # weekdays and months: a date follows

    def __call__(self, doc: Doc, spans: list[Span]) -> list[Span]:
        if not self.heads or not len(doc):
            return []
        strings = doc.vocab.strings
        norms = [strings[h] for h in doc.to_array([NORM]).reshape(-1).tolist()]
        known: dict[int, Span] = {}  # the longest list name (ORG, LOC, demonym) starting at each token
        inside_role: set[int] = set()
        same: set[tuple[int, int]] = set()
        for span in spans:
            longest = known.get(span.start)
            if span.label_ in ("ORG", "LOC", "MISC") and (longest is None or len(span) > len(longest)):
                known[span.start] = span
            if span.label_ == "ORG":
                same.add((span.start, span.end))
            if span.label_ == "ROLE":
                inside_role.update(range(span.start + 1, span.end))
        people = {i for e in doc.ents if e.label_ == "PER" for i in range(e.start, e.end)}
        self.places = {i for e in doc.ents if e.label_ == "LOC" for i in range(e.start, e.end)}
        found: list[Span] = []
        for i, norm in enumerate(norms):
            if norm not in self.first or i in inside_role or i in people:
                continue
            head = next((h for h in sorted(self.heads, key=len, reverse=True) if tuple(norms[i:i + len(h)]) == h), None)
            if head is None:
                continue
            span = self._read(doc, i, i + len(head), self.heads[head], norms, known, people)
            if span is not None and (span.start, span.end) not in same and not self._of_known(span, known, norms):
                ident = f"institutions:{self.heads[head]['id']}"
                found.append(Span(doc, span.start, span.end, label="ORG", span_id=ident))
        return found

    def _of_known(self, span: Span, known: dict[int, Span], norms: list[str]) -> bool:
        """`Comité militaire de l'OTAN`: a name of the lists followed by `de` + another name of the
        lists is one body of another (PART_OF), two names, not a new one."""
        listed = known.get(span.start)
        if listed is None or listed.label_ != "ORG" or listed.end >= span.end:
            return False
        linker = next((w for w in self.linkers if tuple(norms[listed.end:listed.end + len(w)]) == w), None)
        inner = known.get(listed.end + len(linker)) if linker else None
        return inner is not None and inner.label_ == "ORG"

    def _read(self, doc: Doc, head: int, j: int, entry: dict, norms: list[str], known: dict[int, Span],
              people: set[int]) -> Span | None:
        """The name headed at token `head` (its head words end at `j`), or None when the complements
        do not make it one. Complements: adjectives and demonyms, a number (which closes the name but
        for a quoted name after it), a quoted name, `de`-phrases. A `de`-phrase is a known name, or
        up to three nouns and adjectives; after `et` only common nouns (`de chasse et d'expérimentation`),
        never a second body (`de l'Agence ... et du Fonds ...`)."""
        start, head_end, needs, numbered = head, j, entry["needs"], bool(entry.get("numbered"))
        capital_head = doc[head].text[:1].isupper() and not doc[head].is_sent_start and not doc[head - 1].is_space
        marked = False
        if numbered and head > 0 and ORDINAL.match(doc[head - 1].text):
            start, marked = head - 1, True
        national, linked, end, places = False, False, j, self.places
        while j < len(doc) and j - start < 16 and j not in people:
            token, span = doc[j], known.get(j)
            if span is not None and span.label_ == "MISC" and _demonym(span):
                j = end = span.end
                national = True
            elif token.text == "«" and (close := _closing(doc, j)) is not None:
                j = end = close + 1
                marked = True
                break
            elif numbered and (NUMBER.match(token.text) and not YEAR.match(token.text) or ORDINAL.match(token.text)):
                j = end = j + 1
                marked = True
                if not (j < len(doc) and doc[j].text == "«"):
                    break
            elif token.pos_ == "ADJ" and token.is_alpha and token.is_lower and norms[j] not in self.not_words:
                j = end = j + 1
            else:
                linker = next((w for w in self.linkers if tuple(norms[j:j + len(w)]) == w), None)
                k = j + len(linker) if linker else j
                if linker is None or k >= len(doc) or k in people or norms[k] in self.not_words:
                    break
                coordinated = linker[0] == "et"
                inner = known.get(k)
                if inner is not None and inner.label_ in ("ORG", "LOC"):
                    if coordinated:
                        break
                    national = national or inner.id_.startswith("countries:")
                    j = end = inner.end
                else:
                    words = 0
                    while k < len(doc) and words < 3 and doc[k].is_alpha and k not in people \
                            and norms[k] not in self.not_words and (doc[k].pos_ in ("NOUN", "ADJ") or
                                                                    doc[k].pos_ == "PROPN" and not coordinated):
                        if coordinated and not doc[k].is_lower:
                            break
                        marked = marked or doc[k].text[:1].isupper() and k not in places
                        k, words = k + 1, words + 1
                    if not words:
                        break
                    j = end = k
                linked = True
        has_complement = end > head_end
        marked = marked or (capital_head and linked)
        ok = has_complement and (needs == "complement" or (needs == "mark" and marked) or
                                 (needs == "national" and national))
        return Span(doc, start, end) if ok else None


def _head_end(doc: Doc, head: int, norms: list[str], heads: dict) -> int:
    return head + max(len(h) for h in heads if tuple(norms[head:head + len(h)]) == h)


def _demonym(span: Span) -> bool:
    return span.id_.startswith("countries:") and not span.id_.startswith("countries:r.")


def _closing(doc: Doc, i: int) -> int | None:
    """The `»` closing the quote opened at token i, within a few words."""
    for k in range(i + 1, min(len(doc), i + 8)):
        if doc[k].text == "»":
            return k
    return None


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
    """The lexicon stage: case-insensitive terms, exact-case terms, token patterns, institutional names."""
    return LexiconRuler(nlp, lex)


def _folded(pattern: dict) -> dict:
    """A case-insensitive phrase pattern written in its folded form: its tokens' NORM (lower case by
    default) is then the folded word, as `set_folded_norms` makes the text's."""
    return {"label": pattern["label"], "pattern": fold(pattern["pattern"]), "id": pattern["id"]}


def _exact(pattern: dict) -> dict:
    """A phrase pattern without the `exact` flag, which SpanRuler does not know."""
    return {"label": pattern["label"], "pattern": pattern["pattern"], "id": pattern["id"]}
