"""The story's trip (round 25, trip25): more ways a text takes its travellers to a stop: a town as the object
of a movement verb, a copula (`était à X`), a country after `en`/`au`, a town the gazetteer lacks (one word),
and `se retrouver`/`s'arrêter`. Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

import pytest

from conftest import HEADLINE, page


@pytest.fixture(scope="module")
def grouper():
    from pipeline.components.meeting_groups import MeetingGrouper
    from pipeline.run.runner import shared_rules

    from conftest import ROOT

    return MeetingGrouper(shared_rules(ROOT / "rules")[0])


def places(grouper, doc) -> list[str]:
    return [s["place"] for s in grouper.trips.read(doc, 0)]


def article(body: str) -> str:
    return page(body, "14 mars 2024", HEADLINE)


def test_a_town_object_of_a_movement_verb_is_a_stop(analyse, grouper):
    doc = analyse(article("Le ministre de la Défense, Paul Durand, a rejoint Madrid mardi 12 mars."))
    assert "Madrid" in places(grouper, doc)


def test_a_town_object_of_another_verb_is_no_stop(analyse, grouper):
    doc = analyse(article("Le ministre de la Défense, Paul Durand, a cité Madrid mardi 12 mars en exemple."))
    assert "Madrid" not in places(grouper, doc)


def test_a_country_after_a_movement_verb_is_a_stop(analyse, grouper):
    doc = analyse(article("Le ministre de la Défense, Paul Durand, s'est arrêté mardi 12 mars en Pologne."))
    assert places(grouper, doc)[-1:] == ["Pologne"]


def test_a_country_of_the_town_just_reached_is_no_new_stop(analyse, grouper):
    doc = analyse(article("Le ministre de la Défense, Paul Durand, s'est rendu mardi 12 mars à Varsovie. Sa "
                          "visite en Pologne, la première d'un ministre, a été préparée de longue date. Il est "
                          "arrivé en Pologne mardi."))
    assert places(grouper, doc)[-1:] == ["Varsovie"]


def test_a_copula_places_the_traveller(analyse, grouper):
    doc = analyse(article("Mardi 12 mars, le ministre de la Défense, Paul Durand, était à Lisbonne. Il y a "
                          "rencontré son homologue."))
    assert "Lisbonne" in places(grouper, doc)


def test_a_copula_with_a_place_of_no_town_is_no_stop(analyse, grouper):
    doc = analyse(article("Mardi 12 mars, le ministre de la Défense, Paul Durand, était à la tête de la "
                          "délégation."))
    assert places(grouper, doc) == []


def test_several_words_after_a_movement_verb_unknown_to_the_gazetteer_are_no_town(analyse, grouper):
    doc = analyse(article("Le ministre de la Défense, Paul Durand, s'est rendu mardi 12 mars au Mémorial "
                          "du Soldat Inconnu pour y déposer une gerbe."))
    assert not [p for p in places(grouper, doc) if " " in p]


# -- a stop naming no day carries the day the text told last ---------------------------------------------

def test_a_stop_without_a_day_carries_the_day_told_just_before(analyse, grouper):
    doc = analyse(article("Lundi 11 mars, le ministre de la Défense, Paul Durand, a été reçu à Madrid par son "
                          "homologue.\nDans l'après-midi, il a pris l'avion. À Lisbonne, il a rencontré le "
                          "Premier ministre portugais."))
    stop = next(s for s in grouper.trips.read(doc, 0) if s["place"] == "Lisbonne")
    assert stop["carried"] == "2024-03-11"


def test_a_bound_is_no_day_to_carry(analyse, grouper):
    doc = analyse(article("L'exercice a commencé lundi 11 mars. Il durera jusqu'au 22 mars dans le ciel "
                          "espagnol.\nÀ Lisbonne, le ministre de la Défense, Paul Durand, a rencontré son "
                          "homologue."))
    stop = next(s for s in grouper.trips.read(doc, 0) if s["place"] == "Lisbonne")
    assert stop["carried"] != "2024-03-22"


def test_a_trip_in_the_future_is_no_stop(analyse, grouper):
    doc = analyse(article("Le ministre de la Défense, Paul Durand, arrivera à Madrid mardi 19 mars."))
    assert not [s for s in grouper.trips.read(doc, 0) if s["rule"].startswith("movement")]


def test_a_trip_told_in_the_present_is_a_stop(analyse, grouper):
    doc = analyse(article("Le ministre de la Défense, Paul Durand, arrive à Madrid mardi 19 mars."))
    assert [s for s in grouper.trips.read(doc, 0) if s["rule"].startswith("movement")]
