"""Meeting places, round 52 (trip53): where a traveller is when he meets someone. The complement of a
locution of time or of return (`au lendemain de sa visite à X`, `après son escale à X`, `de retour d'une
visite à X`) is a stop of the trip already behind him, not the one the story is now in; a visit over days to
a country whose own sentences name the town of its site (`au centre militaire de X`) is in that town, not in
the capital. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


def last_place(analyse, body: str) -> str:
    """The place of the meeting told last (the one held where the traveller now is)."""
    return places(analyse, body)[-1]


# -- a past stop named in the complement of a locution of time is not where the story now is --------------

def test_arrived_the_day_after_a_visit_elsewhere_is_at_the_arrival_town(analyse):
    assert last_place(analyse, "Le Premier ministre britannique est arrivé mardi à Vilnius au lendemain de sa visite "
                           "à Riga. Il a rencontré mercredi le président lituanien Gitanas Nausėda.") \
        == "Vilnius"


def test_arrived_after_a_stop_elsewhere_is_at_the_arrival_town(analyse):
    assert last_place(analyse, "Le ministre des Armées s'est rendu mardi à Bucarest après sa visite à Chisinau. "
                           "Il a rencontré mercredi son homologue roumain Angel Tîlvăr.") == "Bucarest"


def test_arrived_at_the_end_of_a_tour_elsewhere_is_at_the_arrival_town(analyse):
    assert last_place(analyse, "La ministre de la Défense est arrivée lundi à Tallinn à l'issue de sa visite à "
                           "Helsinki. Elle s'est entretenue mardi avec son homologue estonien Hanno Pevkur.") \
        == "Tallinn"


def test_back_from_a_visit_elsewhere_is_at_the_arrival_town(analyse):
    assert last_place(analyse, "Le chef d'état-major des armées est arrivé lundi à Niamey de retour d'une visite à "
                           "N'Djamena. Il a rencontré mardi le général Salifou Mody.") == "Niamey"


def test_back_from_a_town_he_receives_in_his_own(analyse):
    assert places(analyse, "De retour de Kyiv, le président Emmanuel Macron a reçu lundi à Paris le chancelier "
                           "Olaf Scholz.") == ["Paris"]


def test_a_town_reached_with_no_locution_of_time_stays_the_stop(analyse):
    assert last_place(analyse, "Le Premier ministre est arrivé mardi à Riga pour une visite de deux jours. Il a "
                           "rencontré mercredi son homologue letton Evika Siliņa.") == "Riga"


# -- a visit over days to a country: the town of its site, not the capital -----------------------------------

def test_a_visit_to_a_country_received_at_a_military_centre_of_a_town(analyse):
    assert places(analyse, "Le chef de la Défense néerlandaise, le général Onno Eichelsheim, a effectué une "
                           "visite de deux jours au Grand-Duché, les 4 et 5 mars. Lundi 4 mars, il a été reçu "
                           "au Centre militaire de Diekirch par le général Steve Thull.") \
        [0] in ("Diekirch", "Centre militaire de Diekirch")


def test_a_visit_to_a_country_naming_no_town_gets_none(analyse):
    found = places(analyse, "Le ministre belge de la Défense a effectué une visite de deux jours au Grand-Duché, "
                            "les 4 et 5 mars. Il a rencontré sa homologue Yuriko Backes au ministère.")
    assert found and not any("Diekirch" in p for p in found)
