"""Roles of officials named by their office, round 30: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def official(analyse, text: str, key: str) -> dict:
    doc = analyse(page(text))
    return next(o for o in doc._.officials if o["key"] == key)


# -- `X prend ses fonctions de ROLE`: the rank and the name both read as subjects, the role's compound ---------
# -- word hung on the verb: the role is still the subject's, with the organisation it implies ----------------

def test_a_general_taking_up_the_office_of_chief_of_staff_holds_it(analyse):
    person = official(analyse, "Le général de division aérienne Paul Marchetti prend ses fonctions de chef "
                               "d'état-major des armées. La cérémonie a eu lieu aux Invalides.", "marchetti")
    assert person["role"] == "chef d'état-major des armées"
    assert person["organisation"] == "état-major des armées"


def test_a_general_leaving_a_meeting_with_the_chief_of_staff_does_not_hold_his_office(analyse):
    person = official(analyse, "Le général de division aérienne Paul Marchetti a rencontré le chef "
                               "d'état-major des armées. La cérémonie a eu lieu aux Invalides.", "marchetti")
    assert person["role"] != "chef d'état-major des armées"


# -- an office in capitals (`CEMA`) keeps its capitals as written --------------------------------------------

def test_an_office_abbreviated_in_capitals_keeps_its_capitals(analyse):
    doc = analyse(page("Le général Paul Marchetti a pris ses fonctions de CEMA lundi à Paris."))
    roles = [o["role_as_written"] for o in doc._.officials if o["key"] == "marchetti"]
    assert roles and not roles[0].startswith("c")


def test_an_office_written_in_full_keeps_its_small_letter(analyse):
    person = official(analyse, "Le général Paul Marchetti a pris ses fonctions de Chef d'état-major des "
                               "armées lundi à Paris.", "marchetti")
    assert person["role_as_written"].startswith("c")


# -- the one succeeded holds his successor's office, with its body, before a role named alone is read as his --

SUCCESSION = ("Le général Paul Marchetti prend ses fonctions de chef d'état-major des armées. Ce lundi, le "
              "général Paul Marchetti {verb} le général Henri Dubosc dans la cour des Invalides. Sa nomination "
              "avait été décidée par le président de la République, et annoncée en juillet.")


def test_the_general_succeeded_holds_the_office_not_the_head_of_state_named_next(analyse):
    person = official(analyse, SUCCESSION.format(verb="a remplacé"), "dubosc")
    assert person["role"] == "chef d'état-major des armées"
    assert person["organisation"] == "état-major des armées"


def test_a_general_merely_greeted_holds_no_office_of_the_successor(analyse):
    person = official(analyse, SUCCESSION.format(verb="a salué"), "dubosc")
    assert person["role"] != "chef d'état-major des armées"


# -- `les chefs d'état-major, le général X pour l'armée de Terre, l'amiral Y pour la Marine nationale`: each ---
# -- name of the list, its rank before it, holds the plural title, for the body after `pour` ----------------

CHIEFS = ("Mardi, le ministre s'est entretenu à Paris avec {title} le général Luc Arnaud pour l'armée de Terre, "
          "l'amiral Marc Delorme pour la Marine nationale et le général Jean Ferrand pour l'armée de l'Air et de "
          "l'Espace.")


def test_each_officer_of_a_list_under_a_plural_title_holds_it_for_his_service(analyse):
    doc = analyse(page(CHIEFS.format(title="les chefs d'état-major d'armée,")))
    found = {o["key"]: (o["role"], o["organisation"]) for o in doc._.officials}
    assert found["delorme"] == ("chef d'état-major", "Marine nationale")
    assert found["ferrand"] == ("chef d'état-major", "armée de l'Air et de l'Espace")
    assert found["arnaud"][1] == "armée de Terre"


def test_officers_listed_under_no_title_hold_none(analyse):
    doc = analyse(page(CHIEFS.format(title="")))
    found = {o["key"]: o["role"] for o in doc._.officials}
    assert found["delorme"] == "" and found["ferrand"] == ""
