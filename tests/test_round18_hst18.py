"""Meeting hosts, round 18 (`rules/meetings.yml` `houses` and `home_hosts`): texts of our own, each
behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def hosts(doc) -> list[str]:
    return [m["host"] for m in doc._.meetings]


# -- talks in a town of one side, with no host verb: the home side hosts ----------------------------

def test_talks_in_the_capital_of_one_side_are_hosted_by_the_home_side(analyse):
    doc = analyse(article("Le ministre chilien de la Défense, Pedro Soto, s'est entretenu mardi à Lisbonne avec "
                          "son homologue portugais, João Ramalho."))
    assert hosts(doc) == ["ramalho"]


def test_talks_in_a_third_country_have_no_host(analyse):
    doc = analyse(article("Le ministre chilien de la Défense, Pedro Soto, s'est entretenu mardi à Bruxelles avec "
                          "son homologue portugais, João Ramalho."))
    assert hosts(doc) == [""]


def test_a_summit_in_the_capital_of_one_side_is_hosted_by_its_leader(analyse):
    # round 30: the gold hosts a summit by the leader of the place's country (24 of 25 such summits)
    doc = analyse(article("Le sommet s'est ouvert mardi à Lisbonne en présence du Premier ministre portugais, "
                          "Rui Almada, et du président chilien, Pedro Soto."))
    assert hosts(doc) == ["almada"]


# -- the house of an office: its holder hosts ------------------------------------------------------

def test_a_meeting_at_a_foreign_defence_ministry_is_hosted_by_its_minister(analyse):
    doc = analyse(article("Le ministre chilien de la Défense, Pedro Soto, s'est entretenu mardi avec le ministre "
                          "portugais de la Défense, João Ramalho, au siège du ministère portugais de la Défense."))
    assert hosts(doc) == ["ramalho"]


def test_a_ministry_whose_country_is_not_said_names_no_host_between_two_sides(analyse):
    doc = analyse(article("Le ministre chilien de la Défense, Pedro Soto, s'est entretenu mardi avec le ministre "
                          "portugais de la Défense, João Ramalho, au siège du ministère de la Défense."))
    assert hosts(doc) == [""]


def test_talks_at_a_presidential_palace_are_hosted_by_its_president(analyse):
    doc = analyse(article("Le président chilien, Pedro Soto, s'est entretenu mardi avec le président portugais, "
                          "Rui Almada, au palais présidentiel de Lisbonne."))
    assert hosts(doc) == ["almada"]


def test_a_palace_of_congresses_is_no_house_of_an_office(analyse):
    doc = analyse(article("Le président chilien, Pedro Soto, s'est entretenu mardi avec le président portugais, "
                          "Rui Almada, au palais des congrès de Bruxelles."))
    assert hosts(doc) == [""]


def test_every_role_of_a_house_is_a_role_of_the_lists():
    from pathlib import Path

    import yaml  # the rule files as written: a misspelt role id would never match anyone

    rules = Path(__file__).resolve().parent.parent / "rules"
    roles = {e["id"] for e in yaml.safe_load((rules / "roles.yml").read_text(encoding="utf-8"))["roles"]}
    houses = yaml.safe_load((rules / "meetings.yml").read_text(encoding="utf-8"))["houses"]
    assert houses and all(set(h["roles"]) <= roles for h in houses)


# -- the seat of a general staff: its chief hosts ----------------------------------------------------

def test_talks_at_the_seat_of_a_general_staff_are_hosted_by_its_chief(analyse):
    doc = analyse(article("Le général chilien Pedro Soto, chef d'état-major des armées, s'est entretenu mardi "
                          "avec le ministre portugais de la Défense, João Ramalho, et le général Rui Almada, chef "
                          "d'état-major général des forces armées portugaises, au siège de l'état-major général "
                          "des forces armées portugaises."))
    assert hosts(doc) == ["almada"]
