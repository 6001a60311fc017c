"""Hosts, round 56: the news' present of a host verb (`X accueille Y`), which the tagger may mark as a future,
says a meeting held, not one to come, and gives its HOSTED links; a relative clause whose verb hosts another
meeting (`Y, qui accueille la conférence`) is a frame of its own, whatever its tense: who hosts that meeting
hosts no talks of the main clause. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def hosted(analyse, body: str) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in analyse(page(body))._.relations if r["relation"] == "HOSTED"}


def meetings(analyse, body: str) -> list[tuple[str, str, str]]:
    return [(m["kind"], m["host"], m["status"]) for m in analyse(page(body))._.meetings]


# -- the present of a host verb is no future: the meeting took place, its host received the guests ------------

def test_a_present_of_accueillir_at_a_seat_gives_its_guest(analyse):
    assert hosted(analyse, "Au siège de l'OTAN, Mark Rutte accueille le président finlandais Alexander "
                           "Stubb.") == {("rutte", "stubb")}


def test_a_present_of_accueillir_between_two_generals(analyse):
    assert hosted(analyse, "Le général Pierre Schill accueille à Satory le général Martin Bonn.") == {
        ("schill", "bonn")}


def test_a_present_of_accueillir_at_the_seat_of_the_alliance(analyse):
    assert hosted(analyse, "Le secrétaire général Mark Rutte accueille le ministre ukrainien Roustem Oumerov au "
                           "siège de l'Alliance.") == {("rutte", "oumerov")}


def test_a_present_of_accueillir_by_a_king_at_his_palace(analyse):
    assert hosted(analyse, "Le roi Philippe accueille au palais royal le président Emmanuel Macron.") == {
        ("philippe", "macron")}


def test_a_present_of_accueillir_receiving_in_turn(analyse):
    assert hosted(analyse, "Boris Pistorius accueille successivement Sébastien Lecornu, John Healey et Guido "
                           "Crosetto.") == {("pistorius", "lecornu"), ("pistorius", "healey"),
                                            ("pistorius", "crosetto")}


def test_the_present_is_told_as_held(analyse):
    assert meetings(analyse, "Au siège de l'OTAN, Mark Rutte accueille le président finlandais Alexander "
                             "Stubb.") == [("visite", "rutte", "held")]
    assert meetings(analyse, "Le général Thierry Burkhard accueille à Balard son homologue allemand, le général "
                             "Carsten Breuer.") == [("visite", "burkhard", "held")]


def test_counter_a_true_future_stays_planned_and_links_no_one(analyse):
    body = "Le président Emmanuel Macron accueillera le chancelier Olaf Scholz la semaine prochaine."
    assert [m[2] for m in meetings(analyse, body)] == ["planned"]
    assert hosted(analyse, body) == set()


# -- a relative clause hosting another meeting is its own frame: its host hosts no talks of the main clause ----

def test_who_hosts_the_conference_hosts_no_exchange_nor_his_cohost(analyse):
    body = ("En marge des travaux, le général Wayne Eyre a eu un bref échange avec le chef d'état-major de l'armée "
            "japonaise, le général Yasunori Morishita, qui accueille la conférence avec le général Charles Flynn.")
    assert meetings(analyse, body) == [("échange", "", "held"), ("conférence", "morishita", "held")]
    assert hosted(analyse, body) == set()


def test_who_hosts_the_summit_hosts_no_meeting_told_before(analyse):
    body = ("Le ministre Sébastien Lecornu a rencontré à Rome son homologue Guido Crosetto, qui accueille le "
            "sommet du G7.")
    assert meetings(analyse, body) == [("rencontre", "", "held"), ("sommet", "crosetto", "held")]


def test_who_hosts_a_conference_with_a_minister_hosts_no_one(analyse):
    body = ("Le ministre Bill Blair s'est entretenu à Tallinn avec le ministre estonien de la Défense Hanno Pevkur, "
            "qui accueille la conférence avec le ministre letton Andris Sprūds.")
    assert hosted(analyse, body) == set()


def test_counter_a_relative_clause_receiving_the_visitor_still_hosts_him(analyse):
    body = ("Le ministre Sébastien Lecornu a rencontré à Rome son homologue Guido Crosetto, qui l'a accueilli au "
            "ministère.")
    assert hosted(analyse, body) == {("crosetto", "lecornu")}
