"""Meetings, round 59: a reception told with the guest `arrivé la veille pour une visite d'État` is held on
the day the meeting verb tells, not on the guest's arrival. Texts of our own, each with counter-examples."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, str]]:
    return [(m["kind"], m["date"]) for m in analyse(page(body))._.meetings]


# -- the reception's day is the meeting verb's, the arrival's day only the guest's coming ---------------------

def test_received_on_the_day_told_guest_arrived_the_day_before(analyse):
    found = meetings(analyse, "Le président sénégalais Macky Sall a reçu ce mardi 12 mars 2024 au palais de la "
                              "République son homologue gambien Adama Barrow, arrivé la veille à Dakar pour une "
                              "visite d'État de deux jours.")
    assert [d for _, d in found] == ["2024-03-12"]


def test_received_on_the_day_told_guest_arrived_on_a_weekday(analyse):
    found = meetings(analyse, "Le roi Mohammed VI a reçu jeudi 7 mars 2024 au palais royal de Rabat le "
                              "président mauritanien Mohamed Ould Ghazouani, arrivé la veille pour une visite "
                              "officielle de trois jours.")
    assert [d for _, d in found] == ["2024-03-07"]


def test_welcomed_on_the_day_told_guest_landed_the_day_before(analyse):
    found = meetings(analyse, "Le président Paul Kagame a accueilli ce vendredi 8 mars 2024 à Village Urugwiro "
                              "le président angolais João Lourenço, arrivé la veille à Kigali pour une visite "
                              "officielle.")
    assert [d for _, d in found] == ["2024-03-08"]


def test_received_minister_who_came_the_day_before_for_a_working_visit(analyse):
    found = meetings(analyse, "Le ministre des Armées Sébastien Lecornu a reçu lundi 11 mars 2024 à l'hôtel de "
                              "Brienne son homologue estonien Hanno Pevkur, venu la veille à Paris pour une "
                              "visite de travail.")
    assert [d for _, d in found] == ["2024-03-11"]


def test_received_chief_of_staff_arrived_the_day_before_for_an_official_visit(analyse):
    found = meetings(analyse, "Le chef d'état-major des armées, le général Thierry Burkhard, a reçu mercredi "
                              "13 mars 2024 à Balard son homologue italien, l'amiral Giuseppe Cavo Dragone, "
                              "arrivé la veille pour une visite officielle de deux jours.")
    assert [d for _, d in found] == ["2024-03-13"]


# -- counter-examples: a visit dated by the arrival alone, and a guest arriving with no day of reception ---------

def test_a_visit_told_by_the_arrival_alone_starts_that_day(analyse):
    found = meetings(analyse, "La Serbie a signé jeudi 7 mars 2024 un contrat d'armement, en présence du "
                              "président Emmanuel Macron, arrivé mercredi 6 mars 2024 à Belgrade pour une "
                              "visite de deux jours.")
    assert found and found[0][1].startswith("2024-03-06")


def test_a_reception_with_no_day_of_its_own_keeps_the_arrival_day(analyse):
    found = meetings(analyse, "Le président Macky Sall a reçu au palais de la République son homologue gambien "
                              "Adama Barrow, arrivé lundi 11 mars 2024 à Dakar pour une visite d'État.")
    assert [d for _, d in found] == ["2024-03-11"]


def test_a_reception_and_a_visit_told_as_one_event_stay_one(analyse):
    found = meetings(analyse, "Le président ivoirien Alassane Ouattara a reçu lundi 11 mars 2024 son homologue "
                              "libérien Joseph Boakai, en visite d'amitié et de travail à Abidjan.")
    assert found == [("visite", "2024-03-11")] or [d for _, d in found] == ["2024-03-11"]
