"""Organisations of officials, round 42: a title whose derived head and complement spell a listed body.
Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def organisations(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {o["name"].split()[-1]: o["organisation"] for o in doc._.officials}


# -- `commandant de l'espace`: the command the title spells is the holder's, named or not -----------------

def test_a_commander_belongs_to_the_listed_command_his_title_spells(analyse):
    found = organisations(analyse, "Le général Paul Durand, commandant de l'espace, a présenté jeudi ses priorités "
                                   "aux élus réunis à Toulouse.")
    assert found["Durand"] == "Commandement de l'espace"


def test_a_commander_named_after_his_title_belongs_to_the_same_command(analyse):
    found = organisations(analyse, "Le commandant des opérations spéciales, le général Marc Roux, a reçu vendredi "
                                   "ses homologues européens.")
    assert found["Roux"] == "Commandement des opérations spéciales"


def test_a_directors_title_spells_the_listed_directorate(analyse):
    found = organisations(analyse, "La générale Claire Vidal, directrice du renseignement militaire, a été "
                                   "entendue lundi par les députés.")
    assert found["Vidal"] == "Direction du renseignement militaire"


def test_a_demonym_after_the_complement_names_another_command(analyse):
    found = organisations(analyse, "Le général Paul Durand, commandant de l'espace américain, a présenté jeudi ses "
                                   "priorités aux élus réunis à Toulouse.")
    assert found["Durand"] != "Commandement de l'espace"


def test_the_listed_body_of_another_country_is_not_the_holders(analyse):
    found = organisations(analyse, "Le général russe Igor Sokolov, directeur du renseignement militaire, a été "
                                   "reçu lundi à Minsk.")
    assert found["Sokolov"] != "Direction du renseignement militaire"


def test_a_minister_named_by_his_portfolio_alone_belongs_to_no_listed_ministry(analyse):
    found = organisations(analyse, "Le ministre de l'Intérieur, Paul Lambert, a réuni mardi les préfets à Namur.")
    assert found["Lambert"] == ""
