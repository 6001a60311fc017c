"""Meetings, round 48: people told as seated after a meeting still to come belong to the one held."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, str, list[str]]]:
    doc = analyse(page(body))
    return [(m["kind"], m["status"], m["people"]) for m in doc._.meetings]


def people_of(found, status: str) -> list[str]:
    return next(people for _, s, people in found if s == status)


# -- `lors du prochain sommet prévu à X` names another occasion: those seated after it were at the held one --

HELD = ("Le Gabon a accueilli samedi, au palais des congrès de Libreville, le sommet annuel des chefs d'Etat de la "
        "CEEAC. Le président tchadien Mahamat Idriss Déby a été désigné président entrant, appelé à lui succéder en "
        "mars 2027, lors du prochain sommet prévu au Tchad. ")


def test_people_seated_after_the_next_summit_took_part_in_the_one_held(analyse):
    found = meetings(analyse, HELD + "Autour de la table figuraient notamment le président congolais Denis Sassou "
                                     "Nguesso et le président centrafricain Faustin-Archange Touadéra.")
    assert {"nguesso", "touadera"} <= set(people_of(found, "held"))
    assert not {"nguesso", "touadera"} & set(people_of(found, "planned"))


def test_people_present_told_with_etre_after_a_meeting_to_come_on_a_later_day(analyse):
    found = meetings(analyse, "Les ministres de la Défense se sont réunis mardi à Bruxelles. Une conférence des "
                              "donateurs est prévue à Rome en juin 2027. Étaient présents le ministre italien Guido "
                              "Crosetto et le ministre allemand Boris Pistorius.")
    assert {"crosetto", "pistorius"} <= set(people_of(found, "held"))


def test_a_meeting_to_come_told_alone_keeps_the_people_told_after_it(analyse):
    found = meetings(analyse, "Le président tchadien Mahamat Idriss Déby accueillera le prochain sommet de la CEEAC "
                              "en mars. Autour de la table figuraient le président congolais Denis Sassou Nguesso et "
                              "le président angolais João Lourenço.")
    assert {"nguesso", "lourenco"} <= set(people_of(found, "planned"))


def test_people_told_as_coming_after_a_meeting_to_come_stay_with_it(analyse):
    found = meetings(analyse, "Les ministres de la Défense se sont réunis mardi à Bruxelles. Une conférence des "
                              "donateurs se tiendra à Rome en juin 2027. Seront présents le ministre italien Guido "
                              "Crosetto et le ministre allemand Boris Pistorius.")
    assert not {"crosetto", "pistorius"} & set(people_of(found, "held"))
