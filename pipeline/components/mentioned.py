"""Whether a meeting's participant is only spoken of in the sentences that report the meeting.

A meeting frame lists every person its sentences name; a careful reader pairs only those who took
part. A person is merely mentioned where each of their mentions in the meeting's sentences is
- inside a quotation (`« Nous ne laisserons pas le président X s'en tirer »`), or
- the complement of a noun that is neither a meeting nor a company word (`un message du président X`,
  `à la demande du président X`, `le renversement du président X`, `sur instructions du roi X`):
  `l'entretien entre X et Y`, `en présence du ministre X`, `à l'invitation de X` keep them.
A person none of whose mentions lies in those sentences (joined by a pronoun or a grouping) is judged
by all their mentions in the text. The host is always kept.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.components.spans import DocIndex, group_spans, span_text

# arcs inside one person's noun phrase: `le président russe, Vladimir Poutine`, `le général X`
NAME_ARCS = {"appos", "flat", "flat:name", "amod", "advmod", "compound", "fixed", "nummod"}
QUOTES = {"«": "»", "“": "”", '"': '"'}


class MentionReader:
    """`kept(doc, meeting, people)`: the meeting's people less those only spoken of in its sentences."""

    def __init__(self, company_nouns: set[str], title_labels: frozenset[str] = frozenset({"ROLE", "RANK"})) -> None:
        self.company_nouns = {w.lower() for w in company_nouns}
        self.title_labels = title_labels

    def kept(self, doc: Doc, meeting: dict, people: dict[str, dict]) -> list[str]:
        sentences = _sentences(doc, meeting)
        if not sentences:
            return list(meeting["people"])
        titles = self._titles(doc)
        kept = []
        for key in meeting["people"]:
            spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in people.get(key, {}).get("mentions", [])]
            inside = [s for s in spans if s is not None and any(t.start <= s.start and s.end <= t.end
                                                                 for t in sentences)]
            inside = inside or [s for s in spans if s is not None]  # joined from elsewhere: all its mentions
            if key == meeting.get("host") or not inside or any(self._takes_part(s, titles) for s in inside):
                kept.append(key)
        return kept

    def _titles(self, doc: Doc) -> set[int]:
        """The tokens of the ranks and roles the lexicon read, once per Doc (a meeting asks for them each)."""
        lexicon = group_spans(doc, "lexicon")
        memo = DocIndex.of(doc).memo
        known = memo.get("mentioned.titles")
        if known is None or known[0] is not lexicon or known[1] != self.title_labels:
            titles = {i for s in lexicon if s.label_ in self.title_labels for i in range(s.start, s.end)}
            known = memo["mentioned.titles"] = (lexicon, self.title_labels, titles)
        return known[2]

    def _takes_part(self, span: Span, titles: set[int]) -> bool:
        if _quoted(span):
            return False
        head = _phrase_head(span.root, titles)
        if head.dep_ != "nmod" or head.head.pos_ not in ("NOUN", "PROPN"):
            return True
        noun = head.head
        if not noun.is_alpha:  # a parse through a dateline (`(AIP)-`) says nothing
            return True
        return noun.lower_ in self.company_nouns or noun.lemma_.lower() in self.company_nouns


def _phrase_head(token: Token, titles: set[int]) -> Token:
    """The head of the noun phrase that names the person: up through the name, the rank and the role
    (`Mohammed` -> `Roi` in `Sa Majesté le Roi Mohammed VI`, a title the lexicon reads)."""
    for _ in range(12):
        head = token.head
        if head.i == token.i:
            break
        # `le Roi Mohammed VI`: a name right after its title, no preposition between (parsed as nmod)
        titled = token.dep_ == "nmod" and (head.i == token.i - 1 or head.i in titles and token.i not in titles)
        if token.dep_ in NAME_ARCS or titled:
            token = head
            continue
        break
    return token


def _quoted(span: Span) -> bool:
    """An opening quotation mark before the span in its sentence that is not closed before it."""
    sent = span.sent
    opened = None
    for token in sent.doc[sent.start:span.start]:
        if opened is None and token.text in QUOTES:
            opened = QUOTES[token.text]
        elif opened is not None and token.text == opened:
            opened = None
    return opened is not None


def _sentences(doc: Doc, meeting: dict) -> list[Span]:
    texts = {s.strip() for s in meeting.get("sentences") or [meeting.get("sentence", "")] if s.strip()}
    # the Doc's sentences by their text, read once per Doc (`Doc.sents` rebuilds them, `Span.text` joins
    # their tokens; a 100,000-character piece of a long text has a thousand sentences and as many meetings)
    index = DocIndex.of(doc)
    by_text = index.memo.get("mentioned.sentences")
    if by_text is None:
        by_text = index.memo["mentioned.sentences"] = {}
        for number, sent in enumerate(index.sents):
            by_text.setdefault(span_text(sent).strip(), []).append(number)
    return [index.sents[n] for n in sorted(n for text in texts for n in by_text.get(text, ()))]
