"""Stage 4c: typed links between people and organisations.

- MET: people who took part in the same meeting. In a side meeting (`la délégation a participé à
  des réunions avec A, B, C`) the people listed met the delegation, not each other: pairs are made
  only with the people of the subject.
- HOSTED: the subject of a hosting verb -> the people it received (`a accueilli son homologue X`).
- COUNTERPART_OF: `son homologue [pakistanais], le général X`: X and the person named last before
  `homologue` (the possessor of `son`); `ses homologues : X, Y`: each of them; `son homologue russe`
  with no name after it: the one person of that country the article names.
- MEMBER_OF: a person -> the organisation of the role.
- PART_OF: an organisation -> its parent, where both are named in the article, or where the text
  says so (`la Division Sécurité coopérative de l'EMI`).
- ACRONYM_OF: an acronym used in the article -> the organisation's canonical name.
"""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Doc, Span

from pipeline.components.lexicon import Lexicon
from pipeline.components.spans import DocIndex, doc_text, group_spans, tokens_with


class RelationLinker:
    """Pipeline stage: `doc._.relations`, a list of relation dicts."""

    def __init__(self, lexicon: Lexicon, counterpart_words: set[str]) -> None:
        self.lexicon = lexicon
        self.orgs = lexicon.by_file("organisations")
        self.counterpart_words = counterpart_words

    def __call__(self, doc: Doc) -> Doc:
        people = {p["key"]: p for p in doc._.officials or []}
        self.idx = DocIndex.of(doc)
        rows: list[dict] = []
        rows += self._meetings(doc)
        rows += self._counterparts(doc, people)
        rows += self._members(doc, people)
        rows += self._organisations(doc)
        seen, unique = set(), []
        for row in rows:
            key = (row["subject_id"], row["relation"], row["object_id"])
            if row["relation"] in ("MET", "COUNTERPART_OF"):
                key = (min(key[0], key[2]), row["relation"], max(key[0], key[2]))
            if key not in seen and row["subject_id"] != row["object_id"]:
                seen.add(key)
                unique.append(row)
        doc._.relations = unique
        return doc

    def _meetings(self, doc: Doc) -> list[dict]:
        rows = []
        for meeting in doc._.meetings or []:
            where = (meeting["sentence"], meeting["start_char"], meeting["end_char"])
            if meeting["side"]:
                subjects = [p for p in meeting["subject"] if p in meeting["people"]]
                pairs = [(s, o) for s in subjects for o in meeting["people"] if o not in subjects]
            else:
                pairs = list(combinations(meeting["people"], 2))
            rows += [_row("MET", a, b, *where, meeting["rule"]) for a, b in pairs]
            for host, guest, sentence, start, end in meeting["hosted"]:
                rows.append(_row("HOSTED", host, guest, sentence, start, end, meeting["rule"]))
        return rows

    def _counterparts(self, doc: Doc, people: dict[str, dict]) -> list[dict]:
        """The person named right after `homologue` is the counterpart of the person named last before it."""
        person_at = {start: p["key"] for p in people.values() for start, _ in p["mentions"]}
        rows = []
        for i in tokens_with(doc, "LOWER", self.counterpart_words):
            token = doc[i]
            sent = self.idx.sent(token.i)
            ents = self.idx.ents_in(sent)
            after = [person_at[e.start_char] for e in ents
                     if e.label_ == "PERSON" and e.start > token.i and e.start_char in person_at]
            before = [person_at[e.start_char] for e in ents  # a ROLE may name a person: `la ministre`
                      if e.label_ in ("PERSON", "ROLE") and e.end <= token.i and e.start_char in person_at]
            if not before:  # `Elle s'est entretenue avec son homologue`: the last person spoken of
                before = next(([person_at[e.start_char]] for e in self.idx.ents_before(sent.start)
                               if e.label_ == "PERSON" and e.start_char in person_at), [])
            # `ses homologues : le président du Faso, X, le président de la Transition, Y`: every one named after
            plural = "Plur" in token.morph.get("Number") or token.lower_.endswith("s")
            named = list(dict.fromkeys(after)) if plural else after[:1]
            # `son homologue russe` with no name after it, `ses homologues français, britannique (X)`: the one
            # person of that country the article names
            for country in self._demonyms_after(doc, token, ents):
                of_country = [k for k, p in people.items() if p.get("country") == country]
                if len(of_country) == 1 and of_country[0] not in named and (plural or not named):
                    named.append(of_country[0])
            for other in named:
                if before and other != before[-1]:
                    rule = "rule:relations:counterparts"
                    rows.append(_row("COUNTERPART_OF", other, before[-1], sent.text.strip(), sent.start_char,
                                     sent.end_char, rule))
        return rows

    @staticmethod
    def _demonyms_after(doc: Doc, token, ents: list[Span]) -> list[str]:
        """The countries of the demonyms right after `homologue(s)`: `son homologue russe`, `ses homologues
        français, britannique (X) et turc (Y)`; the list ends at the first other word outside brackets."""
        by_start = {e.start: e for e in ents}
        countries, i, depth = [], token.i + 1, 0
        while i < len(doc) and i - token.i < 20:
            ent = by_start.get(i)
            if doc[i].text == "(":
                depth += 1
            elif doc[i].text == ")":
                depth -= 1
            elif depth == 0 and ent is not None and ent.label_ == "MISC" and ent.id_.startswith("countries:"):
                countries.append(ent._.normalized)
                i = ent.end
                continue
            elif depth == 0 and doc[i].lower_ not in (",", "et"):
                break
            i += 1
        return countries

    def _members(self, doc: Doc, people: dict[str, dict]) -> list[dict]:
        rows = []
        for person in people.values():
            if person["organisation"]:
                start, end = person["mentions"][0]
                sent = self.idx.sent(doc.char_span(start, end, alignment_mode="expand").start)
                rule = person["rules"].get("organisation") or person["rules"].get("role", "")
                rows.append(_row("MEMBER_OF", person["key"], person["organisation"], sent.text.strip(),
                                 sent.start_char, sent.end_char, rule, subject=person["name"]))
        return rows

    def _organisations(self, doc: Doc) -> list[dict]:
        orgs = [e for e in [*self.idx.ents, *doc.spans.get("role_orgs", [])]
                if e.label_ == "ORG" and e.id_.startswith("organisations:")]
        named = {e.id_.split(":", 1)[1]: e for e in orgs}
        text = doc_text(doc)
        paragraphs: dict[str, set[int]] = {}  # the paragraphs where each organisation is named
        for e in orgs:
            paragraphs.setdefault(e.id_.split(":", 1)[1], set()).add(text.count("\n", 0, e.start_char))
        rows = []
        for ident, ent in named.items():
            entry = self.orgs[ident]
            parent = entry.get("parent")
            if parent and parent in named and paragraphs[ident] & paragraphs[parent]:
                # both named in one paragraph: the text links them; named far apart, it states nothing
                rows.append(self._org_row("PART_OF", ent, self.orgs[parent]["name"], "rule:organisations:parent"))
        for ent in orgs:  # `la Division Sécurité coopérative de l'EMI`
            nxt = _org_after(doc, self.idx, ent, self.lexicon.grammar.of_words)
            if nxt is not None and nxt.id_ != ent.id_ and not self.orgs[ent.id_.split(":", 1)[1]].get("country"):
                rows.append(self._org_row("PART_OF", ent, nxt._.normalized, "rule:relations:org-de-org"))
        rows += self._inner_parents(doc)
        for ent in orgs:
            entry = self.orgs[ent.id_.split(":", 1)[1]]
            if ent.text in (entry.get("acronyms") or []) or ent._.source == "rule:acronyms:defined-in-text":
                rows.append(self._org_row("ACRONYM_OF", ent, entry["name"], ent._.source, subject=ent.text))
        return rows

    def _inner_parents(self, doc: Doc) -> list[dict]:
        """`la mission militaire de partenariat de l'UE`, `la commission de la politique de sécurité du
        Conseil national`: a name the grammar read whose last `de`-phrase is a body of the lists is part
        of that body, as the text states it. A generic body (`forces armées`: a common noun, no country,
        parent or acronym) names no one in particular; a country is no body."""
        names = [e for e in [*self.idx.ents, *doc.spans.get("role_orgs", [])]
                 if e.label_ == "ORG" and e.id_.startswith("institutions:")]
        if not names:
            return []
        listed = [s for s in group_spans(doc, "lexicon") if s.label_ == "ORG" and s.id_.startswith("organisations:")]
        of_words = self.lexicon.grammar.of_words
        rows = []
        for ent in names:
            inner = [s for s in listed if ent.start < s.start and s.end <= ent.end
                     and doc[s.start - 1].lower_.replace("’", "'") in of_words]
            inner = [s for s in inner if not any(o.start < s.start < o.end for o in inner)]  # outermost only
            if not inner:
                continue
            last = max(inner, key=lambda s: (s.start, -s.end))
            entry = self.orgs.get(last.id_.split(":", 1)[1], {})
            # a proper name (`G5 Sahel`) or a body placed by country, parent or acronym; not `forces armées`
            if entry and (entry.get("country") or entry.get("parent") or entry.get("acronyms")
                          or entry["name"][:1].isupper()):
                rows.append(self._org_row("PART_OF", ent, entry["name"], "rule:relations:name-de-org"))
        return rows

    def _org_row(self, relation: str, ent: Span, obj: str, rule: str, subject: str | None = None) -> dict:
        sent = self.idx.sent(ent.start)
        subject = subject or ent._.normalized
        return _row(relation, subject, obj, sent.text.strip(), ent.start_char, ent.end_char, rule, subject=subject)


def _org_after(doc: Doc, idx: DocIndex, ent: Span, of_words: frozenset[str]) -> Span | None:
    """The organisation named right after `ent` through `de`/`du`/`de l'`, if any."""
    i = ent.end
    while i < len(doc) and doc[i].lower_ in of_words and i - ent.end < 3:
        i += 1
    if i == ent.end or i >= len(doc):
        return None
    following = idx.ent_starting(i)
    if following is not None and following.label_ == "ORG" and following.id_.startswith("organisations:"):
        return following
    return None


def _row(relation: str, subject_id: str, object_id: str, sentence: str, start: int, end: int, rule: str,
         subject: str | None = None) -> dict:
    """A relation; person keys are turned into names and person ids at export."""
    return {"relation": relation, "subject_id": subject_id, "object_id": object_id, "subject": subject or subject_id,
            "object": object_id, "sentence": sentence, "start_char": start, "end_char": end, "rule": rule}
