"""Ministerial titles with a list of portfolios, round 52 (`people.py` `complement_end`): a minister's
`de` complement coordinated by `et` and by commas, each a portfolio (a capitalised noun, its adjectives
and its own complements), is the title's whole. Texts of our own, with counter-examples: a second
person after `et le`, an aside after the comma, a list never closed by `et`."""

from __future__ import annotations

from conftest import page


def roles(doc) -> dict[str, str]:
    """Each person's role as the officials table writes it (`export.py`)."""
    return {p["key"]: p.get("role_as_written") or p["role"] for p in doc._.officials}


# -- `et de`: a second portfolio after one that ends on an adjective --------------------------------------------

def test_a_second_portfolio_after_an_adjective(analyse):
    doc = analyse(page("BAMAKO, 14 mars (AMAP) - Le ministre d'État, ministre de l'Administration territoriale et "
                       "de la Décentralisation, le général Amadou Traoré, a reçu jeudi l'ambassadeur de France."))
    assert roles(doc)["traore"].endswith("ministre de l'Administration territoriale et de la Décentralisation")


def test_foreign_affairs_and_foreign_trade(analyse):
    doc = analyse(page("LUXEMBOURG, 14 mars - Le ministre lituanien a été reçu jeudi par le vice-Premier ministre, "
                       "ministre des Affaires étrangères et du Commerce extérieur, Jean Asselborn."))
    assert roles(doc)["asselborn"].endswith("ministre des Affaires étrangères et du Commerce extérieur")


# -- commas: a list of portfolios closed by `et de` -----------------------------------------------------------

def test_three_portfolios_with_a_demonym(analyse):
    doc = analyse(page("DAKAR, 14 mars (APS) - L'entretien s'est tenu au palais, en présence du ministre sénégalais "
                       "des Affaires étrangères, de l'Intégration africaine et des Sénégalais de l'extérieur, "
                       "Mme Aïssata Tall Sall."))
    assert roles(doc)["sall"] == ("ministre des Affaires étrangères, de l'Intégration africaine et des Sénégalais "
                                  "de l'extérieur")


def test_three_portfolios_of_a_french_minister(analyse):
    doc = analyse(page("PARIS, 14 mars (AFP) - Le ministre de l'Économie, des Finances et de la Souveraineté "
                       "industrielle, Bruno Le Maire, a reçu jeudi son homologue allemand Christian Lindner."))
    assert roles(doc)["maire"] == "ministre de l'Économie, des Finances et de la Souveraineté industrielle"


def test_three_portfolios_of_a_security_minister(analyse):
    doc = analyse(page("OUAGADOUGOU, 14 mars (AIB) - Le ministre de la Sécurité, de la Protection civile et des "
                       "Affaires coutumières, Paul Kaboré, a présidé jeudi la cérémonie."))
    assert roles(doc)["kabore"] == ("ministre de la Sécurité, de la Protection civile et des Affaires "
                                    "coutumières")


# -- counter-examples --------------------------------------------------------------------------------------------

def test_a_second_person_after_et_le_is_no_portfolio(analyse):
    doc = analyse(page("PARIS, 14 mars (AFP) - Étaient présents le ministre de la Défense et le chef d'état-major, "
                       "le général Jean Dupont."))
    assert roles(doc)["dupont"] == "chef d'état-major"


def test_an_aside_after_the_comma_is_no_portfolio(analyse):
    doc = analyse(page("PARIS, 14 mars (AFP) - Le ministre des Affaires étrangères Jean Dupont, de retour de Niamey, "
                       "et le général Paul Martin ont été reçus jeudi à l'Élysée."))
    assert roles(doc)["dupont"] == "ministre des Affaires étrangères"


def test_two_ministers_in_a_list_keep_their_own_portfolio(analyse):
    doc = analyse(page("ABIDJAN, 14 mars (AIP) - Le ministre des Affaires étrangères, Jean Kouassi, et le ministre "
                       "de la Défense, Paul Koné, ont reçu jeudi la délégation."))
    assert roles(doc)["kouassi"] == "ministre des Affaires étrangères"
    assert roles(doc)["kone"] == "ministre de la Défense"


# -- the last portfolio's complement of place ------------------------------------------------------------------

def test_the_last_portfolio_of_nationals_abroad(analyse):
    doc = analyse(page("RABAT, 14 mars (MAP) - Le ministre des Affaires étrangères, de la Coopération africaine et "
                       "des Marocains résidant à l'étranger, Nasser Bourita, a reçu jeudi son homologue malien."))
    assert roles(doc)["bourita"] == ("ministre des Affaires étrangères, de la Coopération africaine et des "
                                     "Marocains résidant à l'étranger")


def test_a_town_after_the_portfolios_is_no_portfolio(analyse):
    doc = analyse(page("DAKAR, 14 mars (APS) - Jean Diouf, ministre des Affaires étrangères et de l'Intégration "
                       "africaine à Dakar depuis 2019, a reçu jeudi son homologue malien."))
    assert roles(doc)["diouf"] == "ministre des Affaires étrangères et de l'Intégration africaine"


# -- portfolios listed without `de` after a comma: the title still reaches the name --------------------------------

def test_bare_portfolios_after_the_first_keep_the_title_to_the_name(analyse):
    doc = analyse(page("KINSHASA, 14 mars (ACP) - Le Vice-Premier ministre, ministre de l'Intérieur, Sécurité, "
                       "Décentralisation et Affaires coutumières, Peter Kazadi, a présidé jeudi la réunion."))
    assert roles(doc)["kazadi"].startswith("ministre de l'Intérieur")


def test_a_capitalised_place_after_the_comma_is_no_portfolio(analyse):
    doc = analyse(page("KINSHASA, 14 mars (ACP) - Le ministre de l'Intérieur, à Goma, et le général Paul Mukendi "
                       "ont présidé jeudi la réunion."))
    assert roles(doc).get("mukendi", "") == ""
