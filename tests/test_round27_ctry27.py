"""Round 27 of officials (names, roles, countries), on texts of our own, each with a counter-example."""

from __future__ import annotations


def person(doc, key: str) -> dict | None:
    return next((o for o in doc._.officials if o["key"].endswith(key)), None)


# -- a given name the model read as a word of the sentence (`Mette`, a verb) right after a title ------------

def test_a_given_name_left_out_of_the_name_after_a_title_joins_it(analyse):
    doc = analyse("Le président polonais a été accueilli sur la base de Karup par la Première ministre danoise "
                  "Mette Hansen, le ministre de la Défense et le chef d'état-major.")
    found = person(doc, "hansen")
    assert found["name"] == "Mette Hansen" and found["country"] == "Danemark"


def test_a_place_between_a_title_and_a_surname_is_no_given_name(analyse):
    doc = analyse("Le président polonais a été accueilli sur la base de Karup par le ministre de la Défense "
                  "Hansen, le chef d'état-major et le chef de la diplomatie.")
    found = person(doc, "hansen")
    assert found["name"] == "Hansen"
