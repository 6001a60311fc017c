"""Lists of titled leaders, round 30, on sentences of our own, each with a counter-example: a title with
its nationality right before a name is that name's title, also when the model missed the name, so each
member of an enumeration keeps his own role and country; a member of a delegation a demonym qualifies
(`la délégation rwandaise comprenait X`) and a country's representative (`le pays était représenté par son
ministre X`) take that country; a story's sentence opening with a menu's word (`Accueil des délégations
...`) is no menu."""

from __future__ import annotations

import pytest

from pipeline.components.furniture import FurnitureMarker
from pipeline.rulebook import default_rules, load_rules

from conftest import page


def person(doc, key: str) -> dict | None:
    return next((o for o in doc._.officials if o["key"].endswith(key)), None)


# -- an enumeration of leaders, each with a title, a nationality and a name ----------------------------------

LIST = ("Le sommet s'est tenu jeudi à Tampere. Parmi les invités, le président estonien Kaarel Mägiste, "
        "le chancelier autrichien Lukas Brandauer, le Premier ministre britannique Rishi Okonkwo "
        "et la présidente du Conseil italien Rita Camporesi.")


def test_each_member_of_a_list_of_leaders_keeps_his_own_title_and_country(analyse):
    doc = analyse(page(LIST))
    found = {key: (person(doc, key) or {}).get("country") for key in
             ("magiste", "brandauer", "okonkwo", "camporesi")}
    assert found == {"magiste": "Estonie", "brandauer": "Autriche", "okonkwo": "Royaume-Uni",
                     "camporesi": "Italie"}
    assert person(doc, "okonkwo")["role"] == "Premier ministre"
    assert person(doc, "brandauer")["role"] == "chancelier"


def test_a_title_after_a_name_with_no_name_after_it_stays_an_apposition(analyse):
    doc = analyse(page("Le sommet s'est tenu jeudi à Tampere. M. Lukas Brandauer, le Premier ministre islandais, "
                       "a ouvert les travaux devant la presse."))
    assert person(doc, "brandauer")["role"] == "Premier ministre"
    assert person(doc, "brandauer")["country"] == "Islande"


def test_a_title_followed_by_a_demonym_and_a_name_makes_that_name_a_person(analyse):
    doc = analyse(page("Le Premier ministre britannique Rishi Okonkwo a reçu mardi ses homologues."))
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Rishi Okonkwo"]


def test_a_demonym_after_a_title_with_no_capitalised_word_after_it_makes_no_person(analyse):
    doc = analyse(page("Le Premier ministre britannique a reçu mardi ses homologues Nordiques."))
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == []


# -- a member of a foreign delegation, a country's representative ----------------------------------------

OPENING = "Le sommet régional s'est ouvert mardi à Tampere en présence d'une dizaine de pays. "


def test_a_member_of_a_delegation_takes_the_delegation_s_country(analyse):
    doc = analyse(page(OPENING + "La délégation lituanienne comprenait notamment le ministre des Finances, "
                                 "Tomas Varnauskas."))
    assert person(doc, "varnauskas")["country"] == "Lituanie"


def test_a_minister_a_delegation_meets_is_not_of_the_delegation(analyse):
    doc = analyse(page(OPENING + "La délégation lituanienne a rencontré le ministre des Finances, Tomas Varnauskas."))
    assert person(doc, "varnauskas")["country"] != "Lituanie"


def test_a_country_represented_by_its_minister_is_his(analyse):
    doc = analyse(page(OPENING + "La Lituanie était représentée par son ministre des Affaires étrangères, "
                                 "Tomas Varnauskas."))
    assert person(doc, "varnauskas")["country"] == "Lituanie"


def test_a_country_praised_by_a_minister_is_not_his(analyse):
    doc = analyse(page(OPENING + "La Lituanie a été saluée par le ministre des Affaires étrangères, "
                                 "Tomas Varnauskas."))
    assert person(doc, "varnauskas")["country"] != "Lituanie"


# -- a story's sentence opening with a menu's word ----------------------------------------------------------

@pytest.fixture(scope="module")
def marker():
    return FurnitureMarker(load_rules(default_rules()))


def kinds(marker, text: str) -> list[str]:
    return [kind for _, _, kind in marker.ranges(text)]


def test_a_sentence_opening_with_a_menu_word_is_no_menu(marker):
    line = "Accueil des invités sous un ciel gris : une vingtaine de dirigeants avaient fait le voyage."
    assert kinds(marker, f"Titre\n\n{line}\n") == []


@pytest.mark.parametrize("line", ["Accueil > Défense > Le ministre reçoit son homologue",
                                  "Accueil | Politique | Monde | Sports",
                                  "Rechercher sur le site"])
def test_a_menu_opening_with_the_same_word_stays_furniture(marker, line):
    assert kinds(marker, f"Titre\n\n{line}\n\nLe ministre a reçu son homologue.") == ["menu"]
