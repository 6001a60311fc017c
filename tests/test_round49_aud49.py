"""Guests of an investiture, round 49: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page

OATH = ("Le président Paul Dupont a prêté serment samedi 4 mai à Lomé, lors d'une cérémonie au palais des "
        "congrès. ")


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    doc = analyse(page(OATH + body))
    return [(m["kind"], sorted(m["people"])) for m in doc._.meetings]


# -- `X et Y, arrivés la veille, ont fait le déplacement`: the day of another verb is not a trip of its own --

def test_guests_arrived_the_day_before_attend_the_ceremony(analyse):
    found = meetings(analyse, "Arrivés la veille, le président nigérien Jean Martin et le président béninois "
                              "Pierre Durand avaient fait le déplacement.")
    assert found == [("cérémonie", ["dupont", "durand", "martin"])]


def test_guests_arrived_on_a_weekday_attend_the_ceremony(analyse):
    found = meetings(analyse, "Arrivés jeudi, le président nigérien Jean Martin et le président béninois "
                              "Pierre Durand avaient fait le déplacement.")
    assert found == [("cérémonie", ["dupont", "durand", "martin"])]


def test_a_trip_with_a_day_of_its_own_stays_a_trip(analyse):
    found = meetings(analyse, "Le président nigérien Jean Martin a fait le déplacement le 6 mai.")
    assert ("déplacement", ["martin"]) in found


# -- a place of origin (`venus du Golfe`) is not where they went; a place of `à` is -------------------

def test_guests_from_a_region_attend_the_ceremony(analyse):
    found = meetings(analyse, "Le président nigérien Jean Martin et le président béninois Pierre Durand avaient "
                              "fait le déplacement, aux côtés de délégations venues du Golfe et d'Europe.")
    assert found == [("cérémonie", ["dupont", "durand", "martin"])]


def test_a_trip_to_another_city_stays_a_trip(analyse):
    found = meetings(analyse, "Le président nigérien Jean Martin avait fait le déplacement à Cotonou.")
    assert ("déplacement", ["martin"]) in found
