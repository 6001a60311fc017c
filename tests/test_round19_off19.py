"""Round 19 (officials, precision): buildings and namesakes are no officials, a name completing a title
holds none, and the titles of heads of government and of rotating chairs are read whole."""

from __future__ import annotations

import pytest


def _people(analyse, text: str) -> dict[str, dict]:
    doc = analyse(text)
    return {o["name"]: o for o in doc._.officials}


@pytest.mark.parametrize("text, building", [
    ("Le président algérien, Abdelmadjid Tebboune, a reçu, jeudi, au Palais d'El Mouradia, "
     "le ministre portugais de la Défense, João Cravinho.", "Palais d'El Mouradia"),
    ("Le ministre des Armées, Sébastien Lecornu, a accueilli, lundi, à l'Hôtel de Brienne, "
     "son homologue estonien, Hanno Pevkur.", "Hôtel de Brienne"),
])
def test_a_building_is_no_official(analyse, text, building):
    people = _people(analyse, text)
    assert building not in people
    assert len(people) == 2


def test_a_person_named_palais_stays_with_his_civility(analyse):
    people = _people(analyse, "M. Jean Palais, adjoint au maire, a reçu la ministre déléguée.")
    assert "Jean Palais" in people


def test_a_class_named_after_an_aviator_is_no_official(analyse):
    people = _people(analyse, "Issu de la promotion 2001 « Georges Guynemer » de l'École de l'air, "
                              "le colonel Paul Ferrand commande depuis mardi la base aérienne.")
    assert "Georges Guynemer" not in people
    assert people["Paul Ferrand"]["rank"] == "colonel"


def test_a_year_alone_still_dates_nothing_but_a_person_after_it_stays(analyse):
    people = _people(analyse, "En 2019, le général Luc Berthier a pris la tête de la brigade.")
    assert "Luc Berthier" in people


def test_the_town_of_a_mayor_is_no_person(analyse):
    people = _people(analyse, "La maire de Dax, Julie Morel, a accueilli vendredi le ministre des Armées.")
    assert "Dax" not in people
    assert people["Julie Morel"]["role"] == "maire"


def test_the_person_a_title_is_of_does_not_hold_it(analyse):
    people = _people(analyse, "Le conseiller diplomatique de Pedro Sánchez, Diego Martínez Belío, "
                              "a rencontré mardi le ministre marocain des Affaires étrangères.")
    assert people["Diego Martínez Belío"]["role"] == "conseiller diplomatique"
    assert people.get("Pedro Sánchez", {}).get("role", "") == ""


def test_a_title_before_a_name_without_de_is_held(analyse):
    people = _people(analyse, "Le maire, Hervé Lenoir, a reçu le préfet.")
    assert people["Hervé Lenoir"]["role"] == "maire"


def test_head_of_the_italian_council_of_ministers(analyse):
    people = _people(analyse, "Le Premier ministre grec, Kyriakos Mitsotakis, a reçu le président du "
                              "Conseil des ministres italien, Mario Draghi.")
    assert people["Mario Draghi"]["role"].startswith("président du Conseil des ministres")


def test_a_president_of_a_body_is_not_its_council_of_ministers(analyse):
    people = _people(analyse, "Le président du Conseil européen, António Costa, a reçu le ministre grec.")
    assert people["António Costa"]["role"] == "président"


def test_rotating_chair(analyse):
    people = _people(analyse, "Umaro Sissoco Embaló, président en exercice de la Cedeao, a reçu le ministre "
                              "sénégalais des Forces armées.")
    assert people["Umaro Sissoco Embaló"]["role"] == "président en exercice"


def test_a_president_at_work_is_no_rotating_chair(analyse):
    people = _people(analyse, "Le président ivoirien, Alassane Ouattara, était en déplacement à Korhogo.")
    assert people["Alassane Ouattara"]["role"] == "président"


def test_a_party_apposed_as_a_noun_lets_the_title_through(analyse):
    people = _people(analyse, "La cheffe de l'opposition officielle, la travailliste Helen Brook, a critiqué "
                              "le budget de la Défense.")
    assert people["Helen Brook"]["role"].startswith("chef")


def test_a_party_noun_after_a_verb_gives_no_title(analyse):
    people = _people(analyse, "Le ministre a été interpellé, lundi, par le travailliste Tom Berry.")
    assert people["Tom Berry"]["role"] == ""
