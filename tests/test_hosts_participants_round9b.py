"""Meeting hosts and participants, round 9b (`components/meeting_mentions.py` host functions): texts of
our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(doc) -> list[tuple[str, list[str], str]]:
    return [(m["host"], sorted(m["people"]), m["status"]) for m in doc._.meetings]


def related(doc, relation: str) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == relation}


# -- a chain of agents: `reçu par A, puis, vendredi, par B` is one meeting per host ------------------

def test_a_visitor_received_in_turn_by_two_hosts_makes_two_meetings(analyse):
    doc = analyse(page("Le ministre portugais de la Défense, Rui Costa, est attendu mardi à Madrid, où il doit être "
                       "reçu par le ministre espagnol de la Défense, Carlos Ruiz, puis, mercredi, par le roi "
                       "Felipe VI au palais royal."))
    assert meetings(doc) == [("ruiz", ["costa", "ruiz"], "planned"), ("felipe vi", ["costa", "felipe vi"], "planned")]
    days = [m["date"] for m in doc._.meetings]
    assert days[0] != days[1] and days[1] == "2024-03-20"  # the day written before the second `par`


def test_one_par_with_two_hosts_stays_one_meeting(analyse):
    doc = analyse(page("Le ministre portugais Rui Costa a été reçu mardi à Madrid par le ministre Carlos Ruiz et "
                       "le roi Felipe VI."))
    assert len(doc._.meetings) == 1
    assert sorted(doc._.meetings[0]["people"]) == ["costa", "felipe vi", "ruiz"]


# -- an agent naming nobody: the name after it is another verb's subject, not the host --------------

def test_the_subject_after_an_unnamed_agent_does_not_host(analyse):
    doc = analyse(page("Avant d'être reçu par le président, le ministre Karl Berg s'était entretenu au siège du "
                       "ministère avec son homologue, le général Omar Saleh."))
    assert [h for h, _, _ in meetings(doc)] == [""]
    assert not related(doc, "HOSTED")


def test_a_name_after_par_missed_by_the_parser_still_hosts(analyse):
    doc = analyse(page("La ministre Jana Novakova a été reçue à Jakarta par son homologue, M. Budi Santoso."))
    assert [h for h, _, _ in meetings(doc)] == ["santoso"]


# -- two meetings in one sentence: a relative clause with a meeting of its own ----------------------

def test_a_relative_clause_tells_the_meeting_of_someone_else(analyse):
    doc = analyse(page("Le ministre Karl Berg a visité la base de Malmö. La visite a coïncidé avec celle de la "
                       "ministre suédoise, Anna Lind, qui se trouvait au même moment à Lund, où elle a rencontré "
                       "le général Per Olsson."))
    people = [sorted(m["people"]) for m in doc._.meetings]
    assert ["lind", "olsson"] in people
    assert not any("berg" in p and "olsson" in p for p in people)


def test_a_relative_clause_of_the_visitor_of_the_noun_stays_one_meeting(analyse):
    doc = analyse(page("La visite du ministre Karl Berg à Malmö, où il a rencontré le général Per Olsson, a duré "
                       "deux jours."))
    assert [sorted(m["people"]) for m in doc._.meetings] == [["berg", "olsson"]]


# -- a stay of several days: the one who received the visitor during it hosts it --------------------

STAY = ("Le président chilien, Pablo Rojas, a séjourné à Lima du lundi 11 au mercredi 13 mars 2024 pour une visite "
        "d'État. Mardi 12 mars, le président péruvien, Luis Quispe, a reçu M. Rojas au palais.")


def test_the_one_who_received_the_visitor_hosts_the_stay(analyse):
    doc = analyse(page(STAY))
    stays = [m for m in doc._.meetings if "/" in (m["date"] or "")]
    assert stays and stays[0]["host"] == "quispe" and "quispe" in stays[0]["people"]
    assert ("quispe", "rojas") in related(doc, "HOSTED")  # read from the audience's own sentence


def test_two_receivers_during_a_tour_name_no_host_of_the_stay(analyse):
    text = STAY + " Mercredi 13 mars, le ministre péruvien de la Défense, Jorge Ramos, a reçu à son tour M. Rojas."
    doc = analyse(page(text))
    stays = [m for m in doc._.meetings if "/" in (m["date"] or "")]
    assert stays and stays[0]["host"] == ""


# -- a gathering at someone's invitation, its guests listed after `parmi lesquels` -------------------

GATHERING = ("À l'invitation d'Amadou Fall, plusieurs chefs d'État africains avaient fait le déplacement dans le "
             "Sahel pour commémorer le 80e anniversaire de la bataille, parmi lesquels le président malien Ali "
             "Traoré, son homologue nigérien Issa Maïga et le président de la transition guinéenne, le général "
             "Omar Diallo.")


def test_an_elided_invitation_marker_names_the_host_and_the_listed_members_attend(analyse):
    doc = analyse(page(GATHERING))
    assert meetings(doc) == [("fall", ["diallo", "fall", "maiga", "traore"], "held")]


def test_members_of_a_group_that_only_receives_something_do_not_attend(analyse):
    doc = analyse(page("Le ministre malien Ali Traoré a réuni mardi à Bamako son homologue nigérien, Issa Maïga. "
                       "Les conclusions de la rencontre seront soumises aux chefs d'État de la région, dont le "
                       "président de la transition guinéenne, le général Omar Diallo."))
    assert all("diallo" not in p for _, p, _ in meetings(doc))
