"""Meeting dates, round 36: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page

OPENED = ("Le ministre togolais de la Défense, Marguerite Gnakadè, a ouvert lundi à Lomé le forum régional sur la "
          "sécurité maritime. ")
GATHERED = ", réunit des ministres et des chefs d'état-major de la région."


def dates(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["date"]) for m in doc._.meetings]


# -- a relative clause of the meeting noun says the day it ends, even beside a meeting verb (`réunit`) -------

def test_a_relative_clause_with_a_light_verb_of_ending_closes_the_gathering(analyse):
    found = dates(analyse, OPENED + "La rencontre, qui prend fin mercredi" + GATHERED)
    assert ("forum", "2024-03-11/2024-03-13") in found


def test_a_relative_clause_with_a_verb_of_closing_closes_the_gathering(analyse):
    found = dates(analyse, OPENED + "Le forum, qui se referme mercredi" + GATHERED)
    assert ("forum", "2024-03-11/2024-03-13") in found


def test_a_light_verb_with_another_noun_ends_nothing(analyse):
    found = dates(analyse, OPENED + "La rencontre, qui prend acte mercredi des progrès" + GATHERED)
    assert ("forum", "2024-03-11") in found
    assert all("/" not in day for _, day in found)


def test_a_relative_clause_telling_another_sitting_ends_nothing(analyse):
    found = dates(analyse, OPENED + "Le forum, qui se tiendra de nouveau mercredi" + GATHERED)
    assert ("forum", "2024-03-11") in found
    assert all("/" not in day for _, day in found)
