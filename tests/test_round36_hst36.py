"""Meeting hosts, round 36: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"]) for m in doc._.meetings]


# -- an official of an organisation of states (OTAN, Union européenne) is a guest from elsewhere -----------

def test_an_official_of_an_organisation_of_states_is_received_by_the_side_at_home(analyse):
    found = hosts(analyse, "Le secrétaire d'État américain Antony Blinken a rencontré lundi à Washington la haute "
                           "représentante de l'Union européenne, Kaja Kallas.")
    assert found == [("rencontre", "blinken")]


def test_an_official_of_an_organisation_of_states_met_away_from_home_names_no_host(analyse):
    found = hosts(analyse, "Le secrétaire d'État américain Antony Blinken a rencontré lundi à Tokyo la haute "
                           "représentante de l'Union européenne, Kaja Kallas.")
    assert found == [("rencontre", "")]


def test_only_the_bodies_of_an_organisation_of_states_make_guests_from_elsewhere():
    from pathlib import Path

    from pipeline.components.meeting_groups import MeetingGrouper
    from pipeline.rulebook import load_rules

    bodies = MeetingGrouper(load_rules(Path(__file__).resolve().parents[1] / "rules")).international_bodies
    assert {"organisations:ue.commission", "organisations:otan.can", "organisations:onu"} <= bodies
    # a ministry named without its country, a firm, an armed group, a country's own body: none of them
    assert not {"organisations:generic.mindef", "organisations:ind.thales", "organisations:groupes.ei"} & bodies
    assert not any(b.startswith("organisations:fr.") for b in bodies)


def test_a_summit_at_home_with_the_leaders_of_an_organisation_of_states_is_hosted_by_the_home_side(analyse):
    found = hosts(analyse, "Le sommet entre le Japon et l'Union européenne s'est tenu lundi à Tokyo, en présence du "
                           "Premier ministre japonais Fumio Kishida, du président du Conseil européen António Costa "
                           "et de la présidente de la Commission européenne Ursula von der Leyen.")
    assert found == [("sommet", "kishida")]


def test_a_summit_at_the_seat_of_the_organisation_has_no_home_side(analyse):
    found = hosts(analyse, "Le sommet entre le Japon et l'Union européenne s'est tenu lundi à Bruxelles, en présence "
                           "du Premier ministre japonais Fumio Kishida, du président du Conseil européen António Costa "
                           "et de la présidente de la Commission européenne Ursula von der Leyen.")
    assert found == [("sommet", "")]


# -- no home side: two visitors met abroad, a phone call ----------------------------------------------------

def test_two_visitors_met_abroad_have_no_host(analyse):
    found = hosts(analyse, "En marge d'une conférence à Singapour, le ministre français des Armées Sébastien "
                           "Lecornu s'est entretenu samedi avec son homologue allemand Boris Pistorius.")
    assert found and all(h == "" for _, h in found)


def test_a_phone_call_has_no_host_even_with_the_side_at_home(analyse):
    found = hosts(analyse, "Le secrétaire d'État américain Antony Blinken, à Washington, s'est entretenu lundi par "
                           "téléphone avec la haute représentante de l'Union européenne, Kaja Kallas.")
    assert found and all(h == "" for _, h in found)


# -- `qui` is the subject of its clause: a name after the verb is no second subject ----------------------

def test_a_summit_that_gathered_leaders_is_hosted_by_none_of_the_names_after_the_verb(analyse):
    found = hosts(analyse, "L'accord a été conclu mardi à Bruxelles, au terme du sommet Japon-UE qui réunissait "
                           "M. Fumio Kishida, premier ministre japonais, et le président du Conseil européen, "
                           "António Costa.")
    assert found == [("sommet", "")]


def test_a_person_who_received_a_visitor_still_hosts_through_qui(analyse):
    found = hosts(analyse, "Le président béninois Patrice Talon, qui a reçu lundi à Cotonou le président rwandais "
                           "Paul Kagame, a salué une coopération exemplaire.")
    assert found and all(h == "talon" for _, h in found)
