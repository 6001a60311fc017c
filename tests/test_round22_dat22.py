"""Round 22, meeting dates (dat22): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def dates(doc) -> list[str]:
    return [m["date"] for m in doc._.meetings]


# -- a participle on a person's name dates that person's doings, not the meeting -----------------------

def test_arrival_of_a_partner_the_day_before_does_not_date_the_talk(analyse):
    doc = analyse(page("Le ministre turc de la Défense, Ali Demir, a réuni jeudi à Ankara ses homologues. Avant la "
                       "réunion, Ali Demir s'était entretenu en tête-à-tête avec Jan Novak, arrivé la veille au soir "
                       "à l'aéroport.", "15 mars 2024"))
    assert "2024-03-13" not in dates(doc)


def test_the_day_the_talk_itself_gives_stays(analyse):
    doc = analyse(page("Le ministre turc de la Défense, Ali Demir, s'est entretenu la veille en tête-à-tête avec "
                       "Jan Novak à Ankara.", "15 mars 2024"))
    assert "2024-03-14" in dates(doc)


# -- two days joined, the first told with its time of day --------------------------------------------

def test_evening_and_next_day_are_the_meeting_range(analyse):
    doc = analyse(page("Bordeaux a accueilli, mercredi soir et ce jeudi, la réunion informelle des ministres de la "
                       "Défense de l'Union européenne. Le ministre des Armées, Paul Mba, a présidé les travaux.",
                       "14 mars 2024"))
    assert "2024-03-13/2024-03-14" in dates(doc)


def test_an_evening_alone_is_one_day(analyse):
    doc = analyse(page("Bordeaux a accueilli mercredi soir la réunion informelle des ministres de la Défense de "
                       "l'Union européenne. Le ministre des Armées, Paul Mba, a présidé les travaux.",
                       "14 mars 2024"))
    assert "2024-03-13" in dates(doc)


def test_an_end_day_after_jusqu_a(analyse):
    doc = analyse(page("Dès jeudi soir et jusqu'à vendredi, les ministres des Affaires étrangères se retrouvent à "
                       "Bordeaux pour leur réunion informelle. Ils seront accueillis par le ministre des Affaires "
                       "étrangères, Paul Mba.", "13 mars 2024"))
    assert "2024-03-14/2024-03-15" in dates(doc)


def test_days_a_week_apart_stay_the_first(analyse):
    doc = analyse(page("Le ministre des Armées, Paul Mba, a reçu mercredi soir et jeudi prochain son homologue "
                       "italien, Marco Rossi, à Bordeaux.", "14 mars 2024"))
    assert not any("/" in d for d in dates(doc))
