"""Grouping meeting mentions into meetings, round 10 (`components/meeting_groups.py` grouping
functions): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def told(doc) -> list[tuple[str, str, list[str]]]:
    return [(m["date"], m["location"], sorted(m["people"])) for m in doc._.meetings]


# -- a session dated within a trip over several days keeps its own days ------------------------------

def test_a_session_within_a_trip_keeps_its_narrower_days(analyse):
    doc = analyse(article("Le ministre letton Janis Ozols effectuera du 18 au 21 mars une visite en Pologne. Le "
                          "19 mars, il participera à Varsovie à une conférence sur la défense aérienne."))
    assert sorted(m["date"] for m in doc._.meetings) == ["2024-03-18/2024-03-21", "2024-03-19"]


def test_a_trip_spoken_of_again_stays_one_meeting(analyse):
    doc = analyse(article("La ministre danoise de la Défense, Karen Holm, effectuera une visite en Espagne du "
                          "18 au 22 mars, à l'invitation de son homologue Pedro Ortega. Le 19 mars, la visite "
                          "se poursuivra à Séville."))
    assert [m["date"] for m in doc._.meetings].count("2024-03-19") == 0


# -- received in another town: another meeting of the same trip ------------------------------------

def test_a_host_receiving_in_another_town_holds_a_meeting_of_its_own(analyse):
    doc = analyse(article("Mardi 12 mars, le ministre norvégien Lars Dahl s'est rendu à Mykolaïv avant de "
                          "s'entretenir avec le président Volodymyr Zelensky. Le ministre a ensuite été reçu à "
                          "Kiev par le président Volodymyr Zelensky."))
    assert sorted(m["location"] for m in doc._.meetings) == ["Kiev", "Mykolaïv"]
    assert next(m for m in doc._.meetings if m["location"] == "Kiev")["host"] == "zelensky"


def test_a_host_receiving_in_a_building_stays_in_the_meeting(analyse):
    doc = analyse(article("Mardi 12 mars, le ministre norvégien Lars Dahl s'est entretenu à Kiev avec le président "
                          "Volodymyr Zelensky. Le ministre a été reçu au palais Mariinsky par le président "
                          "Volodymyr Zelensky."))
    assert len([m for m in doc._.meetings if "dahl" in m["people"]]) == 1
