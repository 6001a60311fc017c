"""Organisation entities, round 28: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def orgs(analyse, body: str) -> list[str]:
    return [e.text for e in analyse(page(body)).ents if e.label_ == "ORG"]


# -- a capitalised `Instance` takes its lower-case complements; a lower-case one names no body -----------

def test_a_capitalised_instance_keeps_its_lower_case_complements(analyse):
    found = orgs(analyse, "Les chiffres définitifs ont été publiés par l'Instance supérieure indépendante pour la "
                          "communication audiovisuelle (Isca).")
    assert "Instance supérieure indépendante pour la communication audiovisuelle" in found


def test_a_capitalised_instance_the_model_missed_is_read_by_the_grammar(analyse):
    found = orgs(analyse, "Le décret a été transmis à l'Instance provisoire de contrôle de la constitutionnalité "
                          "des projets de loi.")
    assert "Instance provisoire de contrôle de la constitutionnalité des projets de loi" in found


def test_a_lower_case_instance_before_a_listed_body_is_no_organisation(analyse):
    found = orgs(analyse, "Le comité s'est réuni lundi à Bruxelles ; il reste la principale instance militaire "
                          "de l'OTAN depuis des décennies.")
    assert not any(o.lower().startswith("instance") for o in found)


# -- `Congrès` written with its capital names a party or a house with its `de`-phrase ------------------

def test_a_capitalised_congress_of_members_is_a_party(analyse):
    found = orgs(analyse, "Le nouveau président, candidat du Congrès des démocrates unis, a prêté serment lundi "
                          "à Lagos.")
    assert "Congrès des démocrates unis" in found


def test_a_lower_case_congress_names_no_party(analyse):
    found = orgs(analyse, "Le nouveau président a pris la parole lundi devant le congrès des maires réuni à Lagos.")
    assert not any(o.lower().startswith("congrès") for o in found)


# -- a lower-case head after an indefinite article introduces one of a kind, no body's name ----------------

def test_a_mission_sent_after_an_indefinite_article_is_no_organisation(analyse):
    found = orgs(analyse, "Le gouvernement a refusé d'accueillir une mission commune de l'Union africaine et des "
                          "Nations unies, invoquant des raisons de sécurité.")
    assert not any(o.lower().startswith("mission") for o in found)


def test_a_mission_named_with_a_definite_article_stays_an_organisation(analyse):
    found = orgs(analyse, "Le gouvernement a mis fin au mandat de la mission militaire de formation de l'Union "
                          "européenne, déployée depuis 2013.")
    assert any(o.lower().startswith("mission militaire de formation") for o in found)
