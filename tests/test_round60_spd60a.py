"""Round 60, sixteenth profile pass (spd60a): the meeting reader skips words and sentences a cheap test already
decides (no `autour` in the sentence, no carrier noun before a name, no bracket in the text, no day) and reads
the lower-case and lemma columns in place of a Python Token per word. Each test compares the shortened path
with the full one on its own sentences, with a case the full path must still read."""

from __future__ import annotations

from pipeline.components.meeting_mentions import _editorial_note, _relative_dates
from pipeline.components.spans import DocIndex

from conftest import page

AROUND = page(
    "Les ministres se sont réunis mardi à Paris autour du chancelier Karl Weber. "
    "Le ministre des Armées Paul Ferrand a reçu le général Amadou Ndiaye au ministère. "
    "Au cours de son séjour, le général Ndiaye a rencontré le colonel Jean Martin, porteur d'un message "
    "du président Amadou Sall."
)
NOTE = page("[Mise à jour le 23 octobre] Le ministre Paul Ferrand a reçu mercredi 22 octobre le général Karl Weber.")


def _reader(pipeline):
    return next(s for name, s in pipeline.stages if name.endswith("meetings")).worker.reader


def _full_marker(reader, doc, token):
    """`_host_around`'s marker at a word as it read it before the pass: every marker tried."""
    return next((m for m in reader.around_markers if doc[token.i: token.i + len(m)].text.lower()
                 .replace("\u2019", "'").replace("'", "' ").split() == list(m)), None)


def test_around_markers_kept_are_those_that_can_match(analyse, pipeline):
    reader, doc = _reader(pipeline), analyse(AROUND)
    idx = DocIndex.of(doc)
    for sent in idx.sents:
        kept = reader._around_markers_in(sent)
        for token in sent:
            full = _full_marker(reader, doc, token)
            short = next((m for m in kept if doc[token.i: token.i + len(m)].text.lower()
                          .replace("\u2019", "'").replace("'", "' ").split() == list(m)), None)
            assert short == full
    assert reader._around_markers_in(idx.sents[1]) == [] or "autour" in idx.sents[1].text.lower()
    around = next(s for s in idx.sents if "autour" in s.text)
    assert reader._around_markers_in(around)  # counter-example: the sentence with `autour du` is tried


def test_stay_and_group_words_read_from_the_columns(analyse, pipeline):
    reader, doc = _reader(pipeline), analyse(AROUND)
    idx = DocIndex.of(doc)
    reader.idx = idx
    stay = next(s for s in idx.sents if "séjour" in s.text)
    full = [t.i for t in stay if t.lemma_.lower() in reader.journey_nouns]
    assert full and idx.lemmas_in(reader.journey_nouns, stay.start, stay.end) == full
    assert reader._during_stay(stay)  # `Au cours de son séjour`: still read


def test_carrier_skip_only_without_carrier_noun(analyse, pipeline):
    reader, doc = _reader(pipeline), analyse(AROUND)
    reader.idx = DocIndex.of(doc)
    sender = next(e for e in reader.idx.ents if e.text.endswith("Sall"))
    assert reader._carried_by_words(sender) or reader._carried_from(sender)  # `porteur d'un message du président`
    others = [e for e in reader.idx.ents if e.label_ == "PERSON" and not e.text.endswith("Sall")]
    assert others and not any(reader._carried_by_words(e) for e in others)


def test_editorial_note_and_relative_dates_short_paths(analyse):
    doc = analyse(NOTE)
    idx = DocIndex.of(doc)
    sent = next(s for s in idx.sents if "Mise à jour" in s.text)
    dates = [e for e in idx.ents_in(sent) if e.label_ == "DATE"]
    assert any(_editorial_note(sent, d) for d in dates)  # the bracket's date is still the editor's
    plain = analyse(AROUND)
    sent = DocIndex.of(plain).sents[-1]
    assert not any(_editorial_note(sent, d) for d in DocIndex.of(plain).ents_in(sent))  # no bracket: no note
    assert _relative_dates(sent[0], [], ()) == ""
