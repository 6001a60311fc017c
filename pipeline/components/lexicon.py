"""Stage 3a: tag ranks, roles, organisations, countries and demonyms from the rule files.

SpanRulers hold every term of `ranks.yml`, `roles.yml`, `organisations.yml` and `countries.yml`,
and the token patterns of `patterns.jsonl`. Their spans land in `doc.spans["lexicon"]`, overlapping
freely; `entities.py` decides which win. Each pattern's id is `<file>:<entry id>`, the provenance
written in the `source` column, and the key to the entry's canonical name, acronyms and parent.
"""

from __future__ import annotations

import re
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
from pipeline.rulebook.terms import fold_text as fold  # a word as terms are matched and checked

SPANS_KEY = "lexicon"
APOSTROPHES = ("'", "\u2019")
RUN_WORDS = 4  # lower-case words between a head and the acronym in brackets that closes its name
DASHES = ("–", "—", "-")  # a dash set between spaces inside a name (`Force X – Corne de l'Afrique`)


def variants(term: str) -> Iterator[str]:
    """The spellings of a term a text may use: either apostrophe."""
    yield term
    for a, b in (APOSTROPHES, APOSTROPHES[::-1]):
        if a in term:
            yield term.replace(a, b)


def folded_phrases(nlp, terms) -> list[Doc]:
    """Phrase patterns for a `PhraseMatcher(attr="NORM")` over a text this stage has folded: each
    token's NORM is its folded word, so `visite d'Etat`, `VISITE D'ÉTAT` and `visite d'État` are one
    term written once."""
    docs = []
    for term in dict.fromkeys(fold(t) for t in terms):
        doc = nlp.make_doc(term)
        for token in doc:
            token.norm_ = fold(token.text)
        docs.append(doc)
    return docs


def set_folded_norms(doc: Doc, prefixes: tuple[str, ...] = ()) -> None:
    """Every token's NORM becomes its folded form (`fold`), read and written as one array.
    The model has run already: NORM is free for the rule stages to match on. A title glued to a
    prefix the tokenizer keeps (`l'ex-secrétaire`, `ex-ministre`) is matched as the title alone."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    orths = doc.to_array([ORTH]).reshape(-1).tolist()
    cache = _folded_norms(strings, prefixes)
    missing = {o for o in orths if o not in cache}
    for o in missing:  # each word folded once per vocabulary, not once per token
        cache[o] = strings.add(_unprefixed(fold(strings[o]), strings[o], prefixes))
    norms = [cache[o] for o in orths]
    doc.from_array([NORM], numpy.array(norms, dtype="uint64").reshape(-1, 1))


_norm_cache: list = [None, (), {}]  # [the StringStore, the prefixes, its word hash -> folded word hash]


def _folded_norms(strings, prefixes: tuple[str, ...] = ()) -> dict[int, int]:
    """The folded form of every word met so far, by hash, for this vocabulary's strings (a folded
    word is added to the store once, and a store never forgets its strings)."""
    if _norm_cache[0] is not strings or _norm_cache[1] != prefixes:
        _norm_cache[:] = [strings, prefixes, {}]
    return _norm_cache[2]


def _unprefixed(folded: str, word: str, prefixes: tuple[str, ...]) -> str:
    """`ex-ministre` -> `ministre`: a prefix of `grammar.past_title_words` written with its hyphen,
    before a word in lower case (a title; `ex-URSS`, `ex-Yougoslavie` keep theirs)."""
    for prefix in prefixes:
        rest = word[len(prefix):]
        if folded.startswith(prefix) and len(rest) > 1 and rest[0].isalpha() and rest[0].islower():
            return folded[len(prefix):]
    return folded


@dataclass
class Lexicon:
    """Every entry of the lexical rule files, by pattern id, with the spellings that find it."""

    entries: dict[str, dict] = field(default_factory=dict)  # "organisations:otan.emi" -> entry
    labels: dict[str, str] = field(default_factory=dict)  # pattern id -> label
    patterns: list[dict] = field(default_factory=list)
    institutions: dict = field(default_factory=dict)  # the grammar of `institutions.yml`: heads, linkers
    feminine_ranks: set[str] = field(default_factory=set)  # folded `feminine_terms` of ranks.yml

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
        """The entries of one file by their own id (`otan.emi`). Made once per file while the lexicon
        stays the same (entries are only added): stages ask it per Doc, and the organisations file
        has hundreds of entries. The same dict is handed to every caller: read it, do not change it."""
        made = self.__dict__.setdefault("_by_file", {})
        known = made.get(file)
        if known is not None and known[0] == len(self.entries):
            return known[1]
        prefix = f"{file}:"
        entries = {k[len(prefix) :]: v for k, v in self.entries.items() if k.startswith(prefix)}
        made[file] = (len(self.entries), entries)
        return entries

    def derived(self, file: str, name: str, build) -> dict:
        """A table made from one file's entries by `build(entries)` (the countries by their folded name), made
        once while those entries stay the same (`by_file`), not per Doc. Read it, do not change it."""
        entries = self.by_file(file)
        made = self.__dict__.setdefault("_derived", {})
        known = made.get(name)
        if known is None or known[0] is not entries:
            known = made[name] = (entries, build(entries))
        return known[1]


def build_lexicon(book: RuleBook) -> Lexicon:
    """Turn the rule files into SpanRuler patterns and an id index."""
    lex = Lexicon()
    lex.grammar = Grammar.from_book(book)  # the function words, for every stage that reads the lexicon
    lex.institutions = {"heads": book.entries("institutions", "heads"),
                        "linkers": book.get("institutions", "linkers", []),
                        "place_linkers": book.get("institutions", "place_linkers", []),
                        "national_adjectives": book.get("institutions", "national_adjectives", []),
                        "unit_codes": book.get("institutions", "unit_codes", None),
                        "compass_points": book.get("institutions", "compass_points", []),
                        "domain_names": book.get("institutions", "domain_names", []),
                        "domain_adjectives": book.get("institutions", "domain_adjectives", []),
                        "time_words": book.get("institutions", "time_words", []),
                        "locution_nouns": book.get("institutions", "locution_nouns", []),
                        "trip_nouns": book.get("institutions", "trip_nouns", []),
                        "membership_words": book.get("institutions", "membership_words", []),
                        "collegial_heads": book.get("institutions", "collegial_heads", []),
                        "leading_verbs": lex.grammar.leading_verbs,
                        "participle_endings": lex.grammar.participle_endings,
                        "site_prepositions": lex.grammar.site_prepositions,
                        "determiners": lex.grammar.determiners,
                        "national_bodies": {f"organisations:{e['id']}"
                                            for e in book.entries("organisations", "organisations")
                                            if e.get("country")},
                        # `Assemblée nationale` -> `countries:fr`: `de France` after it is its own country
                        "body_countries": {f"organisations:{e['id']}": f"countries:{e['country']}"
                                           for e in book.entries("organisations", "organisations")
                                           if e.get("country")},
                        "generic": {f"organisations:{e['id']}" for e in book.entries("organisations", "organisations")
                                    if not (e.get("country") or e.get("parent") or e.get("acronyms"))},
                        # `Marine`: one word naming a listed body by its capital only; `Marine de l'APL` is another's
                        "capital_words": {(f"organisations:{e['id']}", w)
                                          for e in book.entries("organisations", "organisations")
                                          for w in e.get("case_sensitive") or [] if " " not in w},
                        "demonym_groups": [e.get("demonyms") or [] for key in ("countries", "regions")
                                           for e in book.entries("countries", key)],
                        "demonyms": [d for key in ("countries", "regions") for e in book.entries("countries", key)
                                     for d in e.get("demonyms") or []],
                        "not_words": [*book.get("dates", "weekdays", []),
                                      *(w for forms in (book.get("dates", "months", {}) or {}).values()
                                        if isinstance(forms, list) for w in forms if isinstance(w, str))]}
    for entry in book.entries("ranks", "ranks"):
        feminine = entry.get("feminine_terms") or []
        lex.add("ranks", entry, "RANK", [*(entry.get("terms") or [entry["rank"]]), *feminine])
        lex.feminine_ranks.update(fold(t) for t in feminine)
    for entry in book.entries("roles", "roles"):
        # `case_sensitive`: a title only as written in lower case (`le sultan d'Oman`); capitalised, the same
        # word is a given name (`Sultan Al Jaber`, `le prince Bandar ben Sultan`)
        exact = entry.get("case_sensitive") or []
        terms = entry.get("terms") or ([] if exact else [entry["role"]])
        lex.add("roles", entry, "ROLE", terms, exact)
    for entry in book.entries("organisations", "organisations"):
        # `seats`: the building that stands for the body (`Pentagone`), `also_named`: the other name it bears
        # (`Confédération des États du Sahel`), both matched as aliases
        terms = [entry["name"], *(entry.get("aliases") or []), *(entry.get("seats") or []),
                 *(entry.get("also_named") or [])]
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
        self.feminine_ranks = lex.feminine_ranks
        self.grammar_words = lex.grammar.determiners | lex.grammar.title_determiners
        self.title_prefixes = tuple(sorted(fold(w) for w in lex.grammar.past_title_words if w.endswith("-")))
        # role terms as folded words, for `ministre nigérien de la Défense` (a demonym inside a role)
        self.role_words = {tuple(t.lower_ for t in nlp.make_doc(fold(p["pattern"]))): p["id"]
                           for p in phrases if p["label"] == "ROLE" and not p.get("exact")}

    def __call__(self, doc: Doc) -> Doc:
        set_folded_norms(doc, self.title_prefixes)
        # What the two SpanRulers would leave in `doc.spans` (the first replaces the group, the second
        # appends its matches), kept as one list and written once: reading a group back makes a new
        # Span of each member.
        spans = self.ruler.match(doc)
        if found := self.tokens(doc):  # in the order the ruler gives: sorted, each span once
            spans = sorted(set(spans) | set(found))
        spans = spans + [s for s in self.exact.match(doc) if not _longer_acronym(doc, s)]
        spans = self._feminine_ranks(doc, spans)
        if roles := self._roles_around_demonyms(doc, spans):
            spans = sorted(set(spans) | set(roles))
        if names := self.grammar(doc, spans):
            spans = sorted(set(spans) | set(names))
        doc.spans[SPANS_KEY] = spans
        return doc


    def _feminine_ranks(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """`la générale X`, `sa colonelle`: a feminine form of a rank is one only after a determiner or a
        possessive; elsewhere it is the adjective of a name (`l'Assemblée générale`, `Délégation générale`).
        A compound one (`Lieutenante-générale`, `brigadière-générale`) is no adjective of any name: a rank
        wherever it stands, as at the head of a caption line (`— Lieutenante-générale X, commandante ...`)."""
        if not self.feminine_ranks:
            return spans
        grammar = self.grammar_words
        return [s for s in spans if s.label_ != "RANK" or fold(s.text) not in self.feminine_ranks
                or "-" in s.text
                or s.start > 0 and (doc[s.start - 1].lower_ in grammar or "Yes" in doc[s.start - 1].morph.get("Poss"))]

    def _roles_around_demonyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """`le ministre nigérien de la Défense nationale`, `la secrétaire américaine à l'Armée`: a role
        whose term a demonym cuts in two is one role; the demonym inside says its country."""
        roles: dict[int, list[Span]] = {}
        for span in spans:
            if span.label_ == "ROLE":
                roles.setdefault(span.end, []).append(span)
        found = []
        for demonym in spans:
            if demonym.label_ != "MISC" or not demonym.id_.startswith("countries:") or demonym.start == 0:
                continue
            for role in roles.get(demonym.start) or _head_word(doc, demonym.start):
                head = tuple(t.norm_ for t in role)
                best = None
                stop = min(len(doc), demonym.end + 8)
                after = tuple(t.norm_ for t in doc[demonym.end:stop])  # read once, not once per length
                for end in range(demonym.end + 1, stop + 1):
                    key = self.role_words.get(head + after[: end - demonym.end])
                    if key is not None:
                        best = Span(doc, role.start, end, label="ROLE", span_id=key)
                if best is not None:
                    found.append(best)
        return found


def _opening_apposition(doc: Doc, start: int, end: int) -> bool:
    """`Organe consultatif de la Communauté, le comité se réunit`: a name opening its sentence with no article
    and closed by a comma describes the subject that follows; its first word owes its capital to its place.
    A line of its own (`Défense belge`, a masthead) keeps its capital."""
    opens = start == 0 or doc[start].is_sent_start or doc[start - 1].is_space
    return opens and end < len(doc) and doc[end].text == ","


def _head_word(doc: Doc, start: int) -> list[Span]:
    """`le secrétaire philippin à la Défense`: the noun before a demonym, a role's first word that is no
    role alone, may open a role term the demonym cuts in two."""
    word = doc[start - 1]
    return [doc[start - 1 : start]] if word.pos_ == "NOUN" and word.is_lower else []


def _longer_acronym(doc: Doc, span: Span) -> bool:
    """`CPS-N`, `CPS-E`: an acronym glued by a hyphen to one or two capitals is another, longer acronym (the
    commissions of each chamber), not the listed one; `OTAN-Russie` keeps its `OTAN`."""
    end = span.end
    return (span.text.isupper() and end + 1 < len(doc) and doc[end].text == "-" and not span[-1].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].text.isupper() and doc[end + 1].is_alpha
            and len(doc[end + 1].text) <= 2)


ORDINAL = re.compile(r"^\d+(?:e|er|ère|re|ème|eme|è)$", re.IGNORECASE)  # `6e`, `1er`, `1ère`, `22ème`
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
                # `Etat-Major`: the tokenizer cuts a capitalised compound at its hyphen
                self.heads.setdefault(tuple(w for part in words(term) for w in _hyphen_parts(part)), entry)
        # `d'`, `l'` are tokens of their own in a text, but not when tokenized alone: split on spaces
        self.linkers = sorted({tuple(fold(t).split()) for t in grammar.get("linkers") or []}, key=len, reverse=True)
        self.first = {h[0] for h in self.heads}
        self.title_heads = _title_heads(self.heads)  # folded once, not per Doc
        # `gendarmerie de la Haute-Vienne`: heads of a national body that `de` + a place names in that territory
        self.regional = {words(t) for e in grammar.get("heads") or [] for t in e.get("regional") or []}
        self.of_words = {w[0] for w in self.linkers if w[0] != "et"}
        self.de_words = {w[0] for w in self.linkers if w[0] in ("de", "du", "des", "d'")}  # items of an enumeration
        self.not_words = {fold(w) for w in grammar.get("not_words") or []}  # weekdays and months: a date follows
        # `en Lettonie`, `au Kosovo`: a country closing a marked name
        self.place_linkers = {fold(w) for w in grammar.get("place_linkers") or []}
        self.demonyms = {fold(w) for w in grammar.get("demonyms") or []}  # `allemande` in `franco-allemande`
        self.invariable = _invariable_demonyms(grammar.get("demonym_groups") or [])  # `burkinabè`
        # `bataillon binational`: an adjective saying the body is of several nations marks it
        self.national_adjectives = {fold(w) for w in grammar.get("national_adjectives") or []}
        self.national_bodies = set(grammar.get("national_bodies") or ())  # list bodies of one country
        self.body_countries = dict(grammar.get("body_countries") or {})  # list body -> its own country's id
        self.generic = set(grammar.get("generic") or ())  # list bodies named without country, parent or acronym
        self.capital_words = set(grammar.get("capital_words") or ())  # (id, word): `Marine` for the Marine nationale
        # matched on the lower-case word with its accents: `recrute` does not end like `renforcée`
        self.participle_endings = tuple(sorted(grammar.get("participle_endings") or (), key=len, reverse=True))
        self.site_prepositions = set(grammar.get("site_prepositions") or ())  # `sur la base aérienne 105`
        self.determiners = set(grammar.get("determiners") or ())
        codes = grammar.get("unit_codes")  # `flottille 11F`: a number with a letter names a unit
        self.unit_code = re.compile("|".join(f"(?:{c})" for c in codes)) if codes else None
        self.compass = {fold(w) for w in grammar.get("compass_points") or []}  # `flotte de l'Ouest`
        self.domains = {fold(w) for w in grammar.get("domain_names") or []}  # `la composante Terre`
        # `en début de semaine`: a noun of time after a linker ends the name, as a weekday does
        self.not_words |= {fold(w) for w in grammar.get("time_words") or []}
        # `en présence du`, `pour raison de`: the noun of a prepositional locution, before its `de`, ends the name
        self.locution_nouns = {fold(w) for w in grammar.get("locution_nouns") or []}
        # `en visite à Brazzaville`: a person's trip told after the name, before the place it goes to
        self.trip_nouns = {fold(w) for w in grammar.get("trip_nouns") or []}
        self.membership = {fold(w) for w in grammar.get("membership_words") or []}  # `membre de la commission`
        self.collegial = {fold(w) for w in grammar.get("collegial_heads") or []}  # `président du conseil départemental`
        self.leading_verbs = set(grammar.get("leading_verbs") or ())  # `qui préside le comité des chefs d'état-major`
        self.parents: set[int] = set()  # capitalised heads read as the parent body of a lower-case name
        # `comité directeur de l'Agence`: the title of a body's leader, a noun set right after a head, says what
        # the body does (it leads), as an adjective would
        self.title_nouns = {fold(t) for e in grammar.get("heads") or [] for t in e.get("titles") or []
                            if len(t.split()) == 1}

    def __call__(self, doc: Doc, spans: list[Span]) -> list[Span]:
        if not self.heads or not len(doc):
            return []
        strings = doc.vocab.strings
        norms = [strings[h] for h in doc.to_array([NORM]).reshape(-1).tolist()]
        known: dict[int, Span] = {}  # the longest list name (ORG, LOC, demonym) starting at each token
        role_end: dict[int, int] = {}  # token inside a role (not its first) -> where the role ends
        same: set[tuple[int, int]] = set()
        for span in spans:
            longest = known.get(span.start)
            if span.label_ in ("ORG", "LOC", "MISC") and (longest is None or len(span) > len(longest) or (
                    len(span) == len(longest) and span.label_ == "MISC" and span[0].is_lower)):
                known[span.start] = span  # `suisse` in lower case is the demonym, not the country
            if span.label_ == "ORG":
                same.add((span.start, span.end))
            if span.label_ == "ROLE":
                for k in range(span.start + 1, span.end):
                    role_end[k] = max(role_end.get(k, 0), span.end)
        ents = doc.ents  # `Doc.ents` makes every span again at each reading
        self.persons = {i for e in ents if e.label_ == "PER" for i in range(e.start, e.end)}
        # `commando Kieffer` read whole as a person: the lower-case head opening it is no part of the name; nor
        # is a head after an ordinal (`la 19e Escadre Comox`): an ordinal numbers a unit, never a person
        people = {i for e in ents if e.label_ == "PER" and not (norms[e.start] in self.first and (
                      e[0].is_lower or e.start > 0 and ORDINAL.match(doc[e.start - 1].text)))
                  for i in range(e.start, e.end)}
        # `commandant de la Force ...` read as a person: the words of a title are no one's name
        people -= {k for s in spans if s.label_ == "ROLE" for k in range(s.start, s.end)}
        self.rank_ends: dict[int, int] = {}  # `sergent-chef` in `base aérienne sergent-chef X`: the namesake's rank
        for span in spans:
            if span.label_ == "RANK":
                self.rank_ends[span.start] = max(self.rank_ends.get(span.start, 0), span.end)
        self.namesakes: set[int] = set()  # names closed by the person they are named after
        # a place the model found; with a lower-case adjective in it (`Chasseurs ardennais`) it is no place name
        self.places = {i for e in ents if e.label_ == "LOC" and not any(t.is_lower and t.pos_ == "ADJ" for t in e)
                       for i in range(e.start, e.end)}
        self.roles = {s.start: s.end for s in spans if s.label_ == "ROLE"}  # `premier ministre` in `bureau du`
        self.role_ends = set(self.roles.values())  # `président de la sous-commission`: a role held in a body
        self.known = known
        self.parents = set()
        self.titled = _titled(norms, self.title_heads)
        found: list[Span] = []
        longest_first: dict[str, list[tuple[str, ...]]] = {}  # by first word: only those can match there
        for h in sorted(self.heads, key=len, reverse=True):
            longest_first.setdefault(h[0], []).append(h)
        for i, norm in enumerate(norms):
            if norm not in self.first or i in people:
                continue
            head = next((h for h in longest_first[norm] if tuple(norms[i:i + len(h)]) == h), None)
            if head is None:
                continue
            span = self._read(doc, i, i + len(head), self.heads[head], norms, known, people)
            listed = known.get(i)
            # `Chef d'[Etat-Major Général des Forces Armées] Royales`: a name of the lists that fills the
            # role's tail, continued past the role by a capitalised word, is the body the text names
            # (`chef d'état-major général adjoint`: the lower-case word qualifies the role)
            extends = (listed is not None and listed.label_ == "ORG" and listed.end >= role_end.get(i, len(doc))
                       and span is not None and span.end > listed.end and _capitalised_word(doc[listed.end]))
            past_role = span is not None and self._past_role(doc, i, i + len(head), role_end, norms)
            if span is not None and i in role_end and not extends and not past_role and (
                    span.end <= role_end[i] or norms[role_end[i]] in self.of_words
                    or self.heads[head]["needs"] == "complement"):
                # `chef d'[état-major] de l'armée de Terre`, `chef d'[état-major] britannique`: the role holds
                # the name and takes its complements;
                # `chef de l'[Armée suisse]`, `commandant de la [force aéromaritime française]` reach past it
                continue
            if span is not None and doc[i].is_lower and self._act(doc, i, self.heads[head]):
                continue  # `a transmis le commandement de la force`: the act of commanding, no body
            if span is not None and self.heads[head].get("capitalised") and (
                    doc[i].is_lower or i in role_end and not past_role or _opening_apposition(doc, i, span.end)
                    or self.heads[head].get("article") and _bare_opening(doc, i)):
                # `la défense française`: a policy; `ministre de la Défense russe`: the role's
                continue
            if span is not None and not self.heads[head].get("coordinated_names") \
                    and self._listed_then_coordinated(span, known, norms):
                continue
            if span is not None and self.heads[head].get("site") and self._at_site(doc, span.start) \
                    and span.start not in self.namesakes and not self._numbered_unit(span, i + len(head)):
                # `sur la base aérienne sergent-chef X`: a base named after a person is named, wherever it stands
                continue  # `sur la base aérienne 105`: the place of an act, left to the meeting frames
            if span is not None and (span.start, span.end) not in same and not self._of_known(
                    span, known, norms, bool(self.heads[head].get("capitalised"))):
                ident = f"institutions:{self.heads[head]['id']}"
                found.append(Span(doc, span.start, span.end, label="ORG", span_id=ident))
        return found

    def _past_role(self, doc: Doc, i: int, head_end: int, role_end: dict[int, int], norms: list[str]) -> bool:
        """`président de la commission | de la politique étrangère`, `chef du Bureau | de la sécurité nationale`:
        a title that closes on a collegial head (grammar.yml `collegial_heads`) or on a head written with its
        capital, then a `de`-phrase of common words, names the body by its subject past the title: the body
        the holder chairs. `chef d'[état-major] de l'armée de Terre` (a name of the lists, or a place, after the
        title) keeps the body that follows; `le président de la commission` alone names none."""
        if role_end.get(i) != head_end or head_end >= len(doc) or norms[head_end] not in self.de_words:
            return False
        if norms[i] not in self.collegial and not _capitalised_word(doc[i]):
            return False
        linker = next((w for w in self.linkers if tuple(norms[head_end:head_end + len(w)]) == w), None)
        k = head_end + len(linker) if linker else head_end
        return k < len(doc) and k not in self.known and k not in self.places and doc[k].is_alpha \
            and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ")

    def _title_case_and(self, doc: Doc, j: int, k: int, capital_head: bool, known: dict[int, Span]) -> bool:
        """`Agence Béninoise de Presse et de Communication`: in a name written in title case, from its head
        to the word before `et`, a capitalised word after `et` (no name of the lists, no head of
        another body) is one more complement of the same name."""
        return (capital_head and j > 0 and _capitalised_word(doc[j - 1]) and k < len(doc)
                and _capitalised_word(doc[k]) and doc[k].is_alpha and k not in known
                and doc[k].norm_ not in self.first and k not in self.places)

    def _national_force(self, k: int, norms: list[str], known: dict[int, Span]) -> bool:
        """A national force named with its demonym starts at token k (`marine indienne`, `forces armées
        belges`)."""
        for head, entry in self.heads.items():
            if entry["needs"] == "national" and tuple(norms[k:k + len(head)]) == head:
                after = k + len(head)
                return any((d := known.get(n)) is not None and d.label_ == "MISC" and _demonym(d)
                           for n in range(after, after + 2))
        return False

    def _numbered_unit(self, span: Span, k: int) -> bool:
        """`sur la base aérienne 116`, `à la base aérienne 107 de X`: a site whose head is followed by its
        number (a unit code) names the unit wherever it stands, as a base named after a person does;
        `sur la base aérienne de X` (a place) or `sur la base` stays the place of an act."""
        return k < span.end and bool(NUMBER.match(span.doc[k].text)) and not YEAR.match(span.doc[k].text)

    def _at_site(self, doc: Doc, start: int) -> bool:
        """The name starting at `start` follows a preposition of place, over its articles (`sur la`, `à l'`)."""
        k = start - 1
        while k >= 0 and doc[k].lower_ not in self.site_prepositions and doc[k].lower_ in self.determiners:
            k -= 1
        return k >= 0 and doc[k].lower_ in self.site_prepositions

    def _act(self, doc: Doc, i: int, entry: dict) -> bool:
        """`a transmis le commandement de la force au général X`, `placée sous le commandement du général X`:
        a head that is the object of one of its `act_verbs` (by the parse, or right after the verb over its
        articles and possessives) or follows one of its `act_prepositions` names the act it heads, no body."""
        verbs, prepositions = set(entry.get("act_verbs") or ()), set(entry.get("act_prepositions") or ())
        if not verbs and not prepositions:
            return False
        token = doc[i]
        if token.dep_ == "obj" and token.head.pos_ == "VERB" and leads(token.head, verbs):
            return True
        k = i - 1
        while k >= 0 and (doc[k].lower_ in self.determiners or doc[k].pos_ == "DET"):
            k -= 1
        return k >= 0 and k < i - 1 and (doc[k].lower_ in prepositions or (
            doc[k].pos_ in ("VERB", "AUX") and leads(doc[k], verbs)))

    def _held(self, doc: Doc, start: int) -> bool:
        """`membre de la commission des finances`, `président de la sous-commission de l'Asie`: the name
        starting at `start` follows a role or a word of membership and `de` (over its article), or is the
        object of a verb of leading (grammar.yml `leading_verbs`: `préside le comité des chefs d'état-major`):
        the body someone sits in or chairs."""
        k, of = start - 1, False
        while k >= 0 and doc[k].lower_ in self.determiners:
            of = of or doc[k].lower_ in self.of_words
            k -= 1
        if k >= 0 and k < start - 1 and not of and doc[k].pos_ == "VERB" and leads(doc[k], self.leading_verbs) \
                and "Def" in doc[start - 1].morph.get("Definite"):
            # `qui préside le comité des chefs d'état-major`: the body chaired; `commandé une brigade d'infanterie`
            # (an indefinite article) says what kind of unit, none in particular
            return True
        return of and k >= 0 and k < start - 1 and ((k + 1) in self.role_ends or doc[k].norm_ in self.membership)

    def _parent(self, doc: Doc, k: int, norms: list[str]) -> bool:
        """`commission des affaires étrangères | de la Chambre des représentants`: a capitalised head
        inside the sentence, no name of the lists, opening a `de`-phrase of a lower-case name is the
        parent body, a name of its own (PART_OF), not one more complement."""
        if not (_capitalised_word(doc[k]) and not doc[k].is_sent_start and k not in self.known
                and norms[k] in self.first):
            return False
        head = next((h for h in self.heads if tuple(norms[k:k + len(h)]) == h), None)
        return head is not None and self.heads[head]["needs"] in ("mark", "complement") \
            and not self.heads[head].get("capitalised")

    def _bare_parent(self, doc: Doc, j: int, k: int, norms: list[str]) -> bool:
        """`la direction des affaires financières | du ministère`: a lower-case name whose head has a leader's
        title (`directeur`), then `du` / `de l'` and a bare head that needs a complement (`ministère`,
        `état-major`) with none after it, is a directorate of the body the text speaks of (a back-reference):
        it names the directorate, not one more complement; `le service de presse du ministère` stays a common
        noun."""
        head = next((h for h in self.heads if tuple(norms[k:k + len(h)]) == h), None)
        if head is None or self.heads[head]["needs"] != "complement" or not doc[k].is_lower or k in self.known:
            return False
        if "Plur" in doc[k + len(head) - 1].morph.get("Number"):
            return False
        if k - j != 1 and doc[k - 1].lower_ not in self.determiners:
            return False
        after = k + len(head)
        return after >= len(doc) or not (doc[after].is_alpha and (doc[after].pos_ == "ADJ" or any(
            tuple(norms[after:after + len(w)]) == w for w in self.linkers)))

    def _title_noun(self, doc: Doc, j: int, norms: list[str]) -> bool:
        """`comité directeur de l'Agence`, `conseil directeur du fonds`: a lower-case title of institutions.yml
        (`directeur`) right after the head and before a `de`-phrase qualifies the head; `le comité, directeur
        de ...` (a comma) or `le comité directeur` alone (nothing names it) is not read here."""
        if not (doc[j].is_lower and norms[j] in self.title_nouns and j + 1 < len(doc)):
            return False
        return any(tuple(norms[j + 1:j + 1 + len(w)]) == w for w in self.linkers if w[0] in self.of_words)

    def _namesake(self, doc: Doc, k: int) -> int | None:
        """`base aérienne projetée sergent-chef X Y`, `Prytanée militaire X Y`, `commando X`: a head of a
        `namesake` kind, its lower-case adjectives, then a person's name (a rank before it, or a name the
        model found) is the body named after that person; the name ends with the person's (a `de`-phrase
        after it gives the seat: `de N'Djamena`). Where the name ends, or None."""
        n = k
        while n < len(doc) and n - k < 2 and doc[n].is_lower and (doc[n].pos_ == "ADJ" or self._participle(doc[n])):
            n += 1
        ranked = n in self.rank_ends
        if ranked:
            n = self.rank_ends[n]
            while n + 1 < len(doc) and doc[n].text == "-" and not doc[n - 1].whitespace_ and doc[n + 1].is_alpha:
                n += 2  # `Sergent-chef` cut at its hyphen, its first word alone read as the rank
        if n >= len(doc) or not (n in self.persons or ranked and _capitalised_word(doc[n])):
            return None
        end = n
        while end < len(doc) and end - n < 4 and (end in self.persons or ranked and (
                _capitalised_word(doc[end]) or doc[end].text.endswith("'") and end + 1 < len(doc)
                and _capitalised_word(doc[end + 1]))):
            if end > n and (end in self.places or doc[end].norm_ in self.first) and end not in self.persons:
                break
            if end > n and doc[end].is_lower and (self._place_at(end + 1) or end - n >= 2):
                break  # `X Y de Bamako` read whole as a person: after a first and last name, `de` gives the seat
            end += 1
        return end

    def _place_at(self, k: int) -> bool:
        """A place the model or the lists found starts at token k (over an elided `N'`)."""
        return any(n in self.places or (s := self.known.get(n)) is not None and s.label_ == "LOC"
                   for n in (k, k + 1))

    def _run_to_acronym(self, doc: Doc, j: int, norms: list[str], known: dict[int, Span]) -> int | None:
        """Where a run of lower-case words from token `j` (`RUN_WORDS` at most, no function word, no
        word of `not_words`) ends on an acronym in brackets, or on a dash, a place and the acronym (`– Corne de
        l'Afrique (CJTF-HOA)`): the end of the name (the acronym left out); None elsewhere."""
        k = j
        while k < len(doc) and k - j < RUN_WORDS and doc[k].is_alpha and doc[k].is_lower \
                and doc[k].pos_ in ("ADJ", "NOUN", "VERB") and norms[k] not in self.not_words \
                and norms[k] not in self.of_words and k not in known:
            k += 1
        if k == j:
            return None
        if k + 1 < len(doc) and doc[k].text in DASHES:
            place = known.get(k + 1)
            if place is not None and place.label_ == "LOC":
                k = place.end  # a place of the lists
            else:
                k += 1
                while k in self.places:  # a place the model found
                    k += 1
        return k if _acronym_after(doc, k) else None

    def _participle(self, token) -> bool:
        """A past participle used as an adjective (`renforcée`); `recrute` tagged as one is a verb."""
        return (token.pos_ == "VERB" and token.is_lower and "Part" in token.morph.get("VerbForm")
                and token.lower_.endswith(self.participle_endings))

    def _enumerated(self, doc: Doc, j: int, norms: list[str], known: dict[int, Span], names: bool) -> bool:
        """`Organe de coopération en matière de politique, de défense et de sécurité`, `ministère de
        l'Intérieur, de la Sécurité publique et de la Protection civile`: at token `j`, a comma, then each
        item a `de` + up to three words, the last joined by `et` + `de`: one more complement of the name.
        `des` + a lower-case word after the comma is an indefinite article (`le ministère de la Défense,
        des officiers et des diplomates`: other things in a list), and a list not closed by `et de` is the
        clause's. An item that is a body or a place the text names (`mission d'observation de la CEDEAO, de
        l'Union africaine et des Nations unies`) makes a list of several; a capitalised item belongs only to a
        head whose portfolios are names (`names`: `coordinated_names`)."""
        k = j
        while k < len(doc) and doc[k].text == ",":
            linker = next((w for w in self.linkers
                           if w[0] in self.de_words and tuple(norms[k + 1:k + 1 + len(w)]) == w), None)
            if linker is None:
                return False
            k += 1 + len(linker)
            named = known.get(k) is not None and known[k].label_ in ("ORG", "LOC")
            if k >= len(doc) or named or linker == ("des",) and doc[k].is_lower or not names and not doc[k].is_lower:
                return False
            words = 0
            while k < len(doc) and words < 3 and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ", "PROPN"):
                k, words = k + 1, words + 1
            if not words:
                return False
        return k + 1 < len(doc) and norms[k] == "et" and norms[k + 1] in self.de_words

    def _listed_then_coordinated(self, span: Span, known: dict[int, Span], norms: list[str]) -> bool:
        """`la Direction de la défense et du constructeur X`: a name of the lists followed by `et` +
        a complement is that name and another thing, not one longer name."""
        listed = known.get(span.start)
        return (listed is not None and listed.label_ == "ORG" and listed.end < span.end
                and norms[listed.end] == "et")

    def _of_known(self, span: Span, known: dict[int, Span], norms: list[str], proper: bool = False) -> bool:
        """`Comité militaire de l'OTAN`: a name of the lists followed by `de` + another name of the
        lists is one body of another (PART_OF), two names, not a new one. Where the head names a body only
        with its capital (`capitalised` in institutions.yml), a proper name of the lists followed by its own
        country (`l'Assemblée nationale de France`) is that name (entities.py `_of_another_country`)."""
        listed = known.get(span.start)
        if listed is None or listed.label_ != "ORG" or listed.end >= span.end or listed.id_ in self.generic:
            return False  # `état-major général des FAR`: a generic name of the lists is the head of a longer one
        if (listed.id_, listed.text) in self.capital_words:
            return False  # `Marine de l'Armée populaire de libération`: a capital word heads another's name
        linker = next((w for w in self.linkers if tuple(norms[listed.end:listed.end + len(w)]) == w), None)
        inner = known.get(listed.end + len(linker)) if linker else None
        return inner is not None and (inner.label_ == "ORG" or proper and inner.end == span.end
                                      and inner.id_ == self.body_countries.get(listed.id_))

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
        listed_inside, complements = False, 0
        several, branch = False, False  # `bataillon binational`; `Forces aériennes suisses`
        title_case_to = -1  # where a run of title-case adjectives right after the head ends
        last_place = False  # the last `de`-phrase named a place (`de l'Asie`): `et du Pacifique` may follow
        of_parent = False  # the name stops before its capitalised parent body
        apposed = bool(entry.get("apposition"))
        demonym_end = -1  # where the last demonym read ends: `l'armée française | contre les groupes` is its action
        if entry.get("namesake") and (named := self._namesake(doc, head_end)) is not None:
            self.namesakes.add(start)
            return Span(doc, start, named)
        if apposed and doc[head].is_lower and _lone_name(doc, head_end, people):
            people = people - {head_end}  # `la force Barracuda`: one word the model took for a person names it
        while j < len(doc) and j - start < 16 and j not in people:
            token, span = doc[j], known.get(j)
            if apposed and (j == head_end or title_case_to == j or doc[head].is_lower
                            and _after_adjectives(doc, head_end, j, known)) \
                    and _capitalised_word(token) \
                    and (j not in places or capital_head or norms[j] in self.domains) \
                    and (span is None or span.label_ == "ORG"):
                # `la Composante Terre`: after a head written with its capital, a name the model took for a
                # place is the body's own name; so is the domain a force fights in, whatever the head's case
                # (`la composante Terre`)
                # `la composante Air`, `l'escadron Normandie-Niemen`: a name set right after the head
                j = end = j + 1
                marked = True
                complements += 1
                title_case_to = j if token.pos_ == "ADJ" else -1  # `Forces Royales Air`
                while j + 1 < len(doc) and doc[j].text == "/" and not doc[j - 1].whitespace_ \
                        and not doc[j].whitespace_ and doc[j + 1].text[:1].isupper():
                    j = end = j + 2  # `la coalition AFC/M23`: two names joined by a slash make one
                if token.is_upper and len(token) > 1 and j < len(doc) and _capitalised_word(doc[j]) \
                        and j not in places and j not in known and j not in people:
                    j = end = j + 1  # `la force EUFOR ALTHEA`, `l'opération EUNAVFOR Aspides`: an acronym and its name
            elif _capitalised_word(token) and norms[j] in self.compass and not _hyphenated(doc, j) \
                    and all(t.is_lower and t.pos_ == "ADJ" for t in doc[head_end:j]):
                j = end = j + 1  # `division multinationale Sud-Est`: the region the body covers names it
                marked = True
                complements += 1
            elif j == head_end and self._title_noun(doc, j, norms):
                j = end = j + 1  # `comité directeur de l'Agence`: a noun qualifying the head
                complements += 1
            elif compound := _compound_demonym(doc, j, norms, self.demonyms):
                j = end = compound  # `franco-allemande`, `maroco-américain`: a body of two countries
                national = marked = True
            elif span is not None and span.label_ == "MISC" and _demonym(span):
                if _disagrees(doc[head_end - 1], doc[span.end - 1]) and doc[span.end - 1].lower_ not in self.invariable:
                    break  # `l'officier de marine néerlandais`: the demonym qualifies another noun
                j = end = demonym_end = span.end
                national = True
                # `Forces aériennes suisses`: a branch of a country's forces, its kind then its demonym
                # `les forces de sécurité maliennes`: a plural head, its lower-case `de`-phrase, then the demonym
                branch = branch or bool(entry.get("national_marks")) and span.start > head_end and (
                    not linked or "Plur" in doc[head_end - 1].morph.get("Number")) \
                    and all(t.is_lower and t.is_alpha for t in doc[head_end:span.start])
            elif token.text == "«" and (close := _closing(doc, j)) is not None:
                j = end = close + 1
                marked = True
                break
            elif numbered and (NUMBER.match(token.text) and not YEAR.match(token.text) or ORDINAL.match(token.text)
                               or self.unit_code is not None and self.unit_code.match(token.text)):
                j = end = j + 1
                marked = True
                if not (j < len(doc) and doc[j].text == "«"):
                    break
            elif numbered and token.is_lower and norms[j] in self.national_adjectives:
                j = end = j + 1  # `bataillon binational`: a unit of several nations, once it takes a `de`-phrase
                several = True
            elif (closed := self._run_to_acronym(doc, j, norms, known)) is not None:
                # `Force opérationnelle interarmées combinée (CJTF-HOA)`, `... – Corne de l'Afrique (CJTF-HOA)`: the
                # lower-case words up to an acronym in brackets qualify the head, whatever the tagger read in them
                j = end = closed
                marked = True
                complements += 1
            elif token.is_alpha and token.is_lower and norms[j] not in self.not_words and token.pos_ != "CCONJ" and (
                    token.pos_ == "ADJ" or (d := known.get(j + 1)) is not None and d.label_ == "MISC" and _demonym(d)):
                # an adjective; before a demonym, the tagger's noun is one too (`force aéromaritime française`)
                j = end = j + 1
            elif (token.pos_ == "ADJ" and _capitalised_word(token) and span is None
                  and norms[j] not in self.not_words):
                # a title-case adjective (`Etat-Major Général des Forces Armées Royales`): the whole name
                # is written in capitals, so the capital marks no other name
                j = end = j + 1
                if title_case_to == j - 1 or j - 1 == head_end:
                    title_case_to = j  # `Forces Royales Air`: a name may still be set after them
            else:
                # `en matière de politique, de défense et de sécurité`: a comma inside an enumeration of
                # `de`-phrases that `et` closes goes on with the name
                at = j + 1 if token.text == "," and complements and self._enumerated(
                    doc, j, norms, known, bool(entry.get("coordinated_names"))) else j
                linker = next((w for w in self.linkers if tuple(norms[at:at + len(w)]) == w), None)
                k = at + len(linker) if linker else j
                if linker is None or k >= len(doc) or k in people or norms[k] in self.not_words:
                    break
                if norms[k] in self.locution_nouns and k + 1 < len(doc) and norms[k + 1] in self.of_words:
                    break  # `le Conseil des ministres en présence du Premier ministre`: a phrase of the clause follows
                if linker == ("en",) and norms[k] in self.trip_nouns and k + 1 < len(doc) \
                        and (norms[k + 1] in self.place_linkers or norms[k + 1] == "a"):
                    break  # `le chef d'état-major des Forces X en visite à Y`: the trip of the person, then its place
                if k in self.rank_ends and self.rank_ends[k] in self.persons:
                    break  # `l'état-major du général X`: the staff of a person, named by his rank, no body's name
                if linker[0] == "contre" and j == demonym_end:
                    break  # `l'armée française contre les groupes armés`: a country's force, then what it fights
                if linker[0] == "et" and j == demonym_end and (d := known.get(k)) is not None and d.label_ == "MISC" \
                        and _demonym(d):
                    return None  # `les armées burkinabè et nigérienne`: two countries' forces, no one name
                if len(linker) == 1 and linker[0] in self.place_linkers and _listed_whole(known, start, j) and (
                        k in places or (known.get(k) is not None and known[k].label_ == "LOC")):
                    # `l'Union européenne en Bosnie`: a listed name, whole, then `en` + a place says where it acts;
                    # `forces terrestres canadiennes en Europe` is a name the grammar reads, the place in it
                    break
                coordinated = linker[0] == "et"
                if coordinated and j == head_end:
                    break  # `du ministère et de nombreux cadres`: `et` right after the head joins another thing
                if coordinated and k in self.roles:
                    break  # `du Comité central et directeur du Bureau`: `et` brings in a second role of the person
                names_after_et = bool(entry.get("coordinated_names")) or coordinated and self._title_case_and(
                    doc, j, k, capital_head, known)
                if coordinated and len(linker) == 1 and not names_after_et and not (
                        doc[k].pos_ == "NOUN" and doc[k].is_lower and k not in known) \
                        and not _coordinated_adjective(doc, j, k, known):
                    break  # a bare `et` joins common nouns (`des arts et métiers`), or a ministry's portfolios
                if complements and self._national_force(k, norms, known):
                    break  # `flotte de l'Ouest | de la marine indienne`: a country's force is the parent body
                if end > head_end and doc[head].is_lower and not coordinated and (
                        self._parent(doc, k, norms) or entry.get("titles") and self._bare_parent(doc, j, k, norms)):
                    self.parents.add(k)  # `commission des finances | de la Chambre des députés`: its parent
                    marked = of_parent = True
                    break
                if coordinated and last_place and (k in places or (known.get(k) is not None
                                                                   and known[k].label_ == "LOC")):
                    # `sous-commission de l'Asie et du Pacifique`: the regions a body covers
                    k = known[k].end if known.get(k) is not None and known[k].label_ == "LOC" else k
                    while k in places:
                        k += 1
                    j = end = k
                    complements += 1
                    continue
                inner = known.get(k)
                if inner is not None and inner.label_ in ("ORG", "LOC"):
                    if coordinated:
                        break
                    # `Marine de l'[Armée populaire de libération]`, `aviation légère de l'[armée de Terre]`:
                    # a country or a national body of the lists says whose force it is
                    # `les armées de l'Indo-Pacifique`: a plural head of a region speaks of the forces of its
                    # countries, no one body (`les forces armées de la RDC`: one country's)
                    of_region = inner.id_.startswith("countries:r.") and "Plur" in doc[head_end - 1].morph.get("Number")
                    national = national or inner.id_.startswith("countries:") and not of_region \
                        or inner.id_ in self.national_bodies
                    listed_inside = listed_inside or inner.label_ == "ORG"
                    # `mission permanente de la France auprès des Nations unies`: a body accredited to another
                    marked = marked or linker[0] == "aupres" and inner.label_ == "ORG"
                    j = end = inner.end
                    last_place = inner.label_ == "LOC"
                else:
                    words = 0
                    place_here = k in places or norms[k] in self.compass
                    while k < len(doc) and words < 3 and _word(doc[k]) and k not in people \
                            and norms[k] not in self.not_words and (doc[k].pos_ in ("NOUN", "ADJ") or
                                                                    words and self._participle(doc[k])
                                                                    and doc[k - 1].pos_ in ("ADJ", "VERB") or
                                                                    doc[k].pos_ == "PROPN" and (not coordinated
                                                                                                or names_after_et)):
                        if coordinated and not doc[k].is_lower and not names_after_et:
                            break
                        if words and doc[k].is_lower and doc[k].pos_ == "NOUN" and doc[k - 1].pos_ == "PROPN" \
                                and _capitalised_word(doc[k - 1]):
                            break  # `de Jacqueville forme des officiers`: a common noun after a place's name
                        if words and ((d := known.get(k)) is not None and d.label_ == "MISC" and _demonym(d)
                                      or _compound_demonym(doc, k, norms, self.demonyms)):
                            break  # `de l'air indienne`: the demonym qualifies the whole name
                        # `de l'Ouest`: a compass point names the body's region, though the model reads a place
                        marked = marked or doc[k].text[:1].isupper() and (k not in places or norms[k] in self.compass)
                        if (not coordinated and k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_
                                and not doc[k + 1].whitespace_ and doc[k + 2].is_alpha):
                            k += 2  # `de Pointe-Noire`: a compound the tokenizer cut at its hyphen
                        k, words = k + 1, words + 1
                    if not words or coordinated and k < len(doc) and _capitalised_word(doc[k]) and not names_after_et:
                        break  # `de la défense et du constructeur Airbus`: `et` brings in another, named, thing
                    if coordinated and k < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_:
                        break  # `et de l'Etat-Major`: the coordinated word is part of another name
                    last_place = place_here  # a linker read no phrase (`dès`, folded `des`) leaves it as it was
                    j = end = k
                linked = True
                complements += 1
        if end < len(doc) - 1 and norms[end] in self.place_linkers and (place := known.get(end + 1)) is not None \
                and place.id_.startswith("countries:") and place.label_ == "LOC" and (marked or listed_inside) \
                and not _listed_whole(known, start, end):
            end = place.end  # `groupement tactique de l'OTAN en Lettonie`: the country it serves in
            national = True
            marked = marked or listed_inside  # `mission de l'ONU au Soudan du Sud`: a listed body's mission there
        # `l'université de Lille`: a place in the `de`-phrase of a head named by its seat marks the body
        marked = marked or bool(entry.get("seat")) and linked and last_place
        has_complement = end > head_end or start < head  # `4e Escadre`: the ordinal is the complement
        # `la garde nationale du Texas`, `la gendarmerie de la Haute-Vienne`: the body of that territory
        national = national or (linked and last_place and tuple(norms[head:head_end]) in self.regional)
        # `membre de la commission des finances`; `de la Chambre des députés` after a lower-case body
        marked = marked or head in self.parents or linked and doc[head].is_lower and self._held(doc, start)
        # `président de la commission de la politique étrangère`: a collegial head closing the title of its chair
        marked = marked or (linked and doc[head].is_lower and head_end in self.role_ends and head not in self.roles
                            and fold(doc[head].text) in self.collegial)
        # `le président du conseil départemental`, `le président du comité consultatif`: a lower-case collegial body
        # (`collegial_heads`) a role or a word of membership holds, qualified by an adjective of its own that is no
        # demonym (`le président du conseil italien` heads a government), is one body; the same words with no role
        # before them (`un conseil restreint`) speak of a kind of meeting
        marked = marked or (not linked and doc[head].is_lower and fold(doc[head].text) in self.collegial
                            and _adjectives(doc, head_end, end) == end - head_end > 0
                            and not any(_demonym_word(t, self.demonyms) for t in doc[head_end:end])
                            and self._held(doc, start))
        marked = marked or (capital_head and linked)
        # `le Conseil présidentiel libyen`: a head written with its capital inside a sentence, its own lower-case
        # adjective, then a demonym closing it, is one country's body (`le conseil présidentiel libyen`, `le
        # Conseil italien` of a role, `la Commission mixte` are none)
        marked = marked or (capital_head and national and demonym_end == end and not linked
                            and any(t.is_lower and t.pos_ == "ADJ" and not _demonym_word(t, self.demonyms)
                                    for t in doc[head_end:end]))
        marked = marked or branch or several and linked
        # a name the lists hold inside a name with more to it (`mission militaire de partenariat de l'UE`)
        marked = marked or (listed_inside and complements + _adjectives(doc, head_end, end) > 1
                            and "Plur" not in doc[head_end - 1].morph.get("Number")  # one body, not a kind of them
                            # `mission civile de l'UE EUCAP Sahel`: a description of the name that follows
                            and not (end < len(doc) and _capitalised_word(doc[end])))
        # `le régiment du service militaire adapté`: the one unit (a definite article) of a body the lists hold
        marked = marked or (numbered and listed_inside and start > 0 and "Def" in doc[start - 1].morph.get("Definite")
                            and "Plur" not in doc[head_end - 1].morph.get("Number"))
        # `la force de l'aéronautique navale (ALAVIA)`: an acronym given right after names the body
        marked = marked or _acronym_after(doc, end)
        # `la direction des personnels militaires` where the text names its `directeur des personnels militaires`
        marked = marked or tuple(norms[head_end:end]) in self.titled.get(entry["id"], ())
        # `des escadrons de Rafale de l'armée de l'Air`: a plural head in lower case speaks of a kind of units
        plural = doc[head].is_lower and "Plur" in doc[head_end - 1].morph.get("Number") and start == head \
            and not _acronym_after(doc, end) and not branch \
            and not of_parent  # `forces terrestres roumaines`: one country's branch; `commissions ... des Chambres`
        ok = has_complement and (needs == "complement" or (needs == "mark" and marked and not plural) or
                                 (needs == "national" and national))
        return Span(doc, start, end) if ok else None


def _bare_opening(doc: Doc, i: int) -> bool:
    """`Parti de Toulon le 21 février, le groupe...`: a word opening its sentence or its line with no article
    before it bears its capital for its place, not as a name's where the name takes its article (`article` in
    institutions.yml: `Le Parti des travailleurs`); there `parti` is a participle."""
    return doc[i].is_sent_start or i == 0 or doc[i - 1].is_space or doc[i - 1].text in ("\n", ".", "!", "?")


def leads(verb, verbs: set[str]) -> bool:
    """A verb of grammar.yml `leading_verbs` by its lemma, or by the stem of a first-group verb (the model's
    lemma of `préside`, `commandait` is not always the infinitive)."""
    return verb.lemma_.lower() in verbs or any(v.endswith("er") and verb.lower_.startswith(v[:-2]) for v in verbs)


def _demonym_word(token, demonyms: set[str]) -> bool:
    """A demonym of grammar.yml, accents and case folded (`libyen`)."""
    return fold(token.text) in demonyms


def _invariable_demonyms(groups: list[list[str]]) -> set[str]:
    """`l'armée burkinabè`: a demonym ending on a vowel other than `e` whose country's list holds no longer
    form of it but its plural (no feminine) is the same for both genders, whatever gender the tagger gives."""
    found = set()
    for forms in groups:
        forms = [f.lower() for f in forms]
        for form in forms:
            if " " in form or form.endswith("e") or fold(form[-1:]) not in tuple("aeiouy"):
                continue  # `belge`: a final `e` serves both genders already; `néerlandais` has its feminine
            if not any(other.startswith(form) and other[len(form):] not in ("", "s") for other in forms):
                found.add(form)
    return found


def _disagrees(noun, adjective) -> bool:
    """`l'officier de marine néerlandais`: a masculine form (no final `e`) after a feminine head does not
    agree with it and qualifies another noun; `forces armées belges`, `armée suisse` agree."""
    if "Sing" in noun.morph.get("Number") and adjective.lower_.endswith("s") \
            and ("Fem" in noun.morph.get("Gender") or adjective.lower_.endswith("es")):
        return True  # `l'armée de terre et l'armée de l'air tunisiennes`: a plural demonym qualifies them both
    return "Fem" in noun.morph.get("Gender") and "Masc" in adjective.morph.get("Gender") \
        and not adjective.lower_.rstrip("s").endswith("e")


def _compound_demonym(doc: Doc, i: int, norms: list[str], demonyms: set[str]) -> int:
    """Where a hyphenated demonym of two countries starting at token i ends (`franco-allemande` as one
    token, `maroco - américain` as three); 0 when none starts there."""
    token = doc[i]
    if not token.is_lower:
        return 0
    parts = norms[i].split("-")  # the first part is a country's combining form: `franco`, `sino`, not `pro`
    if len(parts) > 1 and len(parts[0]) > 3 and parts[0].endswith("o") and parts[-1] in demonyms:
        return i + 1
    combining = token.is_alpha and len(norms[i]) > 3 and norms[i].endswith("o")
    if (combining and i + 2 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_
            and not doc[i + 1].whitespace_ and norms[i + 2] in demonyms):
        return i + 3
    return 0


def _hyphen_parts(word: str) -> list[str]:
    """`etat-major` -> [`etat`, `-`, `major`]: a compound as the tokenizer cuts it when capitalised."""
    parts = word.split("-")
    return [w for k, part in enumerate(parts) for w in ((["-"] if k else []) + [part])] if all(parts) else [word]


def _word(token) -> bool:
    """A word, hyphenated or not (`outre-mer`, `Oradour-sur-Glane` are one token)."""
    return token.is_alpha or "-" in token.text and all(p.isalpha() for p in token.text.split("-"))


def _hyphenated(doc: Doc, i: int) -> bool:
    """Token i is the first part of a compound the tokenizer cut at its hyphen (`Centre` of `Centre-Europe`)."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def _capitalised_word(token) -> bool:
    return token.text[:1].isupper() and (token.is_alpha or "-" in token.text) and not token.is_sent_start


def _listed_whole(known: dict[int, Span], start: int, end: int) -> bool:
    """`l'Union européenne en Bosnie`: the words before the place are a name of the lists, whole; the place
    is where that body acts, not part of a new name."""
    listed = known.get(start)
    return listed is not None and listed.label_ == "ORG" and listed.end == end


def _coordinated_adjective(doc: Doc, j: int, k: int, known: dict[int, Span]) -> bool:
    """`de la coopération militaire et technique`, `Union économique et monétaire`: a bare `et` between two
    lower-case adjectives joins two qualities of the same noun, inside the name."""
    before, after = doc[j - 1], doc[k]
    return j > 0 and before.pos_ == "ADJ" and before.is_lower and before.is_alpha and after.pos_ == "ADJ" \
        and after.is_lower and after.is_alpha and k not in known and not _disagrees(before, after)


def _adjectives(doc: Doc, start: int, end: int) -> int:
    """The adjectives right after a head (`mission militaire`), not those of a name further on."""
    n = start
    while n < end and doc[n].pos_ == "ADJ" and doc[n].is_lower:
        n += 1
    return n - start


def _acronym_after(doc: Doc, end: int) -> bool:
    """`(ALAVIA)`, `(CTF 473)`, `(CJTF-HOA)`: an upper-case acronym in brackets right after the name; one of
    two parts joined by a hyphen (an English command's acronym and its theatre's) is cut in three tokens."""
    if not (end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].is_upper and len(doc[end + 1].text) > 1):
        return False
    if end + 4 < len(doc) and doc[end + 2].text == "-" and doc[end + 3].is_upper and doc[end + 4].text == ")":
        return True
    return any(t.text == ")" for t in doc[end + 2:end + 4])


def _title_heads(heads: dict[tuple[str, ...], dict]) -> dict[str, str]:
    """Each title of a head with `titles`, folded (`directeur`), and the head's id (`direction`)."""
    titles: dict[str, str] = {}
    for entry in heads.values():
        for title in entry.get("titles") or []:
            titles[fold(title)] = entry["id"]
    return titles


def _titled(norms: list[str], titles: dict[str, str]) -> dict[str, set[tuple[str, ...]]]:
    """For each head with `titles` (`direction`: `directeur`; `_title_heads`), the complements its titles take
    in the text: `directeur des personnels militaires de la gendarmerie` gives every prefix of `des personnels
    militaires de la gendarmerie`."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for i, norm in enumerate(norms):
        ident = titles.get(norm)
        if ident is not None:
            after = norms[i + 1:i + 13]
            found.setdefault(ident, set()).update(tuple(after[:n]) for n in range(2, len(after) + 1))
    return found


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


def _after_adjectives(doc: Doc, head_end: int, j: int, known: dict[int, Span]) -> bool:
    """`la task force européenne X`, `la brigade légère Y`: one or two lower-case adjectives between a head
    in lower case and the name set after it (in apposition) leave it the body's name, a region's adjective
    too (`européenne`: a force of several nations); a country's demonym says whose force it is, the name
    after it the operation's (`la force française X`)."""
    return 0 < j - head_end <= 2 and all(t.is_lower and t.is_alpha and t.pos_ == "ADJ" and not (
        (d := known.get(t.i)) is not None and d.label_ == "MISC" and not d.id_.startswith("countries:r."))
        for t in doc[head_end:j])


def _lone_name(doc: Doc, k: int, people: set[int]) -> bool:
    """One capitalised word the model read as a person, alone (no first name, no word of a name after it),
    right after a lower-case head of a body that takes a name in apposition (`la brigade Folgore`)."""
    return k in people and k - 1 not in people and k + 1 not in people and _capitalised_word(doc[k]) \
        and not doc[k].is_upper
