"""Meeting dates, round 43: texts of our own, each behaviour with a counter-example.

The page is published on Thursday 14 March 2024 (`conftest.page`)."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["date"]) for m in doc._.meetings]


# -- a verb that makes a meeting known (`report_verbs`): its own date is the day it was told -------------

def test_a_communique_published_on_a_day_does_not_date_the_visit_it_is_about(analyse):
    found = dates(analyse, "L'état-major a publié lundi un communiqué sur la visite à Paris du chef d'état-major "
                           "italien, le général Luciano Portolano.")
    assert found and all(d != "2024-03-11" for _, d in found)


def test_a_meeting_announced_on_a_day_is_not_held_that_day(analyse):
    found = dates(analyse, "Le Kremlin a annoncé mardi une rencontre entre le président russe Vladimir Poutine et "
                           "le président turc Recep Tayyip Erdoğan.")
    assert found and all(d != "2024-03-12" for _, d in found)


def test_a_visit_confirmed_on_a_day_in_the_passive_is_not_held_that_day(analyse):
    found = dates(analyse, "La visite à Rome du ministre letton de la Défense, Andris Sprūds, a été confirmée "
                           "lundi par son ministère.")
    assert found and all(d != "2024-03-11" for _, d in found)


def test_a_visit_made_on_a_day_is_still_dated_by_it(analyse):
    found = dates(analyse, "Le ministre letton de la Défense, Andris Sprūds, a effectué lundi une visite à Rome.")
    assert found == [("visite", "2024-03-11")]


def test_a_meeting_announced_for_a_day_is_dated_by_it(analyse):
    found = dates(analyse, "Une rencontre entre les ministres de la Défense Andris Sprūds et Guido Crosetto est "
                           "annoncée pour lundi prochain.")
    assert [d for _, d in found] == ["2024-03-18"]


def test_a_meeting_announced_with_its_own_day_inside_the_object_keeps_it(analyse):
    found = dates(analyse, "Le ministère a annoncé lundi la rencontre du 20 mars entre les ministres de la "
                           "Défense Andris Sprūds et Guido Crosetto.")
    assert [d for _, d in found] == ["2024-03-20"]


# -- the publication day told again in the body dates the meeting after it ----------------------------

OPENING = "Le groupe MBDA a reçu en janvier une commande de missiles. "
SCENE = ("{day}, le ministre des Armées Sébastien Lecornu a passé l'après-midi sur le site de Bourges. Le "
         "ministre était accueilli par le PDG du groupe, Éric Béranger.")


def test_the_publication_day_told_in_the_body_dates_the_undated_meeting_after_it(analyse):
    found = dates(analyse, OPENING + SCENE.format(day="Jeudi 14 mars"))
    assert found == [("visite", "2024-03-14")]


def test_another_day_told_in_the_body_still_dates_the_undated_meeting_after_it(analyse):
    found = dates(analyse, OPENING + SCENE.format(day="Mardi 12 mars"))
    assert found == [("visite", "2024-03-12")]


# -- the tense a bare weekday takes, read through the parse -------------------------------------------

WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}


def weekdays(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {e.text: e._.normalized for e in doc.ents if e.label_ == "DATE" and e.text in WEEKDAYS}


def test_a_compound_past_with_etre_points_backward(analyse):
    found = weekdays(analyse, "Le ministre est arrivé vendredi à Niamey. La ministre est repartie samedi de Dakar.")
    assert found == {"vendredi": "2024-03-08", "samedi": "2024-03-09"}


def test_a_present_passive_still_says_the_nearest_day(analyse):
    found = weekdays(analyse, "Le général est attendu vendredi à Dakar, où il est reçu samedi par le président.")
    assert found == {"vendredi": "2024-03-15", "samedi": "2024-03-16"}


def test_a_copula_infinitive_takes_the_tense_of_the_verb_it_serves(analyse):
    found = weekdays(analyse, "La ministre rentrera vendredi pour être présente dimanche au congrès de son parti.")
    assert found == {"vendredi": "2024-03-15", "dimanche": "2024-03-17"}


def test_a_copula_in_the_imperfect_points_backward(analyse):
    found = weekdays(analyse, "La ministre était présente dimanche au congrès de son parti.")
    assert found == {"dimanche": "2024-03-10"}


def test_an_elliptical_coordinate_takes_the_tense_of_its_verb(analyse):
    found = weekdays(analyse, "La ministre rentrera dès vendredi soir, et non samedi comme prévu.")
    assert found["samedi"] == "2024-03-16"


def test_an_elliptical_coordinate_of_a_past_verb_points_backward(analyse):
    found = weekdays(analyse, "La ministre est rentrée dès vendredi soir, et non samedi comme prévu.")
    assert found["samedi"] == "2024-03-09"
