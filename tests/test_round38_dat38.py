"""Meeting dates and date entities, round 38: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from pipeline.components.meeting_mentions import _meeting_grain

from conftest import page

# The page's date is Thursday 14 March 2024 (`conftest.page`).


def meetings(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["date"]) for m in doc._.meetings]


def date_entities(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(e.text, e._.normalized) for e in doc.ents if e.label_ == "DATE"]


# -- a range of years names the span of a plan or a mandate: no meeting lasts years ------------------------

def test_a_range_of_years_is_read_as_years_for_a_meeting():
    assert _meeting_grain("2020/2030") == "year"
    assert _meeting_grain("2024") == "year"


def test_a_range_of_days_is_still_a_range_for_a_meeting():
    assert _meeting_grain("2024-03-11/2024-03-13") == "range"
    assert _meeting_grain("2024-01/2024-03") == "range"


def test_talks_about_a_plan_of_several_years_keep_the_day_of_the_audience(analyse):
    found = meetings(analyse, "Le ministre béninois de la Défense, Fortunet Nouatin, a reçu mardi à Cotonou le "
                              "général ghanéen Thomas Oppong-Peprah. Les entretiens ont porté sur le plan de "
                              "coopération 2021-2027, signé à Accra en mai 2021.")
    assert found and all(day == "2024-03-12" for _, day in found)


# -- a holiday in a place's name (`le stade des Martyrs de la Pentecôte`) is no date ------------------------

def test_a_holiday_in_the_name_of_a_place_is_no_date(analyse):
    found = date_entities(analyse, "La cérémonie d'investiture du président s'est tenue mardi au stade des "
                                   "Combattants de la Toussaint, à Lomé.")
    assert ("mardi", "2024-03-12") in found
    assert all("Toussaint" not in text for text, _ in found)


def test_a_holiday_told_as_a_time_is_still_a_date(analyse):
    found = date_entities(analyse, "Le ministre togolais de la Défense se rendra à Dakar à la Toussaint pour "
                                   "rencontrer son homologue.")
    assert ("la Toussaint", "2024-11-01") in found


# -- a meeting told as held, with no day of its own, took place by the publication day ----------------------

SUMMIT_AHEAD = "Le sommet des chefs d'État de la Cédéao se tiendra samedi à Abuja. "


def test_a_held_audience_after_a_summit_to_come_is_not_dated_after_the_page(analyse):
    found = meetings(analyse, SUMMIT_AHEAD + "Le président ghanéen Nana Akufo-Addo a reçu à Accra son homologue "
                                             "ivoirien, Alassane Ouattara.")
    assert ("sommet", "2024-03-16") in found
    assert ("visite", "2024-03-14") in found


def test_a_held_audience_after_a_meeting_called_off_is_not_dated_on_its_day(analyse):
    found = meetings(analyse, "Le secrétaire d'État américain Antony Blinken a annulé la rencontre qu'il devait "
                              "avoir samedi à Vienne avec le ministre russe Sergueï Lavrov.\n\nLe chef de la "
                              "diplomatie américaine s'exprimait au département d'État, où il recevait son "
                              "homologue moldave, Mihai Popșoi.")
    assert ("visite", "2024-03-14") in found


def test_a_planned_audience_after_a_summit_to_come_still_takes_its_day(analyse):
    found = meetings(analyse, SUMMIT_AHEAD + "Le président ghanéen Nana Akufo-Addo recevra à Accra son homologue "
                                             "ivoirien, Alassane Ouattara.")
    assert ("visite", "2024-03-16") in found


# -- a weekday of a plan told in the imperfect (`était prévue samedi`) is the nearest such day --------------

TALKS = "Le ministre australien de la Défense s'est entretenu jeudi avec son homologue singapourien. "


def test_a_meeting_planned_in_the_imperfect_for_a_weekday_is_the_nearest_one(analyse):
    found = meetings(analyse, TALKS + "Une rencontre avec le ministre philippin de la Défense, Gilberto Teodoro, "
                                      "était prévue samedi.")
    assert ("rencontre", "2024-03-16") in found


def test_a_meeting_held_on_a_weekday_is_still_the_last_one(analyse):
    found = meetings(analyse, TALKS + "Une rencontre avec le ministre philippin de la Défense, Gilberto Teodoro, "
                                      "a eu lieu samedi.")
    assert ("rencontre", "2024-03-09") in found


# -- two weekdays joined by `et`, the first with a time of the day, are one span of days ----------------------

def test_a_pair_of_weekdays_with_a_time_of_day_is_one_span(analyse):
    found = date_entities(analyse, "Lisbonne a accueilli, mercredi soir et ce jeudi, la réunion informelle des "
                                   "ministres de la Défense de l'Union européenne.")
    assert ("mercredi soir et ce jeudi", "2024-03-13/2024-03-14") in found


def test_a_pair_of_weekdays_closed_by_an_end_is_one_span(analyse):
    found = date_entities(analyse, "Les ministres des Affaires étrangères se retrouveront à Lisbonne dès jeudi "
                                   "soir et jusqu'à vendredi pour leur réunion informelle.")
    assert ("jeudi soir et jusqu'à vendredi", "2024-03-14/2024-03-15") in found


def test_two_weekdays_of_two_clauses_stay_two_days(analyse):
    found = date_entities(analyse, "Le ministre a reçu mercredi soir son homologue portugais et jeudi le ministre "
                                   "espagnol.")
    assert ("mercredi", "2024-03-13") in found and ("jeudi", "2024-03-14") in found


# -- a day followed by `suivant` counts from the day told before it -------------------------------------------

FIRST_VISIT = "La ministre s'était rendue une première fois à Dakar le 20 mai 2023. "


def test_a_day_followed_by_suivant_is_the_next_one_after_the_day_told(analyse):
    found = date_entities(analyse, FIRST_VISIT + "Elle était revenue le 2 juin suivant, avec le commissaire européen.")
    assert ("2 juin", "2023-06-02") in found


def test_a_day_followed_by_prochain_still_counts_from_the_page(analyse):
    found = date_entities(analyse, FIRST_VISIT + "Elle reviendra le 2 juin prochain.")
    assert ("2 juin", "2024-06-02") in found
