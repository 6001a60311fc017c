"""Roles, round 50: a title opening the sentence keeps its name over an incise that qualifies it.
Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

import pytest

from conftest import page


def roles(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {o["name"]: o["role"] for o in doc._.officials}


@pytest.mark.parametrize("body, name, role", [
    ("Rapporteure des crédits du programme 178, consacré à la préparation des forces, Claire Dumont (LR) a "
     "interrogé le ministre mardi.", "Claire Dumont", "rapporteur"),
    ("Présidente de la commission des finances, chargée du budget, Claire Dumont a interrogé le ministre mardi.",
     "Claire Dumont", "président de la commission"),
    ("Rapporteur du budget des armées, adopté hier, Paul Marchand a pris la parole mardi.",
     "Paul Marchand", "rapporteur"),
    ("Ministre délégué aux Anciens combattants, nommé en octobre, Paul Marchand a présidé la cérémonie mardi.",
     "Paul Marchand", "ministre délégué"),
    ("Chef d'état-major de l'armée de Terre, désigné en juillet, le général Paul Marchand a présenté mardi ses "
     "priorités.", "Paul Marchand", "chef d'état-major"),
])
def test_a_fronted_title_keeps_its_name_over_a_participle_incise(analyse, body, name, role):
    assert roles(analyse, body).get(name) == role


def test_a_title_inside_a_longer_phrase_is_not_the_name_s(analyse):
    found = roles(analyse, "Lors de la cérémonie présidée par le chef d'état-major, consacrée aux blessés, le "
                           "général Paul Marchand a pris la parole.")
    assert found.get("Paul Marchand") == ""


def test_an_incise_naming_another_title_gives_the_name_that_title(analyse):
    found = roles(analyse, "Le Premier ministre malien, accompagné du ministre de la Défense, Paul Marchand, a "
                           "été reçu mardi à bord de la frégate.")
    assert found.get("Paul Marchand") == "ministre de la Défense"
