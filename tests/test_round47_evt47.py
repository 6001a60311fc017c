"""Meetings, round 47: an event set before or after another of the same day (`Avant la cérémonie, X avait reçu Y
à son cabinet`) is a meeting of its own when it names a place apart, whoever attended both. Texts of our own,
each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page

CEREMONY = ("Le ministre de la Défense Jean Koffi a présidé mardi à Abidjan la cérémonie de remise des drapeaux au "
            "camp Galliéni, en présence du chef d'état-major, le général Paul Yao. ")


def meetings(analyse, body: str) -> list[tuple[str, str, list[str]]]:
    doc = analyse(page(body))
    return [(m["location"], m["host"], sorted(m["people"])) for m in doc._.meetings]


# -- the same people, before the landmark event and at another place: two meetings ------------------------

def test_a_reception_before_the_ceremony_in_the_office_is_a_meeting_of_its_own(analyse):
    found = meetings(analyse, CEREMONY + "Avant la cérémonie, le ministre avait reçu le général Paul Yao à son "
                                         "cabinet.")
    assert len(found) == 2
    assert ("cabinet", "koffi", ["koffi", "yao"]) in found


def test_a_reception_after_the_ceremony_in_the_office_is_a_meeting_of_its_own(analyse):
    found = meetings(analyse, CEREMONY + "Après la cérémonie, le ministre a reçu le chef d'état-major à son "
                                         "cabinet pour une séance de travail.")
    assert len(found) == 2
    assert any(place == "cabinet" and host == "koffi" for place, host, _ in found)


def test_an_audience_after_the_summit_at_the_palace_is_a_meeting_of_its_own(analyse):
    found = meetings(analyse, "Le président Ali Traoré a ouvert lundi à Bamako le sommet de la défense, en présence "
                              "du ministre Omar Keïta. Après le sommet, Ali Traoré a reçu le ministre Omar Keïta au "
                              "palais de Koulouba.")
    assert len(found) == 2
    assert any(place == "palais de Koulouba" for place, _, _ in found)


# -- counter-examples: no place apart, or no sequence, stays the one meeting ---------------------------------

def test_a_welcome_before_the_talks_naming_no_place_stays_in_the_talks(analyse):
    found = meetings(analyse, "Le président Ali Traoré s'est entretenu lundi à Bamako avec le ministre Omar Keïta. "
                              "Avant les entretiens, Ali Traoré avait accueilli Omar Keïta à son arrivée.")
    assert len(found) == 1


def test_a_greeting_during_the_ceremony_stays_in_the_ceremony(analyse):
    found = meetings(analyse, CEREMONY + "Lors de la cérémonie, le ministre a reçu le général Paul Yao à son "
                                         "cabinet.")
    assert len(found) == 1
