"""Merging people: the mentions of a document into one `Official` each (officials stage, second half).

Mentions merge by surname (`person_key`): the fullest name is kept, and the first rank, role,
organisation and country the appositions give (`appositions.py`). Then a one-word name that is the
first name of one person named in full joins that person, a role after `en tant que` goes to the last
person named, and a role named alone (`la ministre`) becomes a mention of the person holding it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable

from spacy.tokens import Doc, Span

from pipeline.components.affiliation import Affiliation
from pipeline.components.appositions import Descriptor
from pipeline.components.lexicon import Lexicon
from pipeline.components.linking import person_key, role_holders
from pipeline.components.spans import DocIndex, continued, doc_text, group_spans, story_of
from pipeline.rows import Official

COREFERENCE_SENTENCES = 3  # sentences before its own in which a role named alone finds its person


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
        self.affiliation = Affiliation(lexicon)

    def open(self, doc: Doc) -> None:
        """The country of the story: the place of an agency dateline (`Niamey, 19 déc (ANP) -`), else
        a demonym in the outlet's name on the first line (`ANP - Agence Nigérienne de Presse`)."""
        self.affiliation.open(doc)
        text = doc_text(doc)
        handed = story_of(doc)  # a piece of a long text: the country the pieces before found, if any
        self.home = handed.get("home", "") if handed is not None else ""
        self.home = self.home or next((self.places[_fold(m.group(1))] for m in _DATELINE.finditer(text)
                                       if _fold(m.group(1)) in self.places), "")
        if handed is not None and self.home:
            handed["home"] = self.home
        if not self.home and not continued(doc):  # the first line of the text, not of a later piece
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
                self._set_role(person, d.role)
                self._set_org(person, d.org, d.role, next((e.country for e in descriptors if e.country), None))
            if d.country is not None and not person["country"]:
                person["country"] = self._country_name(d.country)
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
                self._set_role(person, ent)

    def role_references(self, doc: Doc, idx: DocIndex, people: dict[str, Official], used: set[int],
                        describe: Callable[[Doc, Span], Descriptor] | None = None) -> None:
        """`la ministre a ensuite rencontré ...`: a role named alone, in the singular, refers to the
        person of the article holding it who was spoken of last. It becomes a mention of that person.

        When nobody holds it yet, a definite role (`le président ukrainien`, `le nouveau Premier ministre
        australien`, `la présidente du Conseil italien`) names the person spoken of last, in the
        sentences just before, who has no role and no other country (`coreferent`): that person
        takes the role, and the country its complement says (`describe`)."""
        starts = {p["key"]: sorted(s for s, _ in p["mentions"]) for p in people.values()}  # for a bisect

        def last_before(person: Official, char: int) -> int:
            return starts[person["key"]][bisect_left(starts[person["key"]], char) - 1]

        for ent in idx.ents:
            if ent.label_ != "ROLE" or ent.start in used or ent.start == 0:
                continue
            if "Plur" in ent.root.morph.get("Number"):
                continue
            article = self._definite_before(doc, ent)
            if article is None:
                continue
            described = describe(doc, ent) if describe is not None else None
            country = self._country_name(described.country) if described and described.country is not None else ""
            holders = role_holders(people.values(), ent, self.lexicon.entry(ent.id_).get("same_as"))
            if country:  # `le Premier ministre australien`: not the British one named before
                holders = [p for p in holders if self._country_of(p) == country]
            if not holders:  # `la présidente de la commission` for the person recorded as `présidente`
                holders = [p for p in people.values() if p["role"] and ent._.normalized.startswith(p["role"] + " ")]
            before = [p for p in holders if p["first_char"] < ent.start_char]
            window = self._window(idx, ent)
            named = ent._.normalized  # holders of the role itself, anywhere; of a role it stands for, recently
            recent = [p for p in before if p["role"] == named or p["role"].startswith(named + " ")
                      or last_before(p, ent.start_char) >= window]
            apposed = self._introduces(idx, ent, article)
            plain = doc[article].lower_ in self.lexicon.grammar.definite_articles | {"l'", "l’"}
            person = None  # `accompagné du gouverneur militaire`: after a preposition, only a nationality refers back
            if described is not None and not recent and not apposed and (plain or country):
                person = self._coreferent(idx, people, ent, country, starts, window)
            if person is not None:
                self._set_role(person, ent)
                self._set_org(person, described.org, ent, described.country)
                if country and not person["country"]:
                    person["country"] = country
                used.add(ent.start)
            elif before and plain:
                person = max(before, key=lambda p: last_before(p, ent.start_char))
            else:
                continue
            person["mentions"].append([ent.start_char, ent.end_char])
            insort(starts[person["key"]], ent.start_char)

    def _definite_before(self, doc: Doc, role: Span) -> int | None:
        """The definite singular article of a role named alone, over adjectives (`le nouveau Premier
        ministre`): `le`, `la`, `l'`, or one merged with a preposition (`au`, `du`), read from its morphology."""
        i = role.start - 1
        while i > 0 and doc[i].pos_ == "ADJ" and doc[i].dep_ == "amod" and doc[i].head.i in range(role.start, role.end):
            i -= 1
        token = doc[i]
        if token.lower_ in self.lexicon.grammar.definite_articles | {"l'", "l’"} and token.lower_ != "les":
            return i
        morph = token.morph
        if token.lower_ in self.lexicon.grammar.determiners and "Def" in morph.get("Definite") \
                and "Plur" not in morph.get("Number") and token.lower_ not in self.lexicon.grammar.elided_articles:
            return i
        return None

    @staticmethod
    def _introduces(idx: DocIndex, role: Span, article: int) -> bool:
        """The role describes a name of its own sentence rather than one before it: an apposition
        (`Abdel-Fatau Musah, le commissaire`), a description over commas before a name (`Le président
        de la Transition, Chef de l'Etat, le colonel X`); or its sentence has no verb (a page's contact
        block, `Cabinet du ministre de la Défense`): no reference to a person named before."""
        doc = role.doc
        if article > 0 and doc[article - 1].text == ",":
            return True
        sentence = idx.sent(role.start)
        if not any(t.pos_ in ("VERB", "AUX") for t in sentence):
            return True
        after = [e for e in idx.ents_in(sentence) if e.start >= role.end]
        nxt = next((e for e in after if e.label_ == "PERSON"), None)
        if nxt is None:
            return False
        between = doc[role.end : nxt.start]
        return any(t.text == "," for t in between) and not any(t.pos_ in ("VERB", "AUX") for t in between)

    @staticmethod
    def _window(idx: DocIndex, role: Span) -> int:
        """The first character of the sentences just before a role's own, where what it refers to is."""
        first = idx.sent(role.start)
        for _ in range(COREFERENCE_SENTENCES):
            if first.start == 0:
                break
            first = idx.sent(first.start - 1)
        return first.start_char

    def _coreferent(self, idx: DocIndex, people: dict[str, Official], role: Span, country: str,
                    starts: dict[str, list[int]], window: int) -> Official | None:
        """The person a role named alone refers back to: named in one of the sentences just before the
        role's own (not in it: `X a reçu le président ukrainien` is not X), the nearest first, with no
        role yet and no other country than the one the role says."""
        sentence = idx.sent(role.start)  # where its sentence begins, should the parser have run two together
        stops = [t for t in role.doc[sentence.start : role.start] if t.text in (".", "!", "?")]
        own = stops[-1].idx + 1 if stops else sentence.start_char
        candidates = []
        for person in people.values():
            at = [s for s in starts[person["key"]] if window <= s < own]
            if at:
                candidates.append((max(at), person))
        for _, person in sorted(candidates, key=lambda c: c[0], reverse=True):
            if person["role"] or not (" " in person["name"] or person["rank"] or person["titled"]):
                continue  # `contre Washington`: a one-word name alone is rarely a person
            if country and self._country_of(person) not in ("", country):
                continue
            return person
        return None

    def _country_of(self, person: Official) -> str:
        """A person's country as it will be written: the text's, else the one the role or organisation implies."""
        return self.finish(dict(person))["country"]

    def _country_name(self, country: Span) -> str:
        """A demonym two countries share (`congolais`, listed under `cd` with `demonyms_also_of: [cg]`)
        is the story's country when that is the other one (`POINTE-NOIRE, 20 septembre (Xinhua)`)."""
        code = country.id_.removeprefix("countries:")
        if country.label_ == "MISC" and self.home in (self.countries.get(code, {}).get("demonyms_also_of") or []):
            return self.countries[self.home]["name"]
        return country._.normalized

    def _set_role(self, person: Official, role: Span) -> None:
        """`chef d'[état-major général des Forces armées béninoises]`: the organisation took the tail of
        the role's term, leaving `chef` as the ROLE span (`#head`); the role is still the whole term's."""
        person["role"], person["rules"]["role"] = role._.normalized, role._.source
        person["role_as_written"] = as_written(role)
        if role.id_.endswith("#head"):
            full = self.lexicon.entry(role.id_.removesuffix("#head")).get("role")
            if full:
                person["role"] = person["role_as_written"] = full

    def _foreign(self, org_id: str, country: Span | None) -> bool:
        """`chef d'état-major des armées nigériennes`: the French body the title names is not his."""
        code = self.orgs.get(org_id, {}).get("country")
        return bool(code and country is not None and country.id_ != f"countries:{code}")

    def _set_org(self, person: Official, org: Span | None, role: Span, country: Span | None = None) -> None:
        if org is not None and self._foreign(org.id_.removeprefix("organisations:"), country):
            # `son homologue ivoirien, ..., chef d'état-major de l'Armée de l'Air`: a body of his own
            # country that a listed body of another one spells the same: kept as written
            person["organisation"], person["organisation_id"] = org.text, ""
            person["rules"]["organisation"] = org._.source + "+as-written"
            return
        if org is not None:
            person["organisation"], person["organisation_id"] = org._.normalized, org.id_
            person["rules"]["organisation"] = org._.source
            return
        implied = self.lexicon.entry(role.id_).get("organisation")
        if implied and implied in self.orgs and not self._foreign(implied, country):
            person["organisation"] = self.orgs[implied]["name"]
            person["organisation_id"] = f"organisations:{implied}"
            person["rules"]["organisation"] = role._.source
        elif not implied and (org := self.affiliation.of_role(role)) is not None:
            person["organisation"], person["organisation_id"] = org._.normalized, org.id_
            person["rules"]["organisation"] = org._.source + "+affiliation"

    def affiliate(self, person: Official, m: Span) -> None:
        """The organisation the words right after a name give when no role does (`affiliation.py`)."""
        org = self.affiliation.after_name(m)
        if org is not None:
            person["organisation"], person["organisation_id"] = org._.normalized, org.id_
            person["rules"]["organisation"] = (org._.source or "model") + "+affiliation"

    def finish(self, person: Official) -> Official:
        """A national organisation, else a national role (`président de la République`), tells the
        country when the text did not. A default of the rules (the role's country, or that of the
        organisation the role implies) gives way to the country of the story when it has one."""
        org = self.lexicon.entry(person["organisation_id"])
        role_source = person["rules"].get("role", "")
        role = self.lexicon.entry(role_source.removeprefix("rule:").removesuffix("#head"))
        implied = person["rules"].get("organisation") == role_source
        for code, by_default in ((role.get("country"), False), (org.get("country"), implied),
                                 (role.get("default_country"), True)):
            if not person["country"] and code in self.countries:
                if by_default and self.home and self.home != code and self.home in self.countries:
                    code = self.home
                    if implied:  # `chef d'état-major des armées` of Niger: his own état-major, not `fr.ema`
                        person["organisation_id"] = ""
                person["country"] = self.countries[code]["name"]
        return person
