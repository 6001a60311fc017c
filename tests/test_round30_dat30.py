"""Meeting dates, round 30: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))  # published Thursday 14 March 2024
    return [(m["kind"], m["date"]) for m in doc._.meetings]


# -- `jeudi et vendredi`: the second weekday of a pair is the day after the first falls on it ----------------

def test_a_weekday_pair_in_the_present_runs_from_today_to_the_day_after(analyse):
    found = dates(analyse, "Le général Pierre Schill, chef d'état-major de l'armée de Terre, prend part jeudi et "
                           "vendredi à la conférence des chefs des armées de terre européennes à Varsovie.")
    assert found == [("conférence", "2024-03-14/2024-03-15")]


def test_a_weekday_pair_in_the_past_stays_the_days_before(analyse):
    found = dates(analyse, "Le général Pierre Schill, chef d'état-major de l'armée de Terre, a pris part lundi et "
                           "mardi à la conférence des chefs des armées de terre européennes à Varsovie.")
    assert found == [("conférence", "2024-03-11/2024-03-12")]


def test_weekdays_of_two_clauses_are_no_pair(analyse):
    found = dates(analyse, "Le général Pierre Schill, chef d'état-major de l'armée de Terre, a pris part lundi à la "
                           "conférence des chefs des armées de terre européennes à Varsovie, puis vendredi à un "
                           "exercice à Mourmelon.")
    assert found == [("conférence", "2024-03-11")]


# -- talks on the margins of an event of several days: one day of it, the first unless told -----------------

GATHERING = "Les ministres de la Défense de l'Union européenne se sont réunis les 12 et 13 mars à Bruxelles. "


def test_talks_on_the_margins_of_days_take_the_first_day(analyse):
    found = dates(analyse, GATHERING + "En marge de la réunion, le ministre Sébastien Lecornu s'est entretenu avec "
                                       "son homologue letton, Andris Sprūds.")
    assert found == [("réunion", "2024-03-12/2024-03-13"), ("entretiens en marge", "2024-03-12")]


def test_talks_on_the_margins_keep_their_own_day(analyse):
    found = dates(analyse, GATHERING + "Le 13 mars, en marge de la réunion, le ministre Sébastien Lecornu s'est "
                                       "entretenu avec son homologue letton, Andris Sprūds.")
    assert found == [("réunion", "2024-03-12/2024-03-13"), ("entretiens en marge", "2024-03-13")]



# -- a later day of a visit of several days, dated on its own and told of part of the party, tells the stay day
# by day (the whole party on a later day stays the visit: tests/test_meeting_frames.py) -----------------------

STAY = ("Le général Pierre Schill effectue jeudi et vendredi une visite officielle à Riga, à l'invitation de son "
        "homologue letton, le général Leonīds Kalniņš. ")


def test_a_later_day_of_a_visit_told_on_its_own_is_an_event_of_its_own(analyse):
    found = dates(analyse, STAY + "Vendredi, le général Schill se rendra à la base d'Adazi. Il aura également un "
                                  "entretien avec le ministre letton de la Défense, Andris Sprūds.")
    # the talks with a minister the visit did not name are a meeting of their own, on their day (as in the gold);
    # the trip still to come of the guest alone (`se rendra à la base`) is no meeting (mtg35, as in the gold)
    assert found == [("visite officielle", "2024-03-14/2024-03-15"), ("entretiens", "2024-03-15")]


def test_the_first_day_of_a_visit_told_again_is_the_visit(analyse):
    found = dates(analyse, STAY + "Jeudi, le général Schill se rendra à la base d'Adazi. Il aura également un "
                                  "entretien avec le ministre letton de la Défense, Andris Sprūds.")
    assert found == [("visite officielle", "2024-03-14/2024-03-15"), ("entretiens", "2024-03-14")]


# -- a date told in the pluperfect (a flashback) dates no event told after it in the story's time ------------

SUCCESSION = ("Ce mardi 12 mars, le général Fabien Mandon a succédé au général Thierry Burkhard à la tête des "
              "armées. ")


def test_a_flashback_date_does_not_date_the_ceremony_told_after_it(analyse):
    found = dates(analyse, SUCCESSION + "Sa nomination avait été décidée en conseil des ministres et annoncée par le "
                                        "ministre le 20 février. Lors de la cérémonie, le ministre Sébastien Lecornu "
                                        "a remis au général Burkhard les insignes de grand-croix de la Légion "
                                        "d'honneur.")
    assert found == [("cérémonie", "2024-03-12")]


def test_a_meeting_told_in_the_pluperfect_keeps_its_own_date(analyse):
    found = dates(analyse, SUCCESSION + "Le 20 février, le ministre Sébastien Lecornu avait reçu le général Mandon "
                                        "au ministère des Armées.")
    assert found == [("visite", "2024-02-20")]
