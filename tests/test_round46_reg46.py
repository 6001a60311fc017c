"""Regional dailies, round 46: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def orgs(analyse, body: str) -> list[str]:
    doc = analyse(page(body))
    return [e.text for e in doc.ents if e.label_ == "ORG"]


def organisation_of(analyse, body: str, name: str) -> str:
    doc = analyse(page(body))
    return next(o["organisation"] for o in doc._.officials if o["name"] == name)


# -- a regiment by its acronym after its ordinal (`le 2e RIMa`, `du 3e RPIMa`): the ordinal is part of its name ---

def test_a_regiments_acronym_keeps_its_ordinal(analyse):
    found = orgs(analyse, "Le colonel Arnaud Keraudren, chef de corps du 2e RIMa depuis l'été 2022, quitte la Sarthe.")
    assert "2e RIMa" in found, found


def test_the_officer_commanding_it_belongs_to_the_numbered_regiment(analyse):
    found = organisation_of(analyse, "Le colonel Paul Lemaire commande le 126e RI à Brive depuis deux ans.",
                            "Paul Lemaire")
    assert found == "126e RI"


def test_several_regiments_by_acronym_in_one_sentence(analyse):
    found = orgs(analyse, "Les légionnaires du 1er REP et les parachutistes du 3e RPIMa ont sauté ensemble jeudi.")
    assert {"1er REP", "3e RPIMa"} <= set(found), found


def test_an_ordinal_before_an_acronym_of_no_unit_names_no_regiment(analyse):
    found = orgs(analyse, "Le colonel Paul Lemaire a installé son 2e PC dans la forêt jeudi.")
    assert not any(text.startswith("2e") for text in found), found


# -- those present told by a pronoun for `les autorités` (`Parmi elles, X, Y et Z, venue saluer ...`) -----------

CEREMONY = ("Mardi, la passation de commandement des écoles était présidée par le général d'armée Pierre Schill. ")


def people_of(analyse, body: str) -> set[str]:
    doc = analyse(page(body))
    return {k for m in doc._.meetings for k in m["people"]}


def test_the_authorities_a_pronoun_stands_for_attend_the_ceremony(analyse):
    found = people_of(analyse, CEREMONY + "Près de mille élèves faisaient face aux autorités. Parmi elles, le préfet "
                               "du Morbihan, la sénatrice du Morbihan Muriel Jourda et la maire de Guer, Régine "
                               "Colas, venue saluer « un voisin qui a tant donné au pays ».")
    assert {"jourda", "colas"} <= found, found


def test_a_pronoun_for_people_holding_no_office_adds_no_one(analyse):
    found = people_of(analyse, CEREMONY + "Plusieurs élèves ont été blessés pendant l'exercice. Parmi eux, le sergent "
                               "Paul Durand et le caporal Marc Lebon, évacués vers l'hôpital de Rennes.")
    assert not {"durand", "lebon"} & found, found


# -- `Mardi, elles étaient attendues à Paris`: a plan as it stood, the weekday the nearest such day ---------------

VISIT = "Lundi, la ministre des Armées, Florence Parly, a visité la base aérienne 118. "


def dates_of(analyse, body: str) -> list[str]:
    doc = analyse(page(body, published="14 mars 2022"))
    return [e._.normalized for e in doc.ents if e.label_ == "DATE" and e.text == "Mardi"]


def test_a_weekday_before_an_expectation_told_in_the_imperfect_is_the_nearest(analyse):
    found = dates_of(analyse, VISIT + "Mardi, les deux ministres étaient attendues à Paris pour un conseil de défense.")
    assert found == ["2022-03-15"], found


def test_a_weekday_before_a_plain_imperfect_stays_in_the_past(analyse):
    found = dates_of(analyse, VISIT + "Mardi, les deux ministres étaient à Paris pour un conseil de défense.")
    assert found == ["2022-03-08"], found
