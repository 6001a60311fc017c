"""Round 36, twelfth profile pass (spd36): cheap tests set before dear readings, each giving the answer
the dear reading gave. `tokens_with` intersects a word list with the Doc's words before any scan; the
meeting reader asks who was present only in sentences naming someone, folds its host markers once and
skips those the sentence does not hold, and walks the parse for the entities `_location` can read as a
place only. Each test runs the pipeline on its own sentences and compares the new read with the plain
one it replaced, with a case the read must leave out."""

from __future__ import annotations

import pipeline.components.meeting_mentions as meeting_mentions
from pipeline.components.spans import DocIndex, token_column, tokens_with

from conftest import page

TEXT = page(
    "Le ministre de la Défense Gilles Marchal a reçu mardi à Lorient son homologue belge, Mme Ilse Verbeke. "
    "Il était accompagné du général Marc Dufresne. La météo était clémente sur la rade. "
    "A l'invitation du préfet maritime, l'amiral Yann Kerbrat, les délégations ont visité la base navale. "
    "La réunion s'est tenue au siège de la préfecture maritime, en présence des élus de la région."
)


def _reader(pipeline):
    stage = next(s for name, s in pipeline.stages if name.endswith("meetings")).worker
    return stage.reader


def _person_of(doc) -> dict[int, str]:
    return {start: person["key"] for person in doc._.officials or [] for start, _end in person["mentions"]}


def test_tokens_with_finds_what_a_scan_of_every_word_finds(analyse):
    doc = analyse(TEXT)
    strings = doc.vocab.strings
    lists = [
        {"la"},  # one word, said several times
        {"ministre", "général", "amiral"},  # a few words, one place each
        {"le", "la", "les", "de", "du", "des", "à"},  # more than three words found: the scan of the column
        {"sous-marin", "frégate"},  # counter-example: no word of the list in the text
        set(),
    ]
    for attribute in ("LOWER", "LEMMA", "ORTH"):
        column = token_column(doc, attribute)
        for words in lists:
            wanted = {strings.add(w) for w in words}
            assert tokens_with(doc, attribute, words) == [i for i, h in enumerate(column) if h in wanted]
    assert tokens_with(doc, "LOWER", {"sous-marin", "frégate"}) == []
    assert len(tokens_with(doc, "LOWER", {"la"})) > 2


def test_no_one_present_in_a_sentence_naming_no_one(analyse, pipeline):
    doc = analyse(TEXT)
    reader = _reader(pipeline)
    reader.idx = DocIndex.of(doc)
    person_of = _person_of(doc)
    nobody, somebody = 0, 0
    for sent in reader.idx.sents:
        found = reader._present_people(sent, [], person_of)
        if not any(sent.start_char <= start < sent.end_char for start in person_of):
            assert found == ([], [], [])  # the premise of the gate in `read`
            nobody += 1
        elif "accompagné" in sent.text:  # counter-example: a companion named is present
            assert any(found)
            somebody += 1
    assert nobody and somebody


def test_host_markers_read_folded_once_as_before(analyse, pipeline):
    doc = analyse(TEXT)
    reader = _reader(pipeline)
    reader.idx = DocIndex.of(doc)
    person_of = _person_of(doc)
    assert [m for m, _ in reader.folded_host_markers] == reader.host_markers
    hosts = {}
    for sent in reader.idx.sents:
        lowered = sent.text.lower().replace("\u2019", "'")
        hosts[sent.text.split()[0]] = reader._host_by_marker(sent, lowered, person_of)
        folded = meeting_mentions._fold_kept(lowered)
        for marker, folded_marker in reader.folded_host_markers:
            assert folded_marker == meeting_mentions._fold_kept(marker)
            if folded_marker not in folded:  # skipped: neither reading of the marker could find it
                assert meeting_mentions._word_at(lowered, marker) < 0
                assert meeting_mentions._word_at(folded, folded_marker) < 0
    assert "kerbrat" in hosts["A"]  # `A l'invitation de`: the marker with its capital's accent dropped
    assert hosts["La"] == ""  # counter-example: no marker, no host


class _EveryLabel:
    def __contains__(self, label) -> bool:
        return True


def test_location_reads_the_same_place_walking_place_labels_only(analyse, pipeline, monkeypatch):
    doc = analyse(TEXT)
    reader = _reader(pipeline)
    reader.idx = DocIndex.of(doc)
    places = reader._places_by_sent
    read = []
    for sent in reader.idx.sents:
        triggers = {t.i for t in sent if t.pos_ in ("VERB", "NOUN")}  # every verb and noun a trigger: the filter runs
        read.append(reader._location(sent, places.get(sent.start, []), triggers))
    with monkeypatch.context() as patched:
        patched.setattr(meeting_mentions, "PLACE_LABELS", _EveryLabel())
        every = [reader._location(sent, places.get(sent.start, []), {t.i for t in sent if t.pos_ in ("VERB", "NOUN")})
                 for sent in reader.idx.sents]
    assert read == every
    assert any(read) and "" in read  # counter-example: `La météo était clémente sur la rade` is placed nowhere
