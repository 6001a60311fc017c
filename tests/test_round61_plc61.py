"""Meeting places, round 61 (`components/meeting_mentions.py`, `components/meeting_groups.py`): a room glossed
by the named seat after a comma, a capitalised seat word told by its phrase, a host city as the subject of a
hosting verb, a gathering told again in the country of its town. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


# -- a room glossed by the seat after a comma ----------------------------------------------------------

def test_a_room_glossed_by_a_ministry_after_a_comma_is_held_at_the_ministry(analyse):
    # the office is one of the ministry's rooms: the ministry, set off by a comma, is the place
    assert places(analyse, "Le 12 mars 2024, le général Paul Moreau a été reçu par la ministre Awa Ndiaye dans son "
                           "bureau, au ministère de la Défense nationale.") == ["ministère de la Défense nationale"]


def test_a_room_glossed_by_a_town_after_a_comma_is_held_in_that_town(analyse):
    assert places(analyse, "Le 12 mars 2024, la ministre Awa Ndiaye a reçu le général Paul Moreau dans son "
                           "bureau, à Dakar.") == ["Dakar"]


def test_a_room_with_no_place_after_its_comma_stays_the_room(analyse):
    # counter-example: what follows the comma is a time, not a place
    assert places(analyse, "Le 12 mars 2024, la ministre Awa Ndiaye a reçu le général Paul Moreau dans son "
                           "bureau, en fin de matinée.") == ["bureau"]


# -- a capitalised seat word told by its phrase ---------------------------------------------------------

def test_a_capitalised_chancellery_goes_on_with_its_complement(analyse):
    assert places(analyse, "Le 12 mars 2024, le premier ministre Marc Lavoie a rencontré le chancelier Karl "
                           "Weber à la Chancellerie du premier ministre.") == ["Chancellerie du premier ministre"]


def test_a_capitalised_chancellery_alone_stays_as_written(analyse):
    # counter-example: no complement after the word, the word alone is the place
    assert places(analyse, "Le 12 mars 2024, le premier ministre Marc Lavoie a rencontré le chancelier Karl "
                           "Weber à la Chancellerie.") == ["Chancellerie"]


# -- a host city, subject of a hosting verb -------------------------------------------------------------

def test_a_city_hosting_a_gathering_is_its_place(analyse):
    assert places(analyse, "Le 12 mars 2024, Singapour a accueilli la dixième édition du Dialogue de Shangri-La, "
                           "le forum de sécurité de la région.") == ["Singapour"]


def test_a_city_receiving_something_else_is_no_place(analyse):
    # counter-example: the city is the subject of `recevoir`, but its object holds no meeting noun (the talks hang
    # on `lors de`): the city does not host them
    assert places(analyse, "Le 12 mars 2024, Paris a reçu avec froideur les propositions faites par le ministre "
                           "Paul Moreau lors de son entretien avec le général Ali Sow.") == [""]


# -- a mention placed in the country of the meeting's town ----------------------------------------------

def test_a_gathering_told_again_in_the_country_of_its_town_is_one_meeting(analyse):
    doc = analyse(page("Vendredi 13 septembre 2024, Prague accueille la conférence annuelle des chefs d'état-major. "
                       "Pour la première fois, les chefs d'état-major se retrouvent en République tchèque, à "
                       "l'invitation du général Karel Novak."))
    assert [(m["location"], m["host"]) for m in doc._.meetings] == [("Prague", "novak")]


def test_a_visit_to_the_country_of_the_town_is_a_journey_of_its_own(analyse):
    # counter-example: a visit to the country, to come, is not the audience held in its capital
    doc = analyse(page("Le roi Hassan Idrissi a reçu jeudi 12 mars 2024 à Rabat les ministres Luis Ortega et Omar "
                       "Bennani. Le souverain a invité le président Carlos Ruiz à effectuer prochainement une visite "
                       "officielle au Maroc."))
    assert len(doc._.meetings) == 2
