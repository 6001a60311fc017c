"""Meeting hosts, round 57: a host told by a pronoun standing for the meeting (`qui l'a accueillie`), by the
preposition `autour de` a person (`une cérémonie organisée autour du président`), or by the sponsoring side
(`sous les auspices de la Chine`, its one participant). Texts of our own, each with a counter-example."""

from __future__ import annotations

import pytest

from conftest import page

OPEN = pytest.mark.xfail(strict=True, reason="open class, round 57: not read yet")


def hosts(analyse, body: str) -> list[str]:
    return [m["host"] for m in analyse(page(body))._.meetings]


# -- `X, qui l'a accueillie`: the clitic object stands for the meeting, its subject hosts -----------------------

def test_a_residence_whose_owner_hosted_the_meeting(analyse):
    found = hosts(analyse, "La rencontre s'est tenue mardi à Kirribilli House, la résidence du Premier ministre "
                           "australien Anthony Albanese, qui l'a accueillie en sa qualité de président du forum.")
    assert "albanese" in found


def test_a_town_hall_whose_mayor_hosted_the_ceremony(analyse):
    found = hosts(analyse, "La cérémonie s'est déroulée jeudi à l'hôtel de ville de Bayeux, dont le maire, "
                           "Patrick Gomont, l'a organisée avec le ministre des Armées, Sébastien Lecornu.")
    assert found == ["gomont"]


@OPEN
def test_a_summit_held_at_the_palace_of_its_host(analyse):
    found = hosts(analyse, "Le sommet s'est tenu lundi au palais de la Nation, à Kinshasa, auprès du président "
                           "Félix Tshisekedi, qui l'a accueilli en présence de son homologue angolais João Lourenço.")
    assert "tshisekedi" in found


def test_a_clitic_standing_for_a_person_still_makes_him_the_guest(analyse):
    """`qui l'a accueilli`, the clitic a person (the visitor, subject before): the verb's subject hosts him."""
    found = hosts(analyse, "Le général Thierry Burkhard s'est rendu mercredi à Rabat, auprès du général "
                           "Belkhir El Farouk, qui l'a accueilli à l'état-major.")
    assert found == ["farouk"]


# -- `une cérémonie organisée autour de X`: the one person the gathering is held around hosts it --------------

def test_a_ceremony_organised_around_the_president(analyse):
    found = hosts(analyse, "Une cérémonie internationale a été organisée jeudi à Colleville-sur-Mer autour du "
                           "président de la République Emmanuel Macron, en présence du roi Charles III.")
    assert found == ["macron"]


def test_leaders_gathered_around_the_chancellor(analyse):
    found = hosts(analyse, "Une dizaine de chefs de gouvernement se sont réunis mardi à Berlin autour du "
                           "chancelier Friedrich Merz, dont le Premier ministre polonais Donald Tusk.")
    assert found == ["merz"]


def test_a_table_or_a_theme_names_no_host(analyse):
    found = hosts(analyse, "Les ministres Boris Pistorius et Pål Jonson se sont réunis mardi à Stockholm autour "
                           "d'une table ronde consacrée à la défense aérienne.")
    assert found == [""]
    found = hosts(analyse, "Une réunion a été organisée lundi à Bruxelles autour de la question ukrainienne, "
                           "avec le général Pierre Schill et le général Carsten Breuer.")
    assert found == [""]


def test_two_people_around_whom_leaders_meet_are_co_chairs_no_host(analyse):
    found = hosts(analyse, "Une trentaine de délégations se sont réunies jeudi à Londres autour de Keir Starmer "
                           "et d'Emmanuel Macron.")
    assert found == [""]


# -- `sous les auspices de la Chine`: the sponsoring country's one participant hosts ---------------------------

def test_talks_under_the_auspices_of_a_country_are_hosted_by_its_representative(analyse):
    found = hosts(analyse, "Des pourparlers se sont tenus à Doha du 3 au 5 mai sous les auspices du Qatar, entre le "
                           "ministre rwandais Olivier Nduhungirehe et la ministre congolaise Thérèse Kayikwamba "
                           "Wagner, en présence du ministre qatari Mohammed Al-Khulaifi.")
    assert found == ["al-khulaifi"]


def test_under_the_aegis_of_a_capital_names_its_country(analyse):
    found = hosts(analyse, "Les négociations se sont déroulées lundi à Djeddah sous l'égide de Riyad, entre le "
                           "général soudanais Abdel Fattah al-Burhane et le ministre saoudien Fayçal ben Farhane.")
    assert found == ["farhane"]


def test_under_the_auspices_of_a_country_none_of_whose_people_is_named(analyse):
    found = hosts(analyse, "Des pourparlers se sont tenus à Genève lundi sous les auspices de la Suisse, entre le "
                           "ministre arménien Ararat Mirzoyan et le ministre azerbaïdjanais Djeyhoun Baïramov.")
    assert found == [""]
