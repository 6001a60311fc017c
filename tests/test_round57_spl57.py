"""Meetings, round 57: past participles joined by `et` and hung on a meeting noun (`le sommet, présidé par A
et accueilli par B`) describe that one meeting, who chairs it and who receives it; the receiving participle
opens no second meeting (`visite`). A participle hung on a person (`X, accueilli par Y`) still tells a
welcome, and a verb with its auxiliary (`puis a été reçu par Y`) a meeting of its own. Texts of our own."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, str]]:
    return [(m["kind"], m["host"]) for m in analyse(page(body))._.meetings]


# -- chaired and received: one meeting, hosted by who receives it --------------------------------------------

def test_a_summit_chaired_and_received(analyse):
    assert meetings(analyse, "Le sommet de l'OTAN, présidé par le secrétaire général Mark Rutte et accueilli par le "
                             "Premier ministre néerlandais Dick Schoof, s'est tenu mardi à La Haye.") == [
        ("sommet", "schoof")]


def test_a_conference_co_chaired_and_received(analyse):
    assert meetings(analyse, "La conférence, coprésidée par le ministre britannique John Healey et accueillie par "
                             "le ministre allemand Boris Pistorius, s'est tenue lundi à Berlin.") == [
        ("conférence", "pistorius")]


def test_a_meeting_received_told_first_then_chaired(analyse):
    assert meetings(analyse, "La rencontre, accueillie par le Premier ministre malaisien Anwar Ibrahim et présidée "
                             "par le ministre Mohamad Hasan, a eu lieu lundi à Putrajaya.") == [
        ("rencontre", "ibrahim")]


def test_a_ministers_meeting_chaired_and_received_then_gathering_people(analyse):
    assert meetings(analyse, "La réunion de l'ADMM-Plus, présidée par le ministre cambodgien Tea Banh et accueillie "
                             "par le Premier ministre Hun Manet, a réuni mercredi les ministres de la Défense à "
                             "Siem Reap.") == [("réunion", "manet")]


def test_participles_the_parser_hangs_on_the_main_verb(analyse):
    assert meetings(analyse, "Le ministre Sébastien Lecornu a participé au sommet, présidé par le président du "
                             "Conseil européen Charles Michel et accueilli par le Premier ministre suédois Ulf "
                             "Kristersson.") == [("sommet", "kristersson")]


def test_organised_and_chaired_stays_one(analyse):
    assert meetings(analyse, "La conférence des chefs d'état-major de l'Alliance, organisée par l'état-major "
                             "norvégien et présidée par l'amiral Rob Bauer, s'est tenue samedi à Oslo.") == [
        ("conférence", "bauer")]


# -- counter-examples: a person welcomed, a verb with its auxiliary -----------------------------------------

def test_a_person_welcomed_is_a_meeting(analyse):
    assert meetings(analyse, "Le président ukrainien Volodymyr Zelensky, accueilli par le Premier ministre belge "
                             "Alexander De Croo, est arrivé mardi à Melsbroek.") == [("visite", "croo")]


def test_a_chair_then_received_with_an_auxiliary_tells_two(analyse):
    assert len(meetings(analyse, "Le général Thierry Burkhard a présidé mardi la réunion des chefs d'état-major à "
                                 "Paris, puis a été reçu par le ministre Sébastien Lecornu.")) == 2
