"""Roles of officials, round 40: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def roles(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {o["name"].split()[-1]: o.get("role_as_written") or o["role"] for o in doc._.officials}


# -- a title and the adjective that makes another office of it (`émissaire spécial`, `conseiller principal`) --

def test_a_special_envoy_keeps_his_adjective(analyse):
    found = roles(analyse, "L'émissaire spécial américain Jared Colson est arrivé jeudi à Ankara pour des entretiens.")
    assert found["Colson"] == "émissaire spécial"


def test_a_principal_adviser_keeps_her_adjective(analyse):
    found = roles(analyse, "La conseillère principale Agathe Ruel a quitté Dakar mardi après deux jours d'entretiens.")
    assert found["Ruel"] == "conseillère principale"


def test_an_outgoing_prime_minister_is_said_outgoing(analyse):
    found = roles(analyse, "Le Premier ministre sortant Karim Haddour a reçu mardi l'ambassadeur de Norvège.")
    assert found["Haddour"] == "Premier ministre sortant"


def test_an_adjective_of_something_else_is_no_part_of_the_title(analyse):
    found = roles(analyse, "Le ministre Karim Haddour a tenu jeudi un discours spécial devant les cadets de l'école.")
    assert found["Haddour"] == "ministre"


def test_an_adjective_before_another_noun_is_no_part_of_the_title(analyse):
    found = roles(analyse, "Le conseiller Lucien Marot a présenté lundi le principal argument du gouvernement.")
    assert found["Marot"] == "conseiller"


# -- the one succeeded held his successor's office, whatever the parse hangs the participle on ---------------

def test_a_successor_made_chief_passes_the_title_to_the_one_he_succeeds(analyse):
    found = roles(analyse, "Le général Paul Lenoir est devenu mardi le nouveau chef de la Défense, succédant au "
                           "général Luc Morel lors d'une cérémonie au quartier Reine Elisabeth.")
    assert found["Morel"] == "chef de la Défense"


def test_an_acronym_in_brackets_after_the_title_does_not_hide_the_successor(analyse):
    found = roles(analyse, "Le général Paul Lenoir est devenu mardi le nouveau chef de la Défense (CHOD), succédant "
                           "au général Luc Morel lors d'une cérémonie au quartier Reine Elisabeth.")
    assert found["Morel"] == "chef de la Défense"


def test_a_successor_named_in_the_passive_passes_his_title(analyse):
    found = roles(analyse, "Le général Paul Lenoir a été nommé mardi chef d'état-major de la Marine, succédant à "
                           "l'amiral Luc Morel.")
    assert found["Morel"].startswith("chef d'état-major")


def test_a_successor_of_no_title_gives_none(analyse):
    found = roles(analyse, "Le général Paul Lenoir a été reçu mardi par le ministre, succédant à l'amiral Luc Morel.")
    assert found["Morel"] == ""


# -- a title after the name's comma, behind an adjective the parse hangs on it (`X, nouveau ministre de ...`) --

def test_a_new_chief_after_the_comma_holds_the_title(analyse):
    found = roles(analyse, "Le général Hervé Lasalle, nouveau chef d'état-major de l'armée de Terre, a reçu mardi "
                           "à Paris le général belge Marc Dumont.")
    assert found["Lasalle"].startswith("chef d'état-major")


def test_a_present_minister_after_the_comma_holds_the_title(analyse):
    found = roles(analyse, "Issa Kanouté, actuel ministre de la Défense du Niger, s'est entretenu lundi avec "
                           "l'ambassadeur de France, Luc Girard.")
    assert found["Kanouté"].startswith("ministre de la Défense")


def test_a_former_minister_after_the_comma_is_no_present_minister(analyse):
    found = roles(analyse, "Aline Vautrin, ancienne ministre des Armées, a été reçue lundi par le président du Sénat.")
    assert found.get("Vautrin") != "ministre des Armées"


def test_a_first_holder_in_history_is_no_title_read_through_the_ordinal(analyse):
    found = roles(analyse, "Le colonel Paul Leroy, premier commandant du régiment, a été honoré samedi à Vannes.")
    assert found.get("Leroy", "") == ""
