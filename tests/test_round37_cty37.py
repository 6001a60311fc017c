"""Officials' countries, round 37: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def official(analyse, text: str, surname: str) -> dict:
    doc = analyse(text)
    return next(o for o in doc._.officials if o["name"].endswith(surname))


# -- `le Premier ministre suédois A, le ministre de la Défense B`: ministers listed after a titled name of a
# country are members of that government ------------------------------------------------------------------

LISTED = ("Le navire a été accueilli à Karlskrona par le Premier ministre suédois Anders Lindqvist{} le ministre "
          "de la Défense Per Ekström. La visite a duré deux heures.")


def test_a_minister_listed_after_a_premier_of_a_country_is_of_that_country(analyse):
    person = official(analyse, page(LISTED.format(",")), "Ekström")
    assert person["country"] == "Suède"


def test_a_minister_joined_by_et_after_a_premier_of_a_country_is_of_that_country(analyse):
    person = official(analyse, page(LISTED.format(" et")), "Ekström")
    assert person["country"] == "Suède"


def test_a_minister_in_another_clause_after_a_premier_takes_no_country_from_him(analyse):
    person = official(analyse, page(LISTED.format(" a salué")), "Ekström")
    assert person["country"] == ""


SEQUENCE = ("Le secrétaire d'État s'est entretenu à Vilnius avec la présidente lituanienne Ona Petraitė, {} le "
            "ministre des Affaires étrangères, Jonas Kairys. Les entretiens ont porté sur la défense aérienne.")


def test_a_minister_met_puis_avec_after_a_president_of_a_country_is_of_that_country(analyse):
    person = official(analyse, page(SEQUENCE.format("puis avec")), "Kairys")
    assert person["country"] == "Lituanie"


def test_a_minister_met_after_a_verb_takes_no_country_from_the_president(analyse):
    person = official(analyse, page(SEQUENCE.format("qui a ensuite présenté")), "Kairys")
    assert person["country"] == ""


def test_a_title_of_one_country_keeps_its_own_in_a_list_after_another_country(analyse):
    person = official(analyse, page("L'accord a été signé par le ministre philippin de la Défense, Ramon Aquino, "
                                    "et le ministre des Armées, Luc Garnier, au terme de la visite."), "Garnier")
    assert person["country"] != "Philippines"


def test_a_head_of_state_listed_after_a_president_of_a_country_is_not_given_it(analyse):
    person = official(analyse, page("Parmi les invités figuraient le président américain John Carter, le roi "
                                    "Frederik X et le chancelier allemand Karl Weber."), "Frederik X")
    assert person["country"] != "États-Unis"


# -- `attendu au Portugal, où il doit être reçu par le président X`: a president of no body who receives at a
# place is that country's head of state; the relative's place first, and only for a name inside its clause --

def test_a_president_of_no_body_who_receives_where_the_relative_stands_leads_that_country(analyse):
    person = official(analyse, page("Le ministre est attendu jeudi au Portugal, où il doit être reçu par le "
                                    "président Rui Matos."), "Matos")
    assert person["country"] == "Portugal"


def test_a_president_subject_of_the_relative_is_the_visitor_and_takes_no_country(analyse):
    person = official(analyse, page("Le ministre est attendu jeudi au Portugal, où le président Rui Matos est "
                                    "arrivé la veille."), "Matos")
    assert person["country"] == ""


def test_the_place_of_the_relative_wins_over_a_place_named_first_in_the_sentence(analyse):
    person = official(analyse, page("Après Madrid, le ministre est attendu jeudi au Portugal, où il doit être "
                                    "reçu par le président Rui Matos."), "Matos")
    assert person["country"] == "Portugal"


def test_a_relative_clause_the_name_is_not_in_gives_him_nothing(analyse):
    person = official(analyse, page("Arrivé à Lisbonne en provenance de Madrid, où il avait rencontré des "
                                    "industriels, le ministre a été accueilli par le Premier ministre Rui Matos."),
                      "Matos")
    assert person["country"] == "Portugal"


def test_a_president_of_no_body_only_met_where_the_relative_stands_takes_no_country(analyse):
    person = official(analyse, page("Le ministre est attendu jeudi au Portugal, où il doit rencontrer le "
                                    "président Rui Matos."), "Matos")
    assert person["country"] == ""
