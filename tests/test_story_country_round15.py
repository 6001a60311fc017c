"""The story's own country, round 15 (`people.py` `open`): a headline opening with a country and a colon
(`Mali : ...`) files the story under that country; a nationality in a headline that opens the text says
whom the story is about, not where the outlet is. On texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page

BODY = ("Le président de la République, le général Issa Konaté, a reçu ce jeudi 12 juin une délégation conduite "
        "par le ministre portugais de la Défense, Rui Matos, au palais présidentiel.")


def country(doc, key: str) -> str:
    return next(o["country"] for o in doc._.officials if o["key"].endswith(key))


def test_a_country_and_a_colon_opening_the_headline_is_the_story_country(analyse):
    doc = analyse(page(BODY, "12 juin 2025", "Niger : le ministre portugais de la Défense reçu au palais"))
    assert country(doc, "konate") == "Niger" and country(doc, "matos") == "Portugal"


def test_a_nationality_in_the_opening_headline_is_not_the_story_country(analyse):
    doc = analyse(page(BODY, "12 juin 2025", "Le ministre portugais de la Défense reçu au palais présidentiel"))
    assert country(doc, "konate") != "Portugal" and country(doc, "matos") == "Portugal"
