"""Dates, round 57: a year the text gives for a starting point or for a background incise is no year of the
story, and `le même jour` counts from the day a sentence tells of, not from the day that was announced.
Texts of our own, each class with counter-examples."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str, published: str) -> dict[str, str]:
    return {s.text: s._.normalized for s in analyse(page(body, published)).spans["dates"]}


# -- a year after `depuis`, `jusqu'en` bounds a state: the days told after it take the story's year ----------

def test_a_range_after_relations_broken_since_a_month_of_another_year(analyse):
    found = dates(analyse, "Le Maroc et l'Algérie, dont les relations sont rompues depuis août 2021, ont tenu des "
                           "consultations à Genève du 3 au 5 mars sous l'égide de la Suisse.", "8 mars 2024")
    assert found["du 3 au 5 mars"] == "2024-03-03/2024-03-05"


def test_a_day_after_a_clause_telling_an_occupation_since_a_month_of_another_year(analyse):
    found = dates(analyse, "La Russie occupe la Crimée depuis février 2014 ; le ministre ukrainien de la Défense a "
                           "reçu le 4 avril son homologue britannique à Kiev.", "20 avril 2024")
    assert found["4 avril"] == "2024-04-04"


def test_a_day_in_the_next_sentence_after_an_absence_since_a_month_of_another_year(analyse):
    found = dates(analyse, "Le Niger n'a plus d'ambassadeur à Paris depuis août 2023. Le ministre nigérien de la "
                           "Défense s'est rendu le 3 juin à Moscou.", "12 juin 2025")
    assert found["3 juin"] == "2025-06-03"


def test_a_coming_range_after_a_plan_that_runs_until_a_month_of_a_later_year(analyse):
    found = dates(analyse, "L'Alliance maintiendra ce déploiement jusqu'en décembre 2026. Les ministres de la "
                           "Défense se réuniront du 13 au 14 février à Bruxelles.", "1 février 2024")
    assert found["du 13 au 14 février"] == "2024-02-13/2024-02-14"


def test_a_day_in_the_next_sentence_after_a_sentence_opened_by_depuis(analyse):
    found = dates(analyse, "Depuis février 2022, la Pologne a multiplié les achats d'armement. Le ministre polonais "
                           "de la Défense s'est rendu le 10 mars à Séoul.", "15 mars 2024")
    assert found["10 mars"] == "2024-03-10"


def test_a_year_that_sets_the_scene_still_dates_the_days_after_it(analyse):
    found = dates(analyse, "En 2021, le ministre des Armées s'est rendu à Niamey le 3 juin.", "12 juin 2024")
    assert found["3 juin"] == "2021-06-03"
    found = dates(analyse, "En janvier 2016, les deux délégations s'étaient retrouvées à Genève du 6 au 10 mars.",
                  "11 mars 2023")
    assert found["du 6 au 10 mars"] == "2016-03-06/2016-03-10"


# -- a year in a relative incise set off by commas dates the noun it describes, not the clause around it ------

def test_a_month_after_an_incise_telling_when_a_movement_took_up_arms(analyse):
    found = dates(analyse, "Le mouvement rebelle, qui a repris les armes fin 2021, s'est emparé en janvier de la "
                           "ville de Goma.", "18 mars 2025")
    assert found["janvier"] == "2025-01"


def test_a_month_after_an_incise_telling_when_a_brigade_was_dissolved(analyse):
    found = dates(analyse, "La brigade franco-allemande, qui avait été réorganisée en 2019, a été engagée en "
                           "février dans un exercice en Lituanie.", "10 mai 2024")
    assert found["février"] == "2024-02"


def test_a_day_after_an_incise_telling_when_a_mandate_began(analyse):
    found = dates(analyse, "Le général Martin, dont le mandat a commencé en 2020, a reçu le 4 mars son homologue "
                           "belge à Paris.", "14 mars 2024")
    assert found["4 mars"] == "2024-03-04"


def test_a_day_after_an_incise_telling_when_an_army_left_a_base(analyse):
    found = dates(analyse, "La base de Gao, que l'armée française a quittée en 2022, a accueilli le 12 février une "
                           "délégation russe.", "20 février 2024")
    assert found["12 février"] == "2024-02-12"


def test_a_day_after_an_incise_telling_where_a_minister_went(analyse):
    found = dates(analyse, "L'Ukraine, où le ministre s'était rendu en 2022, a signé le 8 mars un accord de "
                           "coopération avec la Suède.", "14 mars 2024")
    assert found["8 mars"] == "2024-03-08"


def test_a_year_opening_the_sentence_before_an_incise_still_carries(analyse):
    found = dates(analyse, "En 2021, la brigade, qui venait d'être créée, a défilé sur les Champs-Élysées le "
                           "14 juillet.", "12 juin 2024")
    assert found["14 juillet"] == "2021-07-14"


# -- `le même jour`, `la veille`, `le lendemain` count from the day told, not from the day it was announced -----

def test_the_same_day_is_the_signing_not_the_announcement_two_paragraphs_below(analyse):
    found = dates(analyse, "Les ministres de la Défense français et estonien ont signé lundi à Tallinn une feuille "
                           "de route, a annoncé mardi le ministère des Armées.\n\nLe texte prévoit des "
                           "exercices communs.\n\nLe même jour, le chef d'état-major des armées avait rencontré "
                           "son homologue estonien.", "14 mars 2024")
    assert found["Le même jour"] == "2024-03-11"


def test_the_same_day_in_the_next_sentence_is_the_visit_not_its_report(analyse):
    found = dates(analyse, "Le chef d'état-major a reçu lundi son homologue italien à Paris, a indiqué mardi "
                           "l'état-major des armées. Le même jour, il s'est entretenu avec le chef d'état-major "
                           "de la marine grecque.", "14 mars 2024")
    assert found["Le même jour"] == "2024-03-11"


def test_the_eve_counts_from_the_audience_not_from_its_report(analyse):
    found = dates(analyse, "Le président a reçu jeudi le Premier ministre irakien, a précisé vendredi l'Élysée. "
                           "La veille, le ministre des Armées avait rencontré son homologue irakien.",
                  "16 mars 2024")
    assert found["La veille"] == "2024-03-13"


def test_the_next_day_counts_from_the_talks_not_from_their_report(analyse):
    found = dates(analyse, "Les deux ministres se sont entretenus mardi à Varsovie, a déclaré mercredi le ministère "
                           "polonais de la Défense. Le lendemain, ils ont visité une base aérienne.",
                  "15 mars 2024")
    assert found["Le lendemain"] == "2024-03-13"


def test_the_same_day_counts_from_a_dated_signing_not_its_dated_report(analyse):
    found = dates(analyse, "Les deux pays ont signé le 4 mars un accord de défense, a annoncé le 6 mars le "
                           "ministère. Le même jour, leurs marines ont mené un exercice commun.", "8 mars 2024")
    assert found["Le même jour"] == "2024-03-04"


def test_an_announcement_told_alone_is_the_day_the_same_day_counts_from(analyse):
    found = dates(analyse, "Le ministère a annoncé mardi la signature d'un accord avec l'Estonie. Le même jour, le "
                           "ministre a reçu son homologue lituanien.", "14 mars 2024")
    assert found["Le même jour"] == "2024-03-12"
