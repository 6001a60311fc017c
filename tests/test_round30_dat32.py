"""Meeting dates, round 30 (dat32): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))  # published Thursday 14 March 2024
    return [(m["kind"], m["date"]) for m in doc._.meetings]


# -- the day before a session, told in the pluperfect: an earlier event unless it tells an opening ------------

HANDOVER = ("Le général Paul Martin a pris jeudi le commandement de la brigade, au cours d'une cérémonie militaire "
            "présidée par le ministre des Armées, Sébastien Lecornu, au quartier General Leclerc de Metz. ")


def test_the_eve_told_in_the_pluperfect_is_an_earlier_event(analyse):
    found = dates(analyse, HANDOVER + "La veille, le général Jean Durand avait fait ses adieux aux soldats de la "
                                      "brigade lors d'une prise d'armes.")
    assert ("cérémonie", "2024-03-14") in found
    assert all("/" not in date for _, date in found)


def test_the_eve_told_in_the_pluperfect_at_an_opening_is_the_first_day(analyse):
    found = dates(analyse, "Les chefs d'état-major de la défense de l'Union africaine ont achevé jeudi leurs travaux "
                           "à Addis-Abeba, sous la présidence du général Paul Martin. Mercredi, à l'ouverture des "
                           "travaux, le général Paul Martin avait voulu rassurer ses homologues.")
    assert found and found[0][1] == "2024-03-13/2024-03-14"


# -- a year hung on a participle of a thing (`la base de X, construite en 2013`) dates that thing only ------

def day_values(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))  # published Thursday 14 March 2024
    return {s.text: s._.normalized for s in doc.spans["dates"]}


def test_a_year_on_a_participle_of_a_thing_does_not_carry_to_the_next_day(analyse):
    found = day_values(analyse, "La base de Gao, construite en 2013, a été remise à l'armée malienne le 2 mars.")
    assert found.get("2 mars") == "2024-03-02"


def test_a_year_of_the_paragraph_still_carries_to_the_next_day(analyse):
    found = day_values(analyse, "En 2013, la base de Gao a été remise à l'armée malienne le 2 mars.")
    assert found.get("2 mars") == "2013-03-02"


# -- a day counted from another, restated by a day of the month in apposition, is that day ---------------------

def test_a_counted_day_restated_in_apposition_takes_the_written_day(analyse):
    found = day_values(analyse, "Les résultats ont été proclamés le 6 mars, au terme du scrutin du 2 mars. Le "
                                "général Paul Martin a été désigné le lendemain, 7 mars, chef de la transition.")
    assert found.get("le lendemain") == "2024-03-07"


def test_a_counted_day_followed_by_a_place_is_still_counted(analyse):
    found = day_values(analyse, "Les résultats ont été proclamés le 6 mars. Le général Paul Martin a été désigné "
                                "le lendemain, à Libreville, chef de la transition.")
    assert found.get("le lendemain") == "2024-03-07"
