"""Stage 4d: direct quotations and who said them.

A quotation is text in « » or “ ”. Its speaker is read, in this order:
1. after it, in the same sentence: `« ... », a souligné le général Wiermann`;
2. before it: `X a déclaré : « ... »`, `selon X, « ... »`;
and may be named by rank and surname, surname alone, role (`a souligné le directeur général de
l'EMI`: the official holding that role) or rank alone (`a ajouté le général`: the last person of
that rank spoken of).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.rules import RuleBook

QUOTE_RE = re.compile(r"«\s*(?P<a>[^»]+?)\s*»|“\s*(?P<b>[^”]+?)\s*”")
WINDOW = 160  # characters read after or before a quotation for its speaker


class QuoteFinder:
    """Pipeline stage: `doc._.quotes`, a list of quote dicts."""

    def __init__(self, book: RuleBook) -> None:
        self.verbs = {e["lemma"].lower() for e in book.entries("speech", "verbs")}
        self.forms = {f.lower() for e in book.entries("speech", "verbs") for f in e.get("forms") or []}
        self.markers = [t.lower() for e in book.entries("speech", "markers") for t in e["terms"]]

    def __call__(self, doc: Doc) -> Doc:
        people = doc._.officials or []
        person_at = {start: p for p in people for start, _ in p["mentions"]}
        quotes = []
        last_speaker = None
        for index, m in enumerate(QUOTE_RE.finditer(doc.text), 1):
            group = "a" if m.group("a") else "b"
            text = m.group(group)
            if len(text.split()) < 4:  # a quoted word or title, not a statement
                continue
            speaker = (self._after(doc, m.end(), person_at, people, last_speaker)
                       or self._before(doc, m.start(), person_at))
            last_speaker = speaker or last_speaker
            quotes.append({"quote_id": f"Q{index}", "quote": text, "start_char": m.start(group),
                           "end_char": m.end(group), "speaker_key": speaker["key"] if speaker else "",
                           "speaker": speaker["name"] if speaker else ""})
        doc._.quotes = quotes
        return doc

    def _is_speech(self, token) -> bool:
        return token.lemma_.lower() in self.verbs or token.lower_ in self.forms

    def _after(self, doc: Doc, end: int, person_at, people, last_speaker) -> dict | None:
        """`», a souligné le général Wiermann` / `», a ajouté le général.`"""
        span = doc.char_span(end, min(len(doc.text), end + WINDOW), alignment_mode="contract")
        if span is None or not len(span):
            return None
        clause = _clause(span)
        if not any(self._is_speech(t) for t in clause) and not any(m in clause.text.lower() for m in self.markers):
            return None
        for ent in clause.ents:
            if ent.label_ == "PERSON" and ent.start_char in person_at:
                return person_at[ent.start_char]
        return _by_title(clause, people, last_speaker)

    def _before(self, doc: Doc, start: int, person_at) -> dict | None:
        """`X a déclaré : « ... »` or `selon X, « ... »`."""
        span = doc.char_span(max(0, start - WINDOW), start, alignment_mode="contract")
        if span is None or not len(span):
            return None
        starts = [t.i for t in span if t.is_sent_start]
        tail = span.doc[starts[-1] if starts else span.start : span.end]
        text = tail.text.lower()
        if not (any(self._is_speech(t) for t in tail) or any(m in text for m in self.markers)):
            return None
        named = [person_at[e.start_char] for e in tail.ents if e.label_ == "PERSON" and e.start_char in person_at]
        return named[-1] if named else None


def _clause(span: Span) -> Span:
    """The words after a quotation, up to the end of its sentence or the next quotation."""
    end = span.start
    for token in span:
        if token.text in {".", "«", "“", "!", "?"} or "\n" in token.text:
            break
        end = token.i + 1
    return span.doc[span.start : end]


def _by_title(clause: Span, people: list[dict], last_speaker: dict | None) -> dict | None:
    """A speaker named by role (and organisation) or by rank alone."""
    roles = [e for e in clause.ents if e.label_ == "ROLE"]
    if roles:
        role = roles[0]._.normalized
        orgs = [e._.normalized for e in clause.ents if e.label_ == "ORG"]
        holders = [p for p in people if p["role"] == role]
        if orgs:
            holders = [p for p in holders if p["organisation"] in orgs] or holders
        if holders:
            return holders[0]
    ranks = [e for e in clause.ents if e.label_ == "RANK"]
    if ranks:
        rank = ranks[0]._.normalized
        if last_speaker is not None and rank in last_speaker["rank"]:
            return last_speaker
        holders = [p for p in people if rank in p["rank"]]
        if holders:
            return holders[0]
    return None
