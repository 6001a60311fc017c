"""Meeting dates, round 36: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page

OPENED = ("Le ministre togolais de la Défense, Marguerite Gnakadè, a ouvert lundi à Lomé le forum régional sur la "
          "sécurité maritime. ")
GATHERED = ", réunit des ministres et des chefs d'état-major de la région."


def dates(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["date"]) for m in doc._.meetings]


# -- a relative clause of the meeting noun says the day it ends, even beside a meeting verb (`réunit`) -------

def test_a_relative_clause_with_a_light_verb_of_ending_closes_the_gathering(analyse):
    found = dates(analyse, OPENED + "La rencontre, qui prend fin mercredi" + GATHERED)
    assert ("forum", "2024-03-11/2024-03-13") in found


def test_a_relative_clause_with_a_verb_of_closing_closes_the_gathering(analyse):
    found = dates(analyse, OPENED + "Le forum, qui se referme mercredi" + GATHERED)
    assert ("forum", "2024-03-11/2024-03-13") in found


def test_a_light_verb_with_another_noun_ends_nothing(analyse):
    found = dates(analyse, OPENED + "La rencontre, qui prend acte mercredi des progrès" + GATHERED)
    assert ("forum", "2024-03-11") in found
    assert all("/" not in day for _, day in found)


def test_a_relative_clause_telling_another_sitting_ends_nothing(analyse):
    found = dates(analyse, OPENED + "Le forum, qui se tiendra de nouveau mercredi" + GATHERED)
    assert ("forum", "2024-03-11") in found
    assert all("/" not in day for _, day in found)


# -- a day the text tells after a trip's stop opened dates the meetings after it, not the stop's day ---------

SUMMIT = ("Le sommet de l'Union africaine s'est achevé dimanche à Addis-Abeba, après deux jours de débats. Le Premier "
          "ministre éthiopien Abiy Ahmed, hôte de la réunion, avait voulu ce rendez-vous dans sa capitale.\n\n")


def talks(analyse, body: str) -> set[str]:
    doc = analyse(page(body))
    return {m["date"] for m in doc._.meetings if m["kind"].startswith("entretien")}


def test_talks_after_a_day_told_since_the_stop_keep_that_day(analyse):
    found = talks(analyse, SUMMIT + "Samedi, le président kényan William Ruto est arrivé à l'aéroport de la capitale. "
                                    "Le même jour, il s'est entretenu avec le président ghanéen Nana Akufo-Addo, "
                                    "invité du sommet. Il a également eu des entretiens avec MM. Macky Sall et "
                                    "Paul Kagame.")
    assert found == {"2024-03-09"}


def test_talks_with_no_day_told_since_the_stop_take_the_stop_day(analyse):
    found = talks(analyse, SUMMIT + "Le président kényan William Ruto est arrivé à l'aéroport de la capitale. "
                                    "Il s'est entretenu avec le président ghanéen Nana Akufo-Addo, invité du "
                                    "sommet. Il a également eu des entretiens avec MM. Macky Sall et Paul Kagame.")
    assert found == {"2024-03-10"}


# -- a headline that says the gathering ended on a day closes the body's gathering told the day before -------

FORUM_DAY = ("Mardi, le forum a réuni à Lomé les ministres de la Défense de la région, dont le Béninois Fortunet "
             "Alain Nouatin et l'Ivoirien Téné Birahima Ouattara.")


def forums(analyse, headline: str) -> list[str]:
    doc = analyse(page(FORUM_DAY, headline=headline))
    return [m["date"] for m in doc._.meetings if m["kind"] == "forum"]


def test_a_headline_telling_the_end_closes_the_gathering(analyse):
    assert forums(analyse, "Le forum sur la sécurité maritime s'est achevé mercredi à Lomé") == [
        "2024-03-12/2024-03-13"]


def test_a_headline_telling_no_end_leaves_the_day(analyse):
    assert forums(analyse, "Le forum sur la sécurité maritime s'est tenu à Lomé") == ["2024-03-12"]
