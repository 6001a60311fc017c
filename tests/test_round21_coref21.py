"""Coreference of descriptions (issue #10, round 21): a description over a comma after a proper noun
is apposed to it only when that noun names someone, not a place closing an introductory phrase.
Each behaviour is tested on our own sentences with a counter-example.
"""
from __future__ import annotations

from tests.conftest import page


def _person(doc, key: str) -> dict:
    found = [p for p in doc._.officials if p["key"] == key]
    assert len(found) == 1, [p["key"] for p in doc._.officials]
    return found[0]


def test_description_after_a_place_closing_a_phrase_refers_back(analyse):
    doc = analyse(page("Après trois semaines de "
                       "tension avec la junte de Bamako, le chef de l'État a annoncé le retour de l'ambassadeur "
                       "de France et le départ des soldats.", headline="Jean Moreau annonce le retrait"))
    role = _person(doc, "moreau")["role"].lower()
    assert "ambassadeur" not in role and "chef" in role


def test_description_after_a_name_is_still_apposed_to_it(analyse):
    doc = analyse(page("La délégation a été reçue mardi par Paul Okoro, le ministre de la Défense, au siège "
                       "de l'état-major."))
    assert "ministre" in _person(doc, "okoro")["role"]


TWO_HEADS = ("Le chef de l'État togolais, Koffi Mensah, et le chef de l'État béninois, Paul Houngbo, sont arrivés "
             "lundi à Moscou pour le sommet. Ils y ont déjeuné avec l'homme d'affaires Jean Diallo. Pour le chef de "
             "l'État, la visite ouvre une nouvelle ère.")


def test_title_alone_refers_to_its_one_holder_when_the_story_has_no_home(analyse):
    doc = analyse(page("Le chef de l'État togolais, Koffi Mensah, est arrivé lundi à Moscou pour le sommet. Il y a "
                       "déjeuné avec l'homme d'affaires Jean Diallo. Pour le chef de l'État, la visite ouvre une "
                       "nouvelle ère."))
    assert _person(doc, "mensah")["country"] == "Togo"
    assert _person(doc, "diallo")["role"] == ""  # not the one named last, as if the title were France's


def test_title_alone_with_two_holders_is_given_to_neither(analyse):
    doc = analyse(page(TWO_HEADS))
    assert _person(doc, "mensah")["country"] == "Togo"
    assert _person(doc, "houngbo")["country"] == "Bénin"
