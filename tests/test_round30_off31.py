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


# -- a name appointed `à la direction de` a body, `à la tête de` a body: the body, and the head's title --------

def test_a_name_appointed_to_the_direction_of_a_body_heads_it(analyse):
    o = official(analyse, "Le gouvernement a nommé jeudi le colonel Marc Dufresnel à la direction générale de "
                          "la Protection civile.", "dufresnel")
    assert o["organisation"] == "Protection civile"
    assert o["role_as_written"] == "directeur général de la Protection civile"


def test_a_name_appointed_at_the_head_of_a_body_belongs_to_it_without_a_title(analyse):
    o = official(analyse, "Le gouvernement a désigné jeudi le colonel Marc Dufresnel à la tête des Forces de "
                          "sécurité intérieure.", "dufresnel")
    assert o["organisation"] == "Forces de sécurité intérieure" and not o["role"]


def test_a_name_received_at_a_direction_is_not_appointed_there(analyse):
    o = official(analyse, "Le ministre a reçu jeudi le colonel Marc Dufresnel à la direction générale de "
                          "la Protection civile.", "dufresnel")
    assert not o["organisation"] and not o["role"]


# -- `premier secrétaire`: the title of a party's leader or a diplomat's grade, one title -------------------

def test_the_first_secretary_of_a_party_holds_that_title(analyse):
    o = official(analyse, "Le président a reçu mardi à Alger Karim Belhadjar, premier secrétaire du Rassemblement "
                          "pour la culture et la démocratie.", "belhadjar")
    assert o["role"] == "premier secrétaire"


def test_a_secretary_general_is_not_made_a_first_secretary(analyse):
    o = official(analyse, "Le président a reçu mardi à Alger Karim Belhadjar, secrétaire général du Rassemblement "
                          "pour la culture et la démocratie.", "belhadjar")
    assert o["role"] == "secrétaire général"
