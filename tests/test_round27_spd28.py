"""Round 28, ninth profile pass (spd28): the cheaper reads of the entities and officials stages give what
the plain ones gave. Each test runs the pipeline on its own sentences, then compares the new read with
the plain reading it replaced (a search through every word of the Doc, a lookup per role and per body,
a Python Token per word)."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.components import entities
from pipeline.components.entities import (
    MODEL_LABELS,
    ORDINAL,
    _before_missed_verb,
    _dateline,
    _dateline_start,
    _determiner,
    _upper_surname_end,
)
from pipeline.components.spans import DocIndex, char_to_token, span_text
from pipeline.rulebook.terms import fold_text

from conftest import page

TEXT = page(
    "Le ministre de la Défense s'est rendu à Varsovie, où le Premier ministre Adam Kowalczyk l'a accueilli. "
    "Il a rencontré le chef d'état-major de la marine et M. Jan Nowak, directeur de la Direction générale "
    "de l'armement. Les Vingt-Sept et l'Agence européenne de défense examinent le projet. "
    "Accueil | Défense | Europe. La 3e BLB a défilé devant le ministère polonais de la Défense nationale."
)


def _stage(pipeline, suffix):
    return next(s for name, s in pipeline.stages if name.endswith(suffix)).worker


def test_token_at_a_character_is_the_one_a_search_of_the_doc_finds(analyse):
    doc = analyse(TEXT)
    index = DocIndex.of(doc)
    for token in doc:
        assert index.token_at_char(token.idx) == token.i
    # counter-example: a character inside a word starts no token, as no `t.idx` equals it
    inside = doc.text.index("Varsovie") + 2
    assert index.token_at_char(inside) is None
    assert not any(t.idx == inside for t in doc)
    assert char_to_token(doc) == {t.idx: t.i for t in doc}


def test_branch_heads_and_bodies_words_read_once_as_per_role(analyse, pipeline):
    doc = analyse(TEXT)
    affiliation = _stage(pipeline, "officials").merger.affiliation
    affiliation.open(doc)
    plain_heads = {fold_text(t) for h in affiliation.lexicon.institutions.get("heads") or []
                   if h.get("needs") == "national" and not h.get("capitalised")
                   for t in h.get("terms") or [] if " " not in t}
    assert affiliation.branch_heads == plain_heads
    # `la Défense` is capitalised: no bare armed service
    assert "marine" in affiliation.branch_heads and "defense" not in affiliation.branch_heads
    bodies = [(b.start, b.end, affiliation._content_words(b)) for b in DocIndex.of(doc).ents if b.label_ == "ORG"]
    assert [(b.start, b.end, words) for b, words in affiliation._org_content_words()] == bodies
    assert bodies  # the text names organisations
    # counter-example: a Doc with no organisation has no words to compare
    other = analyse(page("Il pleut sur la ville depuis ce matin."))
    affiliation.open(other)
    assert [b for b in DocIndex.of(other).ents if b.label_ == "ORG"] == []
    assert affiliation._org_content_words() == []


def test_number_words_by_their_text_as_by_the_vocab(analyse):
    doc = analyse(TEXT)

    def plain(token) -> bool:
        return token.like_num or all(part and token.vocab[part.lower()].like_num for part in token.text.split("-"))

    for token in doc:
        assert entities._number_word(token) == plain(token)
    seen = {t.text: entities._number_word(t) for t in doc}
    assert seen["Vingt-Sept"] is True
    assert seen["Varsovie"] is False and seen["-"] is False  # counter-examples


def _plain_not_a_body(span, weekdays, grammar) -> bool:
    """`_not_a_body` as it read the span before this pass: each word's Token for the bars and arrows."""
    if span[0].lower_ in weekdays or any(t.text in ("|", ">") for t in span) \
            or entities.DESIGNATOR.search(span_text(span)):
        return True
    text = span_text(span)
    if all(entities._number_word(t) or t.text == "-" for t in span) or text.count("(") != text.count(")"):
        return True
    if len(span) == 1 and span.start > 0 and "Dem" in span.doc[span.start - 1].morph.get("PronType"):
        return True
    if span[0].is_sent_start and span[0].pos_ in ("VERB", "AUX", "ADV") and len(span) > 1:
        return True
    return span[-1].pos_ in ("ADP", "DET") or span[-1].text in ("’", "'") or span[-1].lower_ in grammar.determiners


def test_not_a_body_reads_the_words_column_as_the_tokens(analyse, pipeline):
    doc = analyse(TEXT)
    stage = _stage(pipeline, "entities")
    grammar = stage.lexicon.grammar
    spans = [doc[i:j] for i in range(len(doc)) for j in range(i + 1, min(i + 5, len(doc) + 1))]
    for span in spans:
        assert entities._not_a_body(span, stage.weekdays, grammar) == _plain_not_a_body(span, stage.weekdays, grammar)
    start = doc.text.index("Accueil |")
    breadcrumb = doc.char_span(start, start + len("Accueil | Défense"))
    assert entities._not_a_body(breadcrumb, stage.weekdays, grammar)
    # counter-example: a body's name with no bar, number or dangling word is kept
    start = doc.text.index("Agence européenne de défense")
    agency = doc.char_span(start, start + len("Agence européenne de défense"))
    assert not entities._not_a_body(agency, stage.weekdays, grammar)


def _plain_trim(self, doc, ent, taken):
    """`_trim` as it read the Doc before this pass (each word's Token read again in every test)."""
    start, end = ent.start, ent.end
    start = civil_start = self._inside_civility(doc, start, end)
    while start < end and (_determiner(doc[start], self.lexicon.grammar) or self._civility_end(doc, start) > start
                           or doc[start].is_space or doc[start].is_punct
                           or (ent.label_ == "PER" and start in taken)):
        if self._civility_end(doc, start) > start:
            civil_start = self._civility_end(doc, start)
        start = max(start + 1, self._civility_end(doc, start))
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if ent.label_ == "PER":  # roy58: `le roi [Mohammed VI du] Maroc` ends before `du`
        end = entities._without_trailing_of(doc, start, end, self.lexicon.grammar)
    if start >= end:
        return None
    label = MODEL_LABELS.get(ent.label_, "MISC")
    if label == "ORG":
        end = _before_missed_verb(doc, start, end)
    if label == "PERSON":
        end = _upper_surname_end(doc, start, end, taken)
        end = entities._glued_name_end(doc, start, end, taken)
        if end < len(doc) and doc[end].lower_ in self.thing_last_words and doc[end].text[:1].isupper() \
                and doc[end - 1].whitespace_ == " ":
            end, label = end + 1, "LOC"
    while end < len(doc) and not doc[end - 1].whitespace_ and not doc[end].is_space \
            and (doc[end].text.startswith("/") or doc[end - 1].text == "/"):
        end += 1
    if label != "PERSON" and (self._in_apposition(doc, start, end, taken) and doc[start:end].text not in self.cities
                              or civil_start == start > ent.start and entities._name_words(doc[start:end],
                                                                                           self.lexicon.grammar)):
        label = "PERSON"
    elif label == "PERSON" and (end - start == 1 and start > 0 and doc[start - 1].lower_ in ("à", "au")
                                or end - start > 1 and doc[start:end].text in self.cities):
        label = "LOC"
    if label == "ORG" and _dateline(doc, start, end):
        start = _dateline_start(doc, start)
        label = "LOC"
    span = Span(doc, start, end, label=label)
    if not self._plausible(span):
        return None
    if label == "ORG" and start > 0 and ORDINAL.match(doc[start - 1].text) and doc[start].is_upper:
        span = Span(doc, start - 1, end, label=label)
    return span


def _bounds(span):
    return None if span is None else (span.start, span.end, span.label_)


def test_trim_reads_each_word_once_as_before(analyse, pipeline):
    doc = analyse(TEXT)
    stage = _stage(pipeline, "entities")
    civility = doc.text.index("M. Jan Nowak")
    taken = {doc.char_span(civility, civility + 2, alignment_mode="expand").start}
    spans = [Span(doc, i, j, label=label) for label in ("PER", "ORG", "LOC")
             for i in range(len(doc)) for j in range(i + 1, min(i + 4, len(doc) + 1))]
    for span in spans:
        for marked in (set(), taken):
            assert _bounds(stage._trim(doc, span, marked)) == _bounds(_plain_trim(stage, doc, span, marked))
    start = doc.text.index("l'Agence européenne de défense")
    body = doc.char_span(start, start + len("l'Agence européenne de défense"), alignment_mode="expand")
    assert stage._trim(doc, Span(doc, body.start, body.end, label="ORG"), set()).text == "Agence européenne de défense"
    # counter-example: an entity of punctuation and articles only leaves nothing
    bar = doc.text.index("| Défense")
    lone = doc.char_span(bar, bar + 1)
    assert stage._trim(doc, Span(doc, lone.start, lone.end, label="ORG"), set()) is None
