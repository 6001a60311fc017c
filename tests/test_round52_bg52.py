"""Meetings, round 52: a meeting noun that tells no meeting of the story: one denied (`aucune cérémonie
n'a été annoncée`, `sans cérémonie`), a summit in the sense of a top (`au sommet de la cathédrale`, `au
sommet de l'État`), one named as a thought or a title (`l'idée d'un sommet`, `maître de conférences`).
Texts of our own, each with a counter-example where the same noun is a meeting."""

from __future__ import annotations

from conftest import page


def kinds(analyse, body: str) -> list[str]:
    return [m["kind"] for m in analyse(page(body))._.meetings]


# -- a meeting denied: `aucun` for determiner, or after `sans` -----------------------------------------------

def test_no_ceremony_announced_is_no_meeting(analyse):
    assert kinds(analyse, "Le général Pierre Schill quittera ses fonctions cet été. Aucune cérémonie de "
                          "passation de commandement avec son successeur, le général Bertrand Toujouse, n'a "
                          "encore été annoncée à Paris.") == []


def test_a_handover_without_ceremony_is_no_meeting(analyse):
    assert "cérémonie" not in kinds(analyse, "La rétrocession du camp Geille, qui s'est faite sans "
                                             "cérémonie jeudi à Dakar, a été actée par le général Mbaye Cissé "
                                             "et l'ambassadrice Christine Fages.")


def test_no_meeting_planned_with_a_named_leader(analyse):
    assert kinds(analyse, "Le ministre des Affaires étrangères Jean-Noël Barrot est arrivé à Kiev. Aucune "
                          "rencontre avec Vladimir Poutine n'est prévue.") == []


def test_counter_a_ceremony_held_is_a_meeting(analyse):
    assert kinds(analyse, "Une cérémonie de passation de commandement s'est tenue mardi à Toulon, présidée "
                          "par l'amiral Nicolas Vaujour.") == ["cérémonie"]


# -- `sommet` as a top ----------------------------------------------------------------------------------------

def test_the_top_of_a_cathedral_is_no_summit(analyse):
    assert kinds(analyse, "Le drapeau tricolore flotte de nouveau au sommet de la cathédrale de Strasbourg, "
                          "comme le 23 novembre 1944.") == []


def test_the_top_of_the_state_is_no_summit(analyse):
    assert kinds(analyse, "À Port-au-Prince, la résolution du Conseil de sécurité a été accueillie avec "
                          "soulagement au sommet de l'État, lundi.") == []


def test_counter_a_summit_of_an_alliance_is_a_meeting(analyse):
    assert kinds(analyse, "Le président Emmanuel Macron a participé mercredi au sommet de l'Alliance à La "
                          "Haye.") == ["sommet"]


# -- a meeting as a thought or in a title -----------------------------------------------------------------

def test_the_idea_of_a_conference_is_no_meeting(analyse):
    assert kinds(analyse, "L'idée d'une conférence sur la sécurité maritime est née à Paris en janvier, "
                          "selon le Quai d'Orsay.") == []


def test_a_lecturer_holds_no_conference(analyse):
    assert kinds(analyse, "Marie Durand, maître de conférences en science politique à l'université de "
                          "Lyon, analyse la doctrine nucléaire française.") == []


def test_counter_a_conference_held_by_a_minister_is_a_meeting(analyse):
    assert kinds(analyse, "La ministre des Armées a ouvert jeudi à Paris une conférence sur la sécurité "
                          "maritime, en présence de son homologue italien Guido Crosetto.") == ["conférence"]


# -- `recevoir`, `accueillir` a thing: no guest, no visit ---------------------------------------------------

def test_receiving_the_flag_is_no_visit(analyse):
    assert "visite" not in kinds(analyse, "Le colonel Marc Dupuis, qui commandait jusqu'ici le centre de "
                                          "formation, a ensuite reçu symboliquement le drapeau du régiment.")


def test_receiving_instructions_is_no_visit(analyse):
    assert kinds(analyse, "Le chef d'état-major général des armées, le général Moussa Diallo, a reçu des "
                          "instructions claires en ce sens, lundi à Bamako.") == []


def test_welcoming_an_aircraft_is_no_visit(analyse):
    assert kinds(analyse, "Le commandant des Forces aériennes, le divisionnaire Peter Merz, doit préparer la "
                          "base de Payerne à accueillir les premiers avions en 2028.") == []


def test_counter_receiving_an_ambassador_is_a_visit(analyse):
    assert kinds(analyse, "Le ministre de la Défense nationale a reçu jeudi à Nouakchott l'ambassadeur de "
                          "Chine, M. Li Baijun.") == ["visite"]


def test_taking_part_in_a_coup_is_no_meeting(analyse):
    assert kinds(analyse, "Le colonel Malick Diaw avait participé au coup d'État d'août 2020 contre le "
                          "président Ibrahim Boubacar Keïta.") == []


def test_counter_taking_part_in_a_meeting_with_a_minister(analyse):
    assert kinds(analyse, "Le général Pierre Schill a participé jeudi à une réunion avec le ministre des "
                          "Armées Sébastien Lecornu à Paris.") == ["réunion"]
