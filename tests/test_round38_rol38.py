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
    assert found.get("macron") == "homologue français"  # neither office; the counterpart word (rol58)


def test_the_counterpart_of_a_holder_of_one_office_holds_it(analyse):
    found = roles(analyse, "Le ministre de la Défense, Ahmed Moussa Farah, s'est entretenu jeudi à Athènes avec "
                           "son homologue grec, Nikos Dendias.")
    assert found.get("dendias") == "ministre de la Défense"


def test_titles_of_one_office_leave_the_counterpart_his_role(analyse):
    found = roles(analyse, "Le président Ahmed Moussa Farah a reçu jeudi son homologue ghanéen, Kwame Mensah. "
                           "Le chef de l'État a salué une visite historique.")
    assert found.get("mensah") == "président"


# -- an officer who is a minister: his counterpart holds the minister's office, not a staff title ------------

def test_the_counterpart_of_an_officer_minister_holds_the_ministry(analyse):
    found = roles(analyse, "Le ministre de la Défense, le général Amadou Traoré, a reçu lundi à Niamey son "
                           "homologue tchadien, le général Idriss Mahamat.")
    assert found.get("mahamat") == "ministre de la Défense"


def test_the_counterpart_of_a_chief_of_staff_is_given_no_staff_title(analyse):
    found = roles(analyse, "Le chef d'état-major des armées, le général Amadou Traoré, a reçu lundi à Niamey son "
                           "homologue tchadien, le général Idriss Mahamat.")
    assert found.get("mahamat") == "homologue tchadien"  # no staff title borrowed; the counterpart word (rol58)


def test_the_counterpart_of_a_minister_of_the_armed_forces_is_a_minister_of_defence(analyse):
    found = roles(analyse, "Le ministre des Forces armées, Moussa Diallo, a reçu lundi à Dakar son homologue "
                           "ghanéen, Kwame Mensah.")
    assert found.get("mensah") == "ministre de la Défense"


# -- `désigné`, `élu` after a role: a participle of the title (grammar.yml `role_qualifiers`) ---------------

def officials(analyse, body: str) -> dict[str, tuple[str, str]]:
    doc = analyse(page(body))
    return {o["key"]: (o["role"], o["organisation"]) for o in doc._.officials}


def test_a_role_designated_before_a_name_is_his(analyse):
    found = officials(analyse, "Le président Karim Haddad a reçu lundi au palais le Premier ministre désigné "
                               "Samir Nassar, qui mène ses consultations.")
    assert found["nassar"][0].startswith("Premier ministre")


def test_a_role_that_designates_someone_is_not_his(analyse):
    found = officials(analyse, "Le Premier ministre Karim Haddad a désigné lundi Samir Nassar pour mener les "
                               "consultations.")
    assert found.get("nassar", ("", ""))[0] == ""


def test_who_designated_the_holder_is_not_the_body_of_his_title(analyse):
    found = officials(analyse, "Le président João Mendes, médiateur désigné par l'Union africaine, a reçu lundi "
                               "les délégations à Luanda.")
    assert found["mendes"][1] != "Union africaine"


def test_the_body_of_a_title_is_still_read_after_it(analyse):
    found = officials(analyse, "João Mendes, médiateur de l'Union africaine, a reçu lundi les délégations à Luanda.")
    assert found["mendes"][1] == "Union africaine"
