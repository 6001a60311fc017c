"""Round 8: meeting places told by the phrase around them (topic, time mark, hosting city of a headline)."""

from __future__ import annotations

import pytest


def _meetings(analyse, text):
    return analyse(text)._.meetings


def _locations(analyse, text):
    return [m["location"] for m in _meetings(analyse, text)]


@pytest.mark.parametrize("text, bad, good", [
    # a country after `sur` (what the meeting is about) is no place; the city named before is
    ("Publié le 10 mai 2023\n\nLes ministres sont arrivés mardi à Lisbonne.\n\n"
     "La ministre des Armées, Claire Dumont, s'est entretenue mercredi avec le général Paul Martin, en marge "
     "du Forum atlantique, la conférence annuelle sur la stabilité en Afrique organisée par un institut.",
     "Afrique", None),
    # counter-example: `à` and a city after the topic stays the place
    ("Publié le 10 mai 2023\n\nLa ministre des Armées, Claire Dumont, s'est entretenue mercredi avec le "
     "général Paul Martin lors d'une conférence sur la stabilité à Tallinn.", None, "Tallinn"),
])
def test_topic_country_is_no_place(analyse, text, bad, good):
    places = _locations(analyse, text)
    assert places
    if bad:
        assert bad not in places
    if good:
        assert good in places


def test_place_of_event_used_as_time_mark(analyse):
    text = ("Publié le 10 mai 2023\n\nLe ministre de la Défense, Jean Roux, a rencontré mardi à Oslo le général "
            "Karl Berg, une semaine après la visite à Varsovie du chef d'état-major.")
    places = _locations(analyse, text)
    assert "Varsovie" not in places
    assert "Oslo" in places


def test_place_of_summit_the_day_after(analyse):
    text = ("Publié le 10 mai 2023\n\nLe ministre de la Défense, Jean Roux, a reçu mardi le général Karl Berg, "
            "à la veille d'un sommet de l'Union africaine à Addis-Abeba.")
    assert "Addis-Abeba" not in _locations(analyse, text)


def test_event_as_time_told_alone_keeps_its_place(analyse):
    # counter-example: the visit itself, the only meeting word, keeps the place it names
    text = ("Publié le 10 mai 2023\n\nAprès sa visite à Varsovie mardi, le ministre de la Défense, Jean Roux, "
            "est rentré à Paris.")
    places = _locations(analyse, text)
    assert "Paris" not in places


def test_headline_city_hosting(analyse):
    text = ("Sahel : Dakar se prépare à accueillir samedi les chefs d'état-major\n\n"
            "Publié le 10 mai 2023\n\n"
            "Le général Paul Martin, chef d'état-major, accueillera samedi 13 mai ses homologues, le général "
            "Karl Berg et le général Jean Roux, dans la capitale.")
    assert "Dakar" in _locations(analyse, text)


def test_headline_country_alone_gives_no_city(analyse):
    # counter-example: a country before the colon is no meeting place
    text = ("Sahel : les chefs d'état-major se retrouvent samedi\n\n"
            "Publié le 10 mai 2023\n\n"
            "Le général Paul Martin, chef d'état-major, accueillera samedi 13 mai ses homologues, le général "
            "Karl Berg et le général Jean Roux.")
    assert "Sahel" not in _locations(analyse, text)
