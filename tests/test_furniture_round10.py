"""Round 10 of page furniture: menus set apart by runs of spaces, calls to the reader, story lists,
rubrics in capitals, label words, machines listed after a named one, and header publication dates."""

from __future__ import annotations

import pytest

from pipeline.components.furniture import FurnitureMarker
from pipeline.rulebook import default_rules, load_rules


@pytest.fixture(scope="module")
def marker():
    return FurnitureMarker(load_rules(default_rules()))


def kinds(marker, text):
    return [(text[s:e], kind) for s, e, kind in marker.ranges(text)]


def orgs(doc) -> set[str]:
    return {e.text for e in doc.ents if e.label_ == "ORG"}


@pytest.mark.parametrize("line", ["Actu  Économie  Loisirs  Vivre ensemble  Se connecter",
                                  "Direct TV  Direct Radio  Le journal  Régions  Sports",
                                  "Facebook  X  LinkedIn  Courriel"])
def test_items_set_apart_by_two_spaces_make_a_menu(marker, line):
    assert kinds(marker, f"Titre\n\n{line}\n\nLe ministre a reçu son homologue.") == [(line, "menu")]


@pytest.mark.parametrize("line", ["Les  deux ministres ont signé un accord de coopération à Dakar.",
                                  "Il est arrivé.  Le général l'attendait.  La visite a commencé."])
def test_a_paragraph_with_doubled_spaces_is_no_menu(marker, line):
    assert kinds(marker, f"Titre\n\n{line}\n\nLa suite.") == []


def test_a_menu_collapsed_by_the_normaliser_is_still_furniture(analyse):
    doc = analyse("Radio Sud Infos\nActu  Économie  Loisirs  Vivre ensemble  Connexion\n\n"
                  "Le général Paul Verdier reçoit son homologue malien à Toulouse\n\n"
                  "Le général Paul Verdier a reçu mardi à Toulouse son homologue malien.")
    assert not any("Loisirs" in e for e in orgs(doc))


@pytest.mark.parametrize("line", ["Découvrez nos reportages sur les forces armées.",
                                  "Connectez-vous pour lire la suite",
                                  "Retrouvez les communiqués officiels de la Marine."])
def test_a_call_to_the_reader_is_furniture(marker, line):
    assert kinds(marker, f"Titre\n\n{line}\n\nLe ministre a reçu son homologue.") == [(line, "call")]


@pytest.mark.parametrize("line", ["Pouvez-vous nous dire ce qui a changé ?",
                                  "Gonzalez a rencontré le ministre à Madrid.",
                                  "Chez les marins, la relève est assurée."])
def test_a_question_a_name_or_chez_is_no_call(marker, line):
    assert kinds(marker, f"Titre\n\n{line}\n\nLa suite.") == []


def test_a_list_of_other_stories_is_furniture(marker):
    text = "Titre\n\nLa rédaction vous conseille\n- La frégate Alsace en escale à Brest\n\nLa suite."
    assert kinds(marker, text) == [("- La frégate Alsace en escale à Brest", "block")]


def test_a_rubric_in_capitals_before_a_dash_yields_no_body(analyse):
    doc = analyse("Le ministre des Armées en visite à Brest\n\n"
                  "ANALYSE - Le report de la conférence des donateurs oblige Kiev à revoir son calendrier.\n\n"
                  "Le ministre a visité la base navale de Brest mardi.")
    assert not any("ANALYSE" in e for e in orgs(doc))


def test_a_label_word_alone_yields_no_body(analyse):
    doc = analyse("Le chef d'état-major reçoit son homologue\n\n"
                  "Le général Paul Verdier a reçu mardi son homologue belge à Paris.\n\n"
                  "Diffuseur\n\nService de presse des armées\n\n"
                  "Absents. - M. Jean Morel, Mme Claire Dubois.")
    assert not {"Diffuseur", "Absents"} & orgs(doc)


def test_a_body_named_in_the_story_stays(analyse):
    doc = analyse("Le chef d'état-major reçoit son homologue\n\n"
                  "Le général Paul Verdier a rencontré mardi à Bruxelles les responsables de l'OTAN.")
    assert "OTAN" in orgs(doc)


def test_machines_listed_after_a_named_one_are_no_body(analyse):
    doc = analyse("Livraisons de blindés\n\n"
                  "L'armée de Terre reçoit cette année des véhicules Cobra, Lynx et Puma, "
                  "a indiqué le ministère des Armées.")
    assert not {"Lynx", "Puma"} & orgs(doc)


@pytest.mark.parametrize("line,day", [
    ("Le Courrier du Sud, rédaction de Tarbes. Publié le 12/03/2024 à 09h15", "2024-03-12"),
    ("Halifax (Nouvelle-Écosse), le 5 juin 2024 – Défense nationale / Marine royale", "2024-06-05"),
])
def test_header_lines_give_the_publication(analyse, line, day):
    doc = analyse("Le ministre se rendra à Bruxelles pour la réunion de l'OTAN\n\n"
                  f"{line}\n\nLe ministre participera jeudi à la réunion des ministres de la Défense.")
    assert doc._.published == day


def test_a_sentence_saying_a_report_was_published_is_no_header(analyse):
    doc = analyse("Le ministre se rendra à Bruxelles\n\n"
                  "Le document est clair. le rapport publié le 12 mars 2024 recommande une hausse.\n\n"
                  "Le ministre participera jeudi à la réunion.")
    assert doc._.published != "2024-03-12"
