"""Officials' roles, round 59: a title written in full where the text gives it whole. A presiding title
keeps the council or committee it presides (`président du conseil régional`), as it keeps a chamber; a
title of two words is one office (`conseiller national`, `envoyé adjoint`). Texts of
our own, each with a counter-example: a president of a country, a bare adviser, stay as they were."""

from __future__ import annotations

from conftest import page


def roles(analyse, body: str) -> dict[str, str]:
    """Each official's surname -> his role as the table writes it."""
    return {p["name"].split()[-1]: p.get("role_as_written") or p["role"]
            for p in analyse(page(body))._.officials}


# -- a presiding title keeps the council or committee it presides -----------------------------------------

def test_the_president_of_a_regional_council_keeps_his_council(analyse):
    assert roles(analyse, "Le ministre des Armées s'est rendu lundi à Toulon. Il a été accueilli par le "
                          "président du conseil régional, Renaud Muselier.")["Muselier"] \
        == "président du conseil régional"


def test_the_president_of_a_departmental_council_before_the_name(analyse):
    assert roles(analyse, "À Brest, la ministre Florence Parly a été reçue jeudi par la présidente du "
                          "conseil départemental, Maël de Calan.")["Calan"] \
        .startswith("présidente du conseil départemental")


def test_the_president_of_a_committee_keeps_his_committee(analyse):
    assert roles(analyse, "Le chef d'état-major des armées a rencontré mardi à Washington le président du "
                          "comité des chefs d'état-major interarmées, le général Charles Brown.")["Brown"] \
        .startswith("président du comité des chefs d'état-major")


def test_a_president_of_a_country_takes_no_council(analyse):
    assert roles(analyse, "Le ministre a été reçu vendredi à Abuja par le président du Nigeria, Bola "
                          "Tinubu, avant de rencontrer le conseil des ministres.")["Tinubu"] == "président du Nigeria"


# -- a title of two words is one office -------------------------------------------------------------------

def test_a_swiss_national_councillor(analyse):
    assert roles(analyse, "Le conseiller national Werner Salzmann (UDC/BE) a salué jeudi la décision du "
                          "Conseil fédéral sur l'achat du F-35.")["Salzmann"] == "conseiller national"


def test_a_deputy_envoy(analyse):
    assert roles(analyse, "Le ministre a reçu mardi l'envoyée adjointe des Nations unies pour la Syrie, "
                          "Najat Rochdi.")["Rochdi"].startswith("envoyée adjointe")


def test_a_bare_adviser_stays_an_adviser(analyse):
    assert roles(analyse, "Le ministre était accompagné de son conseiller, Pierre Martin, lors de sa visite "
                          "à Toulon.")["Martin"] == "conseiller"



# -- a portfolio given by `à` goes on over `et à` to a second one --------------------------------------------

def test_a_commissioner_of_two_portfolios(analyse):
    assert roles(analyse, "La commissaire européenne aux Partenariats internationaux et à l'Aide humanitaire, "
                          "Hadja Lahbib, était mardi à Dakar.")["Lahbib"] \
        .endswith("aux Partenariats internationaux et à l'Aide humanitaire")


def test_a_delegate_minister_of_two_portfolios(analyse):
    assert roles(analyse, "La ministre déléguée aux Anciens combattants et à la Mémoire, Patricia Mirallès, "
                          "était jeudi à Caen.")["Mirallès"] \
        == "ministre déléguée aux Anciens combattants et à la Mémoire"


def test_a_commissioner_of_trade_and_economic_security(analyse):
    assert roles(analyse, "Maroš Šefčovič, commissaire au Commerce et à la Sécurité économique, a reçu jeudi "
                          "le ministre à Bruxelles.")["Šefčovič"] \
        == "commissaire au Commerce et à la Sécurité économique"


def test_a_portfolio_does_not_run_into_what_follows(analyse):
    assert roles(analyse, "Le commissaire européen à la Défense, Andrius Kubilius, a parlé et à la presse il a "
                          "répondu.")["Kubilius"] == "commissaire européen à la Défense"
