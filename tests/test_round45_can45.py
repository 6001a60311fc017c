"""Swiss federal releases, round 45: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, set[str]]]:
    doc = analyse(page(body))
    return [(m["host"], set(m["people"])) for m in doc._.meetings]


def names(analyse, body: str) -> list[str]:
    doc = analyse(page(body))
    return [o["name"] for o in doc._.officials]


# -- `le président de la Confédération`, written alone, is the Swiss president named before, never another --

def test_the_swiss_presidents_title_alone_as_the_object_is_the_guest_of_the_host(analyse):
    found = meetings(analyse, "Le président de la Confédération Ignazio Cassis, chef du Département fédéral des "
                              "affaires étrangères, s'est rendu samedi à Kiev. Au palais Mariinsky, le président "
                              "Volodymyr Zelensky a reçu le président de la Confédération pour un entretien.")
    assert ("zelensky", {"zelensky", "cassis"}) in found, found


def test_the_swiss_presidents_title_alone_as_the_subject_is_the_visitor(analyse):
    found = meetings(analyse, "Le président de la Confédération Guy Parmelin, chef du Département fédéral de "
                              "l'économie, est arrivé mardi à Rome. Dans la soirée, le président de la "
                              "Confédération s'est entretenu avec le président italien, Sergio Mattarella.")
    assert any({"parmelin", "mattarella"} <= people for _, people in found), found


def test_the_swiss_presidents_title_alone_refers_back_to_no_other_president(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier Olaf Scholz. "
                              "Le président Macron s'est ensuite entretenu avec le président de la Confédération.")
    assert found and all(people != {"macron"} for _, people in found), found


def test_a_presidents_title_of_his_country_alone_still_refers_back_to_him(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron est arrivé mardi à Berlin. Dans la soirée, le "
                              "chancelier Olaf Scholz a reçu le président de la République pour un dîner.")
    assert ("scholz", {"scholz", "macron"}) in found, found


# -- the title before the name is no part of it: `le président de la Confédération Ignazio Cassis` -----------

def test_the_swiss_presidents_title_is_no_part_of_his_name(analyse):
    found = names(analyse, "Le président de la Confédération Ignazio Cassis s'est rendu jeudi à Kiev.")
    assert found == ["Ignazio Cassis"]


def test_a_title_of_a_body_of_the_same_word_keeps_its_own_name(analyse):
    found = names(analyse, "Le président de la Confédération des syndicats chrétiens, Jean Dupuis, a été reçu "
                           "jeudi à Berne.")
    assert found == ["Jean Dupuis"]
