"""Officials' organisation, round 58 (xnb58): the officers of a change of command serve in the unit handed over
even when a demonym follows the rank of the one it is handed to (`au général espagnol X`), and when the one who
receives it is the subject (`X a reçu le commandement de Y des mains du général Z`, `X prend le commandement de Y`).
Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def organisations(analyse, body: str) -> dict[str, str]:
    return {p["name"]: p["organisation"] for p in analyse(page(body))._.officials}


# -- handed to an officer whose rank a demonym follows -----------------------------------------------------

def test_the_command_of_a_corps_handed_to_a_spanish_general(analyse):
    assert organisations(analyse, "Le général belge Marc Thys a remis vendredi le commandement de l'Eurocorps au "
                                  "général espagnol Fernando García.") == {
        "Marc Thys": "Eurocorps", "Fernando García": "Eurocorps"}


def test_the_command_of_a_naval_force_handed_to_an_italian_admiral(analyse):
    assert organisations(analyse, "Le vice-amiral Pierre Vandier a transmis mardi le commandement de la Force "
                                  "d'action navale au vice-amiral italien Marco Rossi.") == {
        "Pierre Vandier": "Force d'action navale", "Marco Rossi": "Force d'action navale"}


def test_the_command_of_a_brigade_handed_to_a_german_brigadier(analyse):
    assert organisations(analyse, "Le lieutenant-général Jean Dupont a remis hier le commandement de la brigade "
                                  "franco-allemande au lieutenant-général allemand Ralf Hammerstein.") == {
        "Jean Dupont": "brigade franco-allemande", "Ralf Hammerstein": "brigade franco-allemande"}


def test_a_decoration_handed_to_a_foreign_general_is_no_change_of_command(analyse):
    assert organisations(analyse, "Le ministre a remis jeudi la Légion d'honneur au général polonais Piotr Nowak "
                                  "à Strasbourg.") == {"Piotr Nowak": ""}


# -- the receiver is the subject: `prendre le commandement de`, `recevoir le commandement de ... des mains de` --

def test_a_general_taking_command_of_africom_serves_in_it(analyse):
    assert organisations(analyse, "Le général Michael Langley a pris le commandement de l'AFRICOM en août 2022 à "
                                  "Stuttgart.") == {"Michael Langley": "AFRICOM"}


def test_a_colonel_taking_command_of_a_regiment_serves_in_it(analyse):
    assert organisations(analyse, "Le colonel Hugo Lambert prend le commandement du 2e régiment étranger de "
                                  "parachutistes.") == {"Hugo Lambert": "2e régiment étranger de parachutistes"}


def test_the_command_received_from_the_hands_of_the_outgoing_commander(analyse):
    assert organisations(analyse, "Le général Hugo Lambert a reçu jeudi le commandement de la 11e brigade "
                                  "parachutiste des mains du général Paul Girard.") == {
        "Hugo Lambert": "11e brigade parachutiste", "Paul Girard": "11e brigade parachutiste"}


def test_a_general_taking_the_floor_at_a_body_is_not_its_member(analyse):
    assert organisations(analyse, "Le général Hugo Lambert a pris la parole devant l'Assemblée nationale.") == {
        "Hugo Lambert": ""}

