"""Round 22 (hst22): meeting places: a time to come does not place a held meeting; an airport's town."""

from __future__ import annotations

from tests.conftest import page


def _places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


def test_next_session_place_does_not_place_held_meeting(analyse):
    body = ("Le ministre norvégien de la Défense, Tor Haugen, a reçu lundi son homologue danois, Karl Jensen. "
            "La prochaine session se tiendra en 2027 en Islande, a-t-on appris à la fin des travaux.")
    assert "Islande" not in _places(analyse, body)


def test_held_place_still_read(analyse):  # counter-example: the held meeting's own place stays
    body = ("Le ministre norvégien de la Défense, Tor Haugen, a reçu lundi à Oslo son homologue danois, "
            "Karl Jensen. La prochaine session se tiendra en 2027 en Islande, a-t-on appris à la fin des travaux.")
    assert "Oslo" in _places(analyse, body)


def test_airport_of_town_gives_town(analyse):
    body = ("Le ministre norvégien de la Défense, Tor Haugen, a été accueilli mardi à l'aéroport de Bergen "
            "par son homologue danois, Karl Jensen.")
    places = _places(analyse, body)
    assert "Bergen" in places and not any(p.startswith("aéroport") for p in places)


def test_airport_named_after_no_town_stays(analyse):  # counter-example: no town closes the name
    from pipeline.components.meeting_groups import MeetingGrouper
    from pipeline.rulebook import default_rules, load_rules

    grouper = MeetingGrouper(load_rules(default_rules()))
    meetings = [{"location": "aéroport international"}, {"location": "aéroport militaire de Melsbroek"}]
    grouper.place_town_of_airport(meetings)
    assert [m["location"] for m in meetings] == ["aéroport international", "Melsbroek"]
