"""Meeting places, round 58: a place is a site or a town, never the body a text names by its kind alone or an
armed force. `au siège de l'Organisation à Bruxelles` (the body told by its common noun) is in the town;
`au siège de l'Alliance`, naming no town, is in the town the headline names; `à bord d'Air Force One`, the
aircraft's whole name; `à l'armée de l'Air`, a force, no place. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str, headline: str | None = None) -> list[str]:
    text = page(body, headline=headline) if headline else page(body)
    return [m["location"] for m in analyse(text)._.meetings]


# -- the seat of a body named by its common noun alone: the town is the place --------------------------------

def test_the_seat_of_the_organisation_in_a_town_is_the_town(analyse):
    assert places(analyse, "La ministre des Affaires étrangères Mélanie Joly a participé mardi et mercredi à la "
                           "réunion des ministres des Affaires étrangères de l'Alliance, au siège de "
                           "l'Organisation à Bruxelles.") == ["Bruxelles"]


def test_the_seat_of_the_union_in_a_town_is_the_town(analyse):
    assert places(analyse, "Le chef d'état-major des armées, le général Thierry Burkhard, a rencontré jeudi ses "
                           "homologues européens au siège de l'Union à Bruxelles.") == ["Bruxelles"]


def test_the_seat_of_the_alliance_is_in_the_town_of_the_headline(analyse):
    assert places(analyse, "Le général Thierry Burkhard participe les 17 et 18 mai à la réunion des chefs "
                           "d'état-major de l'OTAN, au siège de l'Alliance.",
                  headline="Bruxelles : le général Burkhard chez les chefs d'état-major de l'OTAN") == ["Bruxelles"]


def test_the_seat_of_a_body_named_in_full_keeps_its_seat(analyse):
    assert places(analyse, "Le ministre Sébastien Lecornu a rencontré mercredi son homologue allemand Boris "
                           "Pistorius au siège de l'OTAN à Bruxelles.") == ["siège de l'OTAN"]


def test_the_seat_of_the_alliance_with_no_town_anywhere_stays(analyse):
    assert places(analyse, "Le général Thierry Burkhard participe les 17 et 18 mai à la réunion des chefs "
                           "d'état-major de l'OTAN, au siège de l'Alliance.") == ["siège de l'Alliance"]


# -- an aircraft's whole name; a force is no place -------------------------------------------------------------

def test_on_board_an_aircraft_its_whole_name(analyse):
    assert places(analyse, "Le président Joe Biden a reçu mardi le président ukrainien Volodymyr Zelensky à bord "
                           "d'Air Force One, lors d'une escale à Rzeszów.") == ["Air Force One"]


def test_on_board_a_ship_its_name_counter_example(analyse):
    assert places(analyse, "Le président Emmanuel Macron a reçu vendredi le Premier ministre indien Narendra "
                           "Modi à bord du Charles de Gaulle.") == ["Charles de Gaulle"]


def test_an_air_force_is_no_place(analyse):
    found = places(analyse, "Le général Michael Langley s'est rendu jeudi à l'armée de l'Air sénégalaise, où il "
                            "s'est entretenu avec son chef d'état-major, le général Papa Souleymane Diop.")
    assert found and all("armée" not in p.lower() for p in found)


def test_a_navy_is_no_place(analyse):
    found = places(analyse, "L'amiral Pierre Vandier a rencontré mardi son homologue japonais, l'amiral Ryo "
                            "Sakai, venu en visite à la Marine nationale.")
    assert all("marine" not in p.lower() for p in found)


def test_the_staff_of_an_air_force_is_a_place_counter_example(analyse):
    found = places(analyse, "Le général Michael Langley a été reçu jeudi à l'état-major de l'armée de l'Air, à "
                            "Dakar, par le général Papa Souleymane Diop.")
    assert found in (["état-major de l'armée de l'Air"], ["Dakar"])
