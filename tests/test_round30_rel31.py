"""Relations MEMBER_OF and PART_OF, round 30: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def relations(analyse, body: str, kind: str) -> set[tuple[str, str]]:
    doc = analyse(page(body))
    return {(r["subject_id"], r["object_id"].lower()) for r in doc._.relations if r["relation"] == kind}


# -- a role's next part of description, `chargé de` + a body: its holder is a member of that body --------------

def test_a_body_in_the_charge_of_a_role_before_the_name_makes_him_a_member(analyse):
    found = relations(analyse, "Le ministre délégué auprès du Premier ministre, chargé de l'Administration de la "
                               "Défense nationale, Karim Bennani, a reçu mercredi le général Michael Langley.",
                      "MEMBER_OF")
    assert ("bennani", "administration de la défense nationale") in found


def test_a_body_in_the_charge_of_a_role_after_the_name_makes_him_a_member(analyse):
    found = relations(analyse, "Le général Michael Langley a rencontré Karim Bennani, ministre délégué auprès du "
                               "Premier ministre, chargé de l'Administration de la Défense nationale.",
                      "MEMBER_OF")
    assert ("bennani", "administration de la défense nationale") in found


def test_a_charge_whose_object_only_mentions_the_body_makes_no_member(analyse):
    found = relations(analyse, "Le général Michael Langley a rencontré Karim Bennani, ministre délégué auprès du "
                               "Premier ministre, chargé de la coopération avec l'Administration de la Défense "
                               "nationale.", "MEMBER_OF")
    assert not any(o == "administration de la défense nationale" for _, o in found)


# -- a body of the lists whose own name holds its parent (`... de l'Union africaine`) is part of it ---------

def test_a_body_whose_name_holds_its_parent_is_part_of_it(analyse):
    found = relations(analyse, "Le Conseil de paix et de sécurité de l'Union africaine s'est réuni mardi à "
                               "Addis-Abeba pour examiner la situation au Soudan.", "PART_OF")
    assert ("Conseil de paix et de sécurité de l'Union africaine", "union africaine") in found


def test_a_body_named_without_its_parent_is_part_of_nothing_the_text_does_not_state(analyse):
    found = relations(analyse, "Le Conseil de paix et de sécurité s'est réuni mardi à Addis-Abeba pour examiner la "
                               "situation au Soudan.", "PART_OF")
    assert not any(o == "union africaine" for _, o in found)


# -- a name apposed after a title's abbreviation (`, M. X`) is still the holder of the role before the comma -----

def test_a_name_after_a_title_abbreviation_holds_the_role_of_a_body(analyse):
    found = relations(analyse, "Le ministre délégué auprès du Premier ministre, chargé de l'Administration de la "
                               "Défense nationale, M. Karim Bennani, a reçu mercredi le général Michael Langley.",
                      "MEMBER_OF")
    assert ("bennani", "administration de la défense nationale") in found


def test_a_role_coordinated_with_another_describes_the_name_before_not_the_next(analyse):
    found = relations(analyse, "Le roi Hassan, chef suprême et chef d'état-major général de l'Administration de la "
                               "Défense nationale, M. Karim Bennani, ministre délégué, a reçu mercredi le général "
                               "Michael Langley.", "MEMBER_OF")
    assert ("bennani", "administration de la défense nationale") not in found
