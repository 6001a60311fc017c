"""Organisation entities, round 38: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def orgs(analyse, body: str) -> list[str]:
    doc = analyse(page(body))
    return [e.text for e in doc.ents if e.label_ == "ORG"]


# -- a minister's portfolio of several items, each with its capital, is no body ---------------------------------

def test_a_portfolio_of_two_items_each_capitalised_is_no_organisation(analyse):
    found = orgs(analyse, "Il était accompagné du ministre de l'Intérieur, Matteo Rossi, et de la ministre de "
                          "l'Enseignement supérieur et de la Recherche, Giulia Bianchi.")
    assert not any("Recherche" in o for o in found)


def test_a_body_after_a_director_keeps_its_inner_capitals(analyse):
    found = orgs(analyse, "Le directeur de la Société Nationale des Pétroles, Jean Koffi, a reçu la délégation.")
    assert "Société Nationale des Pétroles" in found


# -- a gathering named after a capital of the lists is an event held there --------------------------------------

def test_a_forum_named_after_a_capital_of_the_lists_is_no_organisation(analyse):
    found = orgs(analyse, "Le président a ouvert lundi le Forum international de Niamey sur la paix, en présence "
                          "de nombreux invités.")
    assert not any(o.startswith("Forum") for o in found)


def test_a_forum_named_after_its_subject_stays_a_body(analyse):
    found = orgs(analyse, "Le président a présidé lundi le Forum sur la coopération sino-africaine.")
    assert "Forum sur la coopération sino-africaine" in found


# -- `en présence de`, `en marge de`: a locution ends an institutional name -------------------------------------

def test_a_locution_after_a_body_is_no_part_of_its_name(analyse):
    found = orgs(analyse, "Le Conseil des ministres en présence du Premier ministre a adopté le projet de loi.")
    assert "Conseil des ministres" in found
    assert not any("présence" in o for o in found)


def test_a_qualifier_with_en_stays_in_the_name(analyse):
    found = orgs(analyse, "Le chef d'état-major a inspecté la Force en attente de la Cedeao.")
    assert "Force en attente de la Cedeao" in found


# -- an ordinal numbers a unit: `la 19e Escadre X` is no person even where the model reads one ------------------

def test_a_numbered_wing_named_after_its_town_is_a_unit(analyse):
    found = orgs(analyse, "Les patrouilleurs seront stationnés à la 14e Escadre Greenwood, en Nouvelle-Écosse, "
                          "et à la 19e Escadre Kamloops, en Colombie-Britannique.")
    assert "19e Escadre Kamloops" in found and "14e Escadre Greenwood" in found


def test_a_first_name_that_is_a_head_stays_a_person(analyse):
    doc = analyse(page("La députée Marine Dupont a visité la 3e brigade."))
    assert not any(e.label_ == "ORG" and "Marine" in e.text for e in doc.ents)


# -- a common noun opening the sentence with its capital names no body ------------------------------------------

def test_a_common_noun_opening_the_sentence_is_no_organisation(analyse):
    found = orgs(analyse, "Filiale du groupe public Safran, Arianespace est chargée des lancements européens.")
    assert "Filiale" not in found
    assert "Safran" in found
