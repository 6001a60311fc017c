"""Stage 4b: meetings, talks, visits and summits, with date, place, host and participants.

A sentence holding a trigger from `rules/meetings.yml` (a noun such as `entretiens`, `réunion`,
`sommet`, or a verb such as `accueillir`, `s'entretenir`) is a mention of a meeting. An article
usually comes back to the same meeting several times (`Au terme des entretiens...`), so mentions
are grouped: a mention with a date joins the meeting of that date or opens a new one; a mention
without a date joins the meeting of the same kind, else the one spoken of last. A mention that
opens with `en marge de` is a side meeting of its own, with its own participants.

Text inside quotation marks is the speaker's, not the reporter's: no trigger is read there.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.lexicon import variants
from pipeline.rules import RuleBook

QUOTE_RE = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")
PLACE_PREPOSITIONS = {"à", "au", "aux"}


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks."""
    return [m.span() for m in QUOTE_RE.finditer(text)]


def inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


class MeetingFinder:
    """Pipeline stage: `doc._.meetings`, a list of meeting dicts."""

    def __init__(self, book: RuleBook, nlp: Language) -> None:
        vocab = nlp.vocab
        self.nouns = PhraseMatcher(vocab, attr="LOWER")
        self.noun_entries: dict[str, dict] = {}
        for entry in book.entries("meetings", "nouns"):
            key = f"nouns.{entry['id']}"
            self.noun_entries[key] = entry
            self.nouns.add(key, [nlp.make_doc(form) for t in entry["terms"] for form in variants(t)])
        self.verbs = {e["lemma"].lower(): e for e in book.entries("meetings", "verbs")}
        self.verb_forms = {f.lower(): e for e in book.entries("meetings", "verbs") for f in e.get("forms") or []}
        self.places = PhraseMatcher(vocab, attr="LOWER")
        for entry in book.entries("meetings", "locations"):
            self.places.add(entry["id"], [nlp.make_doc(f) for t in entry["terms"] for f in variants(t)])
        self.side_markers = [m.lower() for m in book.get("meetings", "side_markers", [])]
        self.group_words = {w.lower() for w in book.get("meetings", "group_words", [])}

    def __call__(self, doc: Doc) -> Doc:
        quotes = quoted_ranges(doc.text)
        person_of = {}
        for person in doc._.officials or []:
            for start, _end in person["mentions"]:
                person_of[start] = person["key"]
        nouns = [n for n in filter_spans(self.nouns(doc, as_spans=True)) if not inside(quotes, n.start_char, n.end_char)]
        verbs = [t for t in doc if (t.lemma_.lower() in self.verbs or t.lower_ in self.verb_forms)
                 and t.pos_ in ("VERB", "AUX") and not inside(quotes, t.idx, t.idx + len(t))]
        places = self.places(doc, as_spans=True)
        mentions = []
        body_start = doc.text.find("\n")  # the headline restates the article, it is no mention of its own
        for sent in doc.sents:
            if sent.start_char < body_start:
                continue
            within = [n for n in nouns if sent.start <= n.start < sent.end]
            acts = [v for v in verbs if sent.start <= v.i < sent.end]
            if within or acts:
                here = [p for p in places if sent.start <= p.start < sent.end]
                mentions.append(self._mention(doc, sent, within, acts, here, quotes, person_of))
        doc._.meetings = self._group(doc, mentions)
        return doc

    # -- one sentence ---------------------------------------------------------------------------

    def _mention(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span], quotes,
                 person_of: dict[int, str]) -> dict:
        verb_entries = [self.verbs.get(v.lemma_.lower()) or self.verb_forms[v.lower_] for v in verbs]
        if nouns:
            entry = self.noun_entries[nouns[0].label_]
            kind, rule = entry["kind"], f"rule:meetings:{entry['id']}"
        else:
            kind = verb_entries[0].get("kind") or verbs[0].lemma_
            rule = f"rule:meetings:{verb_entries[0]['id']}"
        people = [person_of[e.start_char] for e in sent.ents
                  if e.label_ == "PERSON" and e.start_char in person_of and not inside(quotes, e.start_char, e.end_char)]
        host, guests = self._host(sent, verbs, verb_entries, person_of)
        text = sent.text.lower()
        # a bare year (`pour l'année à venir`) speaks of plans, not of when the meeting took place
        dates = [e for e in sent.ents if e.label_ == "DATE" and len(e._.normalized) > 4
                 and not inside(quotes, e.start_char, e.end_char)]
        return {
            "kind": kind, "rule": rule, "sentence": sent.text.strip(), "start_char": sent.start_char,
            "end_char": sent.end_char, "people": list(dict.fromkeys(people)), "host": host, "guests": guests,
            "date": dates[0]._.normalized if dates else "", "location": self._location(sent, places),
            "side": any(m in text for m in self.side_markers) and bool(nouns),
            "groups": self._groups(sent), "subject": self._subject_people(sent, person_of),
        }

    def _host(self, sent: Span, verbs, entries, person_of) -> tuple[str, list[str]]:
        """The subject of a hosting verb (`a accueilli`, `a reçu`), and the people it received."""
        for verb, entry in zip(verbs, entries, strict=True):
            if entry.get("host") != "subject":
                continue
            hosts = _people_in(verb, ("nsubj", "nsubj:pass"), person_of) or _people_before(sent, verb, person_of)
            guests = _people_in(verb, ("obj", "iobj", "obl:arg"), person_of)
            if hosts:
                return hosts[0], [g for g in guests if g != hosts[0]]
        return "", []

    def _subject_people(self, sent: Span, person_of) -> list[str]:
        """People in the subject of the sentence's main verb (who met the others)."""
        root = sent.root
        return _people_in(root, ("nsubj", "nsubj:pass"), person_of)

    def _location(self, sent: Span, places: list[Span]) -> str:
        """`au siège de l'OTAN`, `à Bruxelles`: the meeting place as written (canonical for places)."""
        doc = sent.doc
        for place in places:
            if place[0].ent_type_:  # `état-major` inside `vice-chef d'état-major` is no place
                continue
            i = place.end
            while i < sent.end and doc[i].lower_ in {"de", "du", "des", "d'", "d’", "l'", "l’", "la", "le"}:
                i += 1
            ent = next((e for e in sent.ents if e.start == i and e.label_ in ("ORG", "LOC")), None)
            if ent is not None:
                return doc[place.start : ent.end].text
        for ent in sent.ents:
            if ent.label_ == "LOC" and ent.start > sent.start and doc[ent.start - 1].lower_ in PLACE_PREPOSITIONS:
                return ent._.normalized or ent.text
        return ""

    def _groups(self, sent: Span) -> list[str]:
        """`la délégation pakistanaise`: groups that take part, as written."""
        groups = []
        for token in sent:
            if token.lower_ in self.group_words:
                end = token.i + 1
                while end < sent.end and (sent.doc[end].pos_ == "ADJ" or any(
                        e.label_ == "MISC" for e in sent.doc[end : end + 1].ents)):
                    end += 1
                groups.append(sent.doc[token.i : end].text)
        return groups

    # -- grouping mentions into meetings --------------------------------------------------------

    def _group(self, doc: Doc, mentions: list[dict]) -> list[dict]:
        meetings: list[dict] = []
        current: dict | None = None
        for m in mentions:
            if m["side"]:
                meeting = self._open(m, parent=current)
                meetings.append(meeting)
                continue
            target = None
            if m["date"]:
                target = next((x for x in meetings if x["date"] == m["date"] and not x["side"]), None)
                if target is None and current is not None and current.get("date_from_context"):
                    target, current["date"], current["date_from_context"] = current, m["date"], False
            elif current is not None:
                target = next((x for x in meetings if x["kind"] == m["kind"] and not x["side"]), current)
            if target is None:
                target = self._open(m, parent=None)
                if not target["date"]:
                    target["date"], target["date_from_context"] = _context_date(doc, m["start_char"]), True
                meetings.append(target)
            else:
                _merge(target, m)
            current = target
        for index, meeting in enumerate(meetings, 1):
            meeting["meeting_id"] = f"M{index}"
        return meetings

    @staticmethod
    def _open(m: dict, parent: dict | None) -> dict:
        meeting = {**m, "people": list(m["people"]), "sentences": [m["sentence"]], "hosted": []}
        if m["host"]:
            meeting["hosted"] = [(m["host"], g, m["sentence"], m["start_char"], m["end_char"]) for g in m["guests"]]
        if parent is not None:
            meeting["date"] = meeting["date"] or parent["date"]
            meeting["location"] = meeting["location"] or parent["location"]
            meeting["host"] = ""
            meeting["kind"] = f"{m['kind']} en marge"
        if meeting["host"] and meeting["host"] not in meeting["people"]:
            meeting["people"].insert(0, meeting["host"])
        return meeting


def _merge(target: dict, m: dict) -> None:
    """Fold a later mention into the meeting it speaks of."""
    for key in m["people"]:
        if key not in target["people"]:
            target["people"].append(key)
    target["groups"] = list(dict.fromkeys(target["groups"] + m["groups"]))
    target["location"] = target["location"] or m["location"]
    target["sentences"].append(m["sentence"])
    if m["host"]:
        target["hosted"] += [(m["host"], g, m["sentence"], m["start_char"], m["end_char"]) for g in m["guests"]]
        if not target["host"]:
            target["host"] = m["host"]
            if m["host"] in target["people"]:
                target["people"].remove(m["host"])
            target["people"].insert(0, m["host"])


def _context_date(doc: Doc, before: int) -> str:
    """The last date of the body before a mention, else the publication date."""
    dates = [e for e in doc.ents if e.label_ == "DATE" and e.end_char <= before and e._.normalized]
    body = [e for e in dates if e._.normalized not in (doc._.published, doc._.updated)]
    if body:
        return body[-1]._.normalized
    return doc._.published or ""


def _people_in(verb, deps: tuple[str, ...], person_of: dict[int, str]) -> list[str]:
    """People named in the subtree of the verb's children with these dependency labels."""
    found = []
    for child in verb.children:
        if child.dep_ in deps:
            for token in child.subtree:
                key = person_of.get(token.idx)
                if key and key not in found:
                    found.append(key)
    return found


def _people_before(sent: Span, verb, person_of) -> list[str]:
    found = [person_of[t.idx] for t in sent.doc[sent.start : verb.i] if t.idx in person_of]
    return found[-1:] if found else []


