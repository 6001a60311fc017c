"""Meeting triggers and frames, round 11 (`components/meeting_mentions.py`, `rules/meetings.yml`): a journey
`auprès de X`, the chair a parliamentary record's head names, a scene's place, a planned meeting in an agenda
sentence. Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def rows(doc) -> list[dict]:
    return list(doc._.meetings)


def with_person(doc, key: str) -> list[dict]:
    return [m for m in doc._.meetings if key in m["people"]]


# -- `auprès de X` after a journey: a visit X hosts ------------------------------------------------

def test_a_tour_ended_beside_someone_is_a_planned_visit_they_host(analyse):
    doc = analyse(page("Le président ukrainien, Petro Melnyk, est attendu jeudi à Madrid. Il doit achever sa "
                       "tournée à Lisbonne, au palais de Belém, auprès du président portugais, Rui Costa."))
    found = with_person(doc, "costa")
    assert found and found[0]["host"] == "costa" and "melnyk" in found[0]["people"]
    assert found[0]["status"] == "planned"


def test_going_beside_someone_makes_them_the_host(analyse):
    doc = analyse(page("Le 4 mars, la ministre des Armées, Claire Dubois, s'est rendue à Vilnius auprès du "
                       "ministre lituanien de la Défense, Jonas Petraitis."))
    found = with_person(doc, "petraitis")
    assert found and found[0]["host"] == "petraitis" and "dubois" in found[0]["people"]


def test_a_mission_carried_out_beside_someone_is_a_visit(analyse):
    doc = analyse(page("Mardi, la ministre des Armées, Claire Dubois, a effectué une mission auprès du "
                       "président malien, Assimi Traoré."))
    found = with_person(doc, "traore")
    assert found and found[0]["host"] == "traore"


def test_pleading_beside_someone_is_no_meeting(analyse):
    doc = analyse(page("Le 4 mars, la ministre des Armées, Claire Dubois, a plaidé à Vilnius auprès du ministre "
                       "lituanien de la Défense, Jonas Petraitis, pour une hausse des crédits."))
    assert rows(doc) == []


def test_stepping_in_beside_someone_is_no_meeting(analyse):
    doc = analyse(page("Le 4 mars, le général Paul Rivière est intervenu auprès du ministre lituanien de la "
                       "Défense, Jonas Petraitis, pour obtenir la libération des otages."))
    assert rows(doc) == []


def test_an_office_beside_a_minister_is_no_meeting(analyse):
    doc = analyse(page("Le général Marc Leroy, chargé de mission auprès du ministre des Armées, Paul Durand, "
                       "a présenté le rapport mardi."))
    assert rows(doc) == []


# -- `Présidence de M. X`: the chair of a record hosts its hearing ----------------------------------

RECORD = """Assemblée nationale
Compte rendu

Commission des affaires européennes

— Audition du général Marc Leroy, chef d'état-major de l'armée de l'Air.

Mardi
12 mars 2024

Présidence
de M. Paul Durand,
président

La séance est ouverte à dix heures.

M. le président Paul Durand. Mon général, merci d'être venu.

Général Marc Leroy. Monsieur le président, je vous remercie.
"""


def test_the_chair_of_a_record_hosts_the_hearing_its_heading_announces(analyse):
    found = with_person(analyse(RECORD), "leroy")
    assert found and found[0]["host"] == "durand" and "durand" in found[0]["people"]


def test_a_chair_line_outside_a_chamber_names_no_host(analyse):
    text = RECORD.replace("Assemblée nationale", "Fondation pour la recherche stratégique")
    assert all(m["host"] != "durand" for m in analyse(text)._.meetings)


# -- a scene set at a place gives the place of the ceremony told next ------------------------------

WELCOME = ("Jeudi matin, la ministre des Armées, Claire Dubois, a été accueillie à la préfecture de l'Eure par "
           "le préfet Paul Rivière, avant de présider une prise d'armes devant les escadrons.")


def test_a_scene_without_a_verb_places_the_ceremony_after_a_welcome(analyse):
    doc = analyse(page("Ciel gris et vent froid sur la base aérienne d'Évreux. " + WELCOME))
    ceremony = next(m for m in rows(doc) if m["host"] == "dubois")
    welcome = next(m for m in rows(doc) if m["host"] == "riviere")
    assert ceremony["location"].startswith("base aérienne")
    assert welcome["location"].startswith("préfecture")


def test_an_act_told_before_sets_no_scene(analyse):
    doc = analyse(page("La ministre a déjeuné sur la base aérienne d'Évreux. " + WELCOME))
    ceremony = next(m for m in rows(doc) if m["host"] == "dubois")
    assert ceremony["location"].startswith("préfecture")


# -- a planned meeting in an agenda sentence -------------------------------------------------------

AGENDA = ("Le 29 mai, la ministre des Armées, Claire Dubois, a reçu à Paris son homologue belge, Marc Peeters. "
          "La coopération industrielle, ainsi que la réunion des ministres de la Défense de l'Union, que la "
          "ministre {verb} à Luxembourg les 20 et 21 juin, figuraient également au menu des discussions.")


def test_a_meeting_one_will_join_named_in_an_agenda_is_planned_apart(analyse):
    doc = analyse(page(AGENDA.format(verb="rejoindra"), published="30 mai 2024"))
    planned = [m for m in rows(doc) if m["status"] == "planned"]
    assert len(planned) == 1 and planned[0]["people"] == ["dubois"]
    assert planned[0]["location"] == "Luxembourg" and planned[0]["date"].startswith("2024-06-20")
    held = next(m for m in rows(doc) if m["status"] == "held")
    assert held["location"] == "Paris" and sorted(held["people"]) == ["dubois", "peeters"]


def test_a_said_clause_after_a_meeting_noun_is_no_relative(analyse):
    doc = analyse(page("Le président, Paul Durand, avait annoncé mardi lors de sa conférence de presse à "
                       "l'Élysée qu'il se rendrait en Ukraine en février.", published="20 janvier 2024"))
    assert all(m["status"] != "planned" or m["location"] != "Ukraine" or m["kind"] == "visite" for m in rows(doc))
