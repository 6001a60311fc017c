"""Meeting hosts and participants, round 10 (`components/meeting_mentions.py` host and participant
functions): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from test_hosts_participants_round9 import article, meetings, related  # the same readers of meetings

# -- `sans` + infinitive: what did not happen -------------------------------------------------------

def test_a_reception_after_sans_is_no_meeting(analyse):
    doc = analyse(article("Mardi 12 mars, une délégation conduite par le ministre tchèque Pavel Novak est arrivée "
                          "à Madrid. Elle a quitté le pays jeudi sans avoir été reçue par le roi Felipe."))
    assert all(m["host"] != "felipe" and "felipe" not in m["people"] for m in doc._.meetings)
    assert not related(doc, "HOSTED")


def test_a_reception_told_as_it_happened_is_a_meeting(analyse):
    doc = analyse(article("Mardi 12 mars, une délégation conduite par le ministre tchèque Pavel Novak est arrivée "
                          "à Madrid. Elle a été reçue jeudi par le roi Felipe."))
    assert any(m["host"] == "felipe" for m in doc._.meetings)


def test_a_person_in_a_sans_clause_is_not_met(analyse):
    doc = analyse(article("Le 7 mai, le ministre tchèque Pavel Novak s'est entretenu avec le général Luis Ortega, "
                          "sans obtenir de rencontre avec le roi Felipe."))
    assert [sorted(p) for _, p in meetings(doc)] == [["novak", "ortega"]]
    assert ("novak", "felipe") not in related(doc, "MET")


def test_sans_before_a_noun_excludes_no_one(analyse):
    doc = analyse(article("Le 7 mai, le ministre tchèque Pavel Novak s'est entretenu avec le général Luis Ortega "
                          "et le roi Felipe, sans la presse."))
    assert [sorted(p) for _, p in meetings(doc)] == [["felipe", "novak", "ortega"]]


# -- `reçu par A, puis, vendredi, par B`: one meeting per agent -------------------------------------

def test_a_later_par_phrase_hung_on_the_first_agent_hosts_its_own_meeting(analyse):
    doc = analyse(article("Le président polonais Andrzej Nowak est attendu dans la soirée à Madrid, où il doit être "
                          "reçu par le président du gouvernement espagnol, Pedro Ortega, puis, samedi, par le roi "
                          "Felipe au palais royal."))
    assert sorted((h, sorted(p)) for h, p in meetings(doc)) == [
        ("felipe", ["felipe", "nowak"]), ("ortega", ["nowak", "ortega"])]
    dated = {m["host"]: m["date"] for m in doc._.meetings}
    assert dated["felipe"] == "2024-03-16" and dated["ortega"] != dated["felipe"]


def test_two_agents_joined_by_et_host_one_meeting(analyse):
    doc = analyse(article("Le président polonais Andrzej Nowak a été reçu à Madrid par le président du gouvernement "
                          "espagnol, Pedro Ortega, et par le roi Felipe."))
    assert len(doc._.meetings) == 1
    assert sorted(meetings(doc)[0][1]) == ["felipe", "nowak", "ortega"]


# -- `Il était accompagné de la ministre, X, et du chef, Y`: names apposed to the companions -----------

def test_companions_named_after_their_titles_join_the_visit(analyse):
    doc = analyse(article("Ce mardi 12 mars, le président Karel Dvorak a rendu visite au contingent tchèque déployé "
                          "en Slovaquie. Il était accompagné de la ministre de la Défense, Jana Horakova, et du chef "
                          "d'état-major, le général Petr Blaha."))
    assert [sorted(p) for _, p in meetings(doc)] == [["blaha", "dvorak", "horakova"]]


def test_a_name_after_a_preposition_of_its_own_is_no_companion(analyse):
    doc = analyse(article("Ce mardi 12 mars, le président Karel Dvorak a rendu visite au contingent tchèque déployé "
                          "en Slovaquie. Il était accompagné de la ministre de la Défense, Jana Horakova, selon le "
                          "porte-parole Petr Blaha."))
    assert all("blaha" not in p for _, p in meetings(doc))
