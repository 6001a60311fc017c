"""Header lines as more outlets print them: a byline before the date, a clause saying the page was
published, and a dateline without its year whose year the weekdays of the story decide."""

from __future__ import annotations

import pytest

TITLE = "La frégate rejoint le groupe aéronaval"
BODY = "La frégate a appareillé de Toulon pour rejoindre le porte-avions."

HEADERS = {
    "byline-clock-spaced": "Par Claire N. 16 juin 2023 à 10 h 05 min",
    "byline-english": "By J. Martin 16 juin 2023",
    "said-published": "Cet article a été publié le 16 juin 2023 - 17:14",
}


@pytest.mark.parametrize("line", HEADERS.values(), ids=HEADERS.keys())
def test_a_byline_or_a_published_clause_before_a_lone_date_gives_the_publication(analyse, line):
    doc = analyse(f"{TITLE}\n\n{line}\n\n{BODY}")
    assert doc._.published == "2023-06-16"


NOT_HEADERS = {
    "decree-sentence": "Par décret du président de la République du 16 juin 2023, le général est nommé à la tête "
                       "de la flotte.",
    "long-byline-sentence": "Par une note adressée aux états-majors des trois armées le 16 juin 2023",
    "published-then-more": "Le rapport a été publié le 16 juin 2023 par la commission",
}


@pytest.mark.parametrize("line", NOT_HEADERS.values(), ids=NOT_HEADERS.keys())
def test_a_sentence_with_par_or_publie_before_a_date_is_no_header(analyse, line):
    doc = analyse(f"{TITLE}\n\n{line}\n\n{BODY}")
    assert doc._.published == ""


def test_a_yearless_dateline_takes_the_year_where_the_story_s_weekday_falls(analyse):
    """Only one year is written, an earlier one; `vendredi 21 octobre` is a Friday in 2022, not 2021."""
    doc = analyse("La transition au centre des discussions\n\n"
                  "Conakry, 22 oct (AGP)- Le chef de l'Etat a reçu vendredi 21 octobre le médiateur régional. "
                  "La crise s'était ouverte le 5 septembre 2021.")
    assert doc._.published == "2022-10-22"


def test_without_a_weekday_the_yearless_dateline_takes_the_story_s_year(analyse):
    """The counter-example: no weekday to go by, the year of the first full date stays."""
    doc = analyse("La transition au centre des discussions\n\n"
                  "Conakry, 22 oct (AGP)- Le chef de l'Etat a reçu le 21 octobre le médiateur régional. "
                  "La crise s'était ouverte le 5 septembre 2021.")
    assert doc._.published == "2021-10-22"
