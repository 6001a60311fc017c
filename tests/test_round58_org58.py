"""Officials' organisation, round 58: the body a change of command, a succession at the head of a unit, a
membership stated beside the body's name or `être à la tête de` names is the person's, even when a later
mention gives him a title naming no body. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def organisations(analyse, body: str) -> dict[str, str]:
    return {p["name"]: p["organisation"] for p in analyse(page(body))._.officials}


# -- a change of command: the giver and the receiver serve in the unit -------------------------------------

def test_the_command_of_a_regiment_handed_over_gives_both_officers_the_regiment(analyse):
    assert organisations(analyse, "Le colonel Marc Aubry a transmis vendredi le commandement du 1er régiment de "
                                  "chasseurs parachutistes au colonel Luc Berthier.") == {
        "Marc Aubry": "1er régiment de chasseurs parachutistes",
        "Luc Berthier": "1er régiment de chasseurs parachutistes"}


def test_the_flag_of_a_brigade_handed_over_gives_both_generals_the_brigade(analyse):
    assert organisations(analyse, "Le général Éric Ozanne a remis jeudi le drapeau de la 11e brigade parachutiste "
                                  "au général Hervé Lebrun.") == {
        "Éric Ozanne": "11e brigade parachutiste", "Hervé Lebrun": "11e brigade parachutiste"}


def test_a_decoration_handed_to_an_officer_is_no_change_of_command(analyse):
    assert organisations(analyse, "Le ministre a remis jeudi la Légion d'honneur au colonel Luc Berthier sur la "
                                  "base aérienne 113 de Saint-Dizier.") == {"Luc Berthier": ""}


# -- the one succeeded at the head of a body headed it; a later bare title keeps the body -----------------

def test_the_admiral_succeeded_at_the_head_of_a_force_headed_it(analyse):
    assert organisations(analyse, "Le vice-amiral Jean Martin a succédé mardi au contre-amiral Paul Girard à la "
                                  "tête de la Force d'action navale.") == {
        "Jean Martin": "Force d'action navale", "Paul Girard": "Force d'action navale"}


def test_a_later_title_naming_no_body_keeps_the_regiment_of_the_succession(analyse):
    found = organisations(analyse, "Le colonel Luc Berthier a succédé jeudi au colonel Marc Aubry à la tête du 1er "
                                   "régiment de chasseurs parachutistes. « Vous reconnaîtrez désormais pour chef le "
                                   "colonel Luc Berthier », a lancé le général.")
    assert found["Luc Berthier"] == "1er régiment de chasseurs parachutistes"


# -- a membership stated beside the body's name ------------------------------------------------------------

def test_a_senator_member_of_a_committee_belongs_to_it(analyse):
    assert organisations(analyse, "Le sénateur Cédric Perrin, membre de la commission des affaires étrangères, de "
                                  "la défense et des forces armées, a interrogé le ministre.") == {
        "Cédric Perrin": "commission des affaires étrangères, de la défense et des forces armées"}


def test_a_regiment_only_visited_is_not_the_generals(analyse):
    assert organisations(analyse, "Le général Pierre Schill a visité jeudi le 1er régiment de chasseurs "
                                  "parachutistes à Pamiers.") == {"Pierre Schill": ""}


# -- `être à la tête de`: the body the name heads now ----------------------------------------------------

def test_a_name_before_the_copula_heads_the_body_after_a_la_tete_de(analyse):
    assert organisations(analyse, "Général d'armée, ancien chef du cabinet militaire du Premier ministre, Bertrand "
                                  "Lambert est à la tête de l'armée de Terre depuis l'été dernier.") \
        == {"Bertrand Lambert": "armée de Terre"}


def test_a_head_in_the_imperfect_or_of_a_delegation_is_no_body_of_his_now(analyse):
    assert organisations(analyse, "Le général Bertrand Lambert était à la tête de l'armée de Terre en "
                                  "2019.") == {"Bertrand Lambert": ""}
    assert organisations(analyse, "Le général Bertrand Lambert est à la tête d'une délégation de l'armée de "
                                  "Terre.") == {"Bertrand Lambert": ""}
