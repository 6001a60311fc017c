"""Merging people: the mentions of a document into one `Official` each (officials stage, second half).

Mentions merge by surname (`person_key`): the fullest name is kept, and the first rank, role,
organisation and country the appositions give (`appositions.py`). Then a one-word name that is the
first name of one person named in full joins that person, a role after `en tant que` goes to the last
person named, and a role named alone (`la ministre`) becomes a mention of the person holding it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from spacy.tokens import Doc, Span

from pipeline.components.appositions import Descriptor
from pipeline.components.lexicon import Lexicon
from pipeline.components.linking import person_key, role_holders
from pipeline.components.spans import DocIndex, doc_text, group_spans
from pipeline.rows import Official


def new_person(key: str) -> Official:
    return {"key": key, "name": "", "rank": "", "role": "", "role_as_written": "", "organisation": "",
            "organisation_id": "", "country": "", "counterpart": False, "titled": False, "mentions": [],
            "first_char": 10**12, "rules": {}}


def merge_first_names(people: dict[str, Official]) -> None:
    """`Prabowo Subianto ... M. Prabowo`: a one-word name that is the first name of exactly one
    person named in full is that person (Indonesian, Arab or Brazilian usage)."""
    for key, person in list(people.items()):
        if " " in person["name"]:
            continue
        owners = [p for p in people.values() if " " in p["name"] and person_key(p["name"].split()[0]) == key]
        if len(owners) == 1:
            owner = owners[0]
            owner["mentions"] += person["mentions"]
            owner["first_char"] = min(owner["first_char"], person["first_char"])
            for field in ("rank", "role", "organisation", "country"):
                owner[field] = owner[field] or person[field]
            del people[key]


def as_written(role: Span) -> str:
    """The role as the text gives it (`présidente`, `directrice générale`), apostrophes straightened,
    a capital kept only where the rule has one (`Premier ministre`, not `Directeur`)."""
    demonyms = {i for s in group_spans(role.doc, "lexicon") if s.label_ == "MISC" and s.id_.startswith("countries:")
                and role.start < s.start and s.end <= role.end for i in range(s.start, s.end)}
    if demonyms:  # `ministre nigérien de la Défense`: the role is `ministre de la Défense`, the demonym its country
        text = "".join(t.text_with_ws for t in role if t.i not in demonyms).strip().replace("\u2019", "'")
    else:
        text = role.text.replace("\u2019", "'")
    canonical = role._.normalized
    return text if canonical[:1].isupper() else text[:1].lower() + text[1:]


# `Niamey, 19 déc (ANP) -`, `TUNIS, 30 sept (TAP) -`: a place, a comma, a day, at the head of a line
_DATELINE = re.compile(r"^[^\w\n]*([A-ZÀ-Ý][\w'’.]*(?:[ -][A-ZÀ-Ý][\w'’.]*){0,3})\s*,\s*\d{1,2}\b", re.M)


def _fold(text: str) -> str:
    return text.casefold().replace("\u2019", "'")


class PeopleMerger:
    """Merges mentions and their descriptions into people, and finishes each person's fields."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.orgs = lexicon.by_file("organisations")
        self.countries = lexicon.by_file("countries")
        self.places = {_fold(p): code for code, e in self.countries.items() for p in e.get("places") or []}
        self.home = ""

    def open(self, doc: Doc) -> None:
        """The country of the story: the place of an agency dateline (`Niamey, 19 déc (ANP) -`), else
        a demonym in the outlet's name on the first line (`ANP - Agence Nigérienne de Presse`)."""
        text = doc_text(doc)
        self.home = next((self.places[_fold(m.group(1))] for m in _DATELINE.finditer(text)
                          if _fold(m.group(1)) in self.places), "")
        if not self.home:
            first_line = text.find("\n") if "\n" in text else len(text)
            codes = {s.id_.removeprefix("countries:") for s in group_spans(doc, "lexicon")
                     if s.label_ == "MISC" and s.id_.startswith("countries:") and s.end_char <= first_line}
            self.home = codes.pop() if len(codes) == 1 else ""

    def update(self, person: Official, m: Span, rank: Span | None, *descriptors: Descriptor) -> None:
        """Add a mention, its rank and what its descriptors say to a person; the first role wins."""
        if len(m.text) > len(person["name"]):
            person["name"] = m.text
        person["mentions"].append([m.start_char, m.end_char])
        person["first_char"] = min(person["first_char"], m.start_char)
        if rank is not None and len(rank._.normalized) > len(person["rank"]):
            person["rank"], person["rules"]["rank"] = rank._.normalized, rank._.source
        for d in descriptors:
            if d.role is not None and not person["role"]:
                person["role"], person["rules"]["role"] = d.role._.normalized, d.role._.source
                person["role_as_written"] = as_written(d.role)
                self._set_org(person, d.org, d.role, d.country)
            if d.country is not None and not person["country"]:
                person["country"] = d.country._.normalized
            if d.counterpart:
                person["counterpart"] = True

    def roles_en_tant_que(self, doc: Doc, idx: DocIndex, people: dict[str, Official], used: set[int]) -> None:
        """`Theresa May, qui dirigeait le gouvernement en tant que Première ministre`: a role after
        `en tant que` is the role of the last person named before it in the sentence."""
        for ent in idx.ents:
            if ent.label_ != "ROLE" or ent.start in used or ent.start < 3:
                continue
            if [t.lower_ for t in doc[ent.start - 3 : ent.start]] != ["en", "tant", "que"]:
                continue
            sentence = idx.ents_in(idx.sent(ent.start))
            named = [e for e in sentence if e.label_ == "PERSON" and e.end <= ent.start]
            person = people.get(person_key(named[-1].text)) if named else None
            if person is not None and not person["role"]:
                used.add(ent.start)
                person["role"], person["rules"]["role"] = ent._.normalized, ent._.source
                person["role_as_written"] = as_written(ent)

    def role_references(self, doc: Doc, idx: DocIndex, people: dict[str, Official], used: set[int]) -> None:
        """`la ministre a ensuite rencontré ...`: a role named alone, in the singular, refers to the
        person of the article holding it who was spoken of last. It becomes a mention of that person."""
        starts = {p["key"]: sorted(s for s, _ in p["mentions"]) for p in people.values()}  # for a bisect

        def last_before(person: Official, char: int) -> int:
            return starts[person["key"]][bisect_left(starts[person["key"]], char) - 1]

        for ent in idx.ents:
            if ent.label_ != "ROLE" or ent.start in used or ent.start == 0:
                continue
            if doc[ent.start - 1].lower_ not in ("le", "la", "l'", "l’") or "Plur" in ent.root.morph.get("Number"):
                continue
            holders = role_holders(people.values(), ent, self.lexicon.entry(ent.id_).get("same_as"))
            before = [p for p in holders if p["first_char"] < ent.start_char]
            if before:
                person = max(before, key=lambda p: last_before(p, ent.start_char))
                person["mentions"].append([ent.start_char, ent.end_char])
                insort(starts[person["key"]], ent.start_char)

    def _foreign(self, org_id: str, country: Span | None) -> bool:
        """`chef d'état-major des armées nigériennes`: the French body the title names is not his."""
        code = self.orgs.get(org_id, {}).get("country")
        return bool(code and country is not None and country.id_ != f"countries:{code}")

    def _set_org(self, person: Official, org: Span | None, role: Span, country: Span | None = None) -> None:
        if org is not None and self._foreign(org.id_.removeprefix("organisations:"), country):
            org = None
        if org is not None:
            person["organisation"], person["organisation_id"] = org._.normalized, org.id_
            person["rules"]["organisation"] = org._.source
            return
        implied = self.lexicon.entry(role.id_).get("organisation")
        if implied and implied in self.orgs and not self._foreign(implied, country):
            person["organisation"] = self.orgs[implied]["name"]
            person["organisation_id"] = f"organisations:{implied}"
            person["rules"]["organisation"] = role._.source

    def finish(self, person: Official) -> Official:
        """A national organisation, else a national role (`président de la République`), tells the
        country when the text did not. A default of the rules (the role's country, or that of the
        organisation the role implies) gives way to the country of the story when it has one."""
        org = self.lexicon.entry(person["organisation_id"])
        role_source = person["rules"].get("role", "")
        role = self.lexicon.entry(role_source.removeprefix("rule:"))
        implied = person["rules"].get("organisation") == role_source
        for code, by_default in ((org.get("country"), implied), (role.get("country"), True)):
            if not person["country"] and code in self.countries:
                if by_default and self.home and self.home != code and self.home in self.countries:
                    code = self.home
                    if implied:  # `chef d'état-major des armées` of Niger: his own état-major, not `fr.ema`
                        person["organisation_id"] = ""
                person["country"] = self.countries[code]["name"]
        return person
