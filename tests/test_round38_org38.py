"""Organisations of officials, round 38: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def organisation(analyse, body: str, key: str) -> str:
    doc = analyse(page(body))
    return next(p["organisation"] for p in doc._.officials if p["name"].split()[-1].lower() == key)


# -- a minister of a stated country belongs to his country's ministry the text names with its demonym ------

def test_a_foreign_minister_leaves_the_bare_ministry_for_his_country_s_own(analyse):
    found = organisation(analyse, "Le ministre italien Guido Crosetto a reçu mardi à Rome son homologue grec, le "
                                  "ministre de la Défense, Nikos Dendias. Les entretiens se sont tenus au "
                                  "ministère de la Défense, puis au siège du ministère grec de la Défense.",
                         "dendias")
    assert found.startswith("ministère grec de la Défense")  # the listed name: `... nationale`


def test_the_ministry_of_his_country_is_read_with_its_title_s_very_complement(analyse):
    found = organisation(analyse, "Le ministre italien Guido Crosetto a reçu mardi à Rome son homologue russe, le "
                                  "ministre de la Défense, Andreï Belooussov. Les deux hommes ont signé un accord "
                                  "au siège du ministère russe de la Défense.", "belooussov")
    assert found == "ministère russe de la Défense"


def test_the_ministry_of_another_country_is_not_his(analyse):
    found = organisation(analyse, "Le ministre italien Guido Crosetto a reçu mardi à Rome son homologue russe, le "
                                  "ministre de la Défense, Andreï Belooussov. Un communiqué du ministère "
                                  "ukrainien de la Défense a dénoncé cette visite.", "belooussov")
    assert found != "ministère ukrainien de la Défense"


def test_the_ministry_of_his_country_under_another_portfolio_is_not_his(analyse):
    found = organisation(analyse, "Le ministre italien Guido Crosetto a reçu mardi à Rome son homologue russe, le "
                                  "ministre de la Défense, Andreï Belooussov. Un communiqué du ministère russe "
                                  "des Affaires étrangères a salué cette visite.", "belooussov")
    assert "Affaires étrangères" not in found
