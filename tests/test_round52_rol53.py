"""Roles, round 52 (rol53): a plural title shared by a list of names each followed by the country he holds it
for (`les ministres de la Défense – parmi lesquels le général A au Mali et le général B au Niger –`), and a
candidate's title (`la candidate de l'AfD à la chancellerie, X`). Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def role_of(analyse, body: str, surname: str) -> str:
    doc = analyse(page(body))
    return next(p["role"] for p in doc._.officials if p["name"].split()[-1] == surname)


# -- a plural title, then `parmi lesquels`/`dont` and names each with the country he holds it for ----------

def test_members_between_dashes_each_with_his_country(analyse):
    body = ("Les ministres de la Défense – parmi lesquels Boris Pistorius en Allemagne et Guido Crosetto en "
            "Italie – ont adopté jeudi un plan commun.")
    assert role_of(analyse, body, "Pistorius") == "ministre de la Défense"
    assert role_of(analyse, body, "Crosetto") == "ministre de la Défense"


def test_members_after_a_comma_each_with_his_country(analyse):
    body = ("Plusieurs chefs d'état-major se sont réunis à Varsovie, parmi lesquels le général Wiesław Kukuła "
            "en Pologne et le général Martin Herem en Estonie.")
    assert role_of(analyse, body, "Herem") == "chef d'état-major"


def test_members_in_brackets_with_au(analyse):
    body = ("Les ministres des Affaires étrangères (dont Abdoulaye Diop au Mali et Karamoko Traoré au "
            "Burkina Faso) ont signé mardi la déclaration.")
    assert role_of(analyse, body, "Diop") == "ministre des Affaires étrangères"


def test_members_with_a_rank_and_aux_with_a_plural_country(analyse):
    body = ("Les ministres de la Défense – dont le général Salifou Mody au Niger et Lloyd Austin aux "
            "États-Unis – ont échangé lundi.")
    assert role_of(analyse, body, "Mody") == "ministre de la Défense"
    assert role_of(analyse, body, "Austin") == "ministre de la Défense"


def test_a_verb_after_the_country_makes_a_clause_no_member(analyse):
    body = ("Les ministres de la Défense se sont réunis jeudi – Boris Pistorius en Allemagne et Guido "
            "Crosetto en Italie ont ensuite tenu une conférence de presse.")
    assert role_of(analyse, body, "Crosetto") != "ministre de la Défense"


def test_a_plural_noun_that_is_no_title_gives_nothing(analyse):
    body = ("Les délégations – parmi lesquelles Boris Pistorius en Allemagne et Guido Crosetto en Italie – "
            "ont adopté jeudi un plan commun.")
    assert role_of(analyse, body, "Crosetto") == ""


# -- a candidate to an office: `la candidate de l'AfD à la chancellerie, X` ----------------------------------

def test_a_candidate_to_the_chancellery_with_her_party(analyse):
    body = ("Le vice-président américain s'est entretenu jeudi à Munich avec la candidate de l'AfD à la "
            "chancellerie, Alice Weidel.")
    assert role_of(analyse, body, "Weidel").startswith("candidat")


def test_a_candidate_to_the_presidency(analyse):
    body = ("Le candidat des républicains à la présidence, Donald Trump, a reçu mardi à Mar-a-Lago le Premier "
            "ministre hongrois Viktor Orbán.")
    assert role_of(analyse, body, "Trump").startswith("candidat")


def test_a_candidate_to_the_elysee_before_the_name(analyse):
    body = "La candidate à l'élection présidentielle Marine Le Pen a visité lundi la base navale de Toulon."
    assert role_of(analyse, body, "Pen").startswith("candidat")


def test_candidat_as_a_common_noun_gives_no_role(analyse):
    body = ("Le ministre des Armées Sébastien Lecornu a reçu jeudi les candidats au concours de Saint-Cyr, "
            "puis le général Pierre Schill.")
    assert role_of(analyse, body, "Schill") != "candidat"
