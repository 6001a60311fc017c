"""Round 37, thirteenth profile pass (spd37): readings of the meeting reader kept once per Doc, each
giving the answer the plain reading gives. A verb's trigger entry is read once per verb (`read`'s filter,
then `_mention` and the frames asked it again); what each date entity names (a day, a month, a range)
once per Doc, not at each mention of its sentence; a noun trigger's phrase is walked only when the
sentence has a date to place in it. Each test runs the pipeline on its own sentences and compares the
kept read with the plain one, with a case the read must leave out."""

from __future__ import annotations

import pipeline.components.meeting_mentions as meeting_mentions
from pipeline.components.spans import DocIndex
from pipeline.rows import granularity

from conftest import page

TEXT = page(
    "Le ministre des Armées Paul Ferrand a rencontré jeudi 7 mars à Brest son homologue norvégien, M. Lars Dahl. "
    "Il n'a pas rencontré le chef d'état-major de la marine, retenu à Toulon. "
    "La réunion prévue le 12 avril avec la ministre italienne, Mme Chiara Bellini, a été reportée à mai. "
    "Du 20 au 22 mars, le général Hugo Marsan a visité les bases de la région. "
    "Le programme avait été lancé en 2019. La flotte compte douze frégates."
)


def _reader(pipeline):
    stage = next(s for name, s in pipeline.stages if name.endswith("meetings")).worker
    return stage.reader


def test_verb_entry_kept_once_per_verb_as_read(analyse, pipeline):
    doc = analyse(TEXT)
    reader = _reader(pipeline)
    assert "beside_heads" in doc.user_data  # the meeting stage has read the Doc: entries are kept
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    kept = [reader._verb_entry(t) for t in verbs]
    assert kept == [reader._read_verb_entry(t) for t in verbs]
    assert [reader._verb_entry(t) for t in verbs] == kept  # asked again: the same, from the memo
    known = DocIndex.of(doc).memo["meeting_mentions.verb_entry"]
    assert set(known) == {t.i for t in verbs}
    met = {t.text: entry for t, entry in zip(verbs, kept, strict=True)}
    assert met["rencontré"] is None  # counter-example: `n'a pas rencontré`, negated, is no trigger
    assert any(entry is not None for entry in kept)  # `a rencontré jeudi`
    assert reader._verb_entry(doc[0]) is None and 0 not in known  # a noun is never a verb's entry


def test_verb_entry_not_kept_before_the_doc_is_read(analyse, pipeline):
    doc = analyse(TEXT)
    reader = _reader(pipeline)
    heads = doc.user_data.pop("beside_heads")
    DocIndex.forget(doc)
    try:
        verb = next(t for t in doc if t.lower_ == "visité")
        assert reader._verb_entry(verb) == reader._read_verb_entry(verb)
        assert "meeting_mentions.verb_entry" not in DocIndex.of(doc).memo  # counter-example: nothing kept
    finally:
        doc.user_data["beside_heads"] = heads
        DocIndex.forget(doc)


def test_date_grains_read_as_granularity_of_each_date(analyse):
    doc = analyse(TEXT)
    DocIndex.forget(doc)
    grains = meeting_mentions._date_grains(doc)
    dates = [e for e in doc.ents if e.label_ == "DATE"]
    assert grains == {(e.start, e.end): granularity(e._.normalized) for e in dates}
    assert [meeting_mentions._grain(grains, e) for e in dates] == [granularity(e._.normalized) for e in dates]
    assert {"day", "range"} <= set(grains.values())  # `jeudi 7 mars`, `Du 20 au 22 mars`
    assert "year" in grains.values()  # counter-example: `en 2019`, a year, no calendar day
    assert meeting_mentions._date_grains(doc) is grains  # once per Doc
    assert meeting_mentions._grain({}, dates[0]) == granularity(dates[0]._.normalized)  # a span not kept: read


def test_mention_dates_as_the_plain_read(analyse, pipeline, monkeypatch):
    doc = analyse(TEXT)
    reader = _reader(pipeline)
    index = DocIndex.of(doc)
    triggers = [(sent, t) for sent in index.sents for t in sent if t.pos_ in ("VERB", "NOUN") and t.is_alpha]

    def dates():
        return [meeting_mentions._mention_date(sent, index.ents_in(sent), t, [], reader.anchored, reader.bounds)
                for sent, t in triggers]

    kept = dates()
    with monkeypatch.context() as patched:  # every date read from its entity, as before
        patched.setattr(meeting_mentions, "_grain", lambda _grains, e: granularity(e._.normalized))
        assert dates() == kept
    by_word = {t.text: date for (_sent, t), date in zip(triggers, kept, strict=True)}
    assert by_word["réunion"] == "2024-04-12"  # a noun trigger dated inside its phrase
    assert by_word["frégates"] == ""  # counter-example: a sentence without a date dates nothing
