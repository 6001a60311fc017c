"""Organisations of officials, round 57: a body of the lists that the text names only under another of its
names (an alias, a spelling) is the official's organisation as the text writes it, not under the list's
canonical name the text never writes. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def organisation_of(analyse, body: str, name: str) -> str:
    people = analyse(page(body))._.officials
    return next(p["organisation"] for p in people if p["name"] == name)


# -- a listed body written only under another of its names keeps the name the text writes ---------------------

def test_the_white_house_without_its_hyphen(analyse):
    assert organisation_of(analyse, "Le porte-parole de la Maison Blanche, John Kirby, a déclaré mardi que les "
                                    "livraisons d'armes se poursuivraient.", "John Kirby") == "Maison Blanche"


def test_the_arab_league_by_its_short_name(analyse):
    assert organisation_of(analyse, "Le secrétaire général de la Ligue arabe, Ahmed Aboul Gheit, a appelé "
                                    "jeudi à un cessez-le-feu immédiat.", "Ahmed Aboul Gheit") == "Ligue arabe"


def test_a_ministry_whose_portfolio_the_text_shortens(analyse):
    assert organisation_of(analyse, "Le porte-parole du ministère chinois de la Défense, Zhang Xiaogang, a "
                                    "dénoncé vendredi les manoeuvres américaines.", "Zhang Xiaogang") \
        == "ministère chinois de la Défense"


def test_a_ministry_whose_demonym_follows_the_portfolio(analyse):
    assert organisation_of(analyse, "Le porte-parole du ministère de la Défense turc, Zeki Aktürk, a annoncé "
                                    "jeudi la neutralisation de douze terroristes.", "Zeki Aktürk") \
        == "ministère de la Défense turc"


def test_a_minister_of_a_ministry_the_text_names_in_its_own_words(analyse):
    assert organisation_of(analyse, "Le ministre turc de la Défense, Yaşar Güler, a reçu mercredi son "
                                    "homologue azerbaïdjanais. Selon le ministère de la Défense turc, les deux "
                                    "hommes ont signé un accord.", "Yaşar Güler") == "ministère de la Défense turc"


# -- counter-examples: the canonical name stays where the text writes it, or writes no other full name --------

def test_the_canonical_name_written_somewhere_stays(analyse):
    assert organisation_of(analyse, "Le secrétaire général de la Ligue arabe, Ahmed Aboul Gheit, a ouvert "
                                    "jeudi la session. La Ligue des États arabes compte vingt-deux membres.",
                           "Ahmed Aboul Gheit") == "Ligue des États arabes"


def test_a_body_named_by_its_acronym_only_keeps_its_canonical_name(analyse):
    assert organisation_of(analyse, "Le commandant suprême des forces alliées en Europe de l'OTAN, le général "
                                    "Christopher Cavoli, a visité mardi la base.", "Christopher Cavoli") == "OTAN"
