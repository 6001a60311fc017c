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


# -- a holder of a house's office received that day is a visitor there: the other side is at home -------

RECEIVED = ("Mardi 12 mars, le président polonais Andrzej Duda a reçu au palais présidentiel le ministre letton de la "
            "Défense Andris Sprūds. ")


def at_ministry(analyse, body: str) -> list[tuple[str, list[str]]]:
    doc = analyse(page(body))
    return [(m["host"], sorted(m["people"])) for m in doc._.meetings if "ministère" in m["location"]]


def test_of_two_defence_ministers_the_one_received_that_day_is_the_visitor(analyse):
    found = at_ministry(analyse, RECEIVED + "Avant d'être reçu par le président, Andris Sprūds s'était entretenu au "
                                            "siège du ministère de la Défense avec son homologue polonais, "
                                            "Władysław Kosiniak-Kamysz.")
    assert found == [("kosiniak-kamysz", ["kosiniak-kamysz", "spruds"])]


def test_the_one_other_participant_receives_a_visitor_holding_the_house_office(analyse):
    found = at_ministry(analyse, RECEIVED + "Avant d'être reçu par le président, Andris Sprūds s'était entretenu au "
                                            "siège du ministère de la Défense avec le général polonais Wiesław "
                                            "Kukuła, chef d'état-major général.")
    assert [h for h, _ in found] == ["kukuła"]


def test_two_defence_ministers_with_no_one_received_that_day_name_no_host(analyse):
    found = at_ministry(analyse, "Mardi 12 mars, le ministre letton de la Défense Andris Sprūds a présenté sa "
                                 "stratégie navale. Le même jour, Andris Sprūds s'était entretenu au siège du "
                                 "ministère de la Défense avec son homologue polonais, Władysław Kosiniak-Kamysz.")
    assert [h for h, _ in found] == [""]


# -- a meeting at the seat of a body (`au siège de l'OTAN`) is hosted by the head of that body ---------------

def ceremony(analyse, place: str, present: str) -> list[tuple[str, str]]:
    doc = analyse(page(f"Jeudi, une cérémonie de lever de drapeau s'est déroulée {place}, en présence {present}."))
    return [(m["location"], m["host"]) for m in doc._.meetings]


RUTTE = "du secrétaire général de l'OTAN, Mark Rutte, et du ministre letton de la Défense, Andris Sprūds"


def test_the_head_of_a_body_hosts_a_ceremony_at_its_seat(analyse):
    assert ceremony(analyse, "au siège de l'OTAN", RUTTE) == [("siège de l'OTAN", "rutte")]


def test_the_head_of_a_body_hosts_nothing_away_from_its_seat(analyse):
    assert ceremony(analyse, "à Riga", RUTTE) == [("Riga", "")]


def test_a_seat_whose_head_is_absent_names_no_host(analyse):
    found = ceremony(analyse, "au siège de l'OTAN", "du ministre letton de la Défense, Andris Sprūds, et du ministre "
                                                    "polonais de la Défense, Władysław Kosiniak-Kamysz")
    assert found == [("siège de l'OTAN", "")]
