"""Stage 3c: one set of entities per Doc, from the rule taggers and the model, in `doc.ents`.

Priorities, in one place:
1. Rule spans (lexicon, dates) beat the model: they know institutional names the model cuts.
   Among rule spans the longest wins; at equal length DATE > RANK > ROLE > ORG > LOC > MISC.
2. Model spans are trimmed first (a leading `l'`, a leading civility, rank or role in a PER span:
   `général Wiermann` -> `Wiermann`), then dropped where they still overlap a rule span.
3. A capitalised name right after a rank or a civility is a PERSON even when the model missed it.
4. Acronyms that the article defines, `l'état-major des armées (EMA)`, tag the acronym's other
   mentions as the same organisation.

Every entity gets `Span._.normalized` (canonical name, ISO date) and `Span._.source`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.lexicon import SPANS_KEY as LEXICON_KEY
from pipeline.lexicon import Lexicon
from pipeline.rules import RuleBook

PRIORITY = {"DATE": 0, "RANK": 1, "ROLE": 2, "ORG": 3, "LOC": 4, "MISC": 5}
MODEL_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
DETERMINERS = {"l'", "l’", "la", "le", "les", "d'", "d’", "du", "des", "de", "un", "une", "au", "aux"}
NORMAL_FIELD = {"RANK": "rank", "ROLE": "role", "ORG": "name", "LOC": "name", "MISC": "name"}


def pick_rule_spans(spans: list[Span]) -> list[Span]:
    """Non-overlapping rule spans: longest first, then by label priority, then earliest."""
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), PRIORITY.get(s.label_, 9), s.start))
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in ordered:
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


class EntityMerger:
    """Pipeline stage: merge rule spans and model entities into `doc.ents`."""

    def __init__(self, book: RuleBook, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.civilities = {c.lower() for c in book.get("names", "civilities", [])}
        self.not_names = {w.lower() for w in book.get("names", "not_names", [])}

    def __call__(self, doc: Doc) -> Doc:
        rule_spans = pick_rule_spans(list(doc.spans.get(LEXICON_KEY, [])) + list(doc.spans.get("dates", [])))
        for span in rule_spans:
            self._normalize_rule_span(span)
        rule_spans = self._learn_acronyms(doc, rule_spans)
        taken = {i for s in rule_spans for i in range(s.start, s.end)}
        model_spans = [s for s in (self._trim(doc, e, taken) for e in doc.ents) if s is not None]
        model_spans = [s for s in model_spans if taken.isdisjoint(range(s.start, s.end))]
        taken |= {i for s in model_spans for i in range(s.start, s.end)}
        people = self._names_after_titles(doc, rule_spans, taken)
        doc.ents = filter_spans(rule_spans + model_spans + people)
        return doc

    def _normalize_rule_span(self, span: Span) -> None:
        if span.label_ == "DATE":
            return  # the date stage set its value and source already
        entry = self.lexicon.entry(span.id_)
        span._.normalized = entry.get(NORMAL_FIELD[span.label_], span.text)
        span._.source = "rule:" + span.id_

    def _trim(self, doc: Doc, ent: Span, taken: set[int]) -> Span | None:
        """A model entity without leading articles, civilities, ranks or roles; None if nothing is left."""
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ in DETERMINERS or doc[start].lower_ in self.civilities
                               or doc[start].is_space or doc[start].is_punct
                               or (ent.label_ == "PER" and start in taken)):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if start >= end:
            return None
        label = MODEL_LABELS.get(ent.label_, "MISC")
        span = Span(doc, start, end, label=label)
        if not self._plausible(span):
            return None
        span._.normalized = span.text
        span._.source = "model"
        return span

    def _plausible(self, span: Span) -> bool:
        """The model's entity looks like a name: capitalised, not a lone common word."""
        first = span[0].text
        if not first[:1].isupper() or span.text.lower() in self.not_names:
            return False
        if span.label_ == "PERSON":
            return all(t.text[:1].isupper() or t.is_punct or t.lower_ in {"de", "du", "von", "van", "der", "al", "ben",
                                                                         "bin", "el", "la", "le", "d'", "d’"}
                       for t in span) and not any(t.like_num for t in span)
        return True

    def _names_after_titles(self, doc: Doc, rule_spans: list[Span], taken: set[int]) -> list[Span]:
        """`le général Ashraf`: capitalised words after a rank or civility name a person."""
        people: list[Span] = []
        starts = [s.end for s in rule_spans if s.label_ == "RANK"]
        starts += [t.i + 1 for t in doc if t.lower_ in self.civilities]
        for start in starts:
            end = start
            while end < len(doc) and end not in taken and _name_token(doc[end]):
                end += 1
            if end > start:
                span = Span(doc, start, end, label="PERSON")
                span._.normalized = span.text
                span._.source = "rule:names:after-title"
                people.append(span)
                taken.update(range(start, end))
        return people

    def _learn_acronyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """`l'état-major des armées (EMA)`: the acronym's other mentions are the same organisation."""
        learnt: dict[str, Span] = {}
        for span in spans:
            if span.label_ != "ORG" or span.end + 2 >= len(doc):
                continue
            if doc[span.end].text == "(" and doc[span.end + 2].text == ")" and doc[span.end + 1].is_upper:
                learnt.setdefault(doc[span.end + 1].text, span)
        if not learnt:
            return spans
        doc._.acronyms = {acronym: span._.normalized for acronym, span in learnt.items()}
        taken = {i for s in spans for i in range(s.start, s.end)}
        extra = []
        for token in doc:
            origin = learnt.get(token.text)
            if origin is not None and token.i not in taken:
                span = Span(doc, token.i, token.i + 1, label="ORG", span_id=origin.id_)
                span._.normalized = origin._.normalized
                span._.source = "rule:acronyms:defined-in-text"
                extra.append(span)
        return sorted(spans + extra, key=lambda s: s.start)


def _name_token(token) -> bool:
    """A word that can belong to a person's name."""
    text = token.text
    return (text[:1].isupper() and token.is_alpha or "-" in text and text[:1].isupper()) and len(text) > 1 \
        and not token.is_sent_start
