"""Roles of officials, round 38: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def roles(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {o["key"]: o["role"] for o in doc._.officials}


# -- `son homologue`: the counterpart holds the office of the one he met, unless that one holds two ---------

def test_the_counterpart_of_a_holder_of_two_offices_is_given_neither(analyse):
    found = roles(analyse, "Le Président de la République, Chef du Gouvernement, Ahmed Moussa Farah, s'est "
                           "entretenu jeudi à Paris avec son homologue français, M. Emmanuel Macron.")
    assert found.get("macron") == ""


def test_the_counterpart_of_a_holder_of_one_office_holds_it(analyse):
    found = roles(analyse, "Le ministre de la Défense, Ahmed Moussa Farah, s'est entretenu jeudi à Athènes avec "
                           "son homologue grec, Nikos Dendias.")
    assert found.get("dendias") == "ministre de la Défense"


def test_titles_of_one_office_leave_the_counterpart_his_role(analyse):
    found = roles(analyse, "Le président Ahmed Moussa Farah a reçu jeudi son homologue ghanéen, Kwame Mensah. "
                           "Le chef de l'État a salué une visite historique.")
    assert found.get("mensah") == "président"
