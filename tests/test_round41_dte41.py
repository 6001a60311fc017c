"""Meeting dates, round 41: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page

# page(): published Thursday 14 March 2024


def dated(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["date"]) for m in doc._.meetings]


def weekdays(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(e.text.lower(), e._.normalized) for e in doc.ents if e.label_ == "DATE" and e._.source.endswith("weekday")]


# -- a participle set off after a person's name qualifies the person, not the meeting the parse hung it on --

OPENING = "Le ministre grec de la Défense a réuni mercredi à Athènes ses homologues chypriote et italien. "


def test_the_arrival_of_the_person_met_does_not_date_the_meeting(analyse):
    found = dated(analyse, OPENING + "Avant la réunion, le ministre grec s'était entretenu en tête-à-tête avec "
                                     "Guido Crosetto, arrivé la veille au soir à Athènes avec sa délégation.")
    assert ("tête-à-tête", "2024-03-12") not in found


def test_a_day_the_meeting_verb_itself_takes_still_dates_it(analyse):
    found = dated(analyse, OPENING + "Le ministre grec s'était entretenu la veille avec Guido Crosetto, à Athènes.")
    assert ("entretiens", "2024-03-12") in found


def test_a_planned_day_agreeing_with_the_meeting_noun_still_dates_it(analyse):
    found = dated(analyse, OPENING + "La rencontre avec la ministre Kaja Kallas, prévue le 20 mars, a été reportée.")
    assert ("rencontre", "2024-03-20") in found


# -- a plan's verb in the present (`le programme prévoit, vendredi, ...`) puts the weekday ahead -------------

RECEIVED = "Le ministre grec de la Défense a reçu mercredi à Athènes le général italien Luciano Portolano. "


def test_a_weekday_set_off_after_a_plan_verb_is_the_coming_one(analyse):
    found = weekdays(analyse, RECEIVED + "Le programme de la visite prévoit, vendredi, un déplacement du général "
                                         "en Crète.")
    assert ("vendredi", "2024-03-15") in found


def test_a_weekday_right_after_a_plan_verb_is_the_coming_one(analyse):
    found = weekdays(analyse, RECEIVED + "L'agenda du général prévoit samedi une escale à Rhodes.")
    assert ("samedi", "2024-03-16") in found


def test_a_weekday_of_a_deed_told_in_the_past_stays_behind(analyse):
    found = weekdays(analyse, RECEIVED + "Lundi, le général avait rencontré le chef d'état-major grec.")
    assert ("lundi", "2024-03-11") in found


def test_a_weekday_after_a_comma_with_no_plan_word_stays_behind(analyse):
    found = weekdays(analyse, RECEIVED + "Selon le ministère, vendredi, les deux hommes avaient échangé au téléphone.")
    assert ("vendredi", "2024-03-08") in found


# -- a meeting to come at a time left open (`prochainement`, `à une date ultérieure`) takes no day of the story --

VISITED = "Le ministre italien de la Défense, Guido Crosetto, a reçu mardi à Rome son homologue grec, Nikos Dendias. "


def test_a_visit_to_come_soon_takes_no_day_of_the_story(analyse):
    found = dated(analyse, VISITED + "Le président italien Sergio Mattarella a invité le président grec, Konstantinos "
                                     "Tassoulas, à effectuer prochainement une visite officielle en Italie.")
    assert ("visite officielle", "") in found


def test_a_trip_to_come_soon_takes_no_day_of_the_story(analyse):
    found = dated(analyse, VISITED + "Le général Luciano Portolano se rendra bientôt à Athènes pour rencontrer le chef "
                                     "d'état-major grec, le général Dimitrios Choupis.")
    assert found == [("visite", "2024-03-12"), ("visite", "")]


def test_a_trip_to_come_with_no_such_word_still_takes_the_day_of_the_story(analyse):
    found = dated(analyse, VISITED + "Le général Luciano Portolano se rendra à Athènes pour rencontrer le chef "
                                     "d'état-major grec, le général Dimitrios Choupis.")
    assert found == [("visite", "2024-03-12"), ("visite", "2024-03-12")]


def test_a_meeting_set_for_a_later_date_takes_no_day_of_the_story(analyse):
    found = dated(analyse, VISITED + "Le chef d'état-major grec doit être reçu à une date ultérieure par le général "
                                     "italien Luciano Portolano.")
    assert found and found[0][1] == "2024-03-12" and all(day == "" for _, day in found[1:])


def test_a_meeting_to_come_with_no_such_word_still_takes_the_day_of_the_story(analyse):
    found = dated(analyse, VISITED + "Le chef d'état-major grec doit aussi être reçu par le général italien Luciano "
                                     "Portolano.")
    assert found and all(day == "2024-03-12" for _, day in found)
