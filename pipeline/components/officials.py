"""Stage 4a: officials, one per person of a document, with rank, role, organisation and country.

Two halves: `appositions.py` reads what the words around each PERSON mention say of it (rank before
it, descriptions after and before it), `people.py` merges the mentions into one `Official` per person.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.appositions import AppositionReader
from pipeline.components.lexicon import Lexicon
from pipeline.components.linking import person_key
from pipeline.components.people import PeopleMerger, merge_first_names, new_person
from pipeline.components.spans import DocIndex, doc_text
from pipeline.rows import Official


class OfficialLinker:
    """Pipeline stage: `doc._.officials`, a list of `Official` rows in order of first mention."""

    def __init__(self, lexicon: Lexicon, counterpart_words: set[str], civilities: set[str],
                 thing_nouns: set[str] = frozenset()) -> None:
        # `Son Excellence`: its words after the first (a determiner here) are civility words too
        self.civilities = civilities | {w for c in civilities for w in c.split()[1:]}
        self.reader = AppositionReader(lexicon, counterpart_words, self.civilities, thing_nouns)
        self.merger = PeopleMerger(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        idx = DocIndex.of(doc)
        self.reader.open(doc, idx)
        self.merger.open(doc)
        mentions = [e for e in idx.ents if e.label_ == "PERSON" and not self.reader.names_thing(doc, e)
                    and not self.reader.bracketed(doc, e)]
        after = {m.start: self.reader.after(doc, m) for m in mentions}
        used_roles = {d.role.start for d in after.values() if d.role is not None}
        people: dict[str, Official] = {}
        for m in mentions:
            key = person_key(m.text)
            if not key:
                continue
            person = people.setdefault(key, new_person(key))
            person["titled"] = person["titled"] or (m.start > 0 and doc[m.start - 1].lower_ in self.civilities)
            rank, demonym = self.reader.title(doc, m)
            before = self.reader.before(doc, m, used_roles)
            if demonym is not None:
                before.country = before.country or demonym
            if before.country is None and after[m.start].country is None:
                before.country = self.reader.led_group_country(m)
            self.merger.update(person, m, rank, after[m.start], before)
            if not person["organisation"] and after[m.start].role is None:
                self.merger.affiliate(person, m)  # `X, à la tête du CNSP`: no role, an organisation
        merge_first_names(people)
        self.merger.roles_en_tant_que(doc, idx, people, used_roles)
        self.merger.role_references(doc, idx, people, used_roles, self.reader.describe)
        # A one-word name with no civility, rank or role anywhere (`Washington`, `Leclerc` the tank, `Ramstein`)
        # is the model's guess at a place or a thing far more often than an official: it is left out.
        people = {k: p for k, p in people.items() if (" " in p["name"] and not _byline(doc, p)) or p["rank"]
                  or p["role"] or p["titled"]}
        doc._.officials = [self.merger.finish(p) for p in sorted(people.values(), key=lambda p: p["first_char"])]
        return doc


def _byline(doc: Doc, person: Official) -> bool:
    """First named on a line of its own (`Claire Vasseur`, an agency's name over its dateline): the
    author of the page or its outlet, not an official, unless a rank, role or civility says otherwise."""
    start, end = min(person["mentions"])
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end >= 0 else len(text)].strip() == text[start:end]
