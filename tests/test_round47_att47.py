"""Meeting participants, round 47: who gave the order is not at the meeting; a phrase the parser hangs
on the named person before it is a person of its own. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> list[list[str]]:
    doc = analyse(page(body))
    return [sorted(m["people"]) for m in doc._.meetings]


# -- the one on whose order a meeting is held (`sur Hautes Instructions de Sa Majesté le Roi X`) -----------

def test_the_king_whose_instructions_an_audience_follows_is_not_at_it(analyse):
    found = people(analyse, "Rabat - Le général de division Ahmed Ouazzani, commandant de la zone Sud, a reçu "
                            "lundi à Agadir, sur Hautes Instructions de Sa Majesté le Roi Hassan III, le général "
                            "Marc Delorme, commandant des forces françaises.")
    assert found == [["delorme", "ouazzani"]]


def test_a_head_of_state_on_whose_order_talks_are_held_is_not_at_them(analyse):
    found = people(analyse, "Le chef d'état-major Amadou Sawadogo s'est entretenu jeudi à Niamey avec le général "
                            "Lukas Brenner, sur ordre du président Issoufou Garba.")
    assert found == [["brenner", "sawadogo"]]


def test_a_head_of_state_in_whose_presence_an_audience_is_held_is_at_it(analyse):
    found = people(analyse, "Le chef d'état-major Amadou Sawadogo a reçu jeudi à Niamey, en présence du président "
                            "Issoufou Garba, le général Lukas Brenner.")
    assert found == [["brenner", "garba", "sawadogo"]]


# -- the subject after a fronted order, the object after an incise: the parser hangs them on the name -------

def test_the_general_who_acts_on_the_presidents_directives_takes_part(analyse):
    found = people(analyse, "Conformément aux directives du président Mourad Haddadi, le général d'armée Karim "
                            "Benslimane a reçu mercredi à Oran le chef de la marine italienne, l'amiral Paolo "
                            "Ferrante.")
    assert found == [["benslimane", "ferrante"]]


def test_the_guest_named_after_an_incise_of_directives_takes_part(analyse):
    found = people(analyse, "Le général Karim Benslimane a reçu mercredi à Oran, conformément aux directives du "
                            "président Mourad Haddadi, l'amiral Paolo Ferrante.")
    assert found == [["benslimane", "ferrante"]]


def test_a_list_repeating_its_preposition_stays_the_complement_of_the_message(analyse):
    found = people(analyse, "Le général Karim Benslimane a reçu mercredi à Oran l'amiral Paolo Ferrante, porteur "
                            "d'un message du président Sergio Monti, du ministre Luca Barone et du sénateur Carlo "
                            "Neri.")
    assert found == [["benslimane", "ferrante"]]
