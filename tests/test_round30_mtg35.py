"""Meeting status and spurious rows, round 30 (mtg35): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, set[str], str]]:
    doc = analyse(page(body))
    return [(m["kind"], set(m["people"]), m["status"]) for m in doc._.meetings]


# -- a trigger verb in the present conditional (read as an imperfect by the tagger) is still to come --------

OPENING = "Le ministre estonien de la Défense Hanno Pevkur a présenté lundi à Tallinn son budget. "


def test_a_meeting_announced_in_the_conditional_is_planned(analyse):
    found = meetings(analyse, OPENING + "Il a annoncé mardi qu'il rencontrerait à Vilnius son homologue lituanien, "
                                       "Laurynas Kasčiūnas, avant la fin du mois.")
    assert found and all(status == "planned" for _, people, status in found if "kasciunas" in people)
    assert any("kasciunas" in people for _, people, _ in found)


def test_a_meeting_told_in_the_imperfect_stays_held(analyse):
    found = meetings(analyse, OPENING + "Mardi, il rencontrait à Vilnius son homologue lituanien, "
                                       "Laurynas Kasčiūnas, pour évoquer la défense aérienne.")
    assert any("kasciunas" in people and status == "held" for _, people, status in found)


# -- a trip still to come naming only the traveller is no meeting ------------------------------------------

STORY = ("La ministre néerlandaise de la Défense, Kajsa Ollongren, a reçu mardi à La Haye son homologue belge, "
         "Ludivine Dedonder. ")


def test_a_planned_trip_of_the_traveller_alone_opens_no_meeting(analyse):
    found = meetings(analyse, STORY + "Ludivine Dedonder se rendra vendredi à Riga.")
    assert found and not any(people == {"dedonder"} for _, people, _ in found)


def test_a_planned_trip_said_to_be_for_an_event_is_kept(analyse):
    found = meetings(analyse, STORY + "Ludivine Dedonder doit se rendre vendredi à Riga pour assister à un "
                                      "exercice de tirs réels.")
    assert any(people == {"dedonder"} and status == "planned" for _, people, status in found)


def test_a_trip_already_made_by_the_traveller_alone_is_kept(analyse):
    found = meetings(analyse, STORY + "Vendredi, Ludivine Dedonder s'est rendue à Riga.")
    assert any(people == {"dedonder"} for _, people, _ in found)


# -- the same trip told in the pluperfect (a flashback of the traveller alone) is no meeting either ---------

def test_an_earlier_trip_of_the_traveller_alone_told_in_the_pluperfect_opens_no_meeting(analyse):
    found = meetings(analyse, STORY + "Ludivine Dedonder s'était déjà rendue à Riga en mars 2022.")
    assert found and not any(people == {"dedonder"} for _, people, _ in found)


def test_an_earlier_trip_in_company_told_in_the_pluperfect_is_kept(analyse):
    found = meetings(analyse, STORY + "Ludivine Dedonder s'était déjà rendue à Riga en mars 2022, en compagnie du "
                                      "chef de la Défense, le général Michel Hofman.")
    assert any({"dedonder", "hofman"} <= people for _, people, _ in found)
