"""Meeting frames and dates, round 12 (`components/meeting_mentions.py`): a journey followed by a meeting
told in an infinitive clause, and a day opening a clause after a colon. Texts of our own, each behaviour
with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(doc) -> list[tuple[str, str, list[str]]]:
    return [(m["kind"], m["location"], sorted(m["people"])) for m in doc._.meetings]


# -- `X s'est rendu à A avant de rencontrer Y`: the journey and the meeting are two events -----------

def test_a_journey_then_a_meeting_are_two_events(analyse):
    doc = analyse(page("Le ministre de la Défense, Jean Roux, s'est rendu lundi à Gao avant de s'entretenir "
                       "à Bamako avec le général Marc Lefort."))
    found = meetings(doc)
    assert ("visite", "Gao", ["roux"]) in found
    assert any(p == ["lefort", "roux"] and place == "Bamako" for _, place, p in found)


def test_the_meeting_takes_the_place_a_later_sentence_gives(analyse):
    doc = analyse(page("La ministre des Armées, Claire Dumont, s'est rendue mardi à Tulle avant de rencontrer "
                       "le général Marc Lefort.\n\nLa ministre a ensuite été reçue à Limoges par le général "
                       "Marc Lefort."))
    assert not any("lefort" in p and place == "Tulle" for _, place, p in meetings(doc))


def test_a_clause_meeting_nobody_named_stays_in_the_visit(analyse):
    doc = analyse(page("Le ministre de la Défense, Jean Roux, s'est rendu lundi à Gao avant de rencontrer "
                       "des élèves officiers."))
    assert [(k, p) for k, _, p in meetings(doc)] == [("visite", ["roux"])]


def test_a_welcome_then_a_signature_stays_one_meeting(analyse):
    doc = analyse(page("Le président Ivan Petrenko a été accueilli lundi à Namur par le Premier ministre "
                       "Paul Dubois avant de signer avec le chef du gouvernement un accord de défense."))
    assert not any(p == ["petrenko"] for _, _, p in meetings(doc))


# -- a day opening a clause after a colon dates that clause's meeting ---------------------------------

def test_a_weekday_after_a_colon_dates_the_clause(analyse):
    doc = analyse(page("La semaine a été chargée pour le ministre Jean Roux : lundi, le ministre a rencontré "
                       "le général Marc Lefort à Lyon.", published="14 mars 2024"))
    assert [m["date"] for m in doc._.meetings] == ["2024-03-11"]


def test_a_weekday_of_another_verb_does_not_date_the_clause(analyse):
    doc = analyse(page("Le général Marc Lefort, arrivé lundi à Lyon, a rencontré le ministre Jean Roux.",
                       published="14 mars 2024"))
    assert all(m["date"] != "2024-03-12" for m in doc._.meetings)
