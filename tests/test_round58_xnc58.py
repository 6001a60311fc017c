"""Titles and countries, round 58: a portfolio said again with its preposition (`à la Défense et à l'Espace`)
goes on with the title; a country named with `de` after a monarch's name closes his phrase before `ou` as
before `et`; a compound feminine rank (`Lieutenante-générale`) opening a caption line is a rank. Texts of
our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> dict[str, dict]:
    return {o["name"]: o for o in analyse(page(body))._.officials}


# -- `et à la ...`: the next portfolio of one title, not another person's title -----------------------------

def test_a_second_portfolio_with_its_preposition_keeps_the_title(analyse):
    found = people(analyse, "Le commissaire européen à la Défense et à l'Espace, Andrius Kubilius, a présenté "
                            "mercredi le livre blanc sur la défense européenne.")
    assert found["Andrius Kubilius"]["role"].startswith("commissaire européen")


def test_a_second_portfolio_then_a_demonym_before_the_name(analyse):
    found = people(analyse, "Le commissaire européen à la Défense et à l'Espace, le Lituanien Andrius "
                            "Kubilius, a jugé mardi que le réseau de détection coûterait des milliards.")
    assert found["Andrius Kubilius"]["role"].startswith("commissaire européen")
    assert found["Andrius Kubilius"]["country"] == "Lituanie"


def test_a_minister_for_two_portfolios(analyse):
    found = people(analyse, "Le ministre délégué au Commerce extérieur et à l'Attractivité, Franck Riester, "
                            "a visité jeudi le chantier naval de Saint-Nazaire.")
    assert found["Franck Riester"]["role"].startswith("ministre délégué")


def test_a_preposition_said_again_before_another_title_is_another_person(analyse):
    found = people(analyse, "Le sommet a été ouvert par le président du Conseil européen et par la "
                            "présidente de la Commission, Ursula von der Leyen, jeudi à Bruxelles.")
    role = found["Ursula von der Leyen"]["role"]
    assert "commission" in role.lower() and "conseil" not in role.lower()


def test_a_demonym_alone_gives_a_country_not_a_role(analyse):
    found = people(analyse, "Le Lituanien Andrius Kubilius a plaidé mercredi pour un mur anti-drones sur le "
                            "flanc oriental.")
    assert found["Andrius Kubilius"]["country"] == "Lituanie"
    assert found["Andrius Kubilius"]["role"] == ""


# -- `le roi X de Jordanie ou ...`: the country closes the monarch's phrase before `ou` ----------------------

def test_a_king_and_his_country_before_ou_encore(analyse):
    found = people(analyse, "Autour du président égyptien se pressaient le prince héritier saoudien Mohammed "
                            "ben Salmane, le roi Abdallah II de Jordanie ou encore le président Abdel Fattah "
                            "al-Burhan.")
    assert found["Abdallah II"]["country"] == "Jordanie"


def test_a_king_and_his_country_before_ou(analyse):
    found = people(analyse, "Le sommet du Golfe doit réunir le roi Hamad ben Issa Al Khalifa de Bahreïn ou "
                            "son représentant, selon la presse koweïtienne.")
    assert found["Hamad ben Issa Al Khalifa"]["country"] == "Bahreïn"


def test_a_king_of_belgium_before_ou(analyse):
    found = people(analyse, "La cérémonie sera présidée par le roi Philippe de Belgique ou par le Premier "
                            "ministre, a indiqué le palais.")
    assert found["Philippe"]["country"] == "Belgique"


def test_a_country_that_opens_a_longer_phrase_is_not_the_name_s(analyse):
    found = people(analyse, "Le général Paul Martin de France Télévisions ou de Radio France a été "
                            "interrogé.")
    assert all(o["country"] != "France" for o in found.values())


# -- a compound feminine rank opening a caption line is a rank ------------------------------------------------

def test_a_compound_feminine_rank_opening_a_caption(analyse):
    found = people(analyse, "« Nous sommes prêts. »\n\n— Lieutenante-générale Jennie Carignan, cheffe "
                            "d'état-major de la Défense\n\nLa cérémonie a eu lieu à Ottawa.")
    assert found["Jennie Carignan"]["rank"] == "lieutenant-général"


def test_a_brigadier_general_opening_a_caption(analyse):
    found = people(analyse, "« La mission continue. »\n\n— Brigadière-générale Anne Tremblay, commandante de "
                            "la 2e Division du Canada\n\nLa passation a eu lieu à Valcartier.")
    assert found["Anne Tremblay"]["rank"] == "brigadier-général"


def test_a_feminine_adjective_of_a_body_is_no_rank(analyse):
    found = people(analyse, "La Direction générale de l'armement a reçu jeudi l'ingénieur général Emmanuel "
                            "Chiva. Générale de Banque a refusé de commenter.")
    assert {o["name"]: o["rank"] for o in found.values()} == {"Emmanuel Chiva": "général"}
