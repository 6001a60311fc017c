"""DATE entities, round 36: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def dates(doc) -> list[tuple[str, str]]:
    return [(e.text, e._.normalized) for e in doc.ents if e.label_ == "DATE"]


# -- the page's own date on a line of furniture (a byline, a menu) is still a date of the document --------

BYLINE = ("Le ministre au Sénégal\n\nPar Jean Martin | 18 octobre 2025\n\n"
          "Le ministre des Armées a rencontré mardi son homologue sénégalais à Dakar.")


def test_the_publication_date_on_a_byline_line_is_a_date_entity(analyse):
    doc = analyse(BYLINE)
    assert doc._.published == "2025-10-18"
    assert ("18 octobre 2025", "2025-10-18") in dates(doc)


def test_another_date_on_a_line_of_furniture_is_still_no_entity(analyse):
    doc = analyse(BYLINE + "\n\nLire aussi : Le 3 mars 2021, la visite du ministre à Dakar\n")
    assert all(value != "2021-03-03" for _, value in dates(doc))


# -- a count of days or weeks restated by the day itself (`Deux semaines plus tôt, le 12 février`) is that day --

def test_a_count_back_restated_by_its_day_is_that_day(analyse):
    doc = analyse(page("Le ministre s'est rendu à Berlin le 26 février. Deux semaines plus tôt, le 12 février, "
                       "il avait reçu son homologue à Paris.", published="28 février 2024"))
    assert ("Deux semaines plus tôt", "2024-02-12") in dates(doc)


def test_a_count_back_without_its_day_keeps_the_week_it_counts(analyse):
    doc = analyse(page("Le ministre s'est rendu à Berlin le 26 février. Deux semaines plus tôt, il avait reçu "
                       "son homologue à Paris.", published="28 février 2024"))
    assert ("Deux semaines plus tôt", "2024-02-12/2024-02-18") in dates(doc)


# -- a year later than the story's, given before, is carried to no day that is not said to be ahead ---------

def test_a_later_year_given_before_does_not_date_a_past_deed(analyse):
    doc = analyse(page("La Charte fixe la fin de la transition en juillet 2026. Le capitaine dirige le mouvement "
                       "qui a pris le pouvoir le 30 septembre.", published="21 octobre 2024"))
    assert ("30 septembre", "2024-09-30") in dates(doc)


def test_a_later_year_given_before_still_dates_a_day_ahead(analyse):
    doc = analyse(page("La Charte fixe la fin de la transition en juillet 2026. Le vote aura lieu le "
                       "30 septembre.", published="21 octobre 2024"))
    assert ("30 septembre", "2026-09-30") in dates(doc)


# -- a month or a day of the month after `chaque`, `tous les` is a recurrence, no date ----------------------

def test_a_month_after_chaque_is_no_date(analyse):
    doc = analyse(page("Comme chaque mois de juin, les ministres de la Défense se retrouvent à Bruxelles. "
                       "Comme tous les ans le 14 juillet, les troupes défilent à Paris.", published="3 mars 2024"))
    assert all(not value.startswith(("2024-06", "2023-06", "2024-07", "2023-07")) for _, value in dates(doc))


def test_a_month_told_once_is_still_a_date(analyse):
    doc = analyse(page("En juin, les ministres de la Défense se sont retrouvés à Bruxelles. Le 14 juillet, les "
                       "troupes ont défilé à Paris.", published="3 octobre 2024"))
    assert ("juin", "2024-06") in dates(doc) and ("14 juillet", "2024-07-14") in dates(doc)


# -- a season with its year carries the year on in its paragraph, as a month with its year does ------------

def test_a_season_with_its_year_gives_it_to_a_month_after_it(analyse):
    doc = analyse(page("Les tensions ont culminé au printemps 2021, avec l'afflux de migrants vers Sebta en mai "
                       "de la même année.", published="8 août 2022"))
    assert ("mai", "2021-05") in dates(doc)


def test_a_season_with_its_year_gives_nothing_to_the_next_paragraph(analyse):
    doc = analyse(page("Les tensions ont culminé au printemps 2021.\n\nLe ministre s'est rendu à Rabat en mai.",
                       published="8 août 2022"))
    assert ("mai", "2022-05") in dates(doc)
