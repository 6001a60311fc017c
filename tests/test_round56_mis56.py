"""Meetings not found, round 56: a meeting told after another in the same sentence or just after it, which the
reader folded into the other one or read with nobody to hold it. Texts of our own, each class with a
counter-example.

- the subject (a pronoun) of a verb holding a meeting noun (`Elle a eu une séance de travail avec X`) takes part,
  although the parser hangs the partner's name on another word or reads the plural article as a preposition;
- `reçu au palais par A, puis à la Kasbah par B`: the later place read as the conjunct, its agent hung on it;
- `X doit avoir un entretien avec A, puis rencontrer B`: the later verb joined to the modal;
- `X devait rencontrer Y, qui sera reçu vendredi par Z`: a relative clause naming its own day and host.
"""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[dict]:
    return analyse(page(body))._.meetings


def people(analyse, body: str) -> list[set[str]]:
    return [set(m["people"]) for m in meetings(analyse, body)]


# -- the pronoun subject of a verb holding a meeting noun takes part in it ------------------------------------

def test_she_had_a_working_session_with_a_chief_named_in_apposition(analyse):
    assert {"parly", "mody"} in people(analyse, "La ministre des Armées Florence Parly est arrivée lundi à Niamey. "
                                                "Elle a eu mardi une séance de travail avec le chef d'état-major "
                                                "nigérien, le général Salifou Mody.")


def test_she_led_consultations_the_article_read_as_a_preposition(analyse):
    assert {"anand", "diop"} in people(analyse, "Arrivée dimanche à Dakar, la ministre canadienne Anita Anand a été "
                                                "reçue lundi par le président Bassirou Diomaye Faye. Elle a mené "
                                                "mardi des consultations avec le ministre des Forces armées, "
                                                "Birame Diop.")


def test_he_held_a_meeting_with_a_chief_of_staff_named_in_apposition(analyse):
    assert {"lecornu", "vaujour"} in people(analyse, "Le ministre Sébastien Lecornu est arrivé lundi à Toulon. Il a "
                                                     "tenu mardi une réunion avec le chef d'état-major de la "
                                                     "Marine, l'amiral Nicolas Vaujour.")


def test_a_pronoun_standing_for_a_delegation_adds_nobody(analyse):
    found = people(analyse, "La ministre Florence Parly a salué lundi le travail des armées. La délégation "
                            "française est arrivée lundi à Niamey. Elle a eu mardi une séance de travail avec le "
                            "chef d'état-major nigérien, le général Salifou Mody.")
    assert {"mody"} in found and not any({"parly", "mody"} <= p for p in found)


# -- `reçu à A par X, puis à B par Y`: one reception per agent, each at its own place ---------------------------

def test_received_by_two_agents_each_at_his_own_place(analyse):
    found = meetings(analyse, "Mercredi, le ministre Jean-Noël Barrot a été reçu au palais de Carthage par le "
                              "président Kaïs Saïed, puis à la Kasbah par le Premier ministre Kamel Madouri.")
    assert [(m["host"], set(m["people"]), m["location"]) for m in found] == [
        ("saied", {"saied", "barrot"}, "palais de Carthage"), ("madouri", {"madouri", "barrot"}, "Kasbah")]


def test_welcomed_in_two_towns_by_two_officers(analyse):
    found = meetings(analyse, "Le général Pierre Schill a été accueilli lundi à Bucarest par le ministre roumain "
                              "Angel Tîlvăr, puis à Constanța par le général Gheorghiță Vlad.")
    assert [(m["host"], m["location"]) for m in found] == [("tilvar", "Bucarest"), ("vlad", "Constanța")]


def test_received_by_one_agent_then_at_another_place_without_agent_stays_one(analyse):
    found = meetings(analyse, "Mercredi, le ministre Jean-Noël Barrot a été reçu au palais de Carthage par le "
                              "président Kaïs Saïed, puis à la Kasbah.")
    assert [(m["host"], set(m["people"])) for m in found] == [("saied", {"saied", "barrot"})]


# -- `X doit avoir un entretien avec A, puis rencontrer B`: two meetings ------------------------------------------

def test_a_planned_talk_then_a_planned_meeting_joined_to_the_modal(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron a atterri mercredi à Hanoï. Jeudi, le président "
                              "français doit avoir un entretien avec le président Luong Cuong au palais "
                              "présidentiel, puis rencontrer le Premier ministre Pham Minh Chinh.")
    pairs = [set(m["people"]) for m in found]
    assert {"macron", "cuong"} in pairs and {"macron", "chinh"} in pairs
    assert all(m["status"] == "planned" for m in found if "chinh" in m["people"] or "cuong" in m["people"])


def test_a_planned_talk_then_meeting_the_press_stays_one(analyse):
    found = meetings(analyse, "Jeudi, le ministre Sébastien Lecornu doit avoir un entretien avec son homologue "
                              "Boris Pistorius à Berlin, puis rencontrer la presse.")
    assert [set(m["people"]) for m in found] == [{"lecornu", "pistorius"}]


# -- `X devait rencontrer Y, qui sera reçu vendredi par Z`: the relative clause's own day and host ---------------

def test_a_relative_clause_with_its_own_day_and_host(analyse):
    found = meetings(analyse, "Jeudi soir, le président du Sénat, Gérard Larcher, devait rencontrer le président "
                              "ivoirien Alassane Ouattara, qui sera reçu vendredi 15 mars par le Premier ministre "
                              "Gabriel Attal.")
    assert sorted((m["host"], m["date"]) for m in found if "attal" in m["people"]) == [("attal", "2024-03-15")]
    assert any(set(m["people"]) == {"larcher", "ouattara"} for m in found)


def test_a_relative_clause_on_the_same_day_stays_one(analyse):
    found = meetings(analyse, "Le président du Sénat, Gérard Larcher, devait rencontrer vendredi 15 mars le "
                              "président ivoirien Alassane Ouattara, qui sera reçu vendredi 15 mars par le "
                              "Premier ministre Gabriel Attal.")
    assert len(found) == 1
