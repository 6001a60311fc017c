"""Round 9: meeting places told by the page around the sentence (a reporter's byline, an agency dateline
over a meeting of several days) or by a phrase that names no city (`la capitale russe`, `arrivé à X`)."""

from __future__ import annotations

import pytest


def _meetings(analyse, text):
    return analyse(text)._.meetings


def _locations(analyse, text):
    return [m["location"] for m in _meetings(analyse, text)]


BYLINE_BODY = ("La ministre des Armées, Claire Dumont, s'est entretenue mardi avec son homologue estonien, "
               "le ministre Karl Tamm, sur la coopération navale.")


@pytest.mark.parametrize("byline, place", [
    ("Martine Lefort à Tallinn, Estonie", "Tallinn"),
    ("Avec notre correspondante à Riga", "Riga"),
    ("De notre envoyé spécial à Vilnius", "Vilnius"),
])
def test_byline_places_the_story(analyse, byline, place):
    text = f"Paris et Tallinn resserrent les rangs\n\n{byline}\n12 mars 2024\n\n{BYLINE_BODY}"
    assert _locations(analyse, text) == [place]


def test_byline_country_gives_no_place(analyse):
    # counter-example: a correspondent in a country names no city
    text = ("Paris et Tallinn resserrent les rangs\n\nDe notre correspondant à Malte\n12 mars 2024\n\n"
            f"{BYLINE_BODY}")
    assert _locations(analyse, text) == [""]


def test_byline_leaves_a_place_of_its_own(analyse):
    # counter-example: the sentence names its place; the byline does not replace it
    text = ("Paris et Tallinn resserrent les rangs\n\nMartine Lefort à Tallinn\n12 mars 2024\n\n"
            "La ministre des Armées, Claire Dumont, s'est entretenue mardi à Helsinki avec son homologue "
            "finlandais, le ministre Antti Virtanen.")
    assert _locations(analyse, text) == ["Helsinki"]


def test_dateline_places_a_forum_of_several_days(analyse):
    text = ("Sécurité régionale : le Ghana reçoit ses partenaires\n\nACCRA, 4 juin 2024 (Agence) -- Le ministre "
            "ghanéen de la Défense, Kofi Mensah, a reçu mardi le général Paul Martin, chef d'état-major français."
            "\n\nOrganisé par l'Institut ghanéen, le forum régional de sécurité se tient du 4 au 6 juin.")
    meetings = _meetings(analyse, text)
    forums = [m for m in meetings if "/" in m["date"]]
    assert forums and all(m["location"] == "Accra" for m in forums)


def test_dateline_leaves_a_forum_of_other_days(analyse):
    # counter-example: a forum whose days do not hold the story's day takes no place from the dateline
    text = ("Sécurité régionale : le Ghana reçoit ses partenaires\n\nACCRA, 4 juin 2024 (Agence) -- Le ministre "
            "ghanéen de la Défense, Kofi Mensah, a reçu mardi le général Paul Martin, chef d'état-major français."
            "\n\nOrganisé par l'Institut ghanéen, le forum régional de sécurité se tiendra du 20 au 22 juin.")
    forums = [m for m in _meetings(analyse, text) if "/" in m["date"]]
    assert forums and all(m["location"] != "Accra" for m in forums)


@pytest.mark.parametrize("phrase, place", [
    ("dans la capitale kényane", "Nairobi"),
    ("dans la capitale du Kenya", "Nairobi"),
])
def test_capital_of_a_country(analyse, phrase, place):
    text = (f"Publié le 10 mai 2023\n\nLe ministre de la Défense, Jean Roux, a rencontré mardi {phrase} son "
            "homologue, le ministre Peter Kamau.")
    assert _locations(analyse, text) == [place]


def test_capital_without_article_or_country_is_no_place(analyse):
    # counter-example: `une capitale régionale` names no city
    text = ("Publié le 10 mai 2023\n\nLe ministre de la Défense, Jean Roux, a rencontré mardi dans une capitale "
            "régionale son homologue, le ministre Peter Kamau.")
    assert _locations(analyse, text) == [""]


def test_participle_of_arrival_places_the_meeting(analyse):
    text = ("Publié le 10 mai 2023\n\nLe général Marc Petit, arrivé à Dakar lundi soir, a été reçu mardi par le "
            "ministre sénégalais des Forces armées, Abdou Ndiaye.")
    assert _locations(analyse, text) == ["Dakar"]


def test_participle_of_another_act_gives_no_place(analyse):
    # counter-example: a participle that tells another act (`formé à Saint-Cyr`) is no meeting place
    text = ("Publié le 10 mai 2023\n\nLe général Marc Petit, formé à Coëtquidan, a été reçu mardi par le "
            "ministre sénégalais des Forces armées, Abdou Ndiaye.")
    assert "Coëtquidan" not in _locations(analyse, text)
