"""Meeting hosts, round 58 (hsw58): a relative clause `, qui sera reçu <jour> par Z` that the parser hangs on
the verb before as a complement is still a relative clause of the guest: another meeting on another day,
hosted by Z; the meeting of the main clause does not take Z as its host. Texts of our own, with
counter-examples (no day of its own; a main reception kept by its own host)."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    return [(m["kind"], m["host"]) for m in analyse(page(body))._.meetings]


# -- `X devait rencontrer Y, qui sera reçu <jour> par Z`: two meetings, Z hosts only the second ---------------

def test_a_senate_president_meets_a_king_received_another_day_by_the_president(analyse):
    assert hosts(analyse, "Dans la soirée, le président du Sénat Gérard Larcher devait rencontrer le roi "
                          "Abdallah II de Jordanie, qui sera reçu mercredi par le président Emmanuel Macron à "
                          "l'Elysée.") == [("rencontre", "larcher"), ("visite", "macron")]


def test_a_minister_meets_a_king_received_the_next_day(analyse):
    assert hosts(analyse, "Dans la soirée, le ministre de l'Intérieur devait rencontrer le roi Felipe VI, qui "
                          "sera reçu mardi par le président Emmanuel Macron.") == [("rencontre", ""),
                                                                                   ("visite", "macron")]


def test_a_crown_prince_received_by_the_head_of_state_on_his_own_day(analyse):
    assert hosts(analyse, "Dans la matinée, la ministre de la Défense devait rencontrer le prince héritier "
                          "Mohammed ben Salmane, qui sera reçu mercredi par le président Emmanuel "
                          "Macron.") == [("rencontre", ""), ("visite", "macron")]


def test_a_king_received_by_a_chancellor_on_friday(analyse):
    assert hosts(analyse, "Dans la soirée, le président du Sénat devait rencontrer le roi Willem-Alexander, qui "
                          "sera reçu vendredi par le chancelier Olaf Scholz.") == [("rencontre", ""),
                                                                                  ("visite", "scholz")]


def test_a_king_received_by_a_prime_minister_on_monday(analyse):
    assert hosts(analyse, "Dans la soirée, le chef d'état-major devait rencontrer le roi Abdallah II, qui sera "
                          "reçu lundi par le Premier ministre Michel Barnier.") == [("rencontre", ""),
                                                                                    ("visite", "barnier")]


def test_a_queen_received_in_the_feminine(analyse):
    assert hosts(analyse, "Dans la soirée, le Premier ministre devait rencontrer la reine Margrethe II, qui sera "
                          "reçue mardi par le président Emmanuel Macron.") == [("rencontre", ""),
                                                                              ("visite", "macron")]


# -- counter-examples: one meeting -----------------------------------------------------------------------------

def test_a_relative_clause_with_no_day_of_its_own_stays_one_meeting(analyse):
    assert hosts(analyse, "Le ministre des Armées Sébastien Lecornu a rencontré lundi son homologue allemand "
                          "Boris Pistorius, qui l'a reçu à Berlin.") == [("rencontre", "pistorius")]


def test_a_king_receiving_a_guest_met_at_the_airport_the_day_before_keeps_his_reception(analyse):
    found = hosts(analyse, "Le roi Mohammed VI a reçu mardi le président Emmanuel Macron, qui a été accueilli "
                           "lundi à l'aéroport par le prince héritier Moulay El Hassan.")
    assert found[0] == ("visite", "mohammed vi")

