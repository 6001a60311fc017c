"""Meeting participants, round 29: the members of a travelling party. Texts of our own, each behaviour
with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    doc = analyse(page(body))
    return [(m["kind"], m["people"]) for m in doc._.meetings]


def everyone(found: list[tuple[str, list[str]]]) -> set[str]:
    return {key for _, people in found for key in people}


CEREMONY = "Le général Paul Martin a présidé jeudi à Dakar une cérémonie de passation de commandement. "


# -- `X conduit une délégation comprenant Y et Z`: a party told right there by its leader's verb -----------

def test_a_party_led_by_a_named_person_brings_its_members_whatever_its_article(analyse):
    found = meetings(analyse, CEREMONY + "Face à lui, le général Pierre Durand conduisait une délégation "
                                         "comprenant le colonel Jean Petit et le colonel Yves Leroux.")
    people = dict(found)["cérémonie"]
    assert {"durand", "petit", "leroux"} <= set(people)


def test_a_party_awaited_by_a_named_person_brings_no_one(analyse):
    found = meetings(analyse, CEREMONY + "Face à lui, le général Pierre Durand attendait une délégation "
                                         "comprenant le colonel Jean Petit et le colonel Yves Leroux.")
    assert not {"petit", "leroux"} & everyone(found)


# -- `la délégation, dont faisaient partie X et Y`: a relative clause of membership on the party told ------

def test_members_told_in_a_relative_clause_of_membership_take_part(analyse):
    found = meetings(analyse, CEREMONY + "Le général Pierre Durand conduisait la délégation française, dont "
                                         "faisaient partie l'ambassadeur Jean Petit et le colonel Yves Leroux.")
    assert {"durand", "petit", "leroux"} <= set(dict(found)["cérémonie"])


def test_people_of_a_relative_clause_of_another_sense_take_no_part(analyse):
    found = meetings(analyse, CEREMONY + "La délégation française, dont l'ambassadeur Jean Petit avait critiqué "
                                         "la composition, est repartie le soir.")
    assert "petit" not in everyone(found)


# -- an audience granted to the party's head: his party's members are on the visit, not at the audience ----

AUDIENCE = ("Le ministre des Armées, le général Paul Ndour, a été reçu en audience lundi à Nouakchott par son "
            "homologue, le général Ahmed Salem, dans le cadre d'une visite de deux jours en Mauritanie. ")
PARTY = ("Le ministre Ndour conduit une délégation comprenant le ministre de l'Intérieur, Jean Ndiaye, "
         "et le colonel Marc Sow.")


def test_the_members_of_a_party_granted_an_audience_take_part_in_the_visit(analyse):
    found = meetings(analyse, AUDIENCE + PARTY)
    kinds = dict(found)
    assert "ndiaye" in kinds["visite"] and "ndiaye" not in kinds["audience"]
    assert "ndour" in kinds["audience"]


def test_the_members_of_a_party_at_a_ceremony_with_no_visit_stay_with_it(analyse):
    found = meetings(analyse, CEREMONY + PARTY.replace("Le ministre Ndour", "Le général Pierre Durand"))
    assert "ndiaye" in dict(found)["cérémonie"]



# -- `Parmi les élus présents figurait X`: a roster of those present, told by the word qualifying its noun ---

BAPTISM = "Le ministre des Armées a présidé lundi à Brest une cérémonie de baptême d'une frégate. "


def test_a_roster_of_those_present_before_its_verb_lists_who_took_part(analyse):
    found = meetings(analyse, BAPTISM + "Parmi les élus présents figurait le maire de Brest, Jean Dupont.")
    assert "dupont" in dict(found)["cérémonie"]


def test_a_roster_of_the_absent_lists_no_one(analyse):
    found = meetings(analyse, BAPTISM + "Parmi les élus absents figurait le maire de Brest, Jean Dupont.")
    assert "dupont" not in everyone(found)
