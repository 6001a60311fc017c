"""Round 30, tenth profile pass (spd30): the cheaper reads of the meeting stage and of `spans` give what
the plain ones gave. Each test runs the pipeline on its own sentences, then compares the new read with
the plain reading it replaced (a lemma lowered at each asking,
`Span.sent` and `doc[i]` at each reading, a verb's children read again for each entity)."""

from __future__ import annotations

from pipeline.components.meeting_mentions import _earlier_of_person, _preposition, _reads_earlier_of_person
from pipeline.components.spans import DocIndex

from conftest import page

TEXT = page(
    "Le ministre des Armées, qui avait rencontré son homologue à Rome la veille, a reçu mardi à l'hôtel de "
    "Brienne le général Marc Dufresne. Ils ont évoqué la coopération au Sahel lors d'un entretien "
    "consacré à la Lituanie. La délégation s'est ensuite rendue au Parlement européen à Strasbourg."
)


def _plain_preposition(ent) -> str:
    """`_preposition` as it was written: `Span.sent` and `doc[i]` at each reading."""
    i = ent.start - 1
    start = ent.sent.start
    if ent.label_ == "ORG" and i > start and ent.doc[i].lower_ in ("l'", "l’", "la", "le", "les"):
        i -= 1
    return ent.doc[i].lower_ if i >= start else ""


def test_lemmas_in_as_each_token_lemma_lowered(analyse):
    doc = analyse(TEXT)
    index = DocIndex.of(doc)
    words = {"recevoir", "rendre", "rencontrer", "entretien"}
    for start, end in ((0, len(doc)), (3, 12), (len(doc) - 5, len(doc))):
        plain = [i for i in range(start, end) if doc[i].lemma_.lower() in words]
        assert index.lemmas_in(words, start, end) == plain
    assert index.lemmas_in(words, 0, len(doc))  # the verbs are found
    # counter-example: an empty range and a word list of no lemma of the text
    assert index.lemmas_in(words, 5, 5) == []
    assert index.lemmas_in({"zzqxw"}, 0, len(doc)) == []


def test_preposition_reads_the_index_as_span_sent(analyse):
    doc = analyse(TEXT)
    ents = list(doc.ents)
    assert ents
    for ent in ents:
        assert _preposition(ent) == _plain_preposition(ent)
    # counter-example: an entity opening its sentence has no preposition, in both readings
    first = doc[0:2]
    assert _preposition(first) == _plain_preposition(first) == ""
    strasbourg = next(e for e in ents if e.text == "Strasbourg")
    assert _preposition(strasbourg) == "à"


def test_earlier_of_person_once_per_verb_as_each_time(analyse):
    doc = analyse(TEXT)
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    assert verbs
    for verb in verbs:
        plain = _reads_earlier_of_person(verb, verb.sent.start)
        assert _earlier_of_person(verb) == plain
        assert _earlier_of_person(verb) == plain  # the remembered answer, asked again
    # counter-example: the main verb `a reçu`, in the passé composé, tells of no earlier doing
    received = next(t for t in verbs if t.lemma_ == "recevoir")
    assert not _earlier_of_person(received)
