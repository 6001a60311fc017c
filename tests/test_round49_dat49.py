"""Meeting dates, round 49: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str, published: str = "14 mars 2024") -> list[tuple[str, str, str]]:
    doc = analyse(page(body, published=published))
    return [(m["kind"], m["date"], m["location"]) for m in doc._.meetings]


MET = " Le ministre de la Défense Jean Dupont s'est entretenu avec son homologue belge, Pierre Lambert."


# -- a date inside a phrase opened by `depuis` (a bound word) dates that start, no later meeting ------------

def test_a_day_of_a_noun_opened_by_depuis_dates_no_meeting_after_it(analyse):
    found = meetings(analyse, "Le plan, attendu depuis l'arrivée du nouveau gouvernement le 3 février, a été "
                              "présenté à la presse." + MET)
    assert found and all(not d.startswith("2024-02-03") for _, d, _ in found)


def test_a_day_the_story_tells_still_dates_the_meeting_after_it(analyse):
    found = meetings(analyse, "Le plan a été présenté à la presse le 3 février, après l'arrivée du nouveau "
                              "gouvernement." + MET)
    assert [d for _, d, _ in found] == ["2024-02-03"]


# -- `attendre` moves someone only in the passive: `nous attendons X` opens no stop of the trip ------------------

def test_a_town_awaited_in_the_active_is_no_stop_carrying_an_earlier_day(analyse):
    found = meetings(analyse, "BRUXELLES, 11 mars 2024 (AFP) - Le ministre de la Défense Jean Dupont a entamé lundi "
                              "une visite de deux jours en Belgique. Le Sénat a voté le texte le 2 mars. « Nous sommes "
                              "prêts, nous attendons Varsovie », a résumé le ministre. Les chefs d'état-major des deux "
                              "pays, Paul Martin et Luc Peeters, se sont retrouvés en parallèle.")
    assert [d for _, d, _ in found] == ["2024-03-11/2024-03-12", "2024-03-11"]


def test_a_traveller_awaited_in_a_town_is_still_taken_there(analyse):
    found = meetings(analyse, "Le ministre de la Défense Jean Dupont est arrivé lundi à Bruxelles. Il était attendu "
                              "le lendemain à Varsovie, où il s'est entretenu avec son homologue polonais, Piotr "
                              "Nowak.")
    assert any(place == "Varsovie" for _, _, place in found)
