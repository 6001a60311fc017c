"""Grouping meeting mentions into meetings, round 11 (`components/meeting_groups.py`, `_sharing_people`):
of two meetings of one day, a mention joins the one holding its people other than the traveller's.
Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def told(doc) -> list[tuple[str, str, list[str]]]:
    return sorted((m["location"], m["host"], sorted(m["people"])) for m in doc._.meetings)



def test_a_reception_joins_the_meeting_of_the_person_met_not_the_first_stage(analyse):
    doc = analyse(article("Le ministre norvégien Lars Dahl s'est rendu à Rzeszów avant de rencontrer le "
                          "président Andrzej Kowal. Le ministre a ensuite été reçu à Varsovie par le président "
                          "Andrzej Kowal."))
    meetings = told(doc)
    assert len(meetings) == 2
    met = next(m for m in doc._.meetings if m["location"] == "Varsovie")
    assert met["host"] == "kowal" and sorted(met["people"]) == ["dahl", "kowal"]
    first = next(m for m in doc._.meetings if m["location"] == "Rzeszów")
    assert "kowal" not in first["people"]


def test_a_same_day_mention_naming_the_person_met_joins_that_meeting(analyse):
    doc = analyse(article("Mardi 12 mars, le ministre norvégien Lars Dahl s'est rendu à Rzeszów avant de "
                          "rencontrer le président Andrzej Kowal à Varsovie. Le même jour, une réunion a eu lieu "
                          "en présence du président Andrzej Kowal."))
    first = next(m for m in doc._.meetings if m["location"] == "Rzeszów")
    assert "kowal" not in first["people"]


def test_two_meetings_of_one_day_with_other_people_stay_apart(analyse):
    doc = analyse(article("Mardi 12 mars, le ministre norvégien Lars Dahl a rencontré à Varsovie le président "
                          "Andrzej Kowal. Le même jour, à Cracovie, la ministre suédoise Anna Berg s'est "
                          "entretenue avec le général Piotr Zielinski."))
    assert [sorted(m["people"]) for m in sorted(doc._.meetings, key=lambda m: m["location"])] == [
        ["berg", "zielinski"], ["dahl", "kowal"]]


def test_a_mention_naming_the_traveller_alone_follows_the_story(analyse):
    doc = analyse(article("Mardi 12 mars, le ministre norvégien Lars Dahl s'est entretenu à Varsovie avec le "
                          "président Andrzej Kowal. Le ministre a ensuite été reçu à Varsovie par le général "
                          "Piotr Zielinski. L'entretien avec le ministre Dahl a porté sur la défense aérienne."))
    kowal = next(m for m in doc._.meetings if "kowal" in m["people"])
    assert "zielinski" not in kowal["people"]
