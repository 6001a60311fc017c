"""The organisation of officials, round 52: texts of our own, each behaviour with a counter-example.

- a role held in a body written in lower case with its own adjective (`le président du conseil départemental`,
  `la présidente du conseil régional`) names that body: after a role and `de`, the adjective is mark enough;
- the Palestinian Authority is a body of the lists (`le président de l'Autorité palestinienne, X`).
"""

from __future__ import annotations

from conftest import page


def official(analyse, body: str, key: str) -> dict:
    doc = analyse(page(body, published="14 mars 2024"))
    return next(o for o in doc._.officials if o["key"] == key)


def orgs(analyse, body: str) -> list[str]:
    doc = analyse(page(body, published="14 mars 2024"))
    return [e.text for e in doc.ents if e.label_ == "ORG"]


# -- `le président du conseil départemental, X`: a lower-case body held by a role, marked by its adjective -----

def test_the_president_of_the_departmental_council_belongs_to_it(analyse):
    person = official(analyse, "Le ministre des Armées a été accueilli à Tarbes par le président du conseil "
                               "départemental, Michel Pélieu, devant le monument aux morts.", "pelieu")
    assert person["organisation"] == "conseil départemental"


def test_the_president_of_the_regional_council_belongs_to_it(analyse):
    person = official(analyse, "La présidente du conseil régional, Marie-Guite Dufay, a salué l'arrivée du "
                               "régiment à Besançon.", "dufay")
    assert person["organisation"] == "conseil régional"


def test_the_president_of_an_advisory_committee_belongs_to_it(analyse):
    person = official(analyse, "Le rapport a été présenté par le président du comité consultatif, Paul Garnier, "
                               "devant les élèves officiers.", "garnier")
    assert person["organisation"] == "comité consultatif"


def test_the_departmental_council_after_a_role_is_an_organisation(analyse):
    found = orgs(analyse, "Le vice-président du conseil départemental, Jean Dupuy, a inauguré la stèle.")
    assert "conseil départemental" in found


def test_a_council_with_an_adjective_and_no_role_before_it_is_no_organisation(analyse):
    found = orgs(analyse, "Un conseil restreint a réuni les ministres à l'Élysée mercredi matin.")
    assert "conseil restreint" not in found


def test_a_service_with_an_adjective_after_a_verb_is_no_organisation(analyse):
    found = orgs(analyse, "Les soldats ont effectué un service national de quelques mois avant la guerre.")
    assert "service national" not in found


# -- `le président de l'Autorité palestinienne, X`: a body of the lists ----------------------------------------

def test_the_president_of_the_palestinian_authority_belongs_to_it(analyse):
    person = official(analyse, "Le chef de l'État s'est rendu à Ramallah pour un entretien avec le président de "
                               "l'Autorité palestinienne, Mahmoud Abbas.", "abbas")
    assert person["organisation"] == "Autorité palestinienne"


def test_the_prime_minister_of_the_palestinian_authority_belongs_to_it(analyse):
    person = official(analyse, "Le Premier ministre de l'Autorité palestinienne, Mohammad Mustafa, a rencontré "
                               "le ministre des Affaires étrangères à Amman.", "mustafa")
    assert person["organisation"] == "Autorité palestinienne"


def test_a_palestinian_president_named_by_his_demonym_has_no_organisation(analyse):
    person = official(analyse, "Le président palestinien Mahmoud Abbas a reçu le ministre à Ramallah.", "abbas")
    assert person["organisation"] == ""
