"""Which meetings are told and who takes part (`components/meeting_mentions.py`: `_after_other`,
`meeting_groups.py`: `_target`), round 8. Each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page as article

CEREMONY = ("Le mardi 12 mars 2024, le ministre de la Défense, Karel Vos, a accueilli à Gand le ministre "
            "néerlandais de la Défense, Pieter Maas, pour une cérémonie en l'honneur des démineurs.\n\n")


# -- talks after a session, the session named as their landmark, are a meeting of their own ----------

def test_talks_after_the_ceremony_are_their_own_meeting(analyse):
    doc = analyse(article(CEREMONY +
        "Au terme de la cérémonie, le ministre Vos et le ministre Maas ont eu un entretien consacré aux "
        "chasseurs de mines."))
    kinds = [m["kind"] for m in doc._.meetings]
    assert "cérémonie" in kinds and any(k.startswith("entretien") for k in kinds)
    talks = next(m for m in doc._.meetings if m["kind"].startswith("entretien"))
    assert {"vos", "maas"} <= set(talks["people"])
    assert talks["date"] == "2024-03-12"


def test_talks_named_as_the_landmark_stay_one_gathering(analyse):
    # a ceremony after the talks: the gathering of those talks, no meeting of its own
    doc = analyse(article(
        "Le mardi 12 mars 2024, le ministre de la Défense, Karel Vos, a reçu à Gand le ministre "
        "néerlandais de la Défense, Pieter Maas.\n\n"
        "À l'issue de leur entretien, les deux ministres ont présidé la cérémonie de signature d'un accord "
        "sur les chasseurs de mines."))
    assert len([m for m in doc._.meetings if {"vos", "maas"} <= set(m["people"])]) == 1


def test_talks_with_a_ceremony_as_object_topic_stay_one_meeting(analyse):
    # the ceremony is no circumstance of time: one meeting noun told with its verb
    doc = analyse(article(CEREMONY +
        "La cérémonie s'est tenue en présence des familles des démineurs."))
    assert len(doc._.meetings) == 1


# -- separate talks: one meeting between the subject and each person named ------------------------------

def test_separate_talks_are_one_meeting_each(analyse):
    doc = analyse(article(
        "Le mardi 12 mars 2024, le ministre de la Défense, Karel Vos, a eu à Gand des entretiens séparés avec "
        "le ministre letton de la Défense, Janis Ozols, et le ministre estonien de la Défense, Tarmo Kask."))
    pairs = [set(m["people"]) for m in doc._.meetings]
    assert {"vos", "ozols"} in pairs and {"vos", "kask"} in pairs
    assert not any({"ozols", "kask"} <= p for p in pairs)


def test_talks_with_two_guests_stay_one_meeting(analyse):
    doc = analyse(article(
        "Le mardi 12 mars 2024, le ministre de la Défense, Karel Vos, a eu à Gand des entretiens avec "
        "le ministre letton de la Défense, Janis Ozols, et le ministre estonien de la Défense, Tarmo Kask."))
    assert any({"vos", "ozols", "kask"} <= set(m["people"]) for m in doc._.meetings)


# -- a title set right after the place of a welcome is the guest, not the place's ------------------------

LATVIAN = ("Le général Janis Ozols, Chef d'Etat-Major Général des Armées lettones, est arrivé lundi en Belgique "
           "pour une visite de deux jours.\n\n")


def test_a_title_after_the_place_is_the_guest(analyse):
    doc = analyse(article(LATVIAN +
        "Le mardi 12 mars 2024, le ministre délégué chargé de la Défense, Karel Vos, a reçu au siège de cette "
        "Administration à Gand le Chef d'Etat-Major Général des Armées lettones."))
    assert any({"vos", "ozols"} <= set(m["people"]) for m in doc._.meetings)


def test_a_title_far_after_a_place_stays_spoken_of(analyse):
    doc = analyse(article(
        "Gand - Sur instruction du Premier ministre Erik Laar, le ministre de la Défense, Karel Vos, a reçu "
        "le mardi 12 mars 2024 le ministre letton de la Défense, Janis Ozols."))
    assert not any("laar" in m["people"] for m in doc._.meetings)


def _misparsed(vocab, word: str, label: str):
    """`a reçu à Gand le chef` with the title hung on the word before it (as the parser may): a built parse."""
    from spacy.tokens import Doc, Span

    words = ["Vos", "a", "reçu", "à", word, "le", "chef"]
    heads = [2, 2, 2, 4, 2, 6, 4]
    deps = ["nsubj", "aux:tense", "ROOT", "case", "obl:mod", "det", "nmod"]
    pos = ["PROPN", "AUX", "VERB", "ADP", "PROPN" if label else "NOUN", "DET", "NOUN"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 4, 5, label=label), Span(doc, 6, 7, label="ROLE")] if label else [
        Span(doc, 6, 7, label="ROLE")]
    return doc


def _reader(pipeline):
    return dict(pipeline.stages)["defnews_meetings"].worker.reader


def test_a_title_hung_on_the_place_before_it_is_no_complement(pipeline):
    assert not _reader(pipeline)._noun_complement(_misparsed(pipeline.nlp.vocab, "Gand", "LOC")[6], set())


def test_a_title_hung_on_another_noun_stays_its_complement(pipeline):
    # the same parse, the word before the title no place: `sur instructions de Sa Majesté le Roi`
    assert _reader(pipeline)._noun_complement(_misparsed(pipeline.nlp.vocab, "instructions", "")[6], set())
