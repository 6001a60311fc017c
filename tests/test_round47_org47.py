"""The organisation of an official, round 47: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

import pytest

from conftest import page


def organisation(analyse, body: str, key: str) -> str:
    doc = analyse(page(body))
    found = [p for p in doc._.officials if p["key"] == key]
    assert len(found) == 1, [p["key"] for p in doc._.officials]
    return found[0]["organisation"]


# -- a role whose complement is a service named by its domain (`armée de l'air`, `forces navales`) and nothing
#    more: the holder's own service, as written -------------------------------------------------------------

@pytest.mark.parametrize("body, key, expected", [
    ("Le ministre tunisien de la Défense a reçu lundi à Tunis le chef d'état-major de l'armée de l'air, le "
     "général de brigade aérienne Karim Jaziri.", "jaziri", "armée de l'air"),
    ("Le chef d'état-major de l'armée de mer, le contre-amiral Ilyes Bouraoui, accompagnait la délégation "
     "algérienne à Alger.", "bouraoui", "armée de mer"),
    ("À Alger, le commandant des forces navales, le général-major Samir Haddadi, a accueilli mardi la frégate "
     "italienne.", "haddadi", "forces navales"),
    ("Le général Didier Mbuyi, commandant de la force aérienne, a présidé jeudi à Kinshasa la cérémonie de "
     "remise des galons.", "mbuyi", "force aérienne"),
    ("Reçu à Rabat, le colonel-major Hassan Amrani, inspecteur des forces terrestres, a salué la coopération "
     "entre les deux armées.", "amrani", "forces terrestres"),
])
def test_a_service_named_by_its_domain_in_a_role_is_the_holders(analyse, body, key, expected):
    assert organisation(analyse, body, key).casefold() == expected.casefold()


@pytest.mark.parametrize("body, key", [
    # the domain qualifies something else than the service: no body
    ("À Alger, le commandant des opérations navales, le général-major Samir Haddadi, a accueilli mardi la "
     "frégate italienne.", "haddadi"),
    # a force with no domain is no service
    ("Le général Didier Mbuyi, commandant de la force, a présidé jeudi à Kinshasa la cérémonie de remise des "
     "galons.", "mbuyi"),
])
def test_a_role_without_a_domain_service_gets_no_such_body(analyse, body, key):
    found = organisation(analyse, body, key).casefold()
    assert "navales" not in found and found != "force"


def test_a_domain_service_with_a_demonym_stays_the_longer_name(analyse):
    found = organisation(analyse, "Le général Paolo Verdi, chef d'état-major de l'armée de l'air italienne, est "
                                  "arrivé mardi à Alger.", "verdi")
    assert found.casefold().endswith("italienne")


# -- a domain alone after `de` in a coordination of services is the complement of an elided head, no body -------

def orgs(analyse, body: str) -> list[str]:
    return [e.text for e in analyse(page(body)).ents if e.label_ == "ORG"]


@pytest.mark.parametrize("body", [
    "Les chefs d'état-major des armées de terre, de l'Air et de la Marine ont assisté jeudi à la prise d'armes.",
    "Les forces de Terre et de l'Air ont défilé lundi devant le président, à Niamey.",
])
def test_a_domain_of_coordinated_services_is_no_body(analyse, body):
    assert "Air" not in orgs(analyse, body)


def test_a_domain_named_after_its_head_is_still_the_body(analyse):
    assert "composante Air" in orgs(analyse, "Le général Marc Dupuis commande depuis juillet la composante Air, "
                                             "a indiqué jeudi l'état-major à Bruxelles.")
