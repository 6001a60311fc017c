"""Meeting places, round 33: a town hung on another noun of the sentence is no meeting's place.
Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["location"]) for m in doc._.meetings]


# -- `l'ouverture d'un centre de formation à Tartu`: where a thing is, not where the meeting is ----------------

def test_a_town_of_a_thing_obtained_is_not_the_meetings_place(analyse):
    found = places(analyse, "La ministre lituanienne de la Défense Dovilė Šakalienė, présente le 12 mars pour la "
                            "réunion des ministres de l'OTAN, a obtenu une aide de 2 milliards d'euros et "
                            "l'ouverture d'un centre de formation à Tartu.")
    assert found and all("Tartu" not in place for _, place in found)


def test_a_town_of_the_meeting_noun_itself_is_kept(analyse):
    found = places(analyse, "La ministre lituanienne de la Défense Dovilė Šakalienė, présente le 12 mars pour la "
                            "réunion des ministres de l'OTAN à Tartu, a obtenu une aide de 2 milliards d'euros.")
    assert [place for _, place in found] == ["Tartu"]


# -- the object of a meeting verb keeps the town the parser hangs on it ------------------------------------

def test_a_town_hung_on_the_guest_of_a_meeting_verb_is_kept(analyse):
    found = places(analyse, "Le ministre des Armées a reçu le 12 mars son homologue estonien à Paris, avant "
                            "d'annoncer l'ouverture d'un centre de formation à Tartu.")
    assert [place for _, place in found] == ["Paris"]
