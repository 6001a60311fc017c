"""Maghreb agencies, round 46: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, str, list[str]]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"], sorted(m["people"])) for m in doc._.meetings]


# -- the talks of a reception told in a sentence of their own, with who attended them -------------------

RECEIVED = ("Le général de corps d'armée Mohammed Berrid, inspecteur général des FAR, a reçu mardi à Rabat le "
            "général Pierre Schill, chef d'état-major de l'armée de terre française, en visite de travail au Maroc. ")


def test_talks_held_in_the_presence_of_officers_are_the_reception_just_told(analyse):
    found = meetings(analyse, RECEIVED + "Les entretiens se sont déroulés en présence de l'inspecteur de la Marine "
                                         "royale, le vice-amiral Mohammed Tahin, et de l'ambassadeur de France, "
                                         "Christophe Lecourtier.")
    assert len(found) == 1
    assert found[0][1] == "berrid" and {"tahin", "lecourtier"} <= set(found[0][2])


def test_those_who_attended_the_meeting_on_one_side_join_the_audience(analyse):
    found = meetings(analyse, "Le président Abdelmadjid Tebboune a reçu en audience mercredi à Alger le ministre "
                              "italien de la Défense, Guido Crosetto, en visite officielle en Algérie. Ont assisté à "
                              "la rencontre, côté algérien, le directeur de cabinet, Boualem Boualem, et le "
                              "secrétaire général de la présidence, Abdelhafid Allahoum.")
    assert len(found) == 1
    assert found[0][1] == "tebboune" and {"boualem", "allahoum", "crosetto"} <= set(found[0][2])


def test_a_meeting_held_in_the_presence_of_an_officer_is_the_reception_told(analyse):
    found = meetings(analyse, "Le ministre de la Défense nationale, Imed Memmiche, a reçu lundi à Tunis le général "
                              "Michael Langley, commandant d'AFRICOM, en visite de travail en Tunisie. Les entretiens, "
                              "qui se sont déroulés en présence du chef d'état-major de l'armée de terre, le général "
                              "Mohamed El Ghoul, ont porté sur la formation.")
    assert len(found) == 1 and "ghoul" in found[0][2]


def test_a_ceremony_attended_after_a_reception_stays_an_event_of_its_own(analyse):
    # counter-example: not talks (a ceremony), the attendance tells another event
    found = meetings(analyse, RECEIVED + "Ont assisté à la cérémonie, côté marocain, le vice-amiral Mohammed Tahin "
                                         "et le général Mohammed Gadih.")
    reception = next(m for m in found if m[1] == "berrid")
    assert "tahin" not in reception[2]


# -- the components of the Royal Armed Forces, named as the Moroccan agency writes them ----------------------

def organisations_of(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {p["key"]: p["organisation"] for p in doc._.officials}


def test_the_inspector_of_the_royal_navy_serves_in_the_moroccan_navy(analyse):
    found = organisations_of(analyse, "Les entretiens se sont tenus à Rabat en présence de l'Inspecteur de la Marine "
                                      "Royale, le Vice-Amiral Mohammed Tahin, et de l'Inspecteur des Forces Royales "
                                      "Air, le Général de Division Mohammed Gadih.")
    assert found.get("tahin") == "Marine royale" and found.get("gadih") == "Forces royales Air"


def test_another_crown_s_navy_keeps_its_own_name(analyse):
    # counter-example: `Marine royale canadienne` is the Canadian navy, not the Moroccan one
    found = organisations_of(analyse, "Le vice-amiral Angus Topshee, commandant de la Marine royale canadienne, a "
                                      "reçu mardi à Ottawa son homologue australien.")
    assert found.get("topshee") != "Marine royale"
