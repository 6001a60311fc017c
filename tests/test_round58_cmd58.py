"""Changes of command, round 58: the two officers of a handover hold the command of the unit handed over (a
regiment's `chef de corps`, elsewhere its `commandant`) when their mentions gave them no title; the officer
presiding keeps his own. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def officials(analyse, body: str) -> dict[str, tuple[str, str]]:
    return {p["name"].split()[-1]: (p["role"], p["organisation"]) for p in analyse(page(body))._.officials}


# -- `X a transmis le commandement de Z au colonel Y`: both command Z ---------------------------------------

def test_a_regiment_handed_over_gives_both_colonels_its_corps_command(analyse):
    found = officials(analyse, "À Castres, le colonel Marc Delorme a transmis vendredi le commandement du 8e "
                               "régiment de parachutistes d'infanterie de marine au colonel Hugues Verdier.")
    assert found["Delorme"] == ("chef de corps", "8e régiment de parachutistes d'infanterie de marine")
    assert found["Verdier"] == ("chef de corps", "8e régiment de parachutistes d'infanterie de marine")


def test_a_brigade_handed_over_gives_its_command(analyse):
    found = officials(analyse, "Le général Antoine Besson a cédé mardi le commandement de la 27e brigade "
                               "d'infanterie de montagne au général Paul Morvan, à Varces.")
    assert found["Besson"][0] == "commandant"
    assert found["Morvan"] == ("commandant", "27e brigade d'infanterie de montagne")


def test_a_flag_of_a_regiment_handed_over(analyse):
    found = officials(analyse, "Sur la place d'armes de Laon, le colonel Éric Sarrat a remis le drapeau du 1er "
                               "régiment d'artillerie au colonel Benoît Lagarde, son successeur.")
    assert found["Lagarde"] == ("chef de corps", "1er régiment d'artillerie")


def test_a_successor_at_the_head_of_a_regiment_and_the_one_succeeded(analyse):
    found = officials(analyse, "Jeudi, à Gap, le colonel Louis Berthier a succédé au colonel Yves Marchal à la "
                               "tête du 4e régiment de chasseurs.")
    assert found["Berthier"] == ("chef de corps", "4e régiment de chasseurs")
    assert found["Marchal"] == ("chef de corps", "4e régiment de chasseurs")


def test_a_bare_chief_recognised_is_the_corps_command(analyse):
    found = officials(analyse, "À Nîmes, le colonel Denis Roux a transmis samedi le commandement du 2e "
                               "régiment étranger d'infanterie au colonel Alain Ferry. « Vous reconnaîtrez "
                               "désormais pour chef le colonel Alain Ferry », a déclaré le général.")
    assert found["Ferry"][0] == "chef de corps"


# -- counter-examples ------------------------------------------------------------------------------------------

def test_the_presiding_general_keeps_his_own_title(analyse):
    found = officials(analyse, "Le colonel Marc Delorme a transmis vendredi le commandement du 8e régiment de "
                               "parachutistes d'infanterie de marine au colonel Hugues Verdier, lors d'une "
                               "cérémonie présidée par le général Pierre Lenoir, commandant la 11e brigade "
                               "parachutiste.")
    assert found["Lenoir"][0].startswith("commandant")
    assert "régiment" not in found["Lenoir"][1]


def test_a_title_of_his_own_stays(analyse):
    found = officials(analyse, "Le général Antoine Besson, gouverneur militaire de Lyon, a transmis mardi le "
                               "commandement de la 27e brigade d'infanterie de montagne au général Paul Morvan.")
    assert found["Besson"][0].startswith("gouverneur militaire")


def test_a_flag_handed_to_a_regiment_is_no_command(analyse):
    found = officials(analyse, "Le ministre Sébastien Lecornu a remis le drapeau du 1er régiment d'artillerie "
                               "aux soldats rassemblés à Belfort.")
    assert found["Lecornu"][0] == "ministre"


def test_a_command_handed_to_a_general_named_with_his_country(analyse):
    found = officials(analyse, "Le général de corps d'armée espagnol Luis Ortega a remis jeudi le commandement de "
                               "l'Eurocorps au général de corps d'armée allemand Klaus Weber, à Strasbourg.")
    assert found["Ortega"] == ("commandant", "Eurocorps")
    assert found["Weber"] == ("commandant", "Eurocorps")


def test_a_civilian_succeeding_at_the_head_of_a_department_is_no_commander(analyse):
    found = officials(analyse, "Le conseiller fédéral Martin Pfister succède à Viola Amherd à la tête du "
                               "Département fédéral de la défense, de la protection de la population et des sports.")
    assert found["Amherd"][0] != "commandant"


def test_the_head_of_a_whole_army_keeps_the_title_of_his_country(analyse):
    found = officials(analyse, "Le commandant de corps Benedikt Roos a succédé à Thomas Süssli à la tête de "
                               "l'Armée suisse.")
    assert found["Süssli"][0] != "commandant"
