"""Round 27, profile pass (spd27): the cheaper reads of the entities and meetings stages give what the
plain ones gave. Each test runs the pipeline on its own sentences, then compares the stage's helper with
the plain reading it replaced (a Python Token of every word, `Doc.ents`, `Span.ents`)."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.components import entities
from pipeline.components.spans import DocIndex

from conftest import page

TEXT = page(
    "Le président a reçu son homologue au palais de Carthage Nord. Plus tard, Carthage Nord a été visité "
    "par la délégation. Le général Pierre Lamotte s'est rendu au camp de Lamotte Sud. La Commission "
    "nationale examine le projet. Le Comité de suivi débat de la réforme à Tunis."
)


def _plain_buildings(doc, model_spans, thing_nouns, civilities, grammar):
    """`_buildings_named_elsewhere` as it read the Doc before this pass: a Token of every word per person."""
    people = [s for s in model_spans if s.label_ in ("PER", "PERSON")]
    if not people or not thing_nouns:
        return model_spans
    words = [t.text for t in doc]
    buildings = set()
    for person in people:
        name = tuple(t.text for t in person)
        for i in range(len(doc) - len(name) - 1):
            if doc[i].lower_ in thing_nouns and doc[i + 1].lower_ in grammar.of_words \
                    and tuple(words[i + 2:i + 2 + len(name)]) == name:
                buildings.add(name)
                break
    if not buildings:
        return model_spans
    return [Span(doc, s.start, s.end, label="LOC") if s.label_ in ("PER", "PERSON")
            and tuple(t.text for t in s) in buildings else s for s in model_spans]


def _spans(result):
    return [(s.start, s.end, s.label_) for s in result]


def test_building_names_read_from_the_columns_as_from_the_tokens(analyse, pipeline):
    doc = analyse(TEXT)
    stage = next(s for name, s in pipeline.stages if name.endswith("entities")).worker
    grammar = stage.lexicon.grammar
    start = doc.text.index("Carthage Nord. Plus")
    person = doc.char_span(start, start + len("Carthage Nord"), label="PER")
    other = doc.char_span(doc.text.index("Pierre Lamotte"), doc.text.index("Pierre Lamotte") + 14, label="PER")
    later = doc.text.index("Carthage Nord a été")
    named_elsewhere = doc.char_span(later, later + len("Carthage Nord"), label="PER")
    spans = [person, other, named_elsewhere]
    found = entities._buildings_named_elsewhere(doc, spans, stage.thing_nouns, set(), grammar)
    assert _spans(found) == _spans(_plain_buildings(doc, spans, stage.thing_nouns, set(), grammar))
    assert [s.label_ for s in found] == ["LOC", "PER", "LOC"]  # `palais de Carthage Nord`; Lamotte is no building
    # counter-example: no thing noun before the name, nothing changes
    assert _spans(entities._buildings_named_elsewhere(doc, [other], stage.thing_nouns, set(), grammar)) \
        == _spans([other])


def test_finite_verb_read_once_per_sentence_as_from_every_word(analyse):
    doc = analyse(TEXT)
    for sent in doc.sents:
        assert entities._has_finite_verb(sent) == any("Fin" in t.morph.get("VerbForm") for t in sent)
    other = analyse(page("Les ministres se rencontrent à Paris."))
    first = next(iter(other.sents))
    assert entities._has_finite_verb(first) == any("Fin" in t.morph.get("VerbForm") for t in first)


def test_index_entities_are_the_docs_and_the_spans(analyse):
    doc = analyse(TEXT)
    index = DocIndex.of(doc)
    assert [(e.start, e.end, e.label_) for e in index.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    for sent in doc.sents:
        assert [(e.start, e.end) for e in index.ents_in(sent)] == [(e.start, e.end) for e in sent.ents]
