"""The story's trip (round 24, trip24): stops read once per Doc, and the place and day they give the
meetings told there. Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

import pytest

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


@pytest.fixture(scope="module")
def grouper():
    from pipeline.components.meeting_groups import MeetingGrouper
    from pipeline.run.runner import shared_rules

    from conftest import ROOT

    return MeetingGrouper(shared_rules(ROOT / "rules")[0])


def stops(grouper, doc) -> list[tuple[str, str, str]]:
    return [(s["place"], s["rule"].split(":")[0], s["day"]) for s in grouper.trips.read(doc, 0)]


def meeting_of(doc, word: str):
    return next(m for m in doc._.meetings if word in m["kind"])


# -- a movement verb takes the travellers to a town: a stop ---------------------------------------------

def test_a_movement_verb_opens_a_stop(analyse, grouper):
    doc = analyse(article("Le ministre de la Défense, Paul Durand, s'est rendu mardi 12 mars à Madrid, où il a "
                          "visité une usine."))
    assert ("Madrid", "movement", "2024-03-12") in stops(grouper, doc)


def test_a_town_after_another_verb_is_no_stop(analyse, grouper):
    doc = analyse(article("Le ministre de la Défense, Paul Durand, a salué mardi 12 mars à Madrid le travail des "
                          "ouvriers."))
    assert not [s for s in stops(grouper, doc) if s[1] == "movement"]


# -- a fronted place phrase moves the scene: a stop -----------------------------------------------------

def test_a_fronted_building_with_its_town_opens_a_stop(analyse, grouper):
    doc = analyse(article("Le ministre a reçu lundi 11 mars à Paris son homologue. Le lendemain, sur la base "
                          "aérienne de Cazaux, le ministre a présidé une réunion des chefs d'état-major."))
    assert ("base aérienne de Cazaux", "fronted", "2024-03-12") in stops(grouper, doc)


def test_a_fronted_side_marker_is_no_stop(analyse, grouper):
    doc = analyse(article("En marge du sommet de Lyon, le ministre a reçu lundi 11 mars son homologue."))
    assert not [s for s in stops(grouper, doc) if s[1] == "fronted"]


# -- a meeting told after the trip moved on is held at the new stop, on its day ----------------------

MOVED = ("Le ministre de la Défense, Paul Durand, a reçu lundi 11 mars à Paris son homologue belge, Jan Peeters. "
         "Le lendemain, sur la base aérienne de Cazaux, les deux ministres ont dû affronter la pression de leurs "
         "alliés.\n\nPaul Durand a présidé la réunion du groupe de contact, consacrée à la livraison de chars.")


def test_a_meeting_told_after_a_dated_stop_takes_its_place_and_day(analyse):
    doc = analyse(article(MOVED))
    meeting = meeting_of(doc, "réunion")
    assert (meeting["location"], meeting["date"]) == ("base aérienne de Cazaux", "2024-03-12")


def test_without_a_stop_the_meeting_is_not_moved(analyse):
    doc = analyse(article(MOVED.replace("Le lendemain, sur la base aérienne de Cazaux, les", "Les")))
    assert [(m["location"], m["date"]) for m in doc._.meetings] == [("Paris", "2024-03-11")]


# -- a stay of several days is in a town, not in the building of one scene --------------------------

STAY = ("Le président gabonais, Paul Mba, a reçu son homologue tchadien, Idriss Mahamat, au palais "
        "présidentiel, dans le cadre d'une visite officielle {days}.")


def test_a_visit_of_several_days_in_a_seat_of_power_is_in_the_capital(analyse):
    doc = analyse(article(STAY.format(days="du 11 au 13 mars")))
    assert meeting_of(doc, "visite")["location"] == "Libreville"


def test_a_visit_of_one_day_keeps_its_building(analyse):
    doc = analyse(article(STAY.format(days="le 11 mars")))
    assert meeting_of(doc, "visite")["location"] != "Libreville"
