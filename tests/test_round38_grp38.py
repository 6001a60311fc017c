"""Meeting rows, round 38: one row per event. Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def rows(analyse, body: str) -> list[tuple[str, list[str]]]:
    doc = analyse(page(body))
    return [(m["date"], sorted(m["people"])) for m in doc._.meetings]


# -- a clitic `y` with the very people of the meeting told last, no day of its own: that meeting -------------

STAY = ("Le général Thierry Burkhard a été accueilli vendredi sur la base d'Halifax par le vice-amiral Angus "
        "Topshee. La veille, le général Burkhard s'était rendu à Iqaluit, au Nunavut, en compagnie du général "
        "Wayne Eyre. ")


def test_the_same_people_there_tell_more_of_the_meeting_told_last(analyse):
    found = rows(analyse, STAY + "Les deux généraux y ont visité un détachement de Rangers.")
    assert found.count(("2024-03-07", ["burkhard", "eyre"])) == 1


def test_a_newcomer_there_is_a_meeting_of_its_own(analyse):
    found = rows(analyse, STAY + "Le général Burkhard y a rencontré le maire Kenny Bell.")
    assert ("2024-03-07", ["burkhard", "eyre"]) in found
    assert ("2024-03-07", ["bell", "burkhard"]) in found


# -- a side meeting told again without its margin, no day of its own: that side meeting ---------------------

SIDE = ("Le ministre japonais de la Défense Gen Nakatani a rencontré mardi le ministre australien de la Défense "
        "Richard Marles, en marge de la réunion des ministres de la Défense de l'ASEAN. M. Nakatani est arrivé "
        "lundi dans la capitale laotienne. ")


def test_the_side_talks_told_again_are_one_row(analyse):
    found = rows(analyse, SIDE + "C'est là qu'il s'est entretenu avec M. Marles.")
    assert [people for _, people in found].count(["marles", "nakatani"]) == 1


def test_talks_dated_another_day_stay_a_row_of_their_own(analyse):
    found = rows(analyse, SIDE + "Mercredi, il s'est de nouveau entretenu avec M. Marles.")
    assert ("2024-03-12", ["marles", "nakatani"]) in found
    assert ("2024-03-13", ["marles", "nakatani"]) in found
