"""Meetings retold, round 48: a month named by `au mois de`, and an interviewee received (`X m'a reçu`).
Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page

PUBLISHED = "27 novembre 2024"


def dates(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body, published=PUBLISHED))
    return {e.text: e._.normalized for e in doc.ents if e.label_ == "DATE"}


# -- `au mois de mars`: the unit noun naming the month carries the tense of the verb --------------------------

def test_a_month_named_by_au_mois_de_after_a_past_verb_is_the_last_one(analyse):
    found = dates(analyse, "Le ministre tchadien Ali Mahamat a été reçu par son homologue à Dakar au mois de mars.")
    assert found.get("mars") == "2024-03"


def test_a_month_named_by_au_mois_de_after_a_future_verb_is_the_next_one(analyse):
    found = dates(analyse, "Le ministre tchadien Ali Mahamat rencontrera son homologue à Dakar au mois de septembre.")
    assert found.get("septembre") == "2025-09"


def test_a_distance_in_days_to_a_date_does_not_give_it_the_verb_s_tense(analyse):
    found = dates(analyse, "Les ministres se sont réunis à Bruxelles, à quelques jours du 24 février, date "
                           "anniversaire de l'invasion.")
    assert found.get("24 février") == "2025-02-24"


# -- an interview: `le président X m'a reçu`: X hosts, the interviewee is the guest -----------------------------

LEAD = ("Radio Continent : Général Paul Martin, quel bilan tirez-vous de votre tournée ?\n\n"
        "Paul Martin : Un bilan positif. Nos partenaires veulent une coopération plus discrète.\n\n"
        "Radio Continent : Et au Gabon ?\n\n"
        "Paul Martin : ")


def meetings(analyse, answer: str) -> list[tuple[str, list[str]]]:
    doc = analyse(page(LEAD + answer, published=PUBLISHED))
    return [(m["host"], sorted(m["people"])) for m in doc._.meetings]


def test_an_official_who_received_the_interviewee_hosts_him(analyse):
    assert meetings(analyse, "Le président Ali Bongo m'a reçu mardi à Libreville.") == [
        ("bongo", ["bongo", "martin"])]


def test_an_official_named_with_an_apposition_who_received_the_interviewee_hosts_him(analyse):
    assert meetings(analyse, "Le président de la Transition, le général Ali Bongo, m'a reçu également.") == [
        ("bongo", ["bongo", "martin"])]


def test_the_interviewee_who_received_an_official_hosts_him(analyse):
    assert meetings(analyse, "J'ai reçu mardi le ministre de la Défense, Ali Bongo, à Paris.") == [
        ("martin", ["bongo", "martin"])]
