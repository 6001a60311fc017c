"""Officials, round 2: roles of other institutions, names of things, bylines; each with a counter-example."""

from __future__ import annotations

import pytest

HEADER = "Actualités de la défense\n\n"


def people(doc) -> dict[str, dict]:
    return {p["key"]: p for p in doc._.officials}


@pytest.mark.parametrize(("text", "key", "role", "country"), [
    ("Le président de la Transition guinéenne, le colonel Mamadi Doumbouya, a reçu les chefs d'état-major.",
     "doumbouya", "président de la Transition", "Guinée"),
    ("Le chef de la Défense, l'amiral Jan De Smet, a inspecté la base de Florennes.",
     "smet", "chef de la Défense", "Belgique"),
    ("Le secrétaire au Trésor, Robert Hammond, a annoncé de nouvelles sanctions contre Moscou.",
     "hammond", "secrétaire au Trésor", "États-Unis"),
    ("La conseillère fédérale Martina Keller a présenté le programme d'armement au Parlement.",
     "keller", "conseiller fédéral", "Suisse"),
    ("Le secrétaire permanent de l'organisation, Ousmane Diallo, a ouvert les travaux à Nouakchott.",
     "diallo", "secrétaire permanent", ""),
])
def test_roles_of_other_institutions(analyse, text, key, role, country):
    person = people(analyse(HEADER + text))[key]
    assert (person["role"], person["country"]) == (role, country)


def test_longer_role_wins_over_chef(analyse):
    """`chef de la Défense` is one role; `chef de la Luftwaffe` stays `chef` with its organisation."""
    doc = analyse(HEADER + "Le chef de la Luftwaffe, le général Karl Brenner, a accueilli les équipages.")
    assert people(doc)["brenner"]["role"] == "chef"


@pytest.mark.parametrize(("text", "thing"), [
    ("La frégate de défense aérienne Jean Bart a quitté Toulon lundi.", "bart"),
    ("Le ministre est monté à bord du Richelieu Duplessis pour saluer l'équipage.", "duplessis"),
    ("Les aviateurs de la base aérienne 125 « Général Moreau » ont défilé.", "moreau"),
    ("Les délégations sont arrivées à l'aéroport international Félix Mbeki de la capitale.", "mbeki"),
])
def test_names_of_things_are_no_officials(analyse, text, thing):
    assert thing not in people(analyse(HEADER + text))


def test_a_ranked_person_after_de_is_still_a_person(analyse):
    """`la base du colonel X`: the colonel, not the base, is named; and `le commandant de la frégate,
    le capitaine de vaisseau Y`: the comma ends the ship's name."""
    doc = analyse(HEADER + "Le ministre a visité la base du colonel Pierre Lambert. Le commandant de la frégate, "
                  "le capitaine de vaisseau Marc Aubry, l'a accueilli.")
    assert {"lambert", "aubry"} <= set(people(doc))


def test_byline_alone_on_its_line_is_no_official(analyse):
    doc = analyse("Défense : la semaine en Europe\n\nJulie Marchand\n\n3 mars 2025\n\n"
                  "Le général Thierry Burkhard a reçu son homologue italien à Paris.")
    assert "marchand" not in people(doc)
    assert "burkhard" in people(doc)


def test_named_on_its_own_line_but_titled_is_kept(analyse):
    """A name alone on a line is a byline only when nothing calls that person an official."""
    doc = analyse("Entretien\n\nPierre Vandier\n\nL'amiral Pierre Vandier a répondu à nos questions.")
    assert people(doc)["vandier"]["rank"] == "amiral"
