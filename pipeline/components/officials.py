"""Stage 4a: officials, one per person of a document, with rank, role, organisation and country.

French news introduces an official by apposition, in either order:
    le directeur général de l'EMI, le général de corps d'armée Hans-Werner Wiermann, ...
    l'amiral Rob Bauer, président du Comité militaire, ...
    son homologue pakistanais, le général Ashraf, directeur général de l'état-major interarmées
So each PERSON mention reads its rank right before it, a descriptor after it (`, ROLE de ORG`)
and a descriptor before it (`ROLE de ORG, [le RANK]`). A descriptor after a name binds first and
is then used up, so in a list of appositions a role is never given to two people.
Later mentions (`le général Wiermann`, `Wiermann`) merge by surname into one person.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort

from spacy.tokens import Doc, Span

from pipeline.components.lexicon import Lexicon, fold
from pipeline.components.spans import DocIndex

DESCRIPTIVE_POS = {"NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ", "NUM"}
WINDOW = 14  # tokens a description may span


def _merge_first_names(people: dict[str, dict]) -> None:
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


def _as_written(role: Span) -> str:
    """The role as the text gives it (`présidente`, `directrice générale`), apostrophes straightened,
    a capital kept only where the rule has one (`Premier ministre`, not `Directeur`)."""
    demonyms = {i for s in role.doc.spans.get("lexicon", []) if s.label_ == "MISC" and s.id_.startswith("countries:")
                and role.start < s.start and s.end <= role.end for i in range(s.start, s.end)}
    if demonyms:  # `ministre nigérien de la Défense`: the role is `ministre de la Défense`, the demonym its country
        text = "".join(t.text_with_ws for t in role if t.i not in demonyms).strip().replace("\u2019", "'")
    else:
        text = role.text.replace("\u2019", "'")
    canonical = role._.normalized
    return text if canonical[:1].isupper() else text[:1].lower() + text[1:]


def _is_demonym(ent: Span | None) -> bool:
    """A demonym of a country (`pakistanais`), not of a region (`européen`)."""
    return ent is not None and ent.label_ == "MISC" and ent.id_.startswith("countries:") \
        and not ent.id_.startswith("countries:r.")


def _is_country(ent: Span | None) -> bool:
    return ent is not None and ent.label_ == "LOC" and ent.id_.startswith("countries:")


def in_subject(token) -> bool:
    """The token names the subject of its clause (`le général Breuer avait été reçu`), directly or
    through the name, apposition or complement it belongs to."""
    for _ in range(4):
        if token.dep_ in ("nsubj", "nsubj:pass"):
            return True
        if token.head.i == token.i or token.dep_ not in ("flat:name", "appos", "nmod", "flat"):
            return False
        token = token.head
    return False


def role_holders(people, role: Span, same_as: list[str] | None) -> list[dict]:
    """The people holding the role a ROLE span names: the same role, a longer form of it
    (`ministre` -> `ministre des Armées`) or a role it stands for (`same_as` in roles.yml)."""
    name = role._.normalized
    same = {f"rule:roles:{r}" for r in same_as or []}
    return [p for p in people if p["role"] == name or p["role"].startswith(name + " ")
            or p["rules"].get("role") in same]


def person_key(name: str) -> str:
    """The surname, lower case, without accents: how people are matched across mentions."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    tokens = re.sub(r"\s+", " ", text).strip(" .,;:").split()
    return tokens[-1] if tokens else ""


class Descriptor:
    """What an apposition says of a person: role, organisation, country, and whether it was used."""

    def __init__(self) -> None:
        self.role: Span | None = None
        self.org: Span | None = None
        self.country: Span | None = None
        self.counterpart = False


class OfficialLinker:
    """Pipeline stage: `doc._.officials`, a list of person dicts."""

    def __init__(self, lexicon: Lexicon, counterpart_words: set[str], civilities: set[str]) -> None:
        self.lexicon = lexicon
        # `Son Excellence`: its words after the first (a determiner here) are civility words too
        self.civilities = civilities | {w for c in civilities for w in c.split()[1:]}
        self.orgs = lexicon.by_file("organisations")
        self.countries = lexicon.by_file("countries")
        self.counterpart_words = counterpart_words

    def __call__(self, doc: Doc) -> Doc:
        self.idx = DocIndex.of(doc)
        ent_at = {t: e for e in self.idx.ents for t in range(e.start, e.end)}
        self.role_orgs = {s.start: s for s in doc.spans.get("role_orgs", [])}
        self.role_countries = {s.start: s for s in doc.spans.get("role_countries", [])}
        used_roles: set[int] = set()
        mentions = [e for e in self.idx.ents if e.label_ == "PERSON"]
        after = {m.start: self._descriptor_after(doc, m, ent_at) for m in mentions}
        for d in after.values():
            if d.role is not None:
                used_roles.add(d.role.start)
        people: dict[str, dict] = {}
        for m in mentions:
            key = person_key(m.text)
            if not key:
                continue
            person = people.setdefault(key, _new_person(key))
            person["titled"] = person["titled"] or (m.start > 0 and doc[m.start - 1].lower_ in self.civilities)
            rank, demonym = self._title(doc, m, ent_at)
            before = self._descriptor_before(doc, m, ent_at, used_roles)
            if demonym is not None:
                before.country = before.country or demonym
            self._update(person, m, rank, after[m.start], before)
        _merge_first_names(people)
        self._roles_en_tant_que(doc, people, used_roles)
        self._role_references(doc, people, used_roles)
        people = {k: p for k, p in people.items() if " " in p["name"] or p["rank"] or p["role"] or p["titled"]}
        doc._.officials = [self._finish(p) for p in sorted(people.values(), key=lambda p: p["first_char"])]
        return doc

    # A one-word name with no civility, rank or role anywhere (`Washington`, `Leclerc` the tank, `Ramstein`)
    # is the model's guess at a place or a thing far more often than an official: it is left out.

    def _roles_en_tant_que(self, doc: Doc, people: dict[str, dict], used: set[int]) -> None:
        """`Theresa May, qui dirigeait le gouvernement en tant que Première ministre`: a role after
        `en tant que` is the role of the last person named before it in the sentence."""
        for ent in self.idx.ents:
            if ent.label_ != "ROLE" or ent.start in used or ent.start < 3:
                continue
            if [t.lower_ for t in doc[ent.start - 3 : ent.start]] != ["en", "tant", "que"]:
                continue
            sentence = self.idx.ents_in(self.idx.sent(ent.start))
            named = [e for e in sentence if e.label_ == "PERSON" and e.end <= ent.start]
            person = people.get(person_key(named[-1].text)) if named else None
            if person is not None and not person["role"]:
                used.add(ent.start)
                person["role"], person["rules"]["role"] = ent._.normalized, ent._.source
                person["role_as_written"] = _as_written(ent)

    def _role_references(self, doc: Doc, people: dict[str, dict], used: set[int]) -> None:
        """`la ministre a ensuite rencontré ...`: a role named alone, in the singular, refers to the
        person of the article holding it who was spoken of last. It becomes a mention of that person."""
        starts = {p["key"]: sorted(s for s, _ in p["mentions"]) for p in people.values()}  # for a bisect

        def last_before(person: dict, char: int) -> int:
            return starts[person["key"]][bisect_left(starts[person["key"]], char) - 1]

        for ent in self.idx.ents:
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

    # -- reading appositions ------------------------------------------------------------------

    def _descriptor_after(self, doc: Doc, m: Span, ent_at: dict[int, Span]) -> Descriptor:
        """`X, président du Comité militaire, ...`"""
        d = Descriptor()
        i = m.end
        if i < len(doc) and doc[i].text == ",":
            i += 1
            determiner = i
            while i < len(doc) and doc[i].lower_ in self.lexicon.grammar.title_determiners:
                i += 1
            ent = ent_at.get(i)
            if ent is not None and ent.label_ == "ROLE":
                d.role = ent
                end = self._read_complement(doc, ent.end, ent_at, d)
                if i > determiner and self._introduces_next(doc, end, ent_at):
                    return Descriptor()  # `X, le ministre-président de Basse-Saxe, Y`: it is Y's
        return d

    def _introduces_next(self, doc: Doc, i: int, ent_at: dict[int, Span]) -> bool:
        """The description ends on `, [le] [rank] Name`: it introduces the next person."""
        if i >= len(doc) or doc[i].text != ",":
            return False
        i += 1
        grammar = self.lexicon.grammar
        while i < len(doc) and (doc[i].lower_ in grammar.title_determiners or doc[i].lower_ in self.civilities):
            i += 1
        ent = ent_at.get(i)
        if ent is not None and ent.label_ == "RANK":
            ent = ent_at.get(ent.end)
        return ent is not None and ent.label_ == "PERSON"

    def _title(self, doc: Doc, m: Span, ent_at: dict[int, Span]) -> tuple[Span | None, Span | None]:
        """The rank written right before a name, over a civility or a demonym:
        `l'amiral Sir Tony Radakin`, `le général de corps d'armée allemand Hans-Werner Wiermann`."""
        i, demonym = m.start, None
        while i > 0 and doc[i - 1].lower_ in self.civilities:
            i -= 1
        if i > 1 and doc[i - 1].text == "," and (rank := ent_at.get(i - 2)) is not None and rank.label_ == "RANK" \
                and rank.start > 0 and doc[rank.start - 1].lower_ in self.lexicon.grammar.title_determiners:
            i -= 1  # `le général de division, Salifou Mody`: a rank cut from its name by a comma
        ent = ent_at.get(i - 1)
        if _is_demonym(ent):
            demonym, ent = ent, ent_at.get(ent.start - 1)
        if ent is not None and ent.label_ == "RANK":
            return ent, demonym
        return None, None

    def _descriptor_before(self, doc: Doc, m: Span, ent_at: dict[int, Span], used: set[int]) -> Descriptor:
        """`le ministre ukrainien de la Défense, X` or `son homologue pakistanais, le général X`."""
        d = Descriptor()
        i = m.start
        rank, demonym = self._title(doc, m, ent_at)
        if rank is not None:
            i = rank.start
        while i > 0 and doc[i - 1].lower_ in self.civilities | self.lexicon.grammar.title_determiners:
            i -= 1
        if i > 0 and doc[i - 1].text == ",":
            i -= 1
        start, units = i, 0
        while start > m.sent.start and units < WINDOW:  # an entity counts as one word
            ent = ent_at.get(start - 1)
            if ent is not None and ent.label_ != "PERSON":
                start = ent.start
            elif ent is None and self._descriptive(doc[start - 1]):
                start -= 1
            else:
                break
            units += 1
        j = start
        while j < i:
            ent = ent_at.get(j)
            if ent is not None and ent.label_ == "ROLE" and d.role is None and ent.start not in used:
                d.role = ent
                used.add(ent.start)
                j = self._read_complement(doc, ent.end, ent_at, d)
                continue
            if _is_demonym(ent):
                d.country = d.country or ent
            elif doc[j].lower_ in self.counterpart_words:
                d.counterpart = True
            j = ent.end if ent is not None else j + 1
        if start > m.sent.start + 1 and doc[start - 1].text == "," and not d.counterpart:
            self._counterpart_before(doc, start - 1, ent_at, d)  # `son homologue britannique, le ministre X`
        if d.role is None and not d.counterpart:
            d.country = None  # `sur la candidature moldave ..., M. Macron a déclaré`: no description
        return d

    def _counterpart_before(self, doc: Doc, comma: int, ent_at: dict[int, Span], d: Descriptor) -> None:
        """`son homologue [demonym]` just before a comma describes the person after the description."""
        i = comma
        demonym = None
        if _is_demonym(ent_at.get(i - 1)):
            demonym = ent_at[i - 1]
            i = demonym.start
        if i > 0 and doc[i - 1].lower_ in self.counterpart_words:
            d.counterpart = True
            d.country = d.country or demonym

    @staticmethod
    def _names_country(doc: Doc, ent: Span | None) -> bool:
        """`ukrainien` or `de Moldavie` (not `pour l'Afghanistan`) says whose official it is."""
        if _is_demonym(ent):
            return True
        if not _is_country(ent):
            return False
        i = ent.start - 1  # `de la Macédoine du Nord`, `du Mali`, not `pour l'Afghanistan`
        if doc[i].lower_ in ("la", "l'", "l’", "le", "les"):
            i -= 1
        return doc[i].lower_ in {"de", "du", "des", "d'", "d’"}

    def _ends_description(self, token, ent: Span | None) -> bool:
        if ent is not None:
            return ent.label_ in ("PERSON", "DATE", "RANK")
        return not self._descriptive(token)

    def _descriptive(self, token) -> bool:
        """A word that can belong to a description such as `ministre ukrainien de la Défense`."""
        if token.lower_ in self.lexicon.grammar.title_linkers or token.lower_ in self.counterpart_words:
            return True
        return token.pos_ in DESCRIPTIVE_POS and not token.is_punct and not token.is_space

    def _read_complement(self, doc: Doc, i: int, ent_at: dict[int, Span], d: Descriptor) -> int:
        """`... de l'état-major interarmées`, `... ukrainien de la Défense`, `... de la République de Moldavie`:
        the first organisation, and the country from a demonym or from `de` + a country's name."""
        inner = next((self.role_orgs[i] for i in range(d.role.start + 1, d.role.end) if i in self.role_orgs), None)
        if inner is not None and self._staff(inner):
            inner = self._forces_of_staff(doc, inner)  # `chef d'état-major des armées françaises`
        if inner is not None:  # `chef d'état-major des armées`: the role names its organisation
            d.org = inner
            d.country = d.country or self._country_inside(doc, inner)
            i = max(i, inner.end)
        demonym = next((c for i in range(d.role.start, d.role.end) if (c := self.role_countries.get(i)) is not None
                        and _is_demonym(c)), None)
        if demonym is not None:  # `secrétaire américain à la Défense`
            d.country = demonym
        end = min(len(doc), i + WINDOW)
        while i < end:
            ent = ent_at.get(i)
            if ent is not None and ent.label_ == "ORG" and d.org is None:
                d.org = ent
                d.country = d.country or self._country_inside(doc, ent)
            elif d.country is None and self._names_country(doc, ent):
                d.country = ent
            elif self._ends_description(doc[i], ent):
                return i
            i = ent.end if ent is not None else i + 1
        return i

    def _staff(self, org: Span) -> bool:
        """A staff (`état-major des armées`, `état-major général`) named inside a role."""
        return self.lexicon.entry(org.id_).get("kind") == "etat-major" or org.id_ == "institutions:etat-major"

    def _forces_of_staff(self, doc: Doc, staff: Span) -> Span | None:
        """A chief of staff belongs to the forces his staff commands, when the text says whose they are:
        `chef d'état-major des armées françaises` -> `armées françaises`, `... des FACI` -> the FACI
        (read after the role); `chef d'état-major des armées` alone names no one's forces: None."""
        forces_words = {fold(t).split()[0] for h in self.lexicon.institutions.get("heads") or []
                        if h.get("needs") == "national" for t in h.get("terms") or []}
        start = next((t.i for t in staff if fold(t.text) in forces_words), None)
        if start is None:
            return None
        countries = [s for s in doc.spans.get("lexicon", []) if s.id_.startswith("countries:")
                     and not s.id_.startswith("countries:r.") and s.label_ in ("MISC", "LOC")]
        end = max([staff.end, *(s.end for s in countries if s.start == staff.end and s.label_ == "MISC")])
        forces = doc[start:end]  # `des armées béninoises`: the demonym may follow the role
        country = next((s for s in countries if forces.start <= s.start and s.end <= forces.end), None)
        if country is None:
            return None
        forces = Span(doc, forces.start, forces.end, label="ORG", span_id="institutions:forces-of-staff")
        forces._.normalized, forces._.source = forces.text, staff._.source + "+forces"
        return forces

    def _country_inside(self, doc: Doc, org: Span) -> Span | None:
        """`les forces armées nigériennes`, `état-major général des armées de Côte d'Ivoire`: a name
        kept as written says its country by a demonym or a country's name inside it."""
        if not org.id_.startswith("institutions:"):
            return None
        for span in doc.spans.get("lexicon", []):
            if org.start <= span.start and span.end <= org.end and span.id_.startswith("countries:") \
                    and not span.id_.startswith("countries:r.") and span.label_ in ("MISC", "LOC"):
                code = span.id_.split(":", 1)[1]
                span._.normalized = self.countries.get(code, {}).get("name", span.text)
                return span
        return None

    # -- merging mentions ---------------------------------------------------------------------

    def _update(self, person: dict, m: Span, rank: Span | None, *descriptors: Descriptor) -> None:
        if len(m.text) > len(person["name"]):
            person["name"] = m.text
        person["mentions"].append([m.start_char, m.end_char])
        person["first_char"] = min(person["first_char"], m.start_char)
        if rank is not None and len(rank._.normalized) > len(person["rank"]):
            person["rank"], person["rules"]["rank"] = rank._.normalized, rank._.source
        for d in descriptors:
            if d.role is not None and not person["role"]:
                person["role"], person["rules"]["role"] = d.role._.normalized, d.role._.source
                person["role_as_written"] = _as_written(d.role)
                self._set_org(person, d.org, d.role, d.country)
            if d.country is not None and not person["country"]:
                person["country"] = d.country._.normalized
            if d.counterpart:
                person["counterpart"] = True

    def _foreign(self, org_id: str, country: Span | None) -> bool:
        """`chef d'état-major des armées nigériennes`: the French body the title names is not his."""
        code = self.orgs.get(org_id, {}).get("country")
        return bool(code and country is not None and country.id_ != f"countries:{code}")

    def _set_org(self, person: dict, org: Span | None, role: Span, country: Span | None = None) -> None:
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

    def _finish(self, person: dict) -> dict:
        """A national organisation, else a national role (`président de la République`), tells the
        country when the text did not."""
        org = self.lexicon.entry(person["organisation_id"])
        role = self.lexicon.entry(person["rules"].get("role", "").removeprefix("rule:"))
        for code in (org.get("country"), role.get("country")):
            if not person["country"] and code in self.countries:
                person["country"] = self.countries[code]["name"]
        return person


def _new_person(key: str) -> dict:
    return {"key": key, "name": "", "rank": "", "role": "", "role_as_written": "", "organisation": "",
            "organisation_id": "", "country": "", "counterpart": False, "titled": False, "mentions": [],
            "first_char": 10**12, "rules": {}}
