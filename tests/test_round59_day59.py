"""Meeting dates, round 59: a day one off the one told. A communiqué relayed whole in guillemets dates its
own meeting; a series of talks naming no one, dated only by the page's day, neither makes the next meeting
a flashback nor takes in the talks told after it. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str, published: str) -> list[tuple[str, list[str]]]:
    return [(m["date"], sorted(m["people"])) for m in analyse(page(body, published))._.meetings]


def date_of(analyse, body: str, published: str, person: str) -> str:
    return next(d for d, people in dates(analyse, body, published) if person in people)


# -- a communiqué relayed in guillemets: its own day dates the meeting it tells ---------------------------

def test_a_relayed_communique_gives_the_day_of_its_audience(analyse):
    body = ("Nous relayons ci-dessous le communiqué diffusé par l'état-major de l'armée de Terre.\n\n"
            "« Le chef d'état-major de l'armée de Terre, le général Pierre Schill, a reçu en audience le jeudi "
            "7 mars 2024, à Paris, son homologue allemand, le général Alfons Mais.\n\n"
            "Les échanges ont porté sur la coopération entre les deux armées de Terre. »")
    assert date_of(analyse, body, "9 mars 2024", "mais") == "2024-03-07"


def test_a_relayed_communique_of_an_embassy(analyse):
    body = ("Voici le communiqué de l'ambassade.\n\n"
            "« L'ambassadeur de France au Sénégal a reçu en audience le mardi 12 mars 2024 le chef "
            "d'état-major général des armées sénégalaises, le général Mbaye Cissé.\n\n"
            "Les deux hommes ont évoqué la coopération militaire. »\n\n"
            "Le général Cissé a ensuite quitté la résidence.")
    assert date_of(analyse, body, "14 mars 2024", "cisse") == "2024-03-12"


def test_a_day_quoted_beside_a_meeting_told_outside_the_quotation_dates_nothing(analyse):
    body = ("Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier Olaf Scholz, qui a salué "
            "« l'accord signé le 2 février dernier ».")
    assert date_of(analyse, body, "14 mars 2024", "scholz") == "2024-03-12"


# -- a series of talks naming no one, dated by a guess: no bound, no meeting to join --------------------------

def test_talks_in_the_afternoon_after_a_series_take_the_day_just_told(analyse):
    body = ("Le chef d'état-major des armées enchaîne depuis les entretiens avec ses homologues européens. "
            "Ce 9 octobre, il a ainsi reçu à Balard le général Carsten Breuer, inspecteur général de la "
            "Bundeswehr.\n\nDans l'après-midi, le général Breuer s'est entretenu avec le général d'armée "
            "Pierre Schill, chef d'état-major de l'armée de Terre.")
    assert date_of(analyse, body, "10 octobre 2025", "schill") == "2025-10-09"


def test_talks_told_in_the_wake_of_an_audience_after_a_series_of_meetings(analyse):
    body = ("Le ministre de la Défense enchaîne depuis lundi les entretiens avec ses homologues africains. "
            "Ce jeudi 13 novembre, il a ainsi reçu à Dakar le ministre ivoirien Téné Birahima Ouattara.\n\n"
            "Dans la foulée, le général Mbaye Cissé s'est entretenu avec le général Lassina Doumbia, chef "
            "d'état-major général des armées ivoiriennes.")
    assert date_of(analyse, body, "14 novembre 2025", "doumbia") == "2025-11-13"


def test_talks_of_a_meeting_told_first_join_it(analyse):
    # counter-example: the talks told first are dated by their own words; the verb tells them again
    body = ("Des entretiens franco-allemands se sont tenus mardi à Paris. Le ministre des Armées, Sébastien "
            "Lecornu, s'est entretenu avec son homologue Boris Pistorius.")
    assert dates(analyse, body, "14 mars 2024") == [("2024-03-12", ["lecornu", "pistorius"])]


def test_a_meeting_told_the_day_before_a_dated_story_stays_a_flashback(analyse):
    # counter-example: the story's first meeting has a day of its own; the one told before it is background
    body = ("Le ministre des Armées, Sébastien Lecornu, a reçu jeudi à Paris son homologue italien Guido "
            "Crosetto. La veille, M. Crosetto s'était entretenu à Berlin avec Boris Pistorius.")
    assert date_of(analyse, body, "15 mars 2024", "pistorius") == "2024-03-13"
    assert date_of(analyse, body, "15 mars 2024", "lecornu") == "2024-03-14"
