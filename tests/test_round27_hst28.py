"""Meeting hosts, round 28: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page

BEFORE = "Le ministre letton de la Défense Andris Sprūds a présenté mardi sa stratégie navale. "


def hosts(analyse, body: str) -> list[tuple[str, str, list[str]]]:
    doc = analyse(page(BEFORE + body))
    return [(m["kind"], m["host"], m["people"]) for m in doc._.meetings]


# -- `il a atterri à Z, où l'attendait X`: X receives the visitor there ------------------------------------

def test_who_awaits_the_visitor_at_the_place_he_lands_hosts_him(analyse):
    found = hosts(analyse, "Jeudi, il a atterri sur la base aérienne de Łask, où l'attendait le ministre polonais "
                           "de la Défense, Władysław Kosiniak-Kamysz.")
    assert [(h, sorted(p)) for _, h, p in found] == [("kosiniak-kamysz", ["kosiniak-kamysz", "spruds"])]


def test_awaiting_with_no_clitic_for_the_visitor_is_no_meeting(analyse):
    found = hosts(analyse, "Jeudi, il a atterri sur la base aérienne de Łask, où il attendait le ministre polonais "
                           "de la Défense, Władysław Kosiniak-Kamysz.")
    assert found == []


def test_awaiting_people_of_no_name_is_no_meeting(analyse):
    found = hosts(analyse, "Jeudi, il a atterri sur la base aérienne de Łask, où l'attendaient des journalistes "
                           "du quotidien de Władysław Kosiniak-Kamysz.")
    assert found == []


# -- a first name the tagger takes for a verb (`par la Première ministre Mette X`) is still the agent ------

AFTER = " Mme Frederiksen a annoncé un nouvel accord."


def test_an_agent_whose_first_name_was_read_as_a_verb_hosts(analyse):
    found = hosts(analyse, "Jeudi, le ministre a été accueilli sur la base aérienne de Karup par la Première "
                           "ministre danoise Mette Frederiksen." + AFTER)
    assert [(h, sorted(p)) for _, h, p in found] == [("frederiksen", ["frederiksen", "spruds"])]


def test_a_list_of_agents_after_a_name_read_as_a_verb_all_take_part(analyse):
    found = hosts(analyse, "Jeudi, le ministre a été accueilli sur la base aérienne de Karup, dans le centre du pays, "
                           "par la Première ministre danoise Mette Frederiksen et le ministre de la Défense Troels "
                           "Lund Poulsen." + AFTER)
    assert [(h, sorted(p)) for _, h, p in found] == [("frederiksen", ["frederiksen", "poulsen", "spruds"])]


def test_a_real_clause_after_the_agent_keeps_its_own_people_apart(analyse):
    found = hosts(analyse, "Jeudi, le ministre a été accueilli sur la base aérienne de Karup par des officiers, "
                           "puis il a rencontré la Première ministre danoise Mette Frederiksen." + AFTER)
    assert all(h != "frederiksen" for _, h, _ in found)
