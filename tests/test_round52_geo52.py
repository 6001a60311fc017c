"""The gazetteer of places, round 52 (countries.yml `places`): the capital, the seats of power and the main
towns of every country. Talks in such a town between its country's official and a foreigner are hosted by
the home side; a head of state or government receiving there leads that country.
Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[str]:
    return [m["host"] for m in analyse(page(body))._.meetings]


def country(analyse, text: str, key: str) -> str:
    doc = analyse(text)
    return next(p["country"] for p in doc._.officials if p["key"] == key)


# -- talks in a capital newly listed: the home side hosts -------------------------------------------------------

def test_talks_in_oslo_are_hosted_by_the_norwegian_minister(analyse):
    assert hosts(analyse, "Le ministre norvégien de la Défense, Tore Sandvik, s'est entretenu mardi à Oslo avec "
                          "son homologue française Catherine Vautrin.") == ["sandvik"]


def test_talks_in_manila_are_hosted_by_the_philippine_secretary(analyse):
    assert hosts(analyse, "Le secrétaire philippin à la Défense, Ramon Dela Cruz, s'est entretenu jeudi à "
                          "Manille avec le ministre japonais de la Défense, Kenji Morita.") == ["cruz"]


def test_talks_in_tashkent_are_hosted_by_the_uzbek_minister(analyse):
    assert hosts(analyse, "Le ministre ouzbek de la Défense, Chukhrat Khalmukhamedov, s'est entretenu lundi à "
                          "Tachkent avec son homologue turc Yaşar Güler.") == ["khalmukhamedov"]


def test_talks_at_the_lebanese_army_seat_are_hosted_by_the_lebanese_general(analyse):
    assert hosts(analyse, "Le commandant de l'armée libanaise, le général Karim Haddad, s'est entretenu mercredi "
                          "à Yarzé avec le général français Bruno Lambert.") == ["haddad"]


def test_talks_in_the_same_sentence_elsewhere_name_no_host(analyse):
    # counter-example: Oslo is Norway's, and neither side is Norwegian: no home side
    assert hosts(analyse, "Le ministre danois de la Défense, Erik Lund, s'est entretenu mardi à Oslo avec son "
                          "homologue française Catherine Vautrin.") == [""]


# -- a head of state receiving at his seat of power leads that country ------------------------------------------

def test_a_president_receiving_at_baabda_is_lebanese(analyse):
    doc = page("À Baabda, le président Karim Haddad a reçu mardi le ministre français des Armées.")
    assert country(analyse, doc, "haddad") == "Liban"


def test_a_president_receiving_in_caracas_is_venezuelan(analyse):
    doc = page("À Caracas, le président Luis Herrera a reçu jeudi le ministre russe de la Défense.")
    assert country(analyse, doc, "herrera") == "Venezuela"


def test_a_prime_minister_receiving_in_kathmandu_is_nepalese(analyse):
    doc = page("À Katmandou, le Premier ministre Ram Bahadur Thapa a reçu mercredi le chef d'état-major indien.")
    assert country(analyse, doc, "thapa") == "Népal"


def test_a_president_receiving_in_a_town_outside_the_gazetteer_gets_no_country_from_it(analyse):
    # counter-example: Sucre is left out of the gazetteer (an ordinary word), so it names no country
    doc = page("À Sucre, le président Luis Herrera a reçu jeudi le ministre russe de la Défense.")
    assert country(analyse, doc, "herrera") == ""


# -- counter-examples: a surname that is also a town stays a person ---------------------------------------------

def test_a_general_named_paris_is_a_person_not_a_place(analyse):
    doc = analyse(page("Le général Marc Paris a reçu mardi à Oslo son homologue norvégien."))
    assert [p["key"] for p in doc._.officials] == ["paris"]
