"""Offices of officials, round 30 (off31): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def official(analyse, body: str, key: str) -> dict:
    doc = analyse(page(body))
    return next(o for o in doc._.officials if o["key"] == key)


# -- a name of a list under a plural title holds it for the body after `pour`: the title is written with it --

def test_a_title_held_for_a_body_after_pour_is_written_with_the_body(analyse):
    o = official(analyse, "Le ministre a réuni mardi à Paris les chefs d'état-major, le général Paul Marchand pour "
                          "l'armée de Terre et l'amiral Henri Rocheval pour la Marine nationale.", "marchand")
    assert o["role_as_written"] == "chef d'état-major de l'armée de Terre"
    assert o["organisation"] == "armée de Terre"


def test_the_second_name_of_the_list_is_written_with_its_own_body(analyse):
    o = official(analyse, "Le ministre a réuni mardi à Paris les chefs d'état-major, le général Paul Marchand pour "
                          "l'armée de Terre et l'amiral Henri Rocheval pour la Marine nationale.", "rocheval")
    assert o["role_as_written"] == "chef d'état-major de la Marine nationale"


def test_a_title_said_of_a_name_alone_keeps_its_own_words(analyse):
    o = official(analyse, "Le ministre a reçu mardi à Paris le chef d'état-major, le général Paul Marchand, "
                          "pour parler de l'armée de Terre.", "marchand")
    assert o["role_as_written"] == "chef d'état-major"


def test_a_body_after_an_article_de_contracts_with_leaves_the_title_alone(analyse):
    o = official(analyse, "Le ministre a réuni mardi à Paris les directeurs, le général Paul Marchand pour "
                          "le Service de santé des armées et l'amiral Henri Rocheval pour la Marine nationale.",
                 "marchand")
    assert o["organisation"] and o["role_as_written"] == "directeur"
