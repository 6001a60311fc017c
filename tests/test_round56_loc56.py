"""Meeting places, round 56: a place told after a part of the day (`ce lundi après-midi à l'Élysée`), which
the parser may hang on that time word, is the meeting's place; and a one-word named seat followed by the
people received (`à l'Élysée X et Y`) does not take their names as its own. Texts of our own, each with a
counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


# -- a part of the day owns no place: the place after it is the meeting's ----------------------------------

def test_a_seat_after_an_afternoon_gathers_the_meeting(analyse):
    assert places(analyse, "Emmanuel Macron réunit ce lundi après-midi à l'Élysée une dizaine de dirigeants "
                           "européens, dont Olaf Scholz et Keir Starmer.") == ["Élysée"]


def test_a_seat_after_a_morning_hosts_the_talks(analyse):
    assert places(analyse, "Le président Emmanuel Macron a reçu ce jeudi matin à l'Élysée le président "
                           "ukrainien Volodymyr Zelensky.") == ["Élysée"]


def test_a_ministry_after_an_evening(analyse):
    assert places(analyse, "Le ministre des Armées Sébastien Lecornu a accueilli mardi soir à l'hôtel de "
                           "Brienne son homologue grec Nikos Dendias.") == ["hôtel de Brienne"]


def test_a_town_after_a_part_of_the_day_stays_the_meeting_place(analyse):
    assert places(analyse, "Le général Thierry Burkhard a rencontré mercredi après-midi à Varsovie son "
                           "homologue polonais, le général Wiesław Kukuła.") == ["Varsovie"]


def test_a_body_joined_by_a_noun_stays_no_place(analyse):
    # counter-example: `l'adhésion à l'OTAN` names what is joined, not where the talks were
    found = places(analyse, "Le président Emmanuel Macron a reçu jeudi le président finlandais Sauli "
                            "Niinistö pour évoquer l'adhésion à l'OTAN.")
    assert found and all("OTAN" not in p for p in found)


# -- a one-word named seat does not take the names of the people received after it -------------------------

def test_a_seat_followed_by_two_guests_keeps_its_own_name(analyse):
    assert places(analyse, "Emmanuel Macron a réuni lundi à l'Élysée Olaf Scholz et Keir Starmer.") == ["Élysée"]


def test_a_kremlin_followed_by_two_guests(analyse):
    assert places(analyse, "Vladimir Poutine a réuni jeudi au Kremlin Alexandre Loukachenko et Kassym-Jomart "
                           "Tokaïev.") == ["Kremlin"]


def test_a_venue_named_after_a_person_keeps_the_name(analyse):
    # counter-example: a centre named after a statesman carries his name as its own
    assert places(analyse, "Le président Macky Sall a reçu lundi son homologue Mohamed Bazoum au Centre "
                           "international de conférences Abdou Diouf.") == [
        "Centre international de conférences Abdou Diouf"]
