"""Round 14: meeting places. A place written after the name a title introduces (`reçoit le ministre X au
palais Y`, `le ministre, X, au palais Y`) is where the act happens; a place name goes on over a lower-case
name particle (`palais Huis ten Bosch`); an airport where a visitor is welcomed gives way to the place the
talks told next name; a building and the town of the story may be one meeting's place."""

from __future__ import annotations


def _locations(analyse, text):
    return [m["location"] for m in analyse(text)._.meetings]


HEAD = "Défense : les rendez-vous de la semaine\n\n12 mars 2024\n\n"


def test_place_after_the_name_of_a_title(analyse):
    text = HEAD + "Le président Paul Marchand a reçu lundi 11 mars le ministre Luc Fabre au palais Bellerive."
    assert "palais Bellerive" in _locations(analyse, text)


def test_place_after_a_name_in_apposition(analyse):
    text = HEAD + ("Le président Paul Marchand a accordé lundi 11 mars une audience au ministre de la Défense, "
                   "Luc Fabre, au palais Bellerive.")
    assert "palais Bellerive" in _locations(analyse, text)


def test_place_of_the_talks_not_of_the_title(analyse):
    # counter-example: no place after the name; the meeting takes none from the title
    text = HEAD + "Le président Paul Marchand a reçu lundi 11 mars le ministre des Armées Luc Fabre."
    assert all("palais" not in place for place in _locations(analyse, text))


def test_place_name_over_a_particle(analyse):
    text = HEAD + "La reine a offert lundi 11 mars un dîner au ministre Luc Fabre au palais Kasteel ten Rijn."
    assert "palais Kasteel ten Rijn" in _locations(analyse, text)


def test_particle_without_a_name_after_it_stops(analyse):
    # counter-example: `ten` then no capitalised word is no part of the name
    text = HEAD + "Le ministre Luc Fabre a rencontré lundi 11 mars le général Paul Marchand au palais Bellerive."
    assert "palais Bellerive" in _locations(analyse, text)


def test_talks_place_over_the_airport(analyse):
    text = HEAD + ("Arrivé dimanche soir, le ministre Luc Fabre a été accueilli à l'aéroport de Bellerive par son "
                   "homologue Paul Marchand. Les deux ministres ont eu lundi un premier entretien au ministère des "
                   "Affaires étrangères.")
    assert "ministère des Affaires étrangères" in _locations(analyse, text)


def test_airport_welcome_alone_keeps_the_airport(analyse):
    # counter-example: no talks told at a place of their own
    text = HEAD + ("Le ministre Luc Fabre a été accueilli lundi 11 mars à l'aéroport de Bellerive par son homologue "
                   "Paul Marchand.")
    assert "Bellerive" in _locations(analyse, text)  # the airport's place, written as its town


def test_building_and_town_of_the_story_one_meeting():
    from pipeline.components.meeting_groups import _venue_of_city

    assert _venue_of_city("palais Mariinsky", "Kiev")
    assert not _venue_of_city("Kiev", "Varsovie")  # counter-example: two towns
    assert not _venue_of_city("palais des congrès de Dakar", "Kiev")  # a building naming its own town
