"""Meetings, round 52: a government's sitting (`Conseil des ministres`) told as held, chaired or timing an act is
a meeting; the same name as the body, the office, or the procedure a decision went through (`nommé en Conseil
des ministres`) is none; a sitting noun after a bare `en` is a procedure, not a meeting. Texts of our own, each
class with counter-examples."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[dict]:
    return analyse(page(body))._.meetings


def kinds(analyse, body: str) -> list[str]:
    return [m["kind"] for m in meetings(analyse, body)]


# -- a sitting of the government held, chaired, called or timing an act is a meeting --------------------------

def test_a_cabinet_sitting_chaired_by_the_head_of_state(analyse):
    found = meetings(analyse, "Le président Brice Clotaire Oligui Nguema a présidé jeudi un Conseil des ministres "
                              "au palais Rénovation de Libreville.")
    assert [(m["kind"], m["host"], m["location"]) for m in found] == [
        ("conseil des ministres", "nguema", "palais Rénovation de Libreville")]


def test_a_joint_cabinet_sitting_held_by_two_leaders(analyse):
    found = meetings(analyse, "Emmanuel Macron et Olaf Scholz ont tenu dimanche à Paris le conseil des ministres "
                              "franco-allemand.")
    assert [(m["kind"], sorted(m["people"]), m["location"]) for m in found] == [
        ("conseil des ministres", ["macron", "scholz"], "Paris")]


def test_a_cabinet_sitting_told_as_held_by_a_reflexive(analyse):
    found = meetings(analyse, "Le Conseil des ministres s'est tenu mercredi à l'Élysée sous la présidence "
                              "d'Emmanuel Macron.")
    assert [(m["kind"], m["host"], m["date"]) for m in found] == [("conseil des ministres", "macron", "2024-03-13")]


def test_a_cabinet_sitting_that_times_a_decision(analyse):
    found = meetings(analyse, "La décision a été prise mercredi lors du Conseil des ministres tenu au palais de "
                              "Koulouba sous la présidence du chef de l'État, le colonel Assimi Goïta.")
    assert [(m["kind"], m["host"], m["date"]) for m in found] == [("conseil des ministres", "goita", "2024-03-13")]


def test_an_extraordinary_cabinet_sitting_called_by_the_prime_minister(analyse):
    found = meetings(analyse, "Le Premier ministre Ousmane Sonko a convoqué un Conseil des ministres extraordinaire "
                              "lundi à Dakar.")
    assert [(m["kind"], m["host"], m["location"]) for m in found] == [("conseil des ministres", "sonko", "Dakar")]


# -- the body, the office and the procedure are no meeting ---------------------------------------------------

def test_a_member_of_the_cabinet_is_no_sitting(analyse):
    assert kinds(analyse, "Le ministre d'État Musaed Al-Aiban, membre du Conseil des ministres, a salué mardi le "
                          "partenariat avec la France.") == []


def test_the_office_of_the_head_of_the_cabinet_is_no_sitting(analyse):
    assert kinds(analyse, "La présidente du Conseil des ministres italien, Giorgia Meloni, a annoncé jeudi une "
                          "hausse du budget de la défense.") == []


def test_the_body_acting_or_its_statement_is_no_sitting(analyse):
    assert kinds(analyse, "Le Conseil des ministres a adopté mercredi le projet de loi de programmation "
                          "militaire.") == []
    assert kinds(analyse, "Selon le communiqué du Conseil des ministres publié mercredi, le général Abdoulaye "
                          "Maïga est promu.") == []


def test_an_appointment_made_in_cabinet_is_no_sitting(analyse):
    assert kinds(analyse, "Nommé en conseil des ministres le 21 juillet, le vice-amiral Nicolas Vaujour prend la "
                          "tête de la Marine nationale.") == []


def test_a_body_expected_in_emergency_session_is_no_meeting_noun(analyse):
    assert "réunion" not in kinds(analyse, "Le Conseil de sécurité des Nations unies est attendu lundi en réunion "
                                           "d'urgence sur la crise au Soudan.")


def test_leaders_gathered_in_summit_still_meet(analyse):
    assert kinds(analyse, "Les chefs d'État de la CEDEAO, réunis en sommet extraordinaire jeudi à Abuja, ont "
                          "examiné la situation au Niger.") == ["sommet"]
