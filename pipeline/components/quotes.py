"""Stage 4d: direct quotations and who said them.

A quotation is text in « » or “ ”. Its speaker is read from the words around it:
- before it when a colon introduces it: `X a déclaré : « ... »`;
- after it, in the same sentence: `« ... », a souligné le général Wiermann`;
- before it otherwise: `selon X, « ... »`, `Pour M. X, l'Alliance doit « ... »`.
The speaker may be named by name, by rank alone (`a ajouté le général`: the last speaker of that
rank), by role (`a souligné le directeur général de l'EMI`: the official holding that role), by role
and nationality (`a lancé le chef de la diplomatie américaine`), or by a pronoun (`a-t-il ajouté`,
`selon lui`, `Il a précisé que « ... »`): the person last spoken of as a subject.
A quotation whose text ends its sentence (`... la paix. »`) has no speaker after it.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from pipeline.components.meetings import quotations
from pipeline.components.officials import in_subject, role_holders
from pipeline.components.spans import DocIndex, char_to_token, doc_text
from pipeline.rulebook.loader import RuleBook

QUOTE_RE = re.compile(r"«\s*(?P<a>[^»]+?)\s*»|“\s*(?P<b>[^”]+?)\s*”")
WINDOW = 160  # characters read after or before a quotation for its speaker
PRONOUNS = {"il", "elle", "-il", "-elle", "t-il", "t-elle", "-t-il", "-t-elle", "lui"}


class QuoteFinder:
    """Pipeline stage: `doc._.quotes`, a list of quote dicts."""

    def __init__(self, book: RuleBook) -> None:
        self.verbs = {e["lemma"].lower() for e in book.entries("speech", "verbs")}
        self.forms = {f.lower() for e in book.entries("speech", "verbs") for f in e.get("forms") or []}
        self.markers = [t.lower() for e in book.entries("speech", "markers") for t in e["terms"]]
        self.same_as = {f"roles:{e['id']}": e.get("same_as") for e in book.entries("roles", "roles")}

    def __call__(self, doc: Doc) -> Doc:
        people = doc._.officials or []
        self.person_at = {start: p for p in people for start, _ in p["mentions"]}
        self.person_starts = sorted(self.person_at)
        self.people = people
        quotes = []
        self.last_speaker, self.last_speaker_at = None, -1
        self.text = doc_text(doc)
        self.idx = DocIndex.of(doc)
        self.token_at = char_to_token(doc)
        for index, m in enumerate(quotations(QUOTE_RE, self.text, {"«": "»", "“": "”"}), 1):  # linear
            group = "a" if m.group("a") else "b"
            text = m.group(group)
            if len(text.split()) < 4:  # a quoted word or title, not a statement
                continue
            speaker = self._speaker(doc, m, text)
            if speaker:
                self.last_speaker, self.last_speaker_at = speaker, m.end()
            quotes.append({"quote_id": f"Q{index}", "quote": text, "start_char": m.start(group),
                           "end_char": m.end(group), "speaker_key": speaker["key"] if speaker else "",
                           "speaker": speaker["name"] if speaker else ""})
        doc._.quotes = quotes
        return doc

    def _speaker(self, doc: Doc, m: re.Match, text: str) -> dict | None:
        introduced = self.text[max(0, m.start() - 50) : m.start()].rstrip().endswith(":")
        continues = self.text[m.end() : m.end() + 50].lstrip().startswith(",")  # `« ... . », a rappelé X`
        ends_sentence = text.rstrip().endswith((".", "!", "?", "…")) and not continues
        after = None if introduced or ends_sentence else self._after(doc, m.end())
        return after or self._before(doc, m.start(), introduced)

    def _is_speech(self, token) -> bool:
        return token.lemma_.lower() in self.verbs or token.lower_ in self.forms

    def _speaks(self, span: Span) -> bool:
        text = span.text.lower()
        return any(self._is_speech(t) for t in span) or any(m in text for m in self.markers)

    def _after(self, doc: Doc, end: int) -> dict | None:
        """`», a souligné le général Wiermann` / `», a ajouté le général.` / `», a-t-il ajouté`."""
        span = doc.char_span(end, min(len(self.text), end + WINDOW), alignment_mode="contract")
        if span is None or not len(span):
            return None
        clause = _clause(span)
        if not self._speaks(clause):
            return None
        return self._named(clause) or self._by_title(clause) or self._pronoun(clause, doc, end)

    def _before(self, doc: Doc, start: int, introduced: bool = False) -> dict | None:
        """`X a déclaré : « ... »`, `selon X, « ... »`, `Pour M. X, l'Alliance doit « ... »`; after a
        colon any verb will do (`X a vu dans ce choix une reconnaissance : « ... »`)."""
        span = doc.char_span(max(0, start - WINDOW), start, alignment_mode="contract")
        if span is None or not len(span):
            return None
        starts = [t.i for t in span if t.is_sent_start]
        tail = doc[starts[-1] if starts else span.start : span.end]
        opens_with_pour = len(tail) > 1 and tail[0].lower_ == "pour"
        if not (self._speaks(tail) or opens_with_pour or introduced):
            return None
        named = [self.person_at[e.start_char] for e in self.idx.ents_in(tail)
                 if e.label_ == "PERSON" and e.start_char in self.person_at]
        if named:
            return named[-1]
        return self._by_title(tail) or self._pronoun(tail, doc, tail.start_char)

    def _named(self, clause: Span) -> dict | None:
        for ent in self.idx.ents_in(clause):
            if ent.label_ == "PERSON" and ent.start_char in self.person_at:
                return self.person_at[ent.start_char]
        return None

    def _by_title(self, clause: Span) -> dict | None:
        """A speaker named by role (and organisation or nationality), or by rank alone."""
        ents = self.idx.ents_in(clause)
        roles = [e for e in ents if e.label_ == "ROLE"]
        countries = {e._.normalized for e in ents if e.label_ == "MISC" and e.id_.startswith("countries:")}
        if roles:
            orgs = [e._.normalized for e in ents if e.label_ == "ORG"]
            holders = role_holders(self.people, roles[0], self.same_as.get(roles[0].id_))
            if orgs:
                holders = [p for p in holders if p["organisation"] in orgs] or holders
            if countries:
                holders = [p for p in holders if p["country"] in countries] or holders
            if holders:
                return holders[0]
            compatriots = [p for p in self.people if p["country"] in countries]
            if len(compatriots) == 1:
                return compatriots[0]
        ranks = [e for e in ents if e.label_ == "RANK"]
        if ranks:
            rank = ranks[0]._.normalized
            if self.last_speaker is not None and rank in self.last_speaker["rank"]:
                return self.last_speaker
            holders = [p for p in self.people if rank in p["rank"]]
            if holders:
                return holders[0]
        return None

    def _pronoun(self, clause: Span, doc: Doc, before: int) -> dict | None:
        """`a-t-il ajouté`, `selon lui`, `Il a précisé`: whoever was spoken of last, the last speaker
        or the last person named as a subject."""
        if not any(t.lower_ in PRONOUNS for t in clause):
            return None
        last_sentence = self._named_last(doc, before)
        if last_sentence:  # someone was named since the last quote: the subject of the last such sentence
            subjects = [t for t in last_sentence if in_subject(t)]
            return self.person_at[(subjects or last_sentence)[0].idx]
        return self.last_speaker

    def _named_last(self, doc: Doc, before: int) -> list:
        """The first tokens of the people named in the last sentence that names any, after the last
        speaker and before `before`; read backwards from `before`, so a long text stays linear."""
        nearest_first = (self.person_starts[k] for k in range(bisect_left(self.person_starts, before) - 1, -1, -1))
        since_speaker = itertools.takewhile(lambda at: at > self.last_speaker_at, nearest_first)
        named = (doc[self.token_at[at]] for at in since_speaker if at in self.token_at)
        return self.idx.in_last_sentence((token.i, token) for token in named)




def _clause(span: Span) -> Span:
    """The words after a quotation, up to the end of its sentence or the next quotation."""
    end = span.start
    for token in span:
        if token.text in {".", "«", "“", "!", "?"} or "\n" in token.text:
            break
        end = token.i + 1
    return span.doc[span.start : end]
