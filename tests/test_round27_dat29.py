"""Meeting dates, round 29: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["date"]) for m in doc._.meetings]


# -- a visit begun on a day (`arrivé mardi ... pour une visite de deux jours`) runs over its days -----------

def test_a_visit_of_days_begun_by_an_arrival_runs_from_that_day(analyse):
    found = dates(analyse, "Le ministre Bill Blair, arrivé lundi à Riga pour une visite de deux jours, a "
                           "rencontré son homologue letton, Andris Sprūds.")
    assert found == [("visite", "2024-03-11/2024-03-12")]


def test_a_visit_of_days_begun_by_a_start_verb_runs_from_that_day(analyse):
    found = dates(analyse, "Le ministre Bill Blair a entamé lundi à Riga une visite de trois jours, au cours "
                           "de laquelle il a rencontré son homologue letton, Andris Sprūds.")
    assert found == [("visite", "2024-03-11/2024-03-13")]


def test_a_visit_of_days_merely_made_on_a_day_stays_that_day(analyse):
    found = dates(analyse, "Le ministre Bill Blair a effectué lundi à Riga une visite de trois jours, au cours "
                           "de laquelle il a rencontré son homologue letton, Andris Sprūds.")
    assert found == [("visite", "2024-03-11")]


def test_a_visit_told_day_by_day_keeps_each_day_its_own(analyse):
    found = dates(analyse, "Le ministre Bill Blair, arrivé lundi à Riga pour une visite de deux jours, a "
                           "rencontré son homologue letton, Andris Sprūds. Mardi, il a été reçu par le "
                           "président Edgars Rinkēvičs.")
    assert ("visite", "2024-03-11") in found and all("/" not in d for _, d in found)
