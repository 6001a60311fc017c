"""Officials, round 52: titles and names read in parallel. The titles of the subject and the object of one
verb go to the subject and the object of the same verb told with names, not to whoever is named nearest;
and a plural title whose complement joins as many portfolios as the list after it names people shares them
out in order. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def person(analyse, body: str, key: str) -> dict:
    doc = analyse(page(body))
    found = [p for p in doc._.officials if key in p["key"]]
    assert len(found) == 1, [p["key"] for p in doc._.officials]
    return found[0]


def titled(analyse, body: str, key: str) -> tuple[str, str]:
    p = person(analyse, body, key)
    return p["role_as_written"] or p["role"], p["country"]


# -- the titles of a verb's subject and object, then the same verb with names ----------------------------------

LEDE = ("Le Premier ministre britannique a accueilli le président ukrainien lundi à Londres.\n\nPar la rédaction\n\n"
        "Keir Starmer a accueilli Volodymyr Zelensky à Downing Street pour un entretien de deux heures.")


def test_the_subject_title_goes_to_the_subject_name(analyse):
    assert titled(analyse, LEDE, "starmer") == ("Premier ministre", "Royaume-Uni")


def test_the_object_title_goes_to_the_object_name(analyse):
    assert titled(analyse, LEDE, "zelensky") == ("président", "Ukraine")


def test_a_feminine_subject_title_and_an_object_title(analyse):
    body = ("La présidente du Conseil italien a rencontré le Premier ministre japonais à Rome. Giorgia Meloni a "
            "rencontré Fumio Kishida au palais Chigi pour un dîner de travail.")
    assert titled(analyse, body, "kishida") == ("Premier ministre", "Japon")
    assert titled(analyse, body, "meloni")[1] == "Italie"


def test_the_same_title_on_both_sides_goes_by_side_not_by_nearness(analyse):
    body = ("Le président américain a appelé le président russe mardi. Joe Biden a appelé Vladimir Poutine pour "
            "évoquer l'Ukraine.")
    assert titled(analyse, body, "biden") == ("président", "États-Unis")
    assert titled(analyse, body, "poutine") == ("président", "Russie")


def test_the_act_told_again_in_the_passive(analyse):
    body = ("Le président américain a reçu le Premier ministre indien mardi. Narendra Modi a été reçu par Joe "
            "Biden à la Maison Blanche.")
    assert titled(analyse, body, "modi") == ("Premier ministre", "Inde")
    assert titled(analyse, body, "biden") == ("président", "États-Unis")


def test_another_verb_tells_another_act(analyse):
    body = ("Le président américain a appelé le président russe mardi. Joe Biden a remercié Vladimir Poutine "
            "pour son geste.")
    assert titled(analyse, body, "poutine") != ("président", "États-Unis")
    assert titled(analyse, body, "biden") != ("président", "Russie")


# -- `les ministres des Armées et de la Défense, A et B`: each his own portfolio ------------------------------

def test_two_portfolios_shared_out_in_order(analyse):
    body = ("Autour de la table figuraient les ministres des Armées et de l'Intérieur, Sébastien Lecornu et "
            "Gérald Darmanin, ainsi que plusieurs conseillers.")
    assert titled(analyse, body, "lecornu")[0] == "ministre des Armées"
    assert titled(analyse, body, "darmanin")[0] == "ministre de l'Intérieur"


def test_portfolios_when_the_title_term_holds_the_first(analyse):
    body = ("Ont signé l'accord les ministres de la Défense et des Affaires étrangères, Kajsa Ollongren et "
            "Wopke Hoekstra.")
    assert titled(analyse, body, "ollongren")[0] == "ministre de la Défense"
    assert titled(analyse, body, "hoekstra")[0] == "ministre des Affaires étrangères"


def test_a_list_of_another_length_shares_nothing_out(analyse):
    body = ("Ont signé l'accord les ministres de la Défense et des Affaires étrangères, Kajsa Ollongren, Wopke "
            "Hoekstra et Mark Rutte.")
    assert titled(analyse, body, "hoekstra")[0] != "ministre des Affaires étrangères"
    assert titled(analyse, body, "rutte")[0] != "ministre des Affaires étrangères"


def test_one_portfolio_for_all(analyse):
    body = "Étaient présents les ministres de la Défense, Boris Pistorius et Kajsa Ollongren."
    assert titled(analyse, body, "pistorius")[0] == "ministre de la Défense"
    assert titled(analyse, body, "ollongren")[0] == "ministre de la Défense"
