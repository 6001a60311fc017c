"""Dates: each form, ranges, relative expressions, and what is not a date.

Expected spans are written inline: <ent norm='ISO'>text</ent>. A header line sets the publication
date the way news pages do, so relative dates have a reference.
"""

from __future__ import annotations

import pytest

from conftest import parse_inline

HEADER = "Titre de l'article\n\n  • 24 Nov. 2021 -\n\n"

CASES = {
    "day": "Le ministre s'est rendu à Vilnius le <ent norm='2021-11-24'>24 novembre 2021</ent>.",
    "first-of-month": "L'exercice a débuté le <ent norm='2021-07-01'>1er juillet</ent> en mer Baltique.",
    "english-abbreviation": "Une réunion s'est tenue le <ent norm='2021-11-24'>24 Nov. 2021</ent> à Mons.",
    "numeric": "Le traité a été signé le <ent norm='2019-11-15'>15/11/2019</ent> à Paris.",
    "weekday-day-month": "Le chef d'état-major est arrivé <ent norm='2021-06-14'>lundi 14 juin</ent> à Niamey.",
    "range": "<ent norm='2021-11-22/2021-11-25'>Du 22 au 25 novembre 2021</ent>, les délégués ont travaillé.",
    "pair": "Les ministres se réuniront <ent norm='2022-02-16/2022-02-17'>les 16 et 17 février</ent> à Bruxelles.",
    "month-year": "La mission a commencé en <ent norm='2021-06'>juin 2021</ent> au Mali.",
    "year": "Le programme sera achevé en <ent norm='2025'>2025</ent> selon la DGA.",
    "today": "La réunion d'<ent norm='2021-11-24'>aujourd'hui</ent> a permis de progresser.",
    "yesterday": "Le général a rencontré <ent norm='2021-11-23'>hier</ent> son homologue.",
    "last-week": "<ent norm='2021-11-15/2021-11-21'>La semaine dernière</ent>, les Alliés ont débattu.",
    "last-month": "<ent norm='2021-10'>Le mois dernier</ent>, lors du sommet, les chefs d'État ont décidé.",
    "year-ahead": "Ils ont adopté un plan de travail pour <ent norm='2022'>l'année à venir</ent>.",
    "mid-month": "Les manœuvres reprendront à la <ent norm='2022-01'>mi-janvier</ent> en Roumanie.",
    "past-july-in-november": "Le sommet du <ent norm='2021-07-14'>14 juillet</ent> reste dans les mémoires.",
}


@pytest.mark.parametrize("annotated", CASES.values(), ids=CASES.keys())
def test_date_forms(analyse, annotated):
    text, expected = parse_inline(HEADER + annotated)
    doc = analyse(text)
    found = {(e.start_char, e.end_char): e._.normalized for e in doc.ents if e.label_ == "DATE"}
    for exp in expected:
        assert found.get((exp.start, exp.end)) == exp.attrs["norm"], (exp.text, found)


NOT_DATES = {
    "age": "Le général, âgé de 56 ans, a pris ses fonctions.",
    "duration": "En plus de 25 ans, l'Alliance a tissé un réseau de partenariats.",
    "count": "Le général a salué les 32 représentants militaires des pays partenaires.",
    "aircraft": "La France a livré des Mirage 2000 à l'Inde.",
    "programme": "Les participants ont évoqué le programme OTAN 2030.",
    "soldiers": "Environ 3 000 soldats sont déployés en Estonie.",
    "september-number": "Sept soldats ont été blessés lors de l'attaque.",
}


@pytest.mark.parametrize("text", NOT_DATES.values(), ids=NOT_DATES.keys())
def test_not_dates(analyse, text):
    doc = analyse(text)
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == []


def test_header_gives_publication_and_update_dates(analyse):
    doc = analyse("Titre\n\n  • 24 Nov. 2021 -\n  • |\n  • Mis à jour le: 02 Dec. 2021 09:20\n\nLe texte.")
    assert (doc._.published, doc._.updated) == ("2021-11-24", "2021-12-02")


def test_relative_date_without_header_uses_previous_absolute_date(analyse):
    doc = analyse("Titre\n\nLe 13 juillet 2021, une réunion s'est tenue. Le mois dernier, un sommet a eu lieu. "
                  "La réunion d'aujourd'hui a été utile.")
    values = [e._.normalized for e in doc.ents if e.label_ == "DATE"]
    assert values == ["2021-07-13", "2021-06", "2021-07-13"]
