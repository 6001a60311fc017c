"""Meeting places, round 27: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["location"]) for m in doc._.meetings]


# -- a meeting named only to date something else (`avant le sommet de X`) lends no place to the one told ----

RECEIVED = "Le ministre norvégien de la Défense Bjørn Arild Gram a reçu mardi son homologue suédois Pål Jonson. "
HOPE = ("« Nous voulons aller vite », a-t-il affirmé, exprimant l'espoir que l'accord soit signé {} sommet que "
        "les chefs d'État des pays de l'OTAN doivent tenir à Lisbonne en juillet.")


def test_a_summit_named_as_a_time_landmark_lends_no_place(analyse):
    found = places(analyse, RECEIVED + HOPE.format("avant le"))
    assert found and all(place != "Lisbonne" for _, place in found)
    assert all(kind != "sommet" for kind, _ in found)


def test_a_summit_during_which_things_happen_still_places_them(analyse):
    found = places(analyse, RECEIVED + HOPE.format("lors du"))
    assert any(place == "Lisbonne" for _, place in found)


# -- `dans un salon de X`: one room of a named building; the building is the place -------------------------

TALKS = ("Le ministre norvégien de la Défense Bjørn Arild Gram s'est entretenu mardi avec son homologue suédois "
         "Pål Jonson dans {} de l'Akershus.")


def test_one_room_of_a_named_building_is_placed_at_the_building(analyse):
    found = places(analyse, TALKS.format("un salon"))
    assert any(place == "Akershus" for _, place in found)


def test_a_named_seat_with_an_indefinite_article_keeps_its_place_word(analyse):
    found = places(analyse, TALKS.format("un siège"))
    assert all(place != "Akershus" for _, place in found)
