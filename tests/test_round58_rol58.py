"""Officials' roles, round 58: a person with no title whose relative clause says he leads a body with a verb
that names its leader (`X, qui commande la 9e brigade`, `qui préside le comité`) holds that leader's title
for the body, written with it (`commandant de la 9e brigade`). Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def roles(analyse, body: str) -> dict[str, str]:
    return {o["name"]: o["role"] for o in analyse(page(body))._.officials}


# -- `X, qui commande NP`: X is the commandant of NP ---------------------------------------------------------

def test_a_general_who_commands_a_brigade(analyse):
    found = roles(analyse, "À Clermont-Ferrand, le ministre a rencontré le général Marc Dubois, qui commande "
                           "la 9e brigade d'infanterie de marine, avant de visiter le quartier.")
    assert found["Marc Dubois"] == "commandant de la 9e brigade d'infanterie de marine"


def test_an_admiral_who_commands_plural_forces(analyse):
    found = roles(analyse, "L'amiral Stuart Munsch, qui commande les forces navales américaines en Europe et en "
                           "Afrique, a reçu mardi à Naples le chef d'état-major de la Marine.")
    assert found["Stuart Munsch"] == "commandant des forces navales américaines en Europe et en Afrique"


def test_an_officer_who_commanded_a_force_until_the_ceremony(analyse):
    found = roles(analyse, "Le général Hervé Pierre, qui commandait l'opération Barkhane depuis juillet 2021, "
                           "a transmis ses fonctions à son successeur lors d'une prise d'armes à N'Djamena.")
    assert found["Hervé Pierre"] == "commandant de l'opération Barkhane"


def test_a_colonel_who_commands_a_regiment(analyse):
    found = roles(analyse, "Le colonel Julien Morel, qui commande le 1er régiment de chasseurs parachutistes, "
                           "a présenté les nouveaux véhicules aux élus de l'Ariège.")
    assert found["Julien Morel"] == "commandant du 1er régiment de chasseurs parachutistes"


def test_a_title_before_the_name_comes_before_the_relative_clause(analyse):
    found = roles(analyse, "La députée Françoise Dumas, qui préside la commission de la défense nationale, "
                           "a ouvert jeudi l'audition du chef d'état-major des armées.")
    assert found["Françoise Dumas"] == "député"  # her title written before her name comes first


def test_a_senator_who_presides_a_committee_with_no_other_title(analyse):
    found = roles(analyse, "Cédric Perrin, qui préside la commission des affaires étrangères et de la défense "
                           "du Sénat, a salué l'effort budgétaire annoncé par le gouvernement.")
    assert found["Cédric Perrin"].startswith("président de la commission des affaires étrangères")


# -- counter-examples ----------------------------------------------------------------------------------------

def test_a_command_of_the_past_gives_no_title(analyse):
    found = roles(analyse, "Le général Bruno Guibert, qui a commandé la 6e brigade légère blindée en 2014, "
                           "publie un livre de souvenirs.")
    assert found["Bruno Guibert"] == ""


def test_a_command_to_come_gives_no_title(analyse):
    found = roles(analyse, "Le colonel Paul Roche, qui commandera le 2e régiment étranger de parachutistes "
                           "à l'été, a été reçu à Calvi par le maire.")
    assert found["Paul Roche"] == ""


def test_a_title_already_written_stays(analyse):
    found = roles(analyse, "Le général Pierre Schill, chef d'état-major de l'armée de Terre, qui commande "
                           "aussi les forces terrestres, a visité le camp de Mourmelon.")
    assert found["Pierre Schill"].startswith("chef d'état-major")


def test_the_relative_clause_of_another_name_is_not_his(analyse):
    found = roles(analyse, "Le ministre Sébastien Lecornu a félicité le général Jean Dupont, qui commande la "
                           "27e brigade d'infanterie de montagne.")
    assert found["Sébastien Lecornu"] == "ministre"
    assert found["Jean Dupont"] == "commandant de la 27e brigade d'infanterie de montagne"


# -- `son homologue [demonym], le général X`: the counterpart word is X's title when the text gives no other ------

def test_a_chief_of_staff_receives_his_counterpart_general(analyse):
    found = roles(analyse, "Le chef d'état-major des armées, le général Thierry Burkhard, a reçu lundi à Paris "
                           "son homologue italien, le général Luciano Portolano.")
    assert found["Luciano Portolano"] == "homologue italien"


def test_an_admiral_meets_his_counterpart_admiral(analyse):
    found = roles(analyse, "Le chef d'état-major de la Marine, l'amiral Nicolas Vaujour, s'est entretenu à "
                           "Brest avec son homologue norvégien, l'amiral Rune Andersen.")
    assert found["Rune Andersen"] == "homologue norvégien"


def test_a_counterpart_woman_general(analyse):
    found = roles(analyse, "Le général Frederik Vansina a accueilli à Evere son homologue néerlandaise, la "
                           "générale Onno Eichelsheim, pour une réunion de travail.")
    assert found["Onno Eichelsheim"].startswith("homologue")


def test_counterparts_listed_under_a_plural_hold_the_singular(analyse):
    found = roles(analyse, "Le chef d'état-major général des armées ivoiriennes, le général Lassina Doumbia, a "
                           "reçu ses homologues ghanéen, le général Thomas Oppong-Peprah, et libérien, le général "
                           "Prince Johnson, à Abidjan.")
    assert found["Thomas Oppong-Peprah"] == "homologue"


def test_a_counterpart_named_before_his_title_word(analyse):
    found = roles(analyse, "À Varsovie, le général Pierre Schill a retrouvé son homologue polonais, le général "
                           "Wojciech Grabowski, sur le camp d'entraînement de Drawsko.")
    assert found["Wojciech Grabowski"] == "homologue polonais"


# -- counter-examples ----------------------------------------------------------------------------------------

def test_a_counterpart_with_a_title_of_his_own_keeps_it(analyse):
    found = roles(analyse, "Le ministre des Armées a reçu son homologue britannique, le secrétaire à la Défense "
                           "John Healey, à l'hôtel de Brienne.")
    assert found["John Healey"] == "secrétaire à la Défense"


def test_a_ministers_counterpart_holds_the_civil_office(analyse):
    found = roles(analyse, "Le ministre des Armées Sébastien Lecornu a reçu jeudi son homologue grec, Nikos "
                           "Dendias, à Paris.")
    assert found["Nikos Dendias"] == "ministre de la Défense"


def test_the_host_is_not_a_counterpart(analyse):
    found = roles(analyse, "Le général Luciano Portolano a reçu lundi son homologue français, le général "
                           "Thierry Burkhard, à Rome.")
    assert found["Luciano Portolano"] == ""
