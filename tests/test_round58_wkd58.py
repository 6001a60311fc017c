"""Bare weekdays, round 58: a present tense says the nearest such day (today included), whatever reading of
its form the tagger gave (a subjunctive of a main clause, a future with no future's ending, an infinitive
with no infinitive's ending); a past says the last one, a plan or a future the next. A weekday tied with no
preposition to a place's name dates the verb that governs the place. Texts of our own, with counter-examples.
15 March 2025 is a Saturday, 12 March 2025 a Wednesday, 13 March 2025 a Thursday."""

from __future__ import annotations

from conftest import page

SATURDAY, WEDNESDAY, THURSDAY = "15 mars 2025", "12 mars 2025", "13 mars 2025"


def weekday(analyse, body: str, published: str = SATURDAY) -> str:
    """The value of the one bare weekday of `body`."""
    doc = analyse(page(body, published))
    words = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    found = [s._.normalized for s in doc.spans["dates"] if s.text.lower() in words]
    assert len(found) == 1, found
    return found[0]


# -- a present: the nearest such day, which for a Saturday story makes `dimanche` tomorrow ------------------

def test_a_present_read_as_a_subjunctive_is_tomorrow(analyse):
    assert weekday(analyse, "La réunion des ministres de la Défense de l'Union européenne se déroule dimanche "
                            "à Varsovie, sous présidence polonaise.") == "2025-03-16"


def test_a_present_read_as_an_infinitive_is_tomorrow(analyse):
    assert weekday(analyse, "Le président Emmanuel Macron réunit dimanche à l'Élysée plusieurs dirigeants "
                            "européens.") == "2025-03-16"


def test_a_present_read_as_a_future_is_tomorrow(analyse):
    assert weekday(analyse, "Le ministre des Armées accueille dimanche à Brest son homologue britannique "
                            "John Healey.") == "2025-03-16"


def test_a_present_of_a_closing_summit_is_tomorrow(analyse):
    assert weekday(analyse, "Le sommet des dirigeants de l'OTAN s'achève dimanche à La Haye par une "
                            "déclaration commune.") == "2025-03-16"


def test_a_present_with_yesterday_s_weekday_is_yesterday(analyse):
    assert weekday(analyse, "Le ministre des Armées reçoit vendredi son homologue allemand Boris Pistorius "
                            "à Paris.") == "2025-03-14"


# -- a weekday tied to a place's name with no preposition dates the verb ------------------------------------

def test_a_weekday_after_a_place_s_name_dates_the_planned_return(analyse):
    assert weekday(analyse, "Le président sud-coréen a quitté Séoul pour Washington. Il doit regagner la "
                            "Corée du Sud dimanche.") == "2025-03-16"


# -- counter-examples: a past, a present in a midweek story, a plan -----------------------------------------

def test_a_compound_past_is_the_last_such_day(analyse):
    assert weekday(analyse, "Le ministre des Armées a reçu mardi son homologue allemand Boris Pistorius "
                            "à Paris.") == "2025-03-11"


def test_a_present_in_a_wednesday_story_is_the_tuesday_just_gone(analyse):
    assert weekday(analyse, "Le ministre des Armées reçoit mardi son homologue allemand Boris Pistorius "
                            "à Paris.", WEDNESDAY) == "2025-03-11"


def test_a_closing_told_in_the_past_is_yesterday_not_a_week_on(analyse):
    assert weekday(analyse, "Le sommet de l'OTAN s'est achevé vendredi à Washington.") == "2025-03-14"


def test_a_plan_is_the_next_such_day(analyse):
    assert weekday(analyse, "Le chef d'état-major des armées doit rencontrer lundi son homologue sénégalais "
                            "à Dakar.", THURSDAY) == "2025-03-17"


def test_a_past_after_a_place_s_name_stays_past(analyse):
    assert weekday(analyse, "Le ministre est arrivé à Abidjan jeudi.") == "2025-03-13"
