"""Meeting dates, round 50: texts of our own, each behaviour with a counter-example.

The page of `page` is published on Thursday 14 March 2024: next Monday is the 18th, last Monday the 11th."""

from __future__ import annotations

import pytest

from conftest import page


def dates(analyse, text: str) -> list[str]:
    return [m["date"] for m in analyse(text)._.meetings]


# -- a weekday under a future (or a planned verb) is the next such day, whatever the tagger read -------------

FUTURES = [
    ("Le ministre de la Défense Paul Morel recevra vendredi son homologue belge Anne Dufour à Paris.", "2024-03-15"),
    ("Le ministre des Armées Paul Morel doit rencontrer lundi son homologue allemand Karl Weber à Berlin.",
     "2024-03-18"),
    ("Le chef d'état-major, le général Paul Morel, s'entretiendra mardi avec son homologue italien, "
     "l'amiral Marco Rossi.", "2024-03-19"),
    ("Lundi, la ministre Anne Dufour accueillera à Bruxelles son homologue néerlandais Jan de Vries.",
     "2024-03-18"),
    ("Le ministre Paul Morel va recevoir mercredi à Paris son homologue grec Nikos Pappas.", "2024-03-20"),
    ("La réunion des ministres de la Défense de l'Union se tiendra mardi à Bruxelles, en présence du "
     "haut représentant Josep Ferrer.", "2024-03-19"),
    ("Le ministre des Armées Paul Morel sera lundi à Kiev, où il rencontrera le président ukrainien "
     "Ivan Petrenko.", "2024-03-18"),
]


@pytest.mark.parametrize(("body", "day"), FUTURES)
def test_a_weekday_of_a_future_meeting_is_the_next_one(analyse, body, day):
    assert dates(analyse, page(body)) == [day]


PASTS = [
    ("Le chef d'état-major, le général Paul Morel, s'est entretenu mardi avec son homologue italien, "
     "l'amiral Marco Rossi.", "2024-03-12"),
    ("Le ministre des Armées Paul Morel était lundi à Kiev, où il a rencontré le président ukrainien "
     "Ivan Petrenko.", "2024-03-11"),
    ("Le ministre de la Défense Paul Morel a reçu vendredi son homologue belge Anne Dufour à Paris.", "2024-03-08"),
]


@pytest.mark.parametrize(("body", "day"), PASTS)
def test_a_weekday_of_a_past_meeting_stays_the_last_one(analyse, body, day):
    assert dates(analyse, page(body)) == [day]


# -- `ce mardi` in a past tense on a page updated after it was published: the day of the update's week ------

def updated_page(body: str, updated: bool) -> str:
    stamp = "Mis à jour le 12.03.2024 à 10:05\n" if updated else ""
    return f"Le ministre en visite\n\n{stamp}Publié le 11.03.2024 à 17:48\n\n{body}"


VISITED = ("Ce mardi matin, le ministre Paul Morel s'est rendu à la base de Mourmelon, où il a été reçu par le "
           "général Jean Martin.")


def test_a_this_weekday_told_in_the_past_after_publication_is_the_day_the_update_tells(analyse):
    assert dates(analyse, updated_page(VISITED, updated=True)) == ["2024-03-12"]


def test_a_this_weekday_told_in_the_past_with_no_update_stays_before_publication(analyse):
    assert dates(analyse, updated_page(VISITED, updated=False)) == ["2024-03-05"]


def test_a_this_weekday_told_in_the_past_before_publication_ignores_the_update(analyse):
    body = VISITED.replace("Ce mardi matin", "Ce dimanche matin")
    assert dates(analyse, updated_page(body, updated=True)) == ["2024-03-10"]
